#include "barrier.h"

#include "daterange.h"

const QStringList &Barrier::types()
{
    static const QStringList t{QStringLiteral("asylum"),
                               QStringLiteral("further_reps"),
                               QStringLiteral("appeal"),
                               QStringLiteral("judicial_review"),
                               QStringLiteral("modern_slavery"),
                               QStringLiteral("travel_document"),
                               QStringLiteral("embassy"),
                               QStringLiteral("medical"),
                               QStringLiteral("deportation_decision"),
                               QStringLiteral("other")};
    return t;
}

QString Barrier::typeName(const QString &type)
{
    if (type == QLatin1String("asylum"))
        return tr("Asylum claim");
    if (type == QLatin1String("further_reps"))
        return tr("Further representations");
    if (type == QLatin1String("appeal"))
        return tr("Appeal");
    if (type == QLatin1String("judicial_review"))
        return tr("Judicial review");
    if (type == QLatin1String("modern_slavery"))
        return tr("Modern slavery claim");
    if (type == QLatin1String("travel_document"))
        return tr("No travel document");
    if (type == QLatin1String("embassy"))
        return tr("Embassy not cooperating");
    if (type == QLatin1String("medical"))
        return tr("Medical");
    if (type == QLatin1String("deportation_decision"))
        return tr("Deportation decision outstanding");
    if (type == QLatin1String("other"))
        return tr("Other");
    return type;
}

QString Barrier::typeOfCaseType(const QString &caseType)
{
    return caseType.trimmed().toLower();
}

const QStringList &Barrier::clearances()
{
    static const QStringList c{QStringLiteral("refused"),       QStringLiteral("withdrawn"),
                               QStringLiteral("certified"),     QStringLiteral("resolved"),
                               QStringLiteral("closed_in_cid"), QStringLiteral("other")};
    return c;
}

QString Barrier::clearanceName(const QString &how)
{
    if (how == QLatin1String("refused"))
        return tr("Decided: refused or dismissed");
    if (how == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    if (how == QLatin1String("certified"))
        return tr("Certified under RED.0004");
    if (how == QLatin1String("resolved"))
        return tr("Resolved");
    if (how == QLatin1String("closed_in_cid"))
        return tr("Closed in CID");
    if (how == QLatin1String("other"))
        return tr("Other");
    return how;
}

QString Barrier::sourceName(const QString &source)
{
    if (source == QLatin1String("cid"))
        return tr("CID");
    if (source == QLatin1String("lodestar"))
        return tr("Lodestar");
    return source;
}

bool Barrier::isCertifiable(const QDate &raisedOn, const QDate &red0004ServedOn)
{
    return raisedOn.isValid() && red0004ServedOn.isValid() && red0004ServedOn < raisedOn;
}

QString Barrier::certificationProblem(const Barrier &b, const QDate &red0004ServedOn)
{
    const QDate raisedOn = b.earliestRaised();
    if (isCertifiable(raisedOn, red0004ServedOn))
        return QString();
    if (!red0004ServedOn.isValid())
        return tr("Cannot be certified under RED.0004: no RED.0004 notice has been served on "
                  "this person (record it with their removal directions)");
    const QString served = DateRange::dayText(red0004ServedOn);
    if (!raisedOn.isValid())
        return tr("Cannot be certified under RED.0004: CID gives no day the case was opened, only "
                  "that it was first seen in CID on %1, so the notice served on %2 cannot be "
                  "shown to come before the claim")
            .arg(DateRange::dayText(b.firstSeenOn), served);
    if (b.fromCid())
        return tr("Cannot be certified under RED.0004: CID gives no day the case was opened, only "
                  "that it was not in the extract imported on %1 and was first seen on %2; the "
                  "notice served on %3 is not before %1")
            .arg(DateRange::dayText(raisedOn), DateRange::dayText(b.firstSeenOn), served);
    if (red0004ServedOn == raisedOn)
        return tr("Cannot be certified under RED.0004: the notice was served on %1, the same day "
                  "the barrier was raised, not before it")
            .arg(red0004ServedOn.toString(Qt::ISODate));
    return tr("Cannot be certified under RED.0004: the notice was served on %1, after the "
              "barrier was raised on %2")
        .arg(red0004ServedOn.toString(Qt::ISODate), raisedOn.toString(Qt::ISODate));
}

QString Barrier::standingText(bool dayOnly) const
{
    if (!raisedOn.isValid() && firstSeenOn.isValid())
        return tr("first seen in CID on %1").arg(DateRange::dayText(firstSeenOn));
    if (!raisedOn.isValid())
        return QString();
    return dayOnly ? DateRange::dayText(raisedOn)
                   : tr("raised %1").arg(DateRange::dayText(raisedOn));
}

QString Barrier::standingNote() const
{
    if (raisedOn.isValid())
        return QString();
    const QString seen = DateRange::dayText(firstSeenOn);
    if (raisedAfter.isValid())
        return tr("CID's extract gives no day the case was opened: it was not in the extract "
                  "imported on %1 and was first seen in CID on %2, so it was opened between those "
                  "days")
            .arg(DateRange::dayText(raisedAfter), seen);
    return tr("CID's extract gives no day the case was opened: it was first seen in CID on %1, "
              "with the first import, and may be much older")
        .arg(seen);
}

QString Barrier::problem() const
{
    if (personId <= 0)
        return tr("A barrier needs a person");
    if (!types().contains(type))
        return tr("'%1' is not a type of barrier").arg(type);
    if (source != QLatin1String("lodestar"))
        return tr("Barriers from CID follow the extract and are not edited in Lodestar");
    if (!raisedOn.isValid())
        return tr("Say when the barrier was raised");
    if (clearedOn.isValid()) {
        if (clearedOn < raisedOn)
            return tr("A barrier cannot be cleared before it was raised");
        if (!clearances().contains(clearedHow) || clearedHow == QLatin1String("closed_in_cid"))
            return tr("Say how the barrier was cleared");
    }
    return QString();
}

QString Barrier::openOnSql(const QString &b)
{
    return QStringLiteral("(%1.standing_since <= ? OR (%1.source = 'cid' AND %1.raised_on IS NULL "
                          "AND %1.raised_after IS NULL)) AND (%1.cleared_on IS NULL OR "
                          "%1.cleared_on > ?)")
        .arg(b);
}

QVariantList Barrier::openOnValues(const QDate &day)
{
    const QString d = day.toString(Qt::ISODate);
    return {d, d};
}
