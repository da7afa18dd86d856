#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // SQLite: take the write lock at the start, so a second writer waits (busy timeout) at
    // BEGIN instead of failing half way when its first write finds the database locked.
    QString failure;
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        failure = begin.lastError().text();
    } else {
        m_active = m_db.transaction();
        failure = m_db.lastError().text();
    }
    if (!m_active)
        m_beginStatus = Status::fail(
            QCoreApplication::translate("Transaction", "Could not start a database transaction"),
            failure);
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_beginStatus.ok() ? Status::fail(QCoreApplication::translate(
                                        "Transaction", "Transaction already finished"))
                                  : m_beginStatus;
    m_active = false;
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        return Error{
            QCoreApplication::translate("Transaction", "Could not save changes to the database"),
            error.text(), codeFor(error, QString())};
    }
    return {};
}

QString Transaction::codeFor(const QSqlError &error, const QString &otherwise)
{
    // QPSQL gives the SQLSTATE as the native error code; SQLite's codes are numbers.
    const QString state = error.nativeErrorCode();
    return state == QLatin1String("40001") || state == QLatin1String("40P01") ? RetryCode
                                                                              : otherwise;
}
