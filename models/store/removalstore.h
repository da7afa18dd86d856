#pragma once

#include "db/error.h"
#include "domain/charterflight.h"
#include "domain/removaldirections.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

// Owns the SQL of removals: removal directions per person (table removal_directions) and
// charter flights (table charter_flight), with the figures of report Figures 6-8.
class RemovalStore
{
    Q_DECLARE_TR_FUNCTIONS(RemovalStore)

public:
    explicit RemovalStore(QSqlDatabase db);

    // The person's directions, newest set first.
    Result<QVector<RemovalDirections>> forPerson(qint64 personId) const;
    // One set of the person's directions as stored now (none when gone, or not theirs).
    Result<std::optional<RemovalDirections>> directions(qint64 personId, qint64 id) const;
    // Adds (id 0) or updates directions, checked by RemovalDirections::problem(). A person has
    // at most one set of pending directions: new ones wait for the outcome of the last. The
    // planned removal goes into the diary; recording the outcome marks that entry done.
    Result<qint64> save(const RemovalDirections &directions, const QString &user);
    Result<qint64> saveInTransaction(const RemovalDirections &directions, const QString &user,
                                     const QString &now);
    // The earliest RED.0004 notice served on the person, on any of their directions whatever
    // became of them (the notice is served on the person); invalid when none was. A barrier
    // raised after it can be certified under RED.0004 (Barrier::isCertifiable).
    Result<QDate> firstRed0004Served(qint64 personId) const;
    // The diary kind of the planned removal of directions `id`.
    static QString diaryKind(qint64 directionsId);

    // Charter flights, latest departure first.
    Result<QVector<CharterFlight>> flights() const;
    Result<qint64> saveFlight(const CharterFlight &flight, const QString &user);
    Result<qint64> saveFlightInTransaction(const CharterFlight &flight, const QString &user,
                                           const QString &now);

    // A charter flight with what became of the people planned on it (Figures 7 and 8).
    struct FlightSummary
    {
        CharterFlight flight;
        qint64 planned = 0;
        qint64 removed = 0;
        qint64 pending = 0;
        QMap<QString, qint64> failedByReason; // keys RemovalDirections::failureReasons()
        qint64 failed() const;
    };
    Result<QVector<FlightSummary>> flightSummaries() const;

    // The figures, on `asOf`: directions set on or before it (planned removals), those removed
    // on or before it, and those failed on or before it by reason (every reason present).
    struct Totals
    {
        qint64 planned = 0;
        qint64 succeeded = 0;
        QMap<QString, qint64> failedByReason;
    };
    Result<Totals> totals(const QDate &asOf) const;

    // Directions across the caseload with their person: pending ones by planned date, then
    // those with an outcome, most recent first.
    struct Row
    {
        RemovalDirections directions;
        QString personRef;
        QString name;
        QString nationality;
        QString caseOwner;
    };
    Result<QVector<Row>> list(bool pendingOnly) const;

private:
    QSqlDatabase m_db;
};
