#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// A caseworker parks a person's progression "until the judicial review is decided" (a
// barrier), until a date, or both (whichever comes first). While the hold is active the person
// is left out of the ripe-for-progression queue; it ends by itself when the date arrives or the
// barrier clears, or when someone releases it.
struct ProgressionHold
{
    Q_DECLARE_TR_FUNCTIONS(ProgressionHold)

public:
    qint64 id = 0;
    qint64 personId = 0;
    QString reason;
    QDate placedOn;
    QDate untilOn;             // invalid: no date
    qint64 untilBarrierId = 0; // 0: no barrier
    QString barrierType;       // read with it, for display
    QDate barrierClearedOn;    // read with it: invalid while the barrier is open
    QString placedBy;
    QDate releasedOn; // invalid until released by hand
    QString releasedBy;
    int version = 0; // the row version read: a release must match it

    // Active on `asOf`: placed on or before it, not released on or before it, its date (if any)
    // still to come (the person comes back on that day), and its barrier (if any) not cleared
    // on or before it.
    bool isActive(const QDate &asOf) const;
    // Active on `asOf` and its date within the `days` after it: the person comes back to
    // progression by then (Today's "holds ending").
    bool endsWithin(const QDate &asOf, int days) const;
    // Why it cannot be placed as it stands; empty when it can.
    QString problem() const;
};
