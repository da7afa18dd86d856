#include "batchinsert.h"

#include "storesupport.h"

namespace {
QString statement(const QString &into, int columns, int rows, const QString &suffix)
{
    QString row = QStringLiteral("(?");
    for (int c = 1; c < columns; ++c)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO %1 VALUES ").arg(into);
    sql.reserve(sql.size() + rows * (row.size() + 2) + suffix.size() + 1);
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += QStringLiteral(", ");
        sql += row;
    }
    if (!suffix.isEmpty())
        sql += QLatin1Char(' ') + suffix;
    return sql;
}
} // namespace

BatchInsert::BatchInsert(QSqlDatabase db, const QString &into, int columns, const QString &suffix,
                         const QString &what, Returned returned, BeforeWrite beforeWrite)
    : m_db(db), m_into(into), m_columns(columns), m_suffix(suffix), m_what(what),
      m_returned(std::move(returned)), m_beforeWrite(std::move(beforeWrite)),
      m_rowsPerStatement(rowsPerStatement(db, columns))
{
    m_values.reserve(m_rowsPerStatement * m_columns);
}

int BatchInsert::rowsPerStatement(const QSqlDatabase &db, int columns)
{
    const int values = db.driverName() == QLatin1String("QPSQL") ? 2000 : 200;
    return std::max(1, values / std::max(1, columns));
}

Status BatchInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns);
    m_values += row;
    if (m_values.size() >= m_rowsPerStatement * m_columns)
        return write(m_rowsPerStatement);
    return {};
}

Status BatchInsert::flush()
{
    if (m_values.isEmpty())
        return {};
    return write(int(m_values.size() / m_columns));
}

Status BatchInsert::write(int rows)
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

Status BatchInsert::writeStatement(int from, int rows)
{
    auto found = m_statements.find(rows);
    if (found == m_statements.end()) {
        QSqlQuery q(m_db);
        if (!StoreSupport::prepare(q, statement(m_into, m_columns, rows, m_suffix)))
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
