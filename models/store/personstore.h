#pragma once

#include "db/error.h"
#include "domain/cidcase.h"
#include "domain/persondetails.h"
#include "domain/personrecord.h"
#include "domain/personsummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>
#include <functional>
#include <optional>

// Owns the SQL of people and their CID cases (tables person and cid_case), including the
// derived columns (band, flags, open barriers...) that the caseload filters and sorts on.
class PersonStore
{
    Q_DECLARE_TR_FUNCTIONS(PersonStore)

public:
    explicit PersonStore(QSqlDatabase db);

    struct NewPerson
    {
        PersonDetails details;
        QVector<CidCase> cases;
    };
    // Fills `out` with the next person; returns false when there are no more.
    using NextPerson = std::function<bool(NewPerson &out)>;
    // Called every `progressEvery` people with the number written; return false to cancel.
    using Progress = std::function<bool(int written)>;

    // Error code of an addPeople() that was cancelled through its progress callback.
    static inline const QString Cancelled = QStringLiteral("cancelled");

    // Adds every person `next` yields, with their cases, in one transaction: all or nothing.
    Status addPeople(const NextPerson &next, const Progress &progress = {},
                     int progressEvery = 1000);

    Result<std::optional<PersonRecord>> findById(qint64 id) const;
    Result<std::optional<PersonRecord>> findByRef(const QString &personRef) const;
    // The row versions of these people (PersonRecord::version), by id: what a dialog acting
    // on several people (an allocation) checks its save against. Unknown ids are left out.
    Result<QHash<qint64, int>> versions(const QVector<qint64> &personIds) const;
    // The person's CID cases, in the order they were recorded.
    Result<QVector<CidCase>> cases(qint64 personId) const;
    // Recomputes the derived columns of one person from their stored cases (after a change
    // to their cases or barriers), in its own transaction.
    Status refreshDerived(qint64 personId);
    // The same for many people, inside the caller's transaction (an import recomputes everyone
    // it touched before it commits), a few hundred at a time; `progress` hears after each few
    // hundred how many are done, and a failed Status from it stops the work with that error.
    using RefreshProgress = std::function<Status(qint64 done, qint64 total)>;
    Status refreshDerivedInTransaction(const QVector<qint64> &personIds,
                                       const RefreshProgress &progress = {});
    // The stored first and last scheduled reporting event (person.reporting_first/_last) and
    // run of breaches (reporting_completed_last, reporting_run_first: BreachRules) of these
    // people, or of everyone, after their events changed, inside the caller's transaction.
    // refreshDerivedInTransaction does it too. The pass over everyone writes only the rows
    // whose facts changed.
    Status refreshReportingSpansInTransaction(const QVector<qint64> &personIds);
    Status refreshAllReportingSpansInTransaction();
    // The last due event and the next (person.reporting_due_*: Triage) of everyone whose stored
    // pair no longer answers for now, an event of theirs having come due since: after an
    // import, so that the caseload reads the morning's from the person row.
    Status refreshStaleDueEventsInTransaction();
    // The stored review dates (person.review_base, review_set_next: ReviewRules) of these
    // people after a review, inside the caller's transaction. refreshDerivedInTransaction
    // does it too (an allocation).
    Status refreshReviewDatesInTransaction(const QVector<qint64> &personIds);
    // The stored time of the last action by a person (person.last_action_at: Triage::
    // lastActionSql) of these people, after a store recorded one, inside the caller's
    // transaction. Before an allocation's recompute: on PostgreSQL the guard judges the write
    // by the person's owner, who is still the one the allocating team leader may act for.
    Status refreshLastActionInTransaction(const QVector<qint64> &personIds);
    // The stored next diary date (person.diary_next: Triage::nextDiarySql) of these people,
    // after DiaryStore changed their diaries, inside the caller's transaction.
    Status refreshNextDiaryInTransaction(const QVector<qint64> &personIds);

    // Folded text the caseload search matches against (names, person and case references).
    static QString searchKey(const PersonDetails &details, const QVector<CidCase> &cases);

private:
    Status insertPerson(QSqlQuery &personInsert, QSqlQuery &caseInsert, const NewPerson &p,
                        const QString &now, const QString &today);
    Result<std::optional<PersonRecord>> findWhere(const QString &where, const QVariant &v) const;

    QSqlDatabase m_db;
};
