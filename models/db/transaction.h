#pragma once

#include "error.h"

#include <QSqlDatabase>

// RAII transaction: rolls back unless commit() succeeded, so an early return or an error
// anywhere in a store method leaves the database as it was.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    // Error when the transaction could not even begin.
    Status beginStatus() const { return m_beginStatus; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Status m_beginStatus;
};
