#include "followupstore.h"
#include "domain/clock.h"

#include "auditstore.h"
#include "db/transaction.h"
#include "domain/daterules.h"
#include "editconflict.h"
#include "personstore.h"
#include "store/diarystore.h"
#include "storesupport.h"

#include <QLocale>
#include <QSqlQuery>

using namespace StoreSupport;

FollowUpStore::FollowUpStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> FollowUpStore::record(FollowUpStep s, const QString &user,
                                     const FollowUpLadder::Thresholds &thresholds)
{
    // The range the form shows (DateRules), with its words; no date is refused below.
    if (s.takenOn.isValid())
        if (const QString p = DateRules::followupTaken(Clock::today()).problem(s.takenOn);
            !p.isEmpty())
            return Error{p, QString(), QStringLiteral("invalid")};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto id = recordInTransaction(s, user, nowIso(), thresholds);
    if (!id)
        return id;
    if (Status a =
            AuditStore(m_db).insertedInTransaction(QStringLiteral("followup_step"), id.value());
        !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<qint64> FollowUpStore::recordInTransaction(const FollowUpStep &s, const QString &user,
                                                  const QString &now,
                                                  const FollowUpLadder::Thresholds &thresholds)
{
    const auto invalid = [](const QString &why) {
        return Error{why, QString(), QStringLiteral("invalid")};
    };
    if (s.personId <= 0)
        return invalid(tr("A follow-up step needs a person"));
    if (!s.takenOn.isValid())
        return invalid(tr("A follow-up step needs the date it was taken"));
    // The dialog's rule, again: a step written by any other way is held to it too.
    if (const auto problems = s.problems(); !problems.isEmpty())
        return invalid(problems.first().message);
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("INSERT INTO followup_step (person_id, step, taken_on, outcome, "
                              "notes, alternatives_tried, recorded_by, recorded_at) VALUES "
                              "(:person_id, :step, :taken_on, :outcome, :notes, "
                              ":alternatives_tried, :recorded_by, :recorded_at) RETURNING id"));
    q.bindValue(QStringLiteral(":person_id"), s.personId);
    q.bindValue(QStringLiteral(":step"), FollowUpLadder::code(s.step));
    q.bindValue(QStringLiteral(":taken_on"), s.takenOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":outcome"), textOrNull(s.outcome.trimmed()));
    q.bindValue(QStringLiteral(":notes"), textOrNull(s.notes.trimmed()));
    q.bindValue(QStringLiteral(":alternatives_tried"), textOrNull(s.alternativesTried.trimmed()));
    q.bindValue(QStringLiteral(":recorded_by"), user);
    q.bindValue(QStringLiteral(":recorded_at"), now);
    if (!q.exec())
        return queryError(tr("Could not record the follow-up step"), q);
    const qint64 id = returnedId(q);
    if (s.step == FollowUpLadder::WarningLetter) {
        // The workflow writes its own follow-up, in the same transaction.
        DiaryEntry e;
        e.personId = s.personId;
        e.due = s.takenOn.addDays(thresholds.letterFollowUpDays);
        e.title = tr("Follow up the Failure to Report warning letter of %1")
                      .arg(QLocale().toString(s.takenOn, QLocale::ShortFormat));
        e.kind = QStringLiteral("warning_letter_followup");
        if (auto entry = DiaryStore(m_db).addInTransaction(e, user, now); !entry)
            return entry.error();
    }
    if (Status r = PersonStore(m_db).refreshLastActionInTransaction({s.personId}); !r)
        return r.error();
    return id;
}

Status FollowUpStore::countersign(qint64 stepId, const QString &teamLeader, int expectedVersion)
{
    return Transaction::run(m_db, [&] {
        return AuditStore(m_db)
            .requiring(Permissions::Action::Countersign)
            .updateInTransaction(QStringLiteral("followup_step"), stepId, [&] {
                return countersignInTransaction(stepId, teamLeader, nowIso(), expectedVersion);
            });
    });
}

