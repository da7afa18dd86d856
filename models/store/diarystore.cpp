#include "diarystore.h"

#include "auditstore.h"
#include "db/transaction.h"
#include "editconflict.h"
#include "personstore.h"
#include "storesupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

namespace {
// The columns entryFromRow reads, in its order, for table alias d.
const QString EntryColumns =
    QStringLiteral("d.id, d.person_id, d.due_date, d.title, d.kind, d.source, d.sheet_import_id, "
                   "d.created_by, d.created_at, d.done_by, d.done_at, d.version");
constexpr int EntryColumnCount = 12;

DiaryEntry entryFromRow(const QSqlQuery &q)
{
    DiaryEntry e;
    e.id = q.value(0).toLongLong();
    e.personId = q.value(1).toLongLong();
    e.due = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    e.title = q.value(3).toString();
    e.kind = q.value(4).toString();
    e.source = q.value(5).toString();
    e.sheetImportId = q.value(6).toLongLong();
    e.createdBy = q.value(7).toString();
    e.createdAt = q.value(8).toString();
    e.doneBy = q.value(9).toString();
    e.doneAt = q.value(10).toString();
    e.version = q.value(11).toInt();
    return e;
}

Status validate(const DiaryEntry &e)
{
    if (e.personId <= 0)
        return Status::fail(DiaryStore::tr("A diary entry needs a person"));
    if (!e.due.isValid())
        return Status::fail(DiaryStore::tr("A diary entry needs a valid date"));
    if (e.title.trimmed().isEmpty())
        return Status::fail(DiaryStore::tr("A diary entry needs a description"));
    return {};
}
} // namespace

DiaryStore::DiaryStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> DiaryStore::add(const DiaryEntry &entry, const QString &user)
{
    return Transaction::run(m_db, [&]() -> Result<qint64> {
        const Result<qint64> id = addInTransaction(entry, user, nowIso());
        if (!id)
            return id;
        if (Status s =
                AuditStore(m_db).insertedInTransaction(QStringLiteral("diary_entry"), id.value());
            !s)
            return s.error();
        return id;
    });
}

namespace {
// The stored next diary date (PersonStore) of the people with an entry `where` (SQL on
// diary_entry binding `value`), after their diaries changed.
Status refreshNextDiaryWhere(const QSqlDatabase &db, const QString &where, const QVariant &value)
{
    QSqlQuery q(db);
    prepare(q, QStringLiteral("SELECT DISTINCT person_id FROM diary_entry WHERE %1").arg(where));
    q.addBindValue(value);
    if (!q.exec())
        return queryError(DiaryStore::tr("Could not read the diary"), q);
    QVector<qint64> people;
    while (q.next())
        people << q.value(0).toLongLong();
    return PersonStore(db).refreshNextDiaryInTransaction(people);
}
} // namespace

Result<qint64> DiaryStore::addInTransaction(const DiaryEntry &entry, const QString &user,
                                            const QString &now, bool refreshPerson)
{
    if (Status s = validate(entry); !s)
        return s.error();
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("INSERT INTO diary_entry (person_id, due_date, title, kind, source, "
                              "sheet_import_id, created_by, created_at) VALUES (:person_id, "
                              ":due_date, :title, :kind, :source, :sheet_import_id, :created_by, "
                              ":created_at) RETURNING id"));
    q.bindValue(QStringLiteral(":person_id"), entry.personId);
    q.bindValue(QStringLiteral(":due_date"), entry.due.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":title"), entry.title.trimmed());
    q.bindValue(QStringLiteral(":kind"), entry.kind);
    q.bindValue(QStringLiteral(":source"), textOrNull(entry.source));
    q.bindValue(QStringLiteral(":sheet_import_id"), entry.sheetImportId > 0
                                                        ? QVariant(entry.sheetImportId)
                                                        : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":created_by"), user);
    q.bindValue(QStringLiteral(":created_at"), now);
    if (!q.exec())
        return queryError(tr("Could not add the diary entry"), q);
    const qint64 id = returnedId(q);
    if (!refreshPerson)
        return id;
    if (Status s = PersonStore(m_db).refreshNextDiaryInTransaction({entry.personId}); !s)
        return s.error();
    return id;
}

Result<bool> DiaryStore::exists(qint64 personId, const QDate &due, const QString &title,
                                const QString &source) const
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT 1 FROM diary_entry WHERE person_id = ? AND due_date = ? "
                              "AND title = ? AND source = ?"));
    q.addBindValue(personId);
    q.addBindValue(due.toString(Qt::ISODate));
    q.addBindValue(title.trimmed());
    q.addBindValue(source);
    if (!q.exec())
        return queryError(tr("Could not read the diary"), q);
    return q.next();
}

Status DiaryStore::setDoneInTransaction(qint64 entryId, const QString &user, const QString &when,
                                        int expectedVersion)
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("UPDATE diary_entry SET done_by = ?, done_at = ?, version = version "
                              "+ 1 WHERE id = ? AND version = ?"));
    q.addBindValue(user);
    q.addBindValue(when);
    q.addBindValue(entryId);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return queryError(tr("Could not update the diary entry"), q);
    // Changed or deleted since it was read.
    if (q.numRowsAffected() != 1)
        return EditConflict::error(m_db, QStringLiteral("diary_entry"), entryId, tr("diary entry"));
    return refreshNextDiaryWhere(m_db, QStringLiteral("id = ?"), entryId);
}

