#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_beginStatus = Status::fail(
            QCoreApplication::translate("Transaction", "Could not start a database transaction"),
            m_db.lastError().text());
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
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        return Status::fail(
            QCoreApplication::translate("Transaction", "Could not save changes to the database"),
            detail);
    }
    return {};
}
