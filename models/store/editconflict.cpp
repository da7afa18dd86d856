#include "editconflict.h"

#include "auditstore.h"
#include "domain/fieldlabel.h"
#include "storesupport.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

using namespace StoreSupport;

namespace {

QString displayNameOf(QSqlDatabase db, const QString &userName)
{
    QSqlQuery q(db);
    prepare(q, QStringLiteral("SELECT display_name FROM app_user WHERE user_name = ?"));
    q.addBindValue(userName);
    if (q.exec() && q.next() && !q.value(0).toString().trimmed().isEmpty())
        return q.value(0).toString().trimmed();
    return userName;
}

} // namespace

Error EditConflict::error(QSqlDatabase db, const QString &table, qint64 id, const QString &noun,
                          const QString &key)
{
    AuditStore audit(db);
    const Result<QString> row = audit.rowJsonWhere(table, key, id);
    const bool deleted = row && row.value().isEmpty();
    QString who;
    QDateTime at;
    QStringList fields;
    if (table == QLatin1String("person") && key == QLatin1String("id")) {
        // A person's version counts the hand-made changes, which audit as their own records
        // (a restriction, an allocation) or as the person (a band override): the newest of them.
        if (const auto entries = audit.forPerson(id); entries) {
            for (const AuditEntry &e : entries.value()) {
                QStringList what;
                if (e.entity == QLatin1String("person") && e.action == QLatin1String("update"))
                    what = changedColumns(e.beforeJson, e.afterJson);
                else if (e.entity == QLatin1String("reporting_restriction"))
                    what = QStringList{e.entity};
                else if (e.entity == QLatin1String("allocation"))
                    what = QStringList{QStringLiteral("case_owner")};
                else
                    continue;
                who = displayNameOf(db, e.actor);
                at = QDateTime::fromString(e.at, Qt::ISODate);
                fields = what;
                break;
            }
        }
    } else if (const auto latest = audit.latestFor(table, id); latest && latest.value()) {
        const AuditEntry &e = *latest.value();
        who = displayNameOf(db, e.actor);
        at = QDateTime::fromString(e.at, Qt::ISODate);
        if (e.action != QLatin1String("delete"))
            fields = changedColumns(e.beforeJson, e.afterJson);
    }
    if (who.isEmpty() && row && !deleted) {
        // Changed by a write that audits once for many rows (an import): the row may say who.
        const QJsonObject o = QJsonDocument::fromJson(row.value().toUtf8()).object();
        if (const QString by = o.value(QLatin1String("updated_by")).toString(); !by.isEmpty())
            who = displayNameOf(db, by);
        if (!at.isValid())
            at =
                QDateTime::fromString(o.value(QLatin1String("updated_at")).toString(), Qt::ISODate);
    }
    // No detail: what the message says is the whole story, and toString() shows it as it is.
    return Error{message(noun, who, at, fields, deleted), QString(), Code};
}

Error EditConflict::errorForKey(QSqlDatabase db, const QString &table, const QString &key,
                                const QString &value, const QString &noun)
{
    const Result<QString> row = AuditStore(db).rowJsonWhere(table, key, value);
    const bool deleted = row && row.value().isEmpty();
    QString who;
    QDateTime at;
    if (row && !deleted) {
        const QJsonObject o = QJsonDocument::fromJson(row.value().toUtf8()).object();
        if (const QString by = o.value(QLatin1String("updated_by")).toString(); !by.isEmpty())
            who = displayNameOf(db, by);
        at = QDateTime::fromString(o.value(QLatin1String("updated_at")).toString(), Qt::ISODate);
    }
    return Error{message(noun, who, at, {}, deleted), QString(), Code};
}

