// SideRead (store/sideread.h) reads on a second connection in a thread of its own only when
// that reads the state the caller would: an SQLite file, with no transaction open or the write
// lock held. Everywhere else the work runs on the caller's connection, and the answer is the
// same either way.
#include "store/sideread.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Seen
{
    qint64 rows = 0;
    bool beside = false; // on another connection, in another thread
};

// The rows of t as the work sees them, and where it ran.
SideRead<Seen>::Work countRows(const QSqlDatabase &caller)
{
    const QString name = caller.connectionName();
    QThread *const thread = QThread::currentThread();
    return [name, thread](QSqlDatabase db) -> Result<Seen> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM t")) || !q.next())
            return Error{QStringLiteral("count"), q.lastError().text()};
        const bool beside = db.connectionName() != name;
        if (beside != (QThread::currentThread() != thread))
            return Error{QStringLiteral("a side connection in the caller's thread"), QString()};
        return Seen{q.value(0).toLongLong(), beside};
    };
}

} // namespace

class TestSideRead : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSqlDatabase m_db;

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        return !q.lastError().isValid();
    }

    // Runs countRows from `caller` and checks the rows seen and where.
    void check(SideRead<Seen>::Caller caller, qint64 rows, bool beside)
    {
        SideRead<Seen> read(m_db, caller, countRows(m_db));
        const Result<Seen> seen = read.result();
        QVERIFY2(seen.ok(), qPrintable(seen.ok() ? QString() : seen.error().toString()));
        QCOMPARE(seen.value().rows, rows);
        QCOMPARE(seen.value().beside, beside);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("caller"));
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("side.sqlite")));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QVERIFY(m_db.open());
        QVERIFY(exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO t (id) VALUES (1), (2), (3)")));
    }

    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("caller"));
        QFile::remove(m_dir.filePath(QStringLiteral("side.sqlite")));
    }

    // No transaction open: beside, and it sees what the caller sees.
    void autocommitReadsBeside() { check(SideRead<Seen>::Caller::Autocommit, 3, true); }

    // A transaction that has written: its rows are not committed, so the work runs on the
    // caller's connection, which sees them. (Caller::WriteLocked is the caller's word that it
    // has written nothing: this one could not give it.)
    void openTransactionRunsOnTheCaller()
    {
        QVERIFY(exec(QStringLiteral("BEGIN")));
        QVERIFY(exec(QStringLiteral("INSERT INTO t (id) VALUES (4)")));
        check(SideRead<Seen>::Caller::Autocommit, 4, false);
        QVERIFY(exec(QStringLiteral("ROLLBACK")));
    }

    // The write lock held (BEGIN IMMEDIATE, nothing written): beside; a read transaction
    // (deferred BEGIN, which may read an older state) is not the write lock.
    void writeLockReadsBeside()
    {
        QVERIFY(exec(QStringLiteral("BEGIN IMMEDIATE")));
        check(SideRead<Seen>::Caller::WriteLocked, 3, true);
        QVERIFY(exec(QStringLiteral("ROLLBACK")));
        QVERIFY(exec(QStringLiteral("BEGIN")));
        QVERIFY(exec(QStringLiteral("SELECT COUNT(*) FROM t")));
        check(SideRead<Seen>::Caller::WriteLocked, 3, false);
        check(SideRead<Seen>::Caller::Autocommit, 3, false);
        QVERIFY(exec(QStringLiteral("ROLLBACK")));
    }

    // A database in memory cannot be reached by a second connection.
    void inMemoryRunsOnTheCaller()
    {
        cleanup();
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("caller"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QVERIFY(exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO t (id) VALUES (1)")));
        check(SideRead<Seen>::Caller::Autocommit, 1, false);
    }

    // The file gone since the caller opened it: the side cannot open it (and does not make
    // it again, empty); the caller's connection still reads it.
    void fileGoneRunsOnTheCaller()
    {
        const QString file = m_dir.filePath(QStringLiteral("side.sqlite"));
        QVERIFY(QFile::remove(file));
        check(SideRead<Seen>::Caller::Autocommit, 3, false);
        QVERIFY(!QFile::exists(file));
    }

    // The work's own error comes back as a value, from beside as from the caller.
    void errorsAreValues()
    {
        const SideRead<Seen>::Work fails = [](QSqlDatabase db) -> Result<Seen> {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT missing FROM nowhere")))
                return Error{QStringLiteral("failed"), q.lastError().text()};
            return Seen{};
        };
        SideRead<Seen> read(m_db, SideRead<Seen>::Caller::Autocommit, fails);
        const Result<Seen> r = read.result();
        QVERIFY(!r.ok());

        QCOMPARE(r.error().message, QStringLiteral("failed"));
        QVERIFY(r.error().detail.contains(QStringLiteral("nowhere")));
    }
};

QTEST_MAIN(TestSideRead)
#include "tst_sideread.moc"
