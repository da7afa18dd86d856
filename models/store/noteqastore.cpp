#include "noteqastore.h"
#include "domain/clock.h"

#include "auditstore.h"
#include "db/transaction.h"
#include "domain/notesample.h"
#include "editconflict.h"
#include "storesupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

namespace {
const char *const ItemColumns =
    "q.id, q.sample_id, q.note_id, n.person_id, p.person_ref, n.created_by, n.created_at, "
    "n.body, q.result, q.comment, q.checked_by, q.checked_at, q.version";

NoteQaStore::Item readItem(const QSqlQuery &q)
{
    NoteQaStore::Item i;
    i.id = q.value(0).toLongLong();
    i.sampleId = q.value(1).toLongLong();
    i.noteId = q.value(2).toLongLong();
    i.personId = q.value(3).toLongLong();
    i.personRef = q.value(4).toString();
    i.author = q.value(5).toString();
    i.written = q.value(6).toString();
    i.body = q.value(7).toString();
    i.result = q.value(8).toString();
    i.comment = q.value(9).toString();
    i.checkedBy = q.value(10).toString();
    i.checkedAt = q.value(11).toString();
    i.version = q.value(12).toInt();
    return i;
}
} // namespace

NoteQaStore::NoteQaStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> NoteQaStore::draw(const Request &request, const QString &teamLeader)
{
    return Transaction::run(m_db, [&]() -> Result<qint64> {
        const Result<qint64> id = drawInTransaction(request, teamLeader, nowIso());
        if (!id)
            return id;
        if (Status s =
                AuditStore(m_db).insertedInTransaction(QStringLiteral("qa_sample"), id.value());
            !s)
            return s.error();
        return id;
    });
}

Result<qint64> NoteQaStore::drawInTransaction(const Request &r, const QString &teamLeader,
                                              const QString &now)
{
    const auto invalid = [](const QString &why) {
        return Error{why, QString(), QStringLiteral("invalid")};
    };
    if (r.size < 1 || r.size > 1000)
        return invalid(tr("A sample is 1 to 1,000 notes"));
    if (!r.from.isValid() || !r.to.isValid() || r.to < r.from)
        return invalid(tr("Choose a period: from a date to the same or a later one"));
    if (r.caseworker.trimmed().isEmpty() && r.team.trimmed().isEmpty())
        return invalid(tr("Choose a caseworker or a team"));
    // Notes written in the period (their first version: created_at), by the caseworker or a
    // member of the team; the revision they are at is what the team leader reads.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool byTeam = r.caseworker.trimmed().isEmpty();
    prepare(q, QStringLiteral("SELECT n.id FROM note n WHERE n.created_at >= ? AND n.created_at "
                              "< ? AND %1")
                   .arg(byTeam ? QStringLiteral("n.created_by IN (SELECT user_name FROM app_user "
                                                "WHERE team = ?)")
                               : QStringLiteral("n.created_by = ?")));
    // created_at is a UTC timestamp; the period is the user's local days (Clock).
    q.addBindValue(Clock::dayStartUtc(r.from));
    q.addBindValue(Clock::dayEndBoundUtc(r.to));
    q.addBindValue(byTeam ? r.team.trimmed() : r.caseworker.trimmed());
    if (!q.exec())
        return queryError(tr("Could not read the notes to sample"), q);
    QVector<qint64> candidates;
    while (q.next())
        candidates << q.value(0).toLongLong();
    if (candidates.isEmpty())
        return invalid(
            tr("No notes were written in that period by %1")
                .arg(byTeam ? tr("team %1").arg(r.team.trimmed()) : r.caseworker.trimmed()));
    const QVector<qint64> picked = NoteSample::draw(candidates, r.size, r.seed);
    QSqlQuery sample(m_db);
    prepare(sample,
            QStringLiteral(
                "INSERT INTO qa_sample (seed, requested_size, period_from, period_to, caseworker, "
                "team, drawn_by, drawn_at) VALUES (:seed, :requested_size, :period_from, "
                ":period_to, :caseworker, :team, :drawn_by, :drawn_at) RETURNING id"));
    // The seed is stored as a signed 64-bit integer, read back bit for bit.
    sample.bindValue(QStringLiteral(":seed"), qint64(r.seed));
    sample.bindValue(QStringLiteral(":requested_size"), r.size);
    sample.bindValue(QStringLiteral(":period_from"), r.from.toString(Qt::ISODate));
    sample.bindValue(QStringLiteral(":period_to"), r.to.toString(Qt::ISODate));
    sample.bindValue(QStringLiteral(":caseworker"),
                     textOrNull(byTeam ? QString() : r.caseworker.trimmed()));
    sample.bindValue(QStringLiteral(":team"), textOrNull(byTeam ? r.team.trimmed() : QString()));
    sample.bindValue(QStringLiteral(":drawn_by"), teamLeader);
    sample.bindValue(QStringLiteral(":drawn_at"), now);
    if (!sample.exec())
        return queryError(tr("Could not record the sample"), sample);
    const qint64 id = returnedId(sample);
    QSqlQuery item(m_db);
    prepare(item, QStringLiteral("INSERT INTO note_qa (sample_id, note_id) VALUES (?, ?)"));
    for (const qint64 note : picked) {
        item.addBindValue(id);
        item.addBindValue(note);
        if (!item.exec())
            return queryError(tr("Could not record the sample"), item);
    }
    return id;
}

