#pragma once

#include "error.h"

#include <QSqlDatabase>
#include <QSqlError>

// RAII transaction: rolls back unless commit() succeeded, so an early return or an error
// anywhere in a store method leaves the database as it was.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Error::code of a failure that is worth running the whole transaction again for: on
    // PostgreSQL a serialization failure (SQLSTATE 40001) or a deadlock (40P01), where the
    // server rolled the transaction back only because another one got in the way.
    static inline const QString RetryCode = QStringLiteral("retry-transaction");
    // RetryCode for such an error, `otherwise` for any other.
    static QString codeFor(const QSqlError &error, const QString &otherwise);

    // Runs `work` (returning a Status or a Result) in a transaction of its own: committed when
    // it succeeds, rolled back when it fails or the commit does. What a store's public write
    // wraps around its *InTransaction twin. On PostgreSQL a transaction that failed with
    // RetryCode is run again from the start, up to 3 times in all, as the server expects of
    // its clients: so `work` must only touch the database and what it itself sets up.
    template <typename Work> static auto run(QSqlDatabase db, Work &&work) -> decltype(work())
    {
        for (int attempt = 1;; ++attempt) {
            Transaction tx(db);
            if (!tx.isActive())
                return tx.beginStatus().error();
            auto done = work();
            Status committed = done ? tx.commit() : Status(done.error());
            if (committed)
                return done;
            if (attempt >= 3 || committed.error().code != RetryCode)
                return committed.error();
        }
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