Status DiaryStore::closeKindInTransaction(const QString &kind, const QString &user,
                                          const QString &when)
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("UPDATE diary_entry SET done_by = ?, done_at = ?, version = version "
                              "+ 1 WHERE kind = ? AND done_at IS NULL"));
    q.addBindValue(user);
    q.addBindValue(when);
    q.addBindValue(kind);
    if (!q.exec())
        return queryError(tr("Could not update the diary"), q);
    return refreshNextDiaryWhere(m_db, QStringLiteral("kind = ?"), kind);
}

Status DiaryStore::rescheduleKindInTransaction(const QString &kind, const QDate &due)
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("UPDATE diary_entry SET due_date = ?, version = version + 1 WHERE "
                              "kind = ? AND done_at IS NULL"));
    q.addBindValue(due.toString(Qt::ISODate));
    q.addBindValue(kind);
    if (!q.exec())
        return queryError(tr("Could not update the diary"), q);
    return refreshNextDiaryWhere(m_db, QStringLiteral("kind = ?"), kind);
}

Status DiaryStore::setDone(qint64 entryId, bool done, const QString &user, int expectedVersion)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    AuditStore audit(m_db);
    const Result<QString> before = audit.rowJson(QStringLiteral("diary_entry"), entryId);
    if (!before)
        return before.status();
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("UPDATE diary_entry SET done_by = ?, done_at = ?, version = version "
                              "+ 1 WHERE id = ? AND version = ?"));
    const QVariant null = QVariant(QMetaType(QMetaType::QString));
    q.addBindValue(done ? QVariant(user) : null);
    q.addBindValue(done ? QVariant(nowIso()) : null);
    q.addBindValue(entryId);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return queryError(tr("Could not update the diary entry"), q);
    if (q.numRowsAffected() != 1)
        return EditConflict::error(m_db, QStringLiteral("diary_entry"), entryId, tr("diary entry"));
    if (Status s = refreshNextDiaryWhere(m_db, QStringLiteral("id = ?"), entryId); !s)
        return s;
    if (Status s =
            audit.updatedInTransaction(QStringLiteral("diary_entry"), entryId, before.value());
        !s)
        return s;
    return tx.commit();
}

Result<QVector<DiaryEntry>> DiaryStore::forPerson(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT %1 FROM diary_entry d WHERE d.person_id = ? "
                              "ORDER BY CASE WHEN d.done_at IS NULL THEN 0 ELSE 1 END, "
                              "CASE WHEN d.done_at IS NULL THEN d.due_date END, "
                              "d.done_at DESC, d.id")
                   .arg(EntryColumns));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the diary"), q);
    QVector<DiaryEntry> out;
    while (q.next())
        out << entryFromRow(q);
    return out;
}

namespace {
// The open entries due on or before a date within `whose` (DiaryStore::openUntil), as the
// FROM and WHERE of a query over diary_entry d joined to person p, and the values it binds.
QString openUntilFromWhere(const OwnerScope &whose)
{
    return QStringLiteral("FROM diary_entry d JOIN person p ON p.id = d.person_id WHERE "
                          "d.done_at IS NULL AND d.due_date <= ?%1")
        .arg(whose.isEveryone() ? QString()
                                : QStringLiteral(" AND (%1 OR %2)")
                                      .arg(whose.sql(QStringLiteral("p.case_owner")),
                                           whose.sql(QStringLiteral("d.created_by"))));
}

void bindOpenUntil(QSqlQuery &q, const QDate &until, const OwnerScope &whose)
{
    q.addBindValue(until.toString(Qt::ISODate));
    if (!whose.isEveryone())
        for (const QVariant &v : whose.values() + whose.values())
            q.addBindValue(v);
}
} // namespace

Result<int> DiaryStore::countOpenUntil(const QDate &until, const OwnerScope &whose) const
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT COUNT(*) ") + openUntilFromWhere(whose));
    bindOpenUntil(q, until, whose);
    if (!q.exec() || !q.next())
        return queryError(tr("Could not read the diary"), q);
    return q.value(0).toInt();
}

Result<QVector<DiaryStore::Item>> DiaryStore::openUntil(const QDate &until,
                                                        const OwnerScope &whose) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The index on (done_at, due_date) finds the open entries in date order.
    prepare(q, QStringLiteral("SELECT %1, p.person_ref, p.family_name, p.given_names, "
                              "p.case_owner %2 ORDER BY d.due_date, p.family_key, d.id")
                   .arg(EntryColumns, openUntilFromWhere(whose)));
    bindOpenUntil(q, until, whose);
    if (!q.exec())
        return queryError(tr("Could not read the diary"), q);
    QVector<Item> out;
    while (q.next()) {
        Item item;
        item.entry = entryFromRow(q);
        const int c = EntryColumnCount;
        item.personRef = q.value(c).toString();
        item.personName = personName(q.value(c + 1).toString(), q.value(c + 2).toString());
        item.caseOwner = q.value(c + 3).toString();
        out << item;
    }
    return out;
}
