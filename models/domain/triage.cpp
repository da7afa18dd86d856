#include "triage.h"

#include "clock.h"

std::optional<Triage::Event> Triage::lastDue(const QVector<Event> &events, const Moment &at)
{
    std::optional<Event> last;
    for (const Event &e : events) {
        if (!BreachRules::isDue(e.scheduled, at))
            continue;
        if (!last || e.scheduled > last->scheduled ||
            (e.scheduled == last->scheduled && e.id > last->id))
            last = e;
    }
    return last;
}

QDate Triage::nextDiary(const QVector<DiaryDate> &entries)
{
    QDate next;
    for (const DiaryDate &d : entries)
        if (!d.done && d.due.isValid() && (!next.isValid() || d.due < next))
            next = d.due;
    return next;
}

QString Triage::lastAction(const QStringList &times)
{
    // Stored UTC instants in one form ("2026-03-05T10:00:00Z"): their text sorts as they do.
    QString last;
    for (const QString &t : times)
        if (t > last)
            last = t;
    return last;
}

std::optional<int> Triage::daysSince(const QString &lastAction, const QDate &today)
{
    const QDate day = Clock::localDay(lastAction);
    if (!day.isValid())
        return std::nullopt;
    return int(day.daysTo(today));
}

bool Triage::isQuiet(const QString &lastAction, const QDate &today, int days)
{
    const std::optional<int> since = daysSince(lastAction, today);
    return !since || *since >= days;
}

QString Triage::dueLastSql(const QString &personId, const QString &bound)
{
    // Due: scheduled before the bound, BreachRules' line (onOrBeforeSql).
    return QStringLiteral("(SELECT MAX(dl.scheduled) FROM reporting_event dl WHERE dl.person_id "
                          "= %1 AND dl.scheduled < %2)")
        .arg(personId, bound);
}

QString Triage::dueOutcomeSql(const QString &personId, const QString &bound)
{
    // The latest due minute on the index first, then the few events at that minute: ordered by
    // time and id instead, every due event of the person would be read and sorted.
    return QStringLiteral("(SELECT COALESCE(du.outcome, '') FROM reporting_event du WHERE "
                          "du.person_id = %1 AND du.scheduled = %2 ORDER BY du.id DESC LIMIT 1)")
        .arg(personId, dueLastSql(personId, bound));
}

QString Triage::dueNextSql(const QString &personId, const QString &bound)
{
    return QStringLiteral("(SELECT MIN(dn.scheduled) FROM reporting_event dn WHERE dn.person_id "
                          "= %1 AND dn.scheduled >= %2)")
        .arg(personId, bound);
}

QString Triage::storedDueHoldsSql(const QString &person, const QString &bound)
{
    // Kept as (the last due minute, the next minute after it): every event up to the first is
    // due and none from the second, so for a moment between them the last due event is the
    // stored one, whenever it was worked out. Otherwise the person's events are searched.
    return QStringLiteral("((%1.reporting_due_last IS NULL OR %1.reporting_due_last < %2) AND "
                          "(%1.reporting_due_next IS NULL OR %2 <= %1.reporting_due_next))")
        .arg(person, bound);
}

QString Triage::lastDueSql(const QString &person)
{
    // As stored where that answers, else searched: the latest due minute on the index.
    return QStringLiteral("(CASE WHEN %1 THEN %2.reporting_due_last ELSE %3 END)")
        .arg(storedDueHoldsSql(person, QStringLiteral("?")), person,
             dueLastSql(person + QStringLiteral(".id"), QStringLiteral("?")));
}

QString Triage::lastDueOutcomeSql(const QString &person)
{
    return QStringLiteral("(CASE WHEN %1 THEN %2.reporting_due_outcome ELSE %3 END)")
        .arg(storedDueHoldsSql(person, QStringLiteral("?")), person,
             dueOutcomeSql(person + QStringLiteral(".id"), QStringLiteral("?")));
}

QVariantList Triage::lastDueValues(const Moment &at)
{
    const QString bound = BreachRules::asOfBound(at);
    return {bound, bound, bound};
}

QString Triage::nextDiarySql(const QString &person)
{
    return QStringLiteral("(SELECT MIN(nd.due_date) FROM diary_entry nd WHERE nd.person_id = "
                          "%1.id AND nd.done_at IS NULL)")
        .arg(person);
}

QString Triage::nextDiaryColumn(const QString &person)
{
    return QStringLiteral("%1.diary_next").arg(person);
}

QString Triage::lastActionSql(const QString &person)
{
    // Each kind's latest on its own person index, then the latest of those. A countersignature
    // or a sign-off comes after the record it signs, so COALESCE takes the later of the two.
    return QStringLiteral(
               "(SELECT MAX(la.t) FROM ("
               "SELECT MAX(n.updated_at) AS t FROM note n WHERE n.person_id = %1.id "
               "UNION ALL SELECT MAX(COALESCE(f.countersigned_at, f.recorded_at)) FROM "
               "followup_step f WHERE f.person_id = %1.id "
               "UNION ALL SELECT MAX(b.updated_at) FROM barrier b WHERE b.person_id = %1.id AND "
               "b.source = 'lodestar' "
               "UNION ALL SELECT MAX(d.updated_at) FROM travel_document d WHERE d.person_id = "
               "%1.id "
               "UNION ALL SELECT MAX(COALESCE(r.signed_off_at, r.recorded_at)) FROM review r "
               "WHERE r.person_id = %1.id "
               "UNION ALL SELECT MAX(a.allocated_at) FROM allocation a WHERE a.person_id = %1.id"
               ") la)")
        .arg(person);
}

QString Triage::lastActionColumn(const QString &person)
{
    return QStringLiteral("%1.last_action_at").arg(person);
}

QString Triage::quietSql(const QString &person)
{
    // '' sorts before every time: no action at all is quiet.
    return QStringLiteral("COALESCE(%1, '') < ?").arg(lastActionColumn(person));
}

QVariantList Triage::quietValues(const QDate &today, int days)
{
    // An action on the local day `days` before today or later is not quiet.
    return {Clock::dayStartUtc(today.addDays(-days + 1))};
}

QString Triage::openTaskingsSql(const QString &person)
{
    return QStringLiteral("(SELECT COUNT(*) FROM tasking ot WHERE ot.person_id = %1.id AND "
                          "ot.closed_at IS NULL)")
        .arg(person);
}
