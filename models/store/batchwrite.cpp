#include "batchwrite.h"

#include "nativesqlite.h"
#include "storesupport.h"

#include <optional>
#include <sqlite3.h>

namespace {
QString statement(const QString &head, int columns, int rows, const QString &tail)
{
    QString row = QStringLiteral("(?");
    for (int c = 1; c < columns; ++c)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QString sql = head;
    sql.reserve(sql.size() + rows * (row.size() + 2) + tail.size() + 1);
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += QStringLiteral(", ");
        sql += row;
    }
    if (!tail.isEmpty())
        sql += QLatin1Char(' ') + tail;
    return sql;
}
} // namespace

BatchWrite::BatchWrite(QSqlDatabase db, const QString &into, int columns, const QString &suffix,
                       const QString &what, Returned returned, BeforeWrite beforeWrite)
    : m_db(db), m_head(QStringLiteral("INSERT INTO %1 VALUES ").arg(into)), m_columns(columns),
      m_tail(suffix), m_what(what), m_returned(std::move(returned)),
      m_beforeWrite(std::move(beforeWrite)), m_rowsPerStatement(rowsPerStatement(db, columns))
{
    m_values.reserve(m_rowsPerStatement * m_columns);
}

BatchWrite::~BatchWrite()
{
    for (const auto &[rows, statement] : m_native)
        sqlite3_finalize(statement);
}

std::unique_ptr<BatchWrite> BatchWrite::around(QSqlDatabase db, const QString &head, int columns,
                                               const QString &tail, const QString &what)
{
    auto out = std::make_unique<BatchWrite>(db, QString(), columns, tail, what);
    out->m_head = head;
    return out;
}

int BatchWrite::rowsPerStatement(const QSqlDatabase &db, int columns)
{
    const int values = db.driverName() == QLatin1String("QPSQL") ? 2000 : 200;
    return std::max(1, values / std::max(1, columns));
}

Status BatchWrite::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns);
    m_values += row;
    if (m_values.size() >= m_rowsPerStatement * m_columns)
        return write(m_rowsPerStatement);
    return {};
}

Status BatchWrite::flush()
{
    if (m_values.isEmpty())
        return {};
    return write(int(m_values.size() / m_columns));
}

Status BatchWrite::write(int rows)
{
    if (m_beforeWrite) {
        if (Status s = m_beforeWrite(); !s)
            return s;
    }
    int from = 0;
    while (rows > 0) {
        int n = m_rowsPerStatement;
        if (rows < n) {
            n = 1;
            while (n * 2 <= rows)
                n *= 2;
        }
        if (Status s = writeStatement(from, n); !s)
            return s;
        from += n;
        rows -= n;
    }
    m_values.remove(0, from * m_columns);
    return {};
}

Status BatchWrite::writeStatement(int from, int rows)
{
    if (!m_returned && NativeSqlite::handle(m_db))
        return writeNative(from, rows);
    auto found = m_statements.find(rows);
    if (found == m_statements.end()) {
        QSqlQuery q(m_db);
        if (!StoreSupport::prepare(q, statement(m_head, m_columns, rows, m_tail)))
            return StoreSupport::queryError(tr("Could not prepare to write"), q);
        found = m_statements.emplace(rows, std::move(q)).first;
    }
    QSqlQuery &q = found->second;
    const int first = from * m_columns;
    const int count = rows * m_columns;
    for (int i = 0; i < count; ++i)
        q.bindValue(i, m_values.at(first + i));
    if (!q.exec())
        return StoreSupport::queryError(
            tr("Could not write %1").arg(m_what.arg(m_values.at(first).toString())), q);
    if (m_returned) {
        while (q.next())
            m_returned(q);
    }
    q.finish();
    m_written += rows;
    return {};
}

Status BatchWrite::writeNative(int from, int rows)
{
    sqlite3 *handle = NativeSqlite::handle(m_db);
    const auto failed = [&](const QString &message) {
        return Error{message, QString::fromUtf8(sqlite3_errmsg(handle)), QStringLiteral("sql")};
    };
    auto found = m_native.find(rows);
    if (found == m_native.end()) {
        const QByteArray sql = statement(m_head, m_columns, rows, m_tail).toUtf8();
        sqlite3_stmt *prepared = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &prepared, nullptr) !=
            SQLITE_OK) {
            sqlite3_finalize(prepared);
            return failed(tr("Could not prepare to write"));
        }
        found = m_native.emplace(rows, prepared).first;
    }
    sqlite3_stmt *st = found->second;
    const int first = from * m_columns;
    const int count = rows * m_columns;
    for (int i = 0; i < count; ++i)
        if (NativeSqlite::bind(st, i + 1, m_values.at(first + i)) != SQLITE_OK) {
            sqlite3_reset(st);
            return failed(tr("Could not write %1").arg(m_what.arg(m_values.at(first).toString())));
        }
    const int rc = sqlite3_step(st);
    std::optional<Error> error;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) // the message read before the reset
        error = failed(tr("Could not write %1").arg(m_what.arg(m_values.at(first).toString())));
    // Either way the statement lets go of the values bound: they are removed next.
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (error)
        return *error;
    m_written += rows;
    return {};
}
