#include "taskingstore.h"

#include "auditstore.h"
#include "db/transaction.h"
#include "domain/reportingwindow.h"
#include "editconflict.h"
#include "store/diarystore.h"
#include "storesupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

namespace {
const QString Columns = QStringLiteral(
    "t.id, t.person_id, t.centre, t.kind, t.due_on, t.instructions, t.reporting_window, "
    "t.window_cleared_by, t.created_by, t.created_at, t.outcome, t.feedback, t.closed_by, "
    "t.closed_at, t.version");

Tasking fromRow(const QSqlQuery &q)
{
    Tasking t;
    t.id = q.value(0).toLongLong();
    t.personId = q.value(1).toLongLong();
    t.centre = q.value(2).toString();
    t.kind = q.value(3).toString();
    t.dueOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    t.instructions = q.value(5).toString();
    t.reportingWindow = q.value(6).toString();
    t.windowClearedBy = q.value(7).toString();
    t.createdBy = q.value(8).toString();
    t.createdAt = q.value(9).toString();
    t.outcome = q.value(10).toString();
    t.feedback = q.value(11).toString();
    t.closedBy = q.value(12).toString();
    t.closedAt = q.value(13).toString();
    t.version = q.value(14).toInt();
    return t;
}
} // namespace

TaskingStore::TaskingStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> TaskingStore::create(const Tasking &t, const QString &user, bool clearLongWindow)
{
    const auto invalid = [](const QString &why, const QString &code = QStringLiteral("invalid")) {
        return Error{why, QString(), code};
    };
    if (t.personId <= 0)
        return invalid(tr("A tasking needs a person"));
    if (t.centre.trimmed().isEmpty())
        return invalid(tr("Say which reporting centre is tasked"));
    if (!Tasking::kinds().contains(t.kind))
        return invalid(tr("'%1' is not a kind of tasking").arg(t.kind));
    if (!t.dueOn.isValid())
        return invalid(tr("Say which reporting event the tasking is for"));
    const bool longWindow = ReportingWindow::isLong(t.reportingWindow);
    if (t.kind == Tasking::detainOnReporting() && longWindow && !clearLongWindow)
        return invalid(tr("The reporting window %1 is longer than one hour: an arrest team would "
                          "wait all day. Narrow it, or confirm you have agreed the time with the "
                          "centre.")
                           .arg(t.reportingWindow),
                       LongWindow);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    QSqlQuery q(m_db);
    prepare(q,
            QStringLiteral(
                "INSERT INTO tasking (person_id, centre, kind, due_on, instructions, "
                "reporting_window, window_cleared_by, created_by, created_at) VALUES (:person_id, "
                ":centre, :kind, :due_on, :instructions, :reporting_window, :window_cleared_by, "
                ":created_by, :created_at) RETURNING id"));
    q.bindValue(QStringLiteral(":person_id"), t.personId);
    q.bindValue(QStringLiteral(":centre"), t.centre.trimmed());
    q.bindValue(QStringLiteral(":kind"), t.kind);
    q.bindValue(QStringLiteral(":due_on"), t.dueOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":instructions"), textOrNull(t.instructions.trimmed()));
    q.bindValue(QStringLiteral(":reporting_window"), textOrNull(t.reportingWindow));
    q.bindValue(QStringLiteral(":window_cleared_by"),
                t.kind == Tasking::detainOnReporting() && longWindow ? QVariant(user) : QVariant());
    q.bindValue(QStringLiteral(":created_by"), user);
    q.bindValue(QStringLiteral(":created_at"), nowIso());
    if (!q.exec())
        return queryError(tr("Could not task the centre"), q);
    const qint64 id = returnedId(q);
    // The tasking's day goes into the diary, to check the centre's feedback came back.
    DiaryEntry entry;
    entry.personId = t.personId;
    entry.due = t.dueOn;
    entry.kind = diaryKind(id);
    entry.title = tr("Tasking due at %1: %2").arg(t.centre.trimmed(), Tasking::kindName(t.kind));
    if (auto added = DiaryStore(m_db).addInTransaction(entry, user, nowIso()); !added)
        return added.error();
    if (Status s = AuditStore(m_db).insertedInTransaction(QStringLiteral("tasking"), id); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

QString TaskingStore::diaryKind(qint64 taskingId)
{
    return QStringLiteral("tasking:%1").arg(taskingId);
}

Status TaskingStore::recordFeedback(qint64 taskingId, const QString &outcome,
                                    const QString &feedback, const QString &user,
                                    int expectedVersion)
{
    if (!Tasking::outcomes().contains(outcome))
        return Status::fail(tr("Choose the outcome of the tasking"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    AuditStore audit(m_db);
    const Result<QString> before = audit.rowJson(QStringLiteral("tasking"), taskingId);
    if (!before)
        return before.status();
    const QString table = QStringLiteral("tasking");
    if (Status s = EditConflict::checkInTransaction(m_db, table, taskingId, expectedVersion,
                                                    tr("tasking"));
        !s)
        return s;
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("UPDATE tasking SET outcome = ?, feedback = ?, closed_by = ?, "
                              "closed_at = ?, version = version + 1 WHERE id = ? AND closed_at "
                              "IS NULL AND version = ?"));
    q.addBindValue(outcome);
    q.addBindValue(textOrNull(feedback.trimmed()));
    q.addBindValue(user);
    q.addBindValue(nowIso());
    q.addBindValue(taskingId);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return queryError(tr("Could not record the centre's feedback"), q);
    if (q.numRowsAffected() != 1) {
        if (Status s = EditConflict::checkInTransaction(m_db, table, taskingId, expectedVersion,
                                                        tr("tasking"));
            !s)
            return s;
        return Status::fail(tr("The tasking is already closed, or no longer exists"));
    }
    // The feedback has come back: the tasking's diary entry is done.
    if (Status s = DiaryStore(m_db).closeKindInTransaction(diaryKind(taskingId), user, nowIso());
        !s)
        return s;
    if (Status s = audit.updatedInTransaction(QStringLiteral("tasking"), taskingId, before.value());
        !s)
        return s;
    return tx.commit();
}

Status TaskingStore::clearWindowWarning(qint64 taskingId, const QString &window,
                                        const QString &user, int expectedVersion)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    AuditStore audit(m_db);
    const Result<QString> before = audit.rowJson(QStringLiteral("tasking"), taskingId);
    if (!before)
        return before.status();
    const QString table = QStringLiteral("tasking");
    if (Status s = EditConflict::checkInTransaction(m_db, table, taskingId, expectedVersion,
                                                    tr("tasking"));
        !s)
        return s;
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("UPDATE tasking SET reporting_window = ?, window_cleared_by = ?, "
                              "version = version + 1 WHERE id = ? AND closed_at IS NULL AND "
                              "version = ?"));
    q.addBindValue(textOrNull(window));
    q.addBindValue(user);
    q.addBindValue(taskingId);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return queryError(tr("Could not clear the warning"), q);
    if (q.numRowsAffected() != 1) {
        if (Status s = EditConflict::checkInTransaction(m_db, table, taskingId, expectedVersion,
                                                        tr("tasking"));
            !s)
            return s;
        return Status::fail(tr("The tasking is closed, or no longer exists"));
    }
    if (Status s = audit.updatedInTransaction(QStringLiteral("tasking"), taskingId, before.value());
        !s)
        return s;
    return tx.commit();
}

