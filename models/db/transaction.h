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

    // Runs `work` (returning a Status or a Result) in a transaction of its own: committed when
    // it succeeds, rolled back when it fails or the commit does. What a store's public write
    // wraps around its *InTransaction twin.
    template <typename Work> static auto run(QSqlDatabase db, Work &&work) -> decltype(work())
    {
        Transaction tx(std::move(db));
        if (!tx.isActive())
            return tx.beginStatus().error();
        auto done = work();
        if (!done)
            return done;
        if (Status s = tx.commit(); !s)
            return s.error();
        return done;
    }

    bool isActive() const { return m_active; }
    // Error when the transaction could not even begin.
    Status beginStatus() const { return m_beginStatus; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Status m_beginStatus;
};