Status FollowUpStore::countersignInTransaction(qint64 stepId, const QString &teamLeader,
                                               const QString &now, int expectedVersion)
{
    const QString table = QStringLiteral("followup_step");
    // First, so a declaration someone countersigned meanwhile is refused as a conflict that says
    // who, rather than as "already countersigned".
    if (Status s = EditConflict::checkInTransaction(m_db, table, stepId, expectedVersion,
                                                    tr("follow-up step"));
        !s)
        return s;
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT step, recorded_by, countersigned_by, person_id FROM "
                              "followup_step WHERE id = ?"));
    q.addBindValue(stepId);
    if (!q.exec())
        return queryError(tr("Could not read the follow-up step"), q);
    if (!q.next())
        return Status::fail(tr("The follow-up step no longer exists"));
    if (q.value(0).toString() != FollowUpLadder::code(FollowUpLadder::AbsconderDeclaration))
        return Status::fail(tr("Only an absconder declaration is countersigned"));
    if (!q.value(2).isNull())
        return Status::fail(
            tr("%1 has already countersigned this declaration").arg(q.value(2).toString()));
    // A countersignature is a second person's check of a serious decision.
    if (q.value(1).toString() == teamLeader)
        return Status::fail(tr("Whoever recorded the declaration cannot countersign it"));
    const qint64 personId = q.value(3).toLongLong();
    QSqlQuery u(m_db);
    prepare(u, QStringLiteral("UPDATE followup_step SET countersigned_by = ?, countersigned_at = "
                              "?, version = version + 1 WHERE id = ? AND countersigned_by IS "
                              "NULL AND version = ?"));
    u.addBindValue(teamLeader);
    u.addBindValue(now);
    u.addBindValue(stepId);
    u.addBindValue(expectedVersion);
    if (!u.exec())
        return queryError(tr("Could not countersign the declaration"), u);
    // Checked above: a change since then is another's.
    if (u.numRowsAffected() != 1)
        return EditConflict::error(m_db, table, stepId, tr("follow-up step"));
    return PersonStore(m_db).refreshLastActionInTransaction({personId});
}

Result<QVector<FollowUpStep>> FollowUpStore::forPerson(qint64 personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT id, step, taken_on, outcome, notes, alternatives_tried, "
                              "recorded_by, recorded_at, countersigned_by, countersigned_at, "
                              "version FROM followup_step WHERE person_id = ? "
                              "ORDER BY taken_on DESC, id DESC"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the follow-up steps"), q);
    QVector<FollowUpStep> out;
    while (q.next()) {
        const auto step = FollowUpLadder::fromCode(q.value(1).toString());
        if (!step)
            continue; // a code from a newer version: not ours to show
        FollowUpStep s;
        s.id = q.value(0).toLongLong();
        s.personId = personId;
        s.step = *step;
        s.takenOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        s.outcome = q.value(3).toString();
        s.notes = q.value(4).toString();
        s.alternativesTried = q.value(5).toString();
        s.recordedBy = q.value(6).toString();
        s.recordedAt = q.value(7).toString();
        s.countersignedBy = q.value(8).toString();
        s.countersignedAt = q.value(9).toString();
        s.version = q.value(10).toInt();
        out << s;
    }
    return out;
}

Result<QVector<FollowUpStore::Awaiting>>
FollowUpStore::awaitingCountersignature(const OwnerScope &owners) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT d.id, d.person_id, p.person_ref, p.family_name, "
                              "p.given_names, p.band, d.taken_on, d.recorded_by FROM followup_step "
                              "d JOIN person p ON p.id = d.person_id WHERE d.step = ? AND "
                              "d.countersigned_at IS NULL AND %1 ORDER BY d.taken_on, d.id")
                   .arg(owners.sql(QStringLiteral("p.case_owner"))));
    q.addBindValue(FollowUpLadder::code(FollowUpLadder::AbsconderDeclaration));
    for (const QVariant &v : owners.values())
        q.addBindValue(v);
    if (!q.exec())
        return queryError(tr("Could not read the declarations to countersign"), q);
    QVector<Awaiting> out;
    while (q.next())
        out << Awaiting{
            q.value(0).toLongLong(), q.value(1).toLongLong(),
            q.value(2).toString(),   personName(q.value(3).toString(), q.value(4).toString()),
            q.value(5).toInt(),      dateOf(q.value(6)),
            q.value(7).toString()};
    return out;
}
