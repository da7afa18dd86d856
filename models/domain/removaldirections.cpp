#include "removaldirections.h"

const QStringList &RemovalDirections::failureReasons()
{
    static const QStringList r{
        QStringLiteral("fresh_asylum_claim"),   QStringLiteral("judicial_review"),
        QStringLiteral("further_reps"),         QStringLiteral("not_encountered"),
        QStringLiteral("no_enforcement_visit"), QStringLiteral("medical"),
        QStringLiteral("disruptive"),           QStringLiteral("other")};
    return r;
}

QString RemovalDirections::failureReasonName(const QString &reason)
{
    if (reason == QLatin1String("fresh_asylum_claim"))
        return tr("Fresh asylum claim");
    if (reason == QLatin1String("judicial_review"))
        return tr("Judicial review");
    if (reason == QLatin1String("further_reps"))
        return tr("Further representations");
    if (reason == QLatin1String("not_encountered"))
        return tr("Not encountered on enforcement visit");
    if (reason == QLatin1String("no_enforcement_visit"))
        return tr("No enforcement visit (lack of resources)");
    if (reason == QLatin1String("medical"))
        return tr("Medical");
    if (reason == QLatin1String("disruptive"))
        return tr("Disruptive");
    if (reason == QLatin1String("other"))
        return tr("Other");
    return reason;
}

QString RemovalDirections::routeName(const QString &route)
{
    if (route == QLatin1String("scheduled"))
        return tr("Scheduled flight");
    if (route == QLatin1String("charter"))
        return tr("Charter flight");
    return route;
}

QString RemovalDirections::outcomeName(const QString &outcome)
{
    if (outcome.isEmpty())
        return tr("Pending");
    if (outcome == QLatin1String("removed"))
        return tr("Removed");
    if (outcome == QLatin1String("failed"))
        return tr("Failed");
    return outcome;
}

QString RemovalDirections::problem() const
{
    if (personId <= 0)
        return tr("Removal directions need a person");
    if (!setOn.isValid())
        return tr("Say when the removal directions were set");
    if (!plannedOn.isValid())
        return tr("Say when the removal is planned");
    if (plannedOn < setOn)
        return tr("The removal cannot be planned before the directions were set");
    if (route != QLatin1String("scheduled") && route != QLatin1String("charter"))
        return tr("'%1' is not a route of removal").arg(route);
    if (route == QLatin1String("charter") && charterFlightId <= 0)
        return tr("Choose the charter flight");
    if (red0004ServedOn.isValid() && red0004ServedOn < setOn.addYears(-5))
        return tr("The RED.0004 date looks wrong: years before the directions");
    if (outcome.isEmpty())
        return QString();
    if (outcome != QLatin1String("removed") && outcome != QLatin1String("failed"))
        return tr("'%1' is not an outcome of removal directions").arg(outcome);
    if (!outcomeOn.isValid())
        return tr("Say when the removal took place or failed");
    if (outcomeOn < setOn)
        return tr("The outcome cannot come before the directions were set");
    if (outcome == QLatin1String("failed")) {
        if (!failureReasons().contains(failureReason))
            return tr("Say why the removal failed");
        if (failureReason == QLatin1String("other") && failureText.trimmed().isEmpty())
            return tr("Say what stopped the removal");
    }
    return QString();
}
