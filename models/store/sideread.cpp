#include "sideread.h"

#include "nativesqlite.h"

#include <QSqlQuery>
#include <atomic>

#include <sqlite3.h>

namespace {

// Whether a second connection may read beside `db` now (the header says when).
bool canReadBeside(const QSqlDatabase &db, SideReadThread::Caller caller)
{
    sqlite3 *h = NativeSqlite::handle(db);
    if (!h)
        return false; // PostgreSQL
    const char *file = sqlite3_db_filename(h, "main");
    if (!file || !*file)
        return false; // in memory: nobody else can reach it
    const int state = sqlite3_txn_state(h, "main");
    switch (caller) {
    case SideReadThread::Caller::Autocommit:
        return sqlite3_get_autocommit(h) != 0;
    case SideReadThread::Caller::WriteLocked:
        return state == SQLITE_TXN_WRITE;
    }
    return false;
}

QString sideConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("lodestar-side-%1").arg(++counter);
}

} // namespace

SideReadThread::SideReadThread(const QSqlDatabase &db, Caller caller,
                               std::function<void(QSqlDatabase)> work)
{
    if (!canReadBeside(db, caller))
        return;
    const QString from = db.connectionName();
    m_thread.reset(QThread::create([from, work = std::move(work)] {
        const QString name = sideConnectionName();
        {
            // cloneDatabase(QString) may be called from any thread; the clone is this thread's.
            QSqlDatabase side = QSqlDatabase::cloneDatabase(from, name);
            // Read-only: it only reads, and a file gone since the caller opened it is not made
            // again empty (the work then runs on the caller's connection).
            side.setConnectOptions(side.connectOptions() +
                                   QStringLiteral(";QSQLITE_OPEN_READONLY"));
            if (side.open()) {
                // A smaller page cache than the caller's (Database): its scans are of smaller
                // tables, and the operating system caches the file for both. 8 MiB reads as
                // fast as 64 at 100,000 people and keeps the peak 60 MiB lower.
                QSqlQuery(side).exec(QStringLiteral("PRAGMA cache_size = -8192"));
                // One read transaction: every statement of the work sees one state.
                side.transaction();
                work(side);
                side.rollback();
                side.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }));
    m_thread->start();
}

SideReadThread::~SideReadThread()
{
    wait();
}

void SideReadThread::wait()
{
    if (m_thread)
        m_thread->wait();
}