Result<QVector<Tasking>> TaskingStore::forPerson(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT %1 FROM tasking t WHERE t.person_id = ? "
                              "ORDER BY t.due_on DESC, t.id DESC")
                   .arg(Columns));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the taskings"), q);
    QVector<Tasking> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<QVector<TaskingStore::OpenItem>> TaskingStore::open(const QString &centre) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q,
            QStringLiteral("SELECT %1, p.person_ref, p.family_name, p.given_names FROM "
                           "tasking t JOIN person p ON p.id = t.person_id WHERE t.closed_at IS "
                           "NULL %2 ORDER BY t.centre, t.due_on, p.family_key")
                .arg(Columns, centre.isEmpty() ? QString() : QStringLiteral("AND t.centre = ?")));
    if (!centre.isEmpty())
        q.addBindValue(centre);
    if (!q.exec())
        return queryError(tr("Could not read the open taskings"), q);
    QVector<OpenItem> out;
    while (q.next()) {
        OpenItem item;
        item.tasking = fromRow(q);
        item.personRef = q.value(15).toString();
        item.personName = personName(q.value(16).toString(), q.value(17).toString());
        out << item;
    }
    return out;
}

Result<QStringList> TaskingStore::centresWithOpenTaskings() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT centre FROM tasking WHERE closed_at IS NULL "
                               "ORDER BY centre")))
        return queryError(tr("Could not read the centres"), q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}