Error EditConflict::missedUpdate(QSqlDatabase db, const QString &table, qint64 id, qint64 personId,
                                 const QString &noun, const Error &notFound)
{
    if (personId > 0 && isPlainName(table)) {
        QSqlQuery q(db);
        prepare(q, QStringLiteral("SELECT person_id FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(id);
        if (q.exec() && q.next() && q.value(0).toLongLong() != personId)
            return notFound;
    }
    return error(db, table, id, noun);
}

Status EditConflict::claimInTransaction(QSqlDatabase db, const QString &table, qint64 id,
                                        int expectedVersion, const QString &noun)
{
    if (!isPlainName(table))
        return Error{tr("There is no table '%1'").arg(table), QString(), QStringLiteral("invalid")};
    QSqlQuery q(db);
    prepare(q, QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = ? AND version = ?")
                   .arg(table));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return queryError(tr("Could not check whether the %1 changed").arg(noun), q);
    if (q.numRowsAffected() != 1)
        return error(db, table, id, noun);
    return {};
}

Status EditConflict::checkInTransaction(QSqlDatabase db, const QString &table, qint64 id,
                                        int expectedVersion, const QString &noun)
{
    if (!isPlainName(table))
        return Error{tr("There is no table '%1'").arg(table), QString(), QStringLiteral("invalid")};
    QSqlQuery q(db);
    prepare(q, QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(tr("Could not check whether the %1 changed").arg(noun), q);
    if (q.next() && q.value(0).toInt() == expectedVersion)
        return {};
    return error(db, table, id, noun);
}

QStringList EditConflict::changedColumns(const QString &beforeJson, const QString &afterJson)
{
    const QJsonObject before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    QStringList out;
    const auto consider = [&](const QString &key) {
        if (FieldLabel::isBookkeeping(key) || out.contains(key))
            return;
        if (before.value(key) != after.value(key))
            out << key;
    };
    // QJsonObject keeps its keys sorted: the message lists fields in a stable order.
    for (auto it = after.begin(); it != after.end(); ++it)
        consider(it.key());
    for (auto it = before.begin(); it != before.end(); ++it)
        consider(it.key());
    return out;
}

QString EditConflict::fieldName(const QString &column)
{
    // Pairs written together (done_by/done_at) share one name, so the message says it once.
    static const QHash<QString, const char *> names{
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("body"), QT_TR_NOOP("text")},
        {QStringLiteral("kind"), QT_TR_NOOP("kind")},
        {QStringLiteral("embassy"), QT_TR_NOOP("embassy")},
        {QStringLiteral("applied_on"), QT_TR_NOOP("date applied")},
        {QStringLiteral("interview_tasked_on"), QT_TR_NOOP("interview tasked")},
        {QStringLiteral("interview_held_on"), QT_TR_NOOP("interview held")},
        {QStringLiteral("expires_on"), QT_TR_NOOP("expiry date")},
        {QStringLiteral("notes"), QT_TR_NOOP("notes")},
        {QStringLiteral("set_on"), QT_TR_NOOP("date set")},
        {QStringLiteral("planned_on"), QT_TR_NOOP("planned date")},
        {QStringLiteral("route"), QT_TR_NOOP("route")},
        {QStringLiteral("charter_flight_id"), QT_TR_NOOP("charter flight")},
        {QStringLiteral("red0004_served_on"), QT_TR_NOOP("RED.0004 served")},
        {QStringLiteral("outcome"), QT_TR_NOOP("outcome")},
        {QStringLiteral("outcome_on"), QT_TR_NOOP("outcome date")},
        {QStringLiteral("failure_reason"), QT_TR_NOOP("failure reason")},
        {QStringLiteral("failure_text"), QT_TR_NOOP("failure details")},
        {QStringLiteral("reference"), QT_TR_NOOP("reference")},
        {QStringLiteral("destination"), QT_TR_NOOP("destination")},
        {QStringLiteral("departs_on"), QT_TR_NOOP("departure date")},
        {QStringLiteral("allocated_on"), QT_TR_NOOP("allocated date")},
        {QStringLiteral("initial_done_on"), QT_TR_NOOP("initial preparation")},
        {QStringLiteral("finalised_on"), QT_TR_NOOP("finalised date")},
        {QStringLiteral("done_by"), QT_TR_NOOP("done")},
        {QStringLiteral("done_at"), QT_TR_NOOP("done")},
        {QStringLiteral("due_date"), QT_TR_NOOP("due date")},
        {QStringLiteral("title"), QT_TR_NOOP("description")},
        {QStringLiteral("closed_by"), QT_TR_NOOP("feedback")},
        {QStringLiteral("closed_at"), QT_TR_NOOP("feedback")},
        {QStringLiteral("feedback"), QT_TR_NOOP("feedback")},
        {QStringLiteral("reporting_window"), QT_TR_NOOP("reporting window")},
        {QStringLiteral("window_cleared_by"), QT_TR_NOOP("window warning")},
        {QStringLiteral("window_cleared_at"), QT_TR_NOOP("window warning")},
        {QStringLiteral("countersigned_by"), QT_TR_NOOP("countersignature")},
        {QStringLiteral("countersigned_at"), QT_TR_NOOP("countersignature")},
        {QStringLiteral("signed_off_by"), QT_TR_NOOP("sign-off")},
        {QStringLiteral("signed_off_at"), QT_TR_NOOP("sign-off")},
        {QStringLiteral("result"), QT_TR_NOOP("result")},
        {QStringLiteral("comment"), QT_TR_NOOP("comment")},
        {QStringLiteral("checked_by"), QT_TR_NOOP("check")},
        {QStringLiteral("checked_at"), QT_TR_NOOP("check")},
        {QStringLiteral("excuse_reason"), QT_TR_NOOP("excuse")},
        {QStringLiteral("excuse_text"), QT_TR_NOOP("excuse")},
        {QStringLiteral("excused_by"), QT_TR_NOOP("excuse")},
        {QStringLiteral("excused_at"), QT_TR_NOOP("excuse")},
        {QStringLiteral("released_on"), QT_TR_NOOP("release")},
        {QStringLiteral("released_by"), QT_TR_NOOP("release")},
        {QStringLiteral("cleared_on"), QT_TR_NOOP("clearing")},
        {QStringLiteral("cleared_how"), QT_TR_NOOP("clearing")},
        {QStringLiteral("cleared_by"), QT_TR_NOOP("clearing")},
        {QStringLiteral("band_override"), QT_TR_NOOP("band override")},
        {QStringLiteral("band"), QT_TR_NOOP("band")},
        {QStringLiteral("case_owner"), QT_TR_NOOP("case owner")},
        {QStringLiteral("reporting_restriction"), QT_TR_NOOP("reporting restriction")},
        {QStringLiteral("reporting_centre"), QT_TR_NOOP("reporting centre")},
        {QStringLiteral("reporting_frequency"), QT_TR_NOOP("reporting frequency")},
        {QStringLiteral("display_name"), QT_TR_NOOP("name")},
        {QStringLiteral("team"), QT_TR_NOOP("team")},
        {QStringLiteral("role"), QT_TR_NOOP("role")},
        {QStringLiteral("capacity"), QT_TR_NOOP("capacity")},
    };
    if (const auto it = names.constFind(column); it != names.cend())
        return tr(it.value());
    return QString(column).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString EditConflict::message(const QString &noun, const QString &who, const QDateTime &at,
                              const QStringList &fields, bool deleted)
{
    const QString someone = who.isEmpty() ? tr("Someone else") : who;
    QString when;
    if (at.isValid()) {
        const QDateTime local = at.toLocalTime();
        const QLocale locale;
        when = tr(" at %1 on %2")
                   .arg(locale.toString(local.time(), QStringLiteral("HH:mm")),
                        locale.toString(local.date(), QStringLiteral("d MMM yyyy")));
    }
    if (deleted)
        return tr("%1 deleted this %2%3 after you opened it. Nothing was saved.")
            .arg(someone, noun, when);
    QStringList names;
    for (const QString &column : fields) {
        const QString name = fieldName(column);
        if (!names.contains(name))
            names << name;
    }
    const QString what =
        names.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(names.join(QStringLiteral(", ")));
    return tr("%1 changed this %2%3%4 after you opened it. Nothing was saved: reload to see their "
              "version and make your change again.")
        .arg(someone, noun, when, what);
}
