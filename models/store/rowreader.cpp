#include "rowreader.h"

#include "nativesqlite.h"
#include "storesupport.h"

#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

RowReader::RowReader(QSqlDatabase db) : m_db(std::move(db)), m_query(m_db)
{
    m_query.setForwardOnly(true);
}

RowReader::~RowReader()
{
    sqlite3_finalize(m_statement);
}

Status RowReader::exec(const QString &sql, const QString &failure)
{
    return exec(sql, {}, failure);
}

Status RowReader::exec(const QString &sql, const QVariantList &values, const QString &failure)
{
    m_failure = failure;
    m_status = {};
    m_values = values;
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    if (sqlite3 *handle = NativeSqlite::handle(m_db)) {
        const QByteArray utf8 = sql.toUtf8();
        bool ok = sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_statement,
                                     nullptr) == SQLITE_OK;
        if (ok && sqlite3_bind_parameter_count(m_statement) != m_values.size()) {
            m_status = Error{failure,
                             QStringLiteral("%1 values for %2 placeholders")
                                 .arg(m_values.size())
                                 .arg(sqlite3_bind_parameter_count(m_statement)),
                             QStringLiteral("sql")};
            ok = false;
        }
        for (int i = 0; ok && i < m_values.size(); ++i)
            ok = NativeSqlite::bind(m_statement, i + 1, m_values.at(i)) == SQLITE_OK;
        if (!ok) {
            if (m_status)
                m_status = Error{failure, QString::fromUtf8(sqlite3_errmsg(handle)),
                                 QStringLiteral("sql")};
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        return m_status;
    }
    bool ok = false;
    if (m_values.isEmpty()) {
        ok = m_query.exec(sql);
    } else if (m_query.prepare(sql)) {
        for (const QVariant &v : std::as_const(m_values))
            m_query.addBindValue(v);
        ok = m_query.exec();
    }
    if (!ok)
        m_status = StoreSupport::queryError(failure, m_query);
    return m_status;
}

bool RowReader::next()
{
    if (!m_status)
        return false;
    if (m_statement) {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_status =
                Error{m_failure, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))),
                      QStringLiteral("sql")};
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    if (!m_query.isActive() || !m_query.next()) {
        if (m_query.lastError().isValid())
            m_status = StoreSupport::queryError(m_failure, m_query);
        return false;
    }
    const int columns = m_query.record().count();
    m_texts.resize(columns);
    for (int i = 0; i < columns; ++i) {
        // A NULL integer's toString() is "0": NULL reads as empty here as on SQLite.
        const QVariant v = m_query.value(i);
        m_texts[i] = v.isNull() ? QString() : v.toString();
    }
    return true;
}

QStringView RowReader::text(int column) const
{
    if (m_statement) {
        // UTF-16 in SQLite's own buffer, valid until the next step; the byte count after it.
        const auto *chars =
            static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
        const int bytes = sqlite3_column_bytes16(m_statement, column);
        return chars ? QStringView(chars, bytes / 2) : QStringView();
    }
    return column >= 0 && column < m_texts.size() ? QStringView(m_texts.at(column)) : QStringView();
}

qint64 RowReader::integer(int column) const
{
    if (m_statement)
        return sqlite3_column_int64(m_statement, column);
    return m_query.value(column).toLongLong();
}

bool RowReader::isNull(int column) const
{
    if (m_statement)
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    return m_query.value(column).isNull();
}
