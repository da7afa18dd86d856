#pragma once

#include "db/error.h"
#include "domain/reoffence.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

// Owns the SQL of reoffences (table reoffence).
class ReoffenceStore
{
    Q_DECLARE_TR_FUNCTIONS(ReoffenceStore)

public:
    explicit ReoffenceStore(QSqlDatabase db);

    // The person's reoffences, newest offence first.
    Result<QVector<Reoffence>> forPerson(qint64 personId) const;
    // Records one; the offence and a known source are required, the date must be valid and not
    // after today. Returns the new id.
    Result<qint64> record(const Reoffence &r, const QString &user);
    Result<qint64> recordInTransaction(const Reoffence &r, const QString &user, const QString &now);
    // Removes one recorded in error (the undo of record()).
    Status remove(qint64 reoffenceId);

private:
    QSqlDatabase m_db;
};
