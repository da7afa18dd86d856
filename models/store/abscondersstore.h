#pragma once

#include "db/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// Owns the SQL of the absconder figures by year (the shape of report Figure 9) and of the
// list of current absconders; the absconder rule is FollowUpLadder's.
class AbscondersStore
{
    Q_DECLARE_TR_FUNCTIONS(AbscondersStore)

public:
    struct Year
    {
        int year = 0;
        qint64 referred = 0; // people referred to Trace and Locate that year
        qint64 located = 0;  // people located that year
    };
    struct Absconder
    {
        qint64 personId = 0;
        QString personRef;
        QString name;
        QString caseOwner;
        QDate declaredOn; // the declaration that counts
        QDate referredOn; // referral to Trace and Locate since, if any
    };

    explicit AbscondersStore(QSqlDatabase db);

    // Years with a referral or a location, oldest first.
    Result<QVector<Year>> byYear() const;
    // Non-detained absconders on `asOf`, longest absent first.
    Result<QVector<Absconder>> current(const QDate &asOf) const;

private:
    QSqlDatabase m_db;
};
