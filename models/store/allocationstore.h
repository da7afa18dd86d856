#pragma once

#include "db/error.h"
#include "domain/allocation.h"
#include "domain/moment.h"
#include "domain/workloadrules.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QVector>

// Owns the SQL of allocation (table allocation, append-only) and of the workload it makes:
// who owns whom, weighed by band against each caseworker's capacity (WorkloadRules), and the
// band weights themselves (kept in the database, so a team shares them).
class AllocationStore
{
    Q_DECLARE_TR_FUNCTIONS(AllocationStore)

public:
    explicit AllocationStore(QSqlDatabase db);

    // Allocates every person of `personIds` to `toOwner` on `on`, with an optional reason, in
    // one transaction; their case owner (stored, filtered on by "My cases") follows at once.
    // People already owned by `toOwner` are left as they are. Returns how many moved.
    // An allocation is a hand-made change of each person moved: it bumps person.version.
    // `expectedVersions` holds every person's version as read (id -> the version the caseload
    // row or PersonRecord showed): one someone else changed by hand since is refused with
    // EditConflict::Code, and nobody moves. A person with no version in it is refused as
    // "invalid" (the caller's mistake): an allocation never moves a person unread.
    Result<int> allocate(const QVector<qint64> &personIds, const QString &toOwner,
                         const QString &reason, const QDate &on, const QString &by,
                         const QHash<qint64, int> &expectedVersions);
    // The same inside the caller's transaction, at `now` (the demo's history: it passes the
    // versions it reads just before, PersonStore::versions).
    Result<int> allocateInTransaction(const QVector<qint64> &personIds, const QString &toOwner,
                                      const QString &reason, const QDate &on, const QString &by,
                                      const QString &now,
                                      const QHash<qint64, int> &expectedVersions);
    // The person's allocations, newest first.
    Result<QVector<Allocation>> history(qint64 personId) const;

    // The weights, with the row version they were read at (0: none saved yet).
    Result<WorkloadRules::Weights> weights() const;
    // Saves them over the version read (weights().version); refused as an edit conflict when
    // someone saved in between. A team leader's (the shared settings).
    Status setWeights(const WorkloadRules::Weights &weights, int expectedVersion);

    // One case owner's load, on the as-of date.
    struct Load
    {
        QString owner; // user name; empty for the people nobody owns
        QString displayName;
        QString team;
        int capacity = 0;               // 0 when the owner is not a known user
        QMap<int, qint64> peopleByBand; // 0 = not banded (detained)
        qint64 people = 0;
        qint64 points = 0;
        qint64 reviewsOverdue = 0;
        qint64 breachedThisWeek = 0;
        qint64 preparationOverdue = 0;
        int percent() const { return WorkloadRules::percent(points, capacity); }
        bool overCapacity() const
        {
            return capacity > 0 && WorkloadRules::isOverCapacity(points, capacity);
        }
    };
    // Every caseworker (known users with the caseworker or team leader role, and anyone who
    // owns people), heaviest load first; `team` narrows to one team when not empty.
    Result<QVector<Load>> workload(const QDate &asOf, const QString &team = {}) const;
    // What allocating `personIds` to `toOwner` would do, before it is done: the load of the
    // new owner and of each owner losing people, before and after, in percent.
    struct Effect
    {
        QString owner;
        QString displayName;
        int beforePercent = 0;
        int afterPercent = 0;
        bool overCapacityAfter = false;
    };
    Result<QVector<Effect>> preview(const QVector<qint64> &personIds, const QString &toOwner) const;

    // A person waiting for a case owner: the people the figure "unallocated" counts at `at`
    // (FigureId::Unallocated), most urgent band first, then the longest on the caseload.
    struct Waiting
    {
        qint64 personId = 0;
        QString personRef;
        QString name;
        int band = 0;
        QString owningUnit;
        QDate since; // the day they came onto the caseload (person.created_on)
    };
    Result<QVector<Waiting>> waiting(const Moment &at) const;

private:
    // People by owner and band 0..4 where `where` holds, leaving out those removed by `asOf`
    // (they have left the caseload: Stock), whose weight no one carries.
    Result<QMap<QString, QMap<int, qint64>>>
    bandsByOwner(const QString &where, const QVariantList &values, const QDate &asOf) const;
    QSqlDatabase m_db;
};
