#include "tasking.h"

#include "domain/reportingwindow.h"

bool Tasking::needsWindowClearing(const QString &currentWindow) const
{
    // Cleared for the window it was cleared for: widened since, it needs clearing again.
    return isOpen() && kind == detainOnReporting() && ReportingWindow::isLong(currentWindow) &&
           (windowClearedBy.isEmpty() || reportingWindow != currentWindow);
}

const QStringList &Tasking::kinds()
{
    static const QStringList k{QStringLiteral("etd_interview"),
                               QStringLiteral("circumstances_interview"), detainOnReporting(),
                               QStringLiteral("voluntary_departure")};
    return k;
}

QString Tasking::kindName(const QString &kind)
{
    if (kind == QLatin1String("etd_interview"))
        return tr("Emergency travel document interview");
    if (kind == QLatin1String("circumstances_interview"))
        return tr("Circumstances interview");
    if (kind == detainOnReporting())
        return tr("Detain on reporting");
    if (kind == QLatin1String("voluntary_departure"))
        return tr("Encourage voluntary departure");
    return kind;
}

const QStringList &Tasking::outcomes()
{
    static const QStringList o{QStringLiteral("done"), QStringLiteral("not_attended"),
                               QStringLiteral("not_done")};
    return o;
}

QString Tasking::outcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("done"))
        return tr("Done");
    if (outcome == QLatin1String("not_attended"))
        return tr("Person did not attend");
    if (outcome == QLatin1String("not_done"))
        return tr("Not done by the centre");
    return outcome;
}
