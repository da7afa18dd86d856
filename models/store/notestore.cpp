#include "notestore.h"

#include "auditstore.h"
#include "db/transaction.h"
#include "domain/notetext.h"
#include "editconflict.h"
#include "personstore.h"
#include "storesupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

NoteStore::NoteStore(QSqlDatabase db) : m_db(std::move(db)) {}

Status NoteStore::addRevision(qint64 noteId, int revision, const QString &body,
                              const QString &author, const QString &when)
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("INSERT INTO note_revision (note_id, revision, body, written_by, "
                              "written_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(noteId);
    q.addBindValue(revision);
    q.addBindValue(body);
    q.addBindValue(author);
    q.addBindValue(when);
    if (!q.exec())
        return queryError(tr("Could not keep the note's text"), q);
    return {};
}

Result<qint64> NoteStore::add(qint64 personId, const QString &body, const QString &author)
{
    return Transaction::run(m_db, [&]() -> Result<qint64> {
        const Result<qint64> id = addInTransaction(personId, body, author, nowIso(), QString(), 0);
        if (!id)
            return id;
        if (Status s = AuditStore(m_db).insertedInTransaction(QStringLiteral("note"), id.value());
            !s)
            return s.error();
        return id;
    });
}

Result<qint64> NoteStore::addInTransaction(qint64 personId, const QString &body,
                                           const QString &author, const QString &now,
                                           const QString &source, qint64 sheetImportId,
                                           bool refreshPerson)
{
    if (const QString problem = NoteText::problem(body); !problem.isEmpty())
        return Error{problem, QString(), QStringLiteral("invalid")};
    QSqlQuery q(m_db);
    prepare(q,
            QStringLiteral("INSERT INTO note (person_id, body, revision, created_by, created_at, "
                           "updated_by, updated_at, source, sheet_import_id) VALUES (:person_id, "
                           ":body, 1, :created_by, :created_at, :updated_by, :updated_at, :source, "
                           ":sheet_import_id) RETURNING id"));
    q.bindValue(QStringLiteral(":person_id"), personId);
    q.bindValue(QStringLiteral(":body"), body);
    q.bindValue(QStringLiteral(":created_by"), author);
    q.bindValue(QStringLiteral(":created_at"), now);
    q.bindValue(QStringLiteral(":updated_by"), author);
    q.bindValue(QStringLiteral(":updated_at"), now);
    q.bindValue(QStringLiteral(":source"), textOrNull(source));
    q.bindValue(QStringLiteral(":sheet_import_id"), sheetImportId > 0
                                                        ? QVariant(sheetImportId)
                                                        : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return queryError(tr("Could not add the note"), q);
    const qint64 id = returnedId(q);
    if (Status s = addRevision(id, 1, body, author, now); !s)
        return s.error();
    if (!refreshPerson)
        return id;
    if (Status s = PersonStore(m_db).refreshLastActionInTransaction({personId}); !s)
        return s.error();
    return id;
}

Result<bool> NoteStore::existsFromSource(qint64 personId, const QString &source,
                                         const QString &body) const
{
    QSqlQuery q(m_db);
    // Compared with the text as imported (revision 1): a note edited since in Lodestar still
    // counts as brought in.
    prepare(q, QStringLiteral("SELECT 1 FROM note n JOIN note_revision r ON r.note_id = n.id "
                              "AND r.revision = 1 WHERE n.person_id = ? AND n.source = ? AND "
                              "r.body = ?"));
    q.addBindValue(personId);
    q.addBindValue(source);
    q.addBindValue(body);
    if (!q.exec())
        return queryError(tr("Could not read the notes"), q);
    return q.next();
}

Status NoteStore::edit(qint64 noteId, const QString &body, const QString &author,
                       int expectedRevision)
{
    if (const QString problem = NoteText::problem(body); !problem.isEmpty())
        return Status::fail(problem);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    AuditStore audit(m_db);
    const Result<QString> before = audit.rowJson(QStringLiteral("note"), noteId);
    if (!before)
        return before.status();
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT revision, body, person_id FROM note WHERE id = ?"));
    q.addBindValue(noteId);
    if (!q.exec())
        return queryError(tr("Could not read the note"), q);
    if (!q.next())
        return Status::fail(tr("The note no longer exists"));
    const int current = q.value(0).toInt();
    // A note's revision is its row version (issue 8): the same refusal as every other record's.
    if (current != expectedRevision)
        return EditConflict::error(m_db, QStringLiteral("note"), noteId, tr("note"));
    if (q.value(1).toString() == body)
        return {}; // nothing changed: no new revision
    const qint64 personId = q.value(2).toLongLong();
    const QString now = nowIso();
    QSqlQuery u(m_db);
    prepare(u, QStringLiteral("UPDATE note SET body = ?, revision = ?, updated_by = ?, "
                              "updated_at = ? WHERE id = ? AND revision = ?"));
    u.addBindValue(body);
    u.addBindValue(current + 1);
    u.addBindValue(author);
    u.addBindValue(now);
    u.addBindValue(noteId);
    u.addBindValue(current);
    if (!u.exec())
        return queryError(tr("Could not save the note"), u);
    if (u.numRowsAffected() != 1)
        return EditConflict::error(m_db, QStringLiteral("note"), noteId, tr("note"));
    if (Status s = addRevision(noteId, current + 1, body, author, now); !s)
        return s;
    if (Status s = PersonStore(m_db).refreshLastActionInTransaction({personId}); !s)
        return s;
    if (Status s = audit.updatedInTransaction(QStringLiteral("note"), noteId, before.value()); !s)
        return s;
    return tx.commit();
}

Result<QVector<Note>> NoteStore::notes(qint64 personId) const
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT id, person_id, body, revision, created_by, created_at, "
                              "updated_by, updated_at, source FROM note WHERE person_id = ? "
                              "ORDER BY created_at DESC, id DESC"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the notes"), q);
    QVector<Note> out;
    while (q.next()) {
        Note n;
        n.id = q.value(0).toLongLong();
        n.personId = q.value(1).toLongLong();
        n.body = q.value(2).toString();
        n.revision = q.value(3).toInt();
        n.createdBy = q.value(4).toString();
        n.createdAt = q.value(5).toString();
        n.updatedBy = q.value(6).toString();
        n.updatedAt = q.value(7).toString();
        n.source = q.value(8).toString();
        out << n;
    }
    return out;
}

Result<QVector<NoteRevision>> NoteStore::revisions(qint64 noteId) const
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT revision, body, written_by, written_at FROM note_revision "
                              "WHERE note_id = ? ORDER BY revision"));
    q.addBindValue(noteId);
    if (!q.exec())
        return queryError(tr("Could not read the note's history"), q);
    QVector<NoteRevision> out;
    while (q.next())
        out << NoteRevision{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString()};
    return out;
}
