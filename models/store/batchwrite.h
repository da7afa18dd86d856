#pragma once

#include "db/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVector>
#include <functional>
#include <map>
#include <memory>

struct sqlite3_stmt;

// Writes rows through multi-row statements, many rows to one statement: that saves SQLite
// most of a statement's fixed cost (cursors, savepoint, reset) and PostgreSQL a round trip a
// row. Portable: "INSERT INTO t (a, b) VALUES (?, ?), (?, ?) ...", or an UPDATE joined to a
// VALUES list, both engines share.
//
// Rows are held until a statement's worth has come (or flush()); the caller's transaction
// makes the whole write atomic, and a failure reports the first row of the failed statement.
class BatchWrite
{
    Q_DECLARE_TR_FUNCTIONS(BatchWrite)

public:
    // Each row returned by the statement's `returning` clause (say "RETURNING id"), in no
    // promised order.
    using Returned = std::function<void(const QSqlQuery &)>;
    // Runs before each statement: another batch the rows refer to (by foreign key) is
    // written first.
    using BeforeWrite = std::function<Status()>;

    // `into`: "table (column, ...)" with `columns` columns; `suffix` follows the VALUES list
    // ("ON CONFLICT ... DO NOTHING", "RETURNING id"), `what` names a row in errors ("reporting
    // event %1", %1 being the row's first value).
    BatchWrite(QSqlDatabase db, const QString &into, int columns, const QString &suffix,
               const QString &what, Returned returned = {}, BeforeWrite beforeWrite = {});
    ~BatchWrite();
    BatchWrite(const BatchWrite &) = delete;
    BatchWrite &operator=(const BatchWrite &) = delete;
    // Any statement over a list of rows: `head`, the rows "(?, ...), (?, ...)", then `tail`.
    // An UPDATE of many rows: "UPDATE t SET a = v.column2 FROM (VALUES " and ") AS v WHERE
    // t.id = v.column1" (both engines name a VALUES list's columns column1, column2...;
    // PostgreSQL takes its bound values as text, so a number column needs a CAST).
    static std::unique_ptr<BatchWrite> around(QSqlDatabase db, const QString &head, int columns,
                                              const QString &tail, const QString &what);

    // Adds one row of `columns` values; writes a full statement when one is ready.
    Status add(const QVariantList &row);
    // Writes the rows held.
    Status flush();
    qint64 rowsWritten() const { return m_written; }
    // Rows added and not yet written.
    int held() const { return int(m_values.size() / m_columns); }

    // Rows to a statement. PostgreSQL: 2,000 values, a round trip saved on each row. SQLite:
    // about 200 values. Through Qt's driver, which looks up each value's parameter name, a
    // longer statement is slower (1,000,000 rows of 6 values took 2.5 s one row at a time,
    // 1.7 s 32 at a time, 1.9 s 128); SQLite's own statement (NativeSqlite, used unless rows
    // are read back) binds without that cost, yet 2,000 values made the first import slower
    // still (30.7 s against 27.4 s: SQLite plans an UPDATE joined to a long VALUES list less
    // well).
    static int rowsPerStatement(const QSqlDatabase &db, int columns);

private:
    // Writes the first `rows` rows held, in statements of a power of two rows each (or the
    // full size), so no more than a few statements are ever prepared.
    Status write(int rows);
    Status writeStatement(int from, int rows);
    Status writeNative(int from, int rows);

    QSqlDatabase m_db;
    QString m_head;
    int m_columns;
    QString m_tail;
    QString m_what;
    Returned m_returned;
    BeforeWrite m_beforeWrite;
    int m_rowsPerStatement;
    std::map<int, QSqlQuery> m_statements;  // by rows
    std::map<int, sqlite3_stmt *> m_native; // SQLite's own, by rows, when nothing is read back
    QVariantList m_values;
    qint64 m_written = 0;
};
