#include "displaytext.h"

#include "domain/codes.h"
#include "domain/personsummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>

QString DisplayText::caseType(const QString &code)
{
    if (code == QLatin1String("CRIMINAL"))
        return tr("Criminal");
    if (code == QLatin1String("ASYLUM"))
        return tr("Asylum");
    if (code == QLatin1String("FURTHER_REPS"))
        return tr("Further representations");
    if (code == QLatin1String("APPEAL"))
        return tr("Appeal");
    if (code == QLatin1String("JUDICIAL_REVIEW"))
        return tr("Judicial review");
    if (code == QLatin1String("MODERN_SLAVERY"))
        return tr("Modern slavery");
    if (code == QLatin1String("OTHER"))
        return tr("Other");
    return code;
}

QString DisplayText::caseStatus(const QString &code)
{
    // The store records an empty status as OPEN, as the extract contract says.
    if (code == QLatin1String("OPEN") || code.isEmpty())
        return tr("Open");
    if (code == QLatin1String("CLOSED"))
        return tr("Closed");
    return code;
}

QString DisplayText::mappaLevel(const QString &code)
{
    if (code == QLatin1String("0"))
        return tr("None (level 0)");
    if (code == QLatin1String("1") || code == QLatin1String("2") || code == QLatin1String("3"))
        return tr("Level %1").arg(code);
    if (code == QLatin1String("EX"))
        return tr("Ex-MAPPA");
    return code;
}

QString DisplayText::harm(const QString &code)
{
    if (code == QLatin1String("A"))
        return tr("A (most harmful)");
    if (code == QLatin1String("D"))
        return tr("D (low harm)");
    return code;
}

QString DisplayText::custody(const QString &code)
{
    if (code == Codes::detained())
        return tr("Detained");
    if (code == Codes::nonDetained())
        return tr("Non-detained");
    return code;
}

QString DisplayText::deportationDecision(const QString &code)
{
    if (code == QLatin1String("NONE"))
        return tr("None");
    if (code == QLatin1String("PENDING"))
        return tr("Pending");
    if (code == QLatin1String("SERVED"))
        return tr("Served");
    if (code == QLatin1String("ORDER_SIGNED"))
        return tr("Order signed");
    return code;
}

QString DisplayText::reportingFrequency(const QString &code)
{
    if (code == QLatin1String("WEEKLY"))
        return tr("Weekly");
    if (code == QLatin1String("FORTNIGHTLY"))
        return tr("Fortnightly");
    if (code == QLatin1String("MONTHLY"))
        return tr("Monthly");
    if (code == QLatin1String("QUARTERLY"))
        return tr("Quarterly");
    if (code == QLatin1String("NONE"))
        return tr("Not required to report");
    return code;
}

QString DisplayText::reportingOutcome(const QString &code)
{
    if (code == QLatin1String("COMPLETED"))
        return tr("Reported");
    if (code == QLatin1String("EXCUSED"))
        return tr("Excused");
    if (code == QLatin1String("NO_SHOW"))
        return tr("No show: breach");
    if (code.trimmed().isEmpty())
        return tr("Blank: breach");
    return code;
}

QString DisplayText::gender(const QString &code)
{
    if (code == QLatin1String("M"))
        return tr("Male");
    if (code == QLatin1String("F"))
        return tr("Female");
    if (code == QLatin1String("X"))
        return tr("X (unspecified)");
    return code;
}

QString DisplayText::addressStatus(const QString &code)
{
    if (code == QLatin1String("FIXED"))
        return tr("Fixed address");
    if (code == QLatin1String("NFA"))
        return tr("No fixed abode (NFA)");
    return code;
}

QString DisplayText::caseFlags(const QString &semicolonSeparated)
{
    QStringList codes;
    for (const QString &f : semicolonSeparated.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        codes << f.trimmed();
    return Flags::labels(codes.join(QLatin1Char(' ')));
}

QString DisplayText::sentence(const std::optional<int> &months)
{
    if (!months)
        return QString();
    return tr("%n month(s)", nullptr, *months);
}

QString DisplayText::dateTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return iso;
    return QLocale().toString(t.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

QString DisplayText::date(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    if (!d.isValid())
        return iso;
    return QLocale().toString(d, QStringLiteral("d MMM yyyy"));
}
