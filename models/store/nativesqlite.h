#pragma once

#include <QSqlDatabase>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// SQLite's own API on a Qt connection, for the bulk passes where Qt's driver costs more than
// the work (RowReader reads through it, BatchWrite writes). The handle is the connection's own,
// so a statement run on it is inside whatever transaction the connection has open.
namespace NativeSqlite {

// Sets SQLite up for this process; call first thing in main(), before any connection opens
// (later it changes nothing). It turns off SQLite's memory statistics, which Lodestar never
// reads: they take one process-wide mutex for every allocation of every connection, which two
// threads reading at once (SideRead) then queue for, each taking half as long again.
void configureProcess();

// The connection's sqlite3 handle, or null when db is not SQLite. Qt's SQLite driver on
// Debian links the system's libsqlite3, the library Lodestar links for this.
sqlite3 *handle(const QSqlDatabase &db);

// Binds `value` to parameter `index` (1-based) as Qt's SQLite driver would bind it, so that a
// row written either way is stored alike: null for a null value (a null QString, QByteArray,
// QDate... too), a blob for a QByteArray, an integer for int, bool, uint and qlonglong, a real
// for double, ISO text with milliseconds for a QDateTime, and any other value as its
// toString() text (a QDate as yyyy-MM-dd). `value` must outlive the statement's next step: texts
// and blobs are bound without a copy. SQLite's result code.
int bind(sqlite3_stmt *statement, int index, const QVariant &value);

} // namespace NativeSqlite
