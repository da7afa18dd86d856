#include "personsummary.h"

#include "codes.h"

#include <QCoreApplication>

QString PersonSummary::custody() const
{
    // Detained only when a criminal case says so; everyone else is in the community and banded.
    return risk.detained ? Codes::detained() : Codes::nonDetained();
}

QString PersonSummary::flagCodes() const
{
    QStringList codes;
    if (zincs)
        codes << QStringLiteral("ZINCS");
    if (nexusHighHarm)
        codes << QStringLiteral("NEXUS_HH");
    if (electronicMonitoring)
        codes << QStringLiteral("EM");
    if (noFixedAbode)
        codes << QStringLiteral("NFA");
    if (acro)
        codes << QStringLiteral("ACRO");
    // Never a null string: the column is NOT NULL and Qt binds a null QString as NULL.
    return codes.isEmpty() ? QStringLiteral("") : codes.join(QLatin1Char(' '));
}

int PersonSummary::leadCaseIndex(const QVector<CidCase> &cases)
{
    int best = -1;
    int bestScore = -1;
    for (int i = 0; i < cases.size(); ++i) {
        const int score = (cases[i].isCriminal() ? 2 : 0) + (cases[i].isOpen() ? 1 : 0);
        if (score >= bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

PersonSummary PersonSummary::fromCases(const QVector<CidCase> &cases, const QString &addressStatus,
                                       int recordedOpenBarriers,
                                       const QSet<QString> &certifiedCases)
{
    PersonSummary s;
    s.risk = RiskProfile::fromCases(cases);
    s.openBarriers = qMax(0, recordedOpenBarriers);
    for (const CidCase &c : cases) {
        if (c.isOpenBarrier() && !certifiedCases.contains(c.caseRef))
            ++s.openBarriers;
        // A flag on any of the person's cases is a flag on the person.
        const QStringList flags = c.flags.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &raw : flags) {
            const QString f = raw.trimmed();
            s.zincs |= f == QLatin1String("ZINCS");
            s.nexusHighHarm |= f == QLatin1String("NEXUS_HH");
            s.electronicMonitoring |= f == QLatin1String("EM");
            s.acro |= f == QLatin1String("ACRO");
        }
    }
    s.noFixedAbode = addressStatus == QLatin1String("NFA");
    const int lead = leadCaseIndex(cases);
    if (lead >= 0) {
        const CidCase &c = cases[lead];
        s.owningUnit = c.owningUnit;
        s.caseOwner = c.caseOwner;
        s.reportingCentre = c.reportingCentre;
        s.reportingFrequency = c.reportingFrequency;
        s.reportingWindow = c.reportingWindow;
    }
    s.band = Banding::compute(s.risk, s.openBarriers);
    return s;
}

namespace Flags {

QString label(const QString &code)
{
    if (code == QLatin1String("ZINCS"))
        return QCoreApplication::translate("Flags", "Zincs");
    if (code == QLatin1String("NEXUS_HH"))
        return QCoreApplication::translate("Flags", "Nexus High Harm");
    if (code == QLatin1String("EM"))
        return QCoreApplication::translate("Flags", "EM");
    if (code == QLatin1String("NFA"))
        return QCoreApplication::translate("Flags", "NFA");
    if (code == QLatin1String("ACRO"))
        return QCoreApplication::translate("Flags", "ACRO");
    return code;
}

QString labels(const QString &codes)
{
    QStringList out;
    for (const QString &c : codes.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out << label(c);
    return out.join(QStringLiteral(", "));
}

} // namespace Flags