Result<QVector<NoteQaStore::Item>> NoteQaStore::items(qint64 sampleId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT %1 FROM note_qa q JOIN note n ON n.id = q.note_id JOIN "
                              "person p ON p.id = n.person_id WHERE q.sample_id = ? ORDER BY "
                              "n.created_at, q.id")
                   .arg(QLatin1String(ItemColumns)));
    q.addBindValue(sampleId);
    if (!q.exec())
        return queryError(tr("Could not read the sample"), q);
    QVector<Item> out;
    while (q.next())
        out << readItem(q);
    return out;
}

Result<QVector<NoteQaStore::Item>> NoteQaStore::forNote(qint64 noteId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT %1 FROM note_qa q JOIN note n ON n.id = q.note_id JOIN "
                              "person p ON p.id = n.person_id WHERE q.note_id = ? ORDER BY "
                              "q.checked_at DESC, q.id DESC")
                   .arg(QLatin1String(ItemColumns)));
    q.addBindValue(noteId);
    if (!q.exec())
        return queryError(tr("Could not read the note's checks"), q);
    QVector<Item> out;
    while (q.next())
        out << readItem(q);
    return out;
}

Result<QHash<qint64, NoteQaStore::Item>> NoteQaStore::latestForPerson(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Oldest check first, so a later one replaces it below.
    prepare(q, QStringLiteral("SELECT %1 FROM note n JOIN note_qa q ON q.note_id = n.id JOIN "
                              "person p ON p.id = n.person_id WHERE n.person_id = ? AND q.result "
                              "IS NOT NULL ORDER BY q.checked_at, q.id")
                   .arg(QLatin1String(ItemColumns)));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the checks of the person's notes"), q);
    QHash<qint64, Item> out;
    while (q.next()) {
        Item i = readItem(q);
        out.insert(i.noteId, i);
    }
    return out;
}

Status NoteQaStore::mark(qint64 itemId, const QString &result, const QString &comment,
                         const QString &teamLeader, int expectedVersion)
{
    return Transaction::run(m_db, [&] {
        return AuditStore(m_db).updateInTransaction(QStringLiteral("note_qa"), itemId, [&] {
            return markInTransaction(itemId, result, comment, teamLeader, nowIso(),
                                     expectedVersion);
        });
    });
}

