#include "reportingrestriction.h"

#include <QLocale>
#include <QStringList>

const QStringList &ReportingRestriction::frequencies()
{
    static const QStringList f{QStringLiteral("WEEKLY"), QStringLiteral("FORTNIGHTLY"),
                               QStringLiteral("MONTHLY"), QStringLiteral("QUARTERLY"),
                               QStringLiteral("NONE")};
    return f;
}

QString ReportingRestriction::frequencyName(const QString &code)
{
    if (code == QLatin1String("WEEKLY"))
        return tr("weekly");
    if (code == QLatin1String("FORTNIGHTLY"))
        return tr("fortnightly");
    if (code == QLatin1String("MONTHLY"))
        return tr("monthly");
    if (code == QLatin1String("QUARTERLY"))
        return tr("quarterly");
    if (code == QLatin1String("NONE"))
        return tr("no reporting");
    return code;
}

QString ReportingRestriction::summary() const
{
    QStringList parts;
    parts << (centre.isEmpty() ? tr("no centre recorded") : centre);
    QString how = frequency.isEmpty() ? tr("frequency not recorded") : frequencyName(frequency);
    if (weekday >= 1 && weekday <= 7 && frequency != QLatin1String("NONE"))
        how = tr("%1 on %2").arg(how, QLocale().dayName(weekday, QLocale::LongFormat));
    parts << how;
    parts << (window.isEmpty() ? tr("no window recorded") : window);
    if (bail)
        parts << tr("bail");
    if (electronicMonitoring)
        parts << tr("electronic monitoring");
    return parts.join(QStringLiteral(" \u00b7 "));
}
