#pragma once

#include <QStringList>

// The code lists of the CID extract contract, in one place for the importer, the demo
// generator and the filters.
namespace Codes {
inline const QStringList &caseTypes()
{
    static const QStringList v{QStringLiteral("CRIMINAL"),
                               QStringLiteral("ASYLUM"),
                               QStringLiteral("FURTHER_REPS"),
                               QStringLiteral("APPEAL"),
                               QStringLiteral("JUDICIAL_REVIEW"),
                               QStringLiteral("MODERN_SLAVERY"),
                               QStringLiteral("OTHER")};
    return v;
}
// Case types whose OPEN cases are barriers to removal (footnote 5 of the report).
inline const QStringList &barrierCaseTypes()
{
    static const QStringList v{QStringLiteral("ASYLUM"), QStringLiteral("FURTHER_REPS"),
                               QStringLiteral("APPEAL"), QStringLiteral("JUDICIAL_REVIEW"),
                               QStringLiteral("MODERN_SLAVERY")};
    return v;
}
inline const QStringList &mappaLevels()
{
    static const QStringList v{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                               QStringLiteral("3"), QStringLiteral("EX")};
    return v;
}
inline const QStringList &reportingFrequencies()
{
    static const QStringList v{QStringLiteral("WEEKLY"), QStringLiteral("FORTNIGHTLY"),
                               QStringLiteral("MONTHLY"), QStringLiteral("QUARTERLY"),
                               QStringLiteral("NONE")};
    return v;
}
inline const QStringList &flags()
{
    static const QStringList v{QStringLiteral("ZINCS"), QStringLiteral("NEXUS_HH"),
                               QStringLiteral("EM"), QStringLiteral("ACRO")};
    return v;
}
inline const QString detained()
{
    return QStringLiteral("DETAINED");
}
inline const QString nonDetained()
{
    return QStringLiteral("NON_DETAINED");
}
} // namespace Codes