Status NoteQaStore::markInTransaction(qint64 itemId, const QString &result, const QString &comment,
                                      const QString &teamLeader, const QString &now,
                                      int expectedVersion)
{
    if (result != QLatin1String("pass") && result != QLatin1String("fail"))
        return Error{tr("Mark the note pass or fail"), QString(), QStringLiteral("invalid")};
    if (result == QLatin1String("fail") && comment.trimmed().isEmpty())
        return Error{tr("Say why the note fails, so its author can put it right"), QString(),
                     QStringLiteral("invalid")};
    QSqlQuery q(m_db);
    // Nobody marks their own note.
    prepare(
        q, QStringLiteral(
               "UPDATE note_qa SET result = :result, comment = :comment, checked_by = :checked_by, "
               "checked_at = :checked_at, version = version + 1 WHERE id = :id AND NOT EXISTS "
               "(SELECT 1 FROM note n WHERE n.id = note_qa.note_id AND n.created_by = :created_by) "
               "AND version = :version"));
    q.bindValue(QStringLiteral(":result"), result);
    q.bindValue(QStringLiteral(":comment"), textOrNull(comment.trimmed()));
    q.bindValue(QStringLiteral(":checked_by"), teamLeader);
    q.bindValue(QStringLiteral(":checked_at"), now);
    q.bindValue(QStringLiteral(":id"), itemId);
    q.bindValue(QStringLiteral(":created_by"), teamLeader);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    if (!q.exec())
        return queryError(tr("Could not mark the note"), q);
    if (q.numRowsAffected() != 1) {
        if (Status s = EditConflict::checkInTransaction(m_db, QStringLiteral("note_qa"), itemId,
                                                        expectedVersion, tr("note check"));
            !s)
            return s;
        return Error{tr("The note is your own, or no longer in the sample"), QString(),
                     QStringLiteral("refused")};
    }
    return {};
}

Result<QVector<NoteQaStore::Sample>> NoteQaStore::samples() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.id, s.seed, s.requested_size, s.period_from, "
                               "s.period_to, s.caseworker, s.team, s.drawn_by, s.drawn_at, (SELECT "
                               "COUNT(*) FROM note_qa q WHERE q.sample_id = s.id), (SELECT "
                               "COUNT(*) FROM note_qa q WHERE q.sample_id = s.id AND q.result IS "
                               "NOT NULL) FROM qa_sample s ORDER BY s.id DESC")))
        return queryError(tr("Could not read the samples"), q);
    QVector<Sample> out;
    while (q.next()) {
        Sample s;
        s.id = q.value(0).toLongLong();
        s.request.seed = quint64(q.value(1).toLongLong());
        s.request.size = q.value(2).toInt();
        s.request.from = dateOf(q.value(3));
        s.request.to = dateOf(q.value(4));
        s.request.caseworker = q.value(5).toString();
        s.request.team = q.value(6).toString();
        s.drawnBy = q.value(7).toString();
        s.drawnAt = q.value(8).toString();
        s.notes = q.value(9).toInt();
        s.checked = q.value(10).toInt();
        out << s;
    }
    return out;
}

Result<QVector<NoteQaStore::Rate>> NoteQaStore::rates() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT n.created_by, COUNT(DISTINCT q.note_id), COUNT(DISTINCT "
                               "CASE WHEN q.result IS NOT NULL THEN q.note_id END), COUNT(DISTINCT "
                               "CASE WHEN q.result = 'pass' THEN q.note_id END), COUNT(DISTINCT "
                               "CASE WHEN q.result = 'fail' THEN q.note_id END) FROM note_qa q "
                               "JOIN note n ON n.id = q.note_id GROUP BY n.created_by ORDER BY "
                               "n.created_by")))
        return queryError(tr("Could not read the quality-assurance rates"), q);
    QVector<Rate> out;
    while (q.next())
        out << Rate{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(),
                    q.value(3).toInt(), q.value(4).toInt()};
    return out;
}
