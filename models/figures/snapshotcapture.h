#pragma once

#include "db/error.h"
#include "domain/figuresnapshot.h"
#include "domain/moment.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

// Takes the figures and the people behind them as they stand (issue 22): what a publication
// keeps, and "now" for a comparison. Each person's figures come from the very mask Figures
// counts (PeopleCounter), so a snapshot's members are its figures.
class SnapshotCapture
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCapture)

public:
    // The people figures' keys and versions, and every person with their figures and facts at
    // `at`; no figures JSON (a comparison needs only the people). With `keys`, only those
    // figures are evaluated: what a comparison of one figure with now needs.
    static Result<FigureSnapshot> people(QSqlDatabase db, const Moment &at,
                                         const QStringList &keys = {});
    // people() with every figure (Figures::compute) at the same moment, the people figures
    // counted from the very masks the people were read with, so each equals its members. Call
    // it inside a transaction so that the rest of the figures read the same state; one that
    // holds the write lock and has written nothing (publish()) lets them be read meanwhile on a
    // second connection (SideRead).
    static Result<FigureSnapshot> full(QSqlDatabase db, const Moment &at);
    // Takes the figures at the end of today and publishes them as `user` with `label`, in one
    // transaction (repeatable read on PostgreSQL): the new snapshot, its id set.
    static Result<FigureSnapshot> publish(QSqlDatabase db, const QString &user,
                                          const QString &label);

private:
    // Bit i for a barrier of Barrier::types()[i] open on the day, by person id.
    using BarrierTypes = QHash<qint64, quint32>;

    // people() but the barriers, with each person's mask in `masks` (in the order of people)
    // when asked.
    static Result<FigureSnapshot> capture(QSqlDatabase db, const Moment &at,
                                          const QStringList &keys, QVector<quint64> *masks);
    // The barrier register's open barriers on the day, by type, by person.
    static Result<BarrierTypes> openBarrierTypes(QSqlDatabase db, const QDate &asOf);
    static void addBarriers(FigureSnapshot &s, const BarrierTypes &open);
};
