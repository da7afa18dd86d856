// Issue 19: a checked copy of a live local database (Backup), and putting one back in place.
// On PostgreSQL (LODESTAR_TEST_POSTGRES set) also pg_dump into a fresh database.
#include "db/session.h"
#include "demo/demogenerator.h"
#include "store/auditstore.h"
#include "store/backup.h"
#include "store/notestore.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <sqlite3.h>
#include <sys/stat.h>

namespace {

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// A local database with invented people and some audited writes (notes).
std::shared_ptr<Database> demoDatabase(const QString &path, int persons, int notes)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(db.error().toString()));
    Session::setUser(db.value()->sql(), QStringLiteral("sokafor"));
    DemoGenerator::Options options;
    options.persons = persons;
    if (Status s = DemoGenerator::generate(db.value()->sql(), options); !s)
        qFatal("demo: %s", qPrintable(s.error().toString()));
    const qint64 person =
        scalar(db.value()->sql(),
               QStringLiteral("SELECT MIN(id) FROM person WHERE case_owner = 'sokafor'"));
    for (int i = 0; i < notes; ++i) {
        const auto note =
            NoteStore(db.value()->sql())
                .add(person, QStringLiteral("Note %1").arg(i), QStringLiteral("sokafor"));
        if (!note)
            qFatal("note %d not written: %s", i, qPrintable(note.error().toString()));
    }
    return db.value();
}

// Runs raw SQL on a file with SQLite's own API, as someone behind Lodestar's back would.
bool rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE,
                              nullptr) == SQLITE_OK;
    char *message = nullptr;
    ok = ok && sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK;
    if (message) {
        qWarning("%s", message);
        sqlite3_free(message);
    }
    sqlite3_close(db);
    return ok;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// The helper process of concurrentWriterProcess: writes audited notes, one transaction each,
// into the database named by LODESTAR_BACKUP_WRITER until killed.
int writeUntilKilled(const QString &path)
{
    auto db = Database::open(path, Database::Create::Never);
    if (!db)
        return 3;
    Session::setUser(db.value()->sql(), QStringLiteral("sokafor"));
    const qint64 person =
        scalar(db.value()->sql(),
               QStringLiteral("SELECT MIN(id) FROM person WHERE case_owner = 'sokafor'"));
    QTextStream(stdout) << "writing" << Qt::endl;
    for (int i = 0;; ++i) {
        if (!NoteStore(db.value()->sql())
                 .add(person, QStringLiteral("Written meanwhile %1").arg(i),
                      QStringLiteral("sokafor")))
            return 4;
    }
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    QString m_path;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A good backup of the suite's database at `name`.
    QString goodCopy(const QString &name)
    {
        const QString file = path(name);
        const auto copied = Backup::create(*m_db, file);
        if (!copied)
            qWarning("%s", qPrintable(copied.error().toString()));
        return file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = path(QStringLiteral("lodestar.sqlite"));
        m_db = demoDatabase(m_path, 300, 20);
    }

    void backupOfALiveDatabaseVerifies()
    {
        const mode_t old = ::umask(022);
        const QString file = path(QStringLiteral("copy.sqlite"));
        qint64 calls = 0, lastDone = 0, lastTotal = 0;
        const auto copied = Backup::create(*m_db, file, [&](qint64 done, qint64 total) {
            ++calls;
            lastDone = done;
            lastTotal = total;
            return true;
        });
        ::umask(old);
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().toString()));
        const Backup::Copied &c = copied.value();
        QCOMPARE(c.file, file);
        QVERIFY(c.pages > 1);
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(lastTotal, c.pages);
        QVERIFY(calls >= 1);
        QCOMPARE(c.verified.bytes, QFileInfo(file).size());
        const auto sourceAudit = AuditStore(m_db->sql()).verify();
        QVERIFY(sourceAudit && sourceAudit.value().entries > 20);
        QCOMPARE(c.verified.auditEntries, sourceAudit.value().entries);
        QCOMPARE(c.verified.schemaVersion, m_db->schemaVersion());
        // Readable by its owner alone, though the umask would let others read a new file.
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        // One file, nothing beside it, and it opens as the same database.
        QCOMPARE(filesIn(m_dir.path()).filter(QStringLiteral("copy.sqlite")),
                 QStringList{QStringLiteral("copy.sqlite")});
        const auto verified = Backup::verify(file);
        QVERIFY(verified);
        QCOMPARE(verified.value().auditEntries, c.verified.auditEntries);
        auto copy = Database::open(file, Database::Create::Never);
        QVERIFY(copy);
        QCOMPARE(scalar(copy.value()->sql(), QStringLiteral("SELECT COUNT(*) FROM person")),
                 scalar(m_db->sql(), QStringLiteral("SELECT COUNT(*) FROM person")));
    }

    void flippedByteFailsIntegrityAndRestoreRefuses()
    {
        const QString file = goodCopy(QStringLiteral("flipped.sqlite"));
        QVERIFY(Backup::verify(file));
        qint64 pageSize = 0, root = 0;
        {
            auto copy = Database::open(file, Database::Create::Never);
            QVERIFY(copy);
            pageSize = scalar(copy.value()->sql(), QStringLiteral("PRAGMA page_size"));
            root = scalar(copy.value()->sql(),
                          QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                         "'reporting_event'"));
        }
        QVERIFY(pageSize > 0 && root > 1);
        {
            // The b-tree page's type byte: no longer a page type SQLite knows.
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek((root - 1) * pageSize));
            char type = 0;
            QVERIFY(f.getChar(&type));
            QVERIFY(f.seek((root - 1) * pageSize));
            QVERIFY(f.putChar(char(type ^ 0xff)));
        }
        const auto verified = Backup::verify(file);
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, Backup::IntegrityFailed);

        const QString target = path(QStringLiteral("target-flipped.sqlite"));
        QVERIFY(QFile::copy(goodCopy(QStringLiteral("before-flipped.sqlite")), target));
        const QByteArray before = TestData::fileHash(target);
        const QStringList filesBefore = filesIn(m_dir.path());
        const auto restored = Backup::restore(file, target);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, Backup::IntegrityFailed);
        QCOMPARE(TestData::fileHash(target), before);
        QCOMPARE(filesIn(m_dir.path()), filesBefore);
    }

    void editedAuditRowFailsAndRestoreRefuses()
    {
        const QString file = goodCopy(QStringLiteral("edited.sqlite"));
        QVERIFY(rawExec(file, "DROP TRIGGER audit_log_no_update; "
                              "UPDATE audit_log SET actor = 'mallory' WHERE id = 3"));
        const auto verified = Backup::verify(file);
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, Backup::AuditBroken);
        QVERIFY2(verified.error().message.contains(QStringLiteral("entry 3")),
                 qPrintable(verified.error().message));

        const QString target = path(QStringLiteral("target-edited.sqlite"));
        const auto restored = Backup::restore(file, target);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, Backup::AuditBroken);
        QVERIFY(!QFileInfo::exists(target));
        // audit-verify says the same of it.
        const TestData::Run r = TestData::lodestar(
            {QStringLiteral("audit-verify"), QStringLiteral("--database"), file});
        QCOMPARE(r.exitCode, 1);
    }

    // The "done when": a backup taken while another process writes restores and
    // verifies.
    void backupWhileAnotherProcessWrites()
    {
        const QString live = path(QStringLiteral("live.sqlite"));
        demoDatabase(live, 300, 5).reset();
        auto db = Database::open(live, Database::Create::Never);
        QVERIFY(db);
        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LODESTAR_BACKUP_WRITER"), live);
        writer.setProcessEnvironment(env);
        writer.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(30000));
        const qint64 entriesAtStart = AuditStore(db.value()->sql()).count().value();
        QTRY_VERIFY(AuditStore(db.value()->sql()).count().value() > entriesAtStart + 5);

        const QString file = path(QStringLiteral("live-copy.sqlite"));
        qint64 atFirstStep = -1;
        const auto copied = Backup::create(*db.value(), file, [&](qint64, qint64) {
            if (atFirstStep < 0)
                atFirstStep = AuditStore(db.value()->sql()).count().value();
            QThread::msleep(30); // room for the writer's commits between the steps
            return true;
        });
        const qint64 entriesAfter = AuditStore(db.value()->sql()).count().value();
        writer.kill();
        writer.waitForFinished();
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().toString()));
        // The writer really wrote while the pages were copied, and the copy is one moment.
        QVERIFY2(entriesAfter > atFirstStep,
                 qPrintable(QStringLiteral("%1 -> %2").arg(atFirstStep).arg(entriesAfter)));
        QVERIFY(copied.value().pages > 256); // more than one step
        QVERIFY(copied.value().verified.auditEntries > entriesAtStart);
        QVERIFY(copied.value().verified.auditEntries <= atFirstStep);

        const QString restoredPath = path(QStringLiteral("restored-live.sqlite"));
        const auto restored = Backup::restore(file, restoredPath);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
        QVERIFY(restored.value().keptAside.isEmpty());
        const TestData::Run r = TestData::lodestar(
            {QStringLiteral("audit-verify"), QStringLiteral("--database"), restoredPath});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(
            r.out.contains(
                QStringLiteral("intact: %1 entries").arg(copied.value().verified.auditEntries)),
            qPrintable(r.out));
    }

    void cancelLeavesNoFile()
    {
        const QString folder = path(QStringLiteral("cancel"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/copy.sqlite");
        const auto copied = Backup::create(*m_db, file, [](qint64, qint64) { return false; });
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Backup::Cancelled);
        QCOMPARE(filesIn(folder), QStringList());
    }

    void existingTargetIsNeverReplaced()
    {
        const QString file = path(QStringLiteral("exists.sqlite"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("someone's file");
        }
        const auto copied = Backup::create(*m_db, file);
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Backup::TargetExists);
        QVERIFY(copied.error().message.contains(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("someone's file"));
    }

    void missingFolderIsAnError()
    {
        const auto copied = Backup::create(*m_db, path(QStringLiteral("no/such/folder/x.sqlite")));
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Backup::CannotWrite);
    }

    void restoreKeepsTheOldDatabaseAside()
    {
        const QString file = goodCopy(QStringLiteral("aside-copy.sqlite"));
        const QString target = path(QStringLiteral("aside.sqlite"));
        {
            auto other = Database::open(target);
            QVERIFY(other);
        }
        const auto restored = Backup::restore(file, target);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
        const QString aside = restored.value().keptAside;
        QVERIFY2(aside.startsWith(target + QStringLiteral(".before-restore-")), qPrintable(aside));
        // The old database, whole (its header now says rollback journal, not WAL: the lock).
        {
            auto old = Database::open(aside, Database::Create::Never);
            QVERIFY(old);
            QCOMPARE(scalar(old.value()->sql(), QStringLiteral("SELECT COUNT(*) FROM person")), 0);
        }
        QCOMPARE(TestData::fileHash(target), TestData::fileHash(file));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        auto db = Database::open(target, Database::Create::Never);
        QVERIFY(db);
        QCOMPARE(scalar(db.value()->sql(), QStringLiteral("SELECT COUNT(*) FROM person")), 300);
    }

    void restoreRefusedWhileTheDatabaseIsOpen()
    {
        const QString file = goodCopy(QStringLiteral("busy-copy.sqlite"));
        const QString target = path(QStringLiteral("busy.sqlite"));
        auto open = Database::open(target);
        QVERIFY(open);
        const QStringList before = filesIn(m_dir.path());
        const auto restored = Backup::restore(file, target);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, Backup::InUse);
        QCOMPARE(filesIn(m_dir.path()), before);
        // Still the open database, still usable.
        QCOMPARE(scalar(open.value()->sql(), QStringLiteral("SELECT COUNT(*) FROM person")), 0);
    }

    void restoreRefusesWhatIsNotALodestarDatabase()
    {
        const QString other = path(QStringLiteral("other.sqlite"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(other).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE t (x)", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const auto restored = Backup::restore(other, path(QStringLiteral("never.sqlite")));
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, Database::NotLodestar);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("never.sqlite"))));

        // A copy from a newer Lodestar.
        const QString newer = goodCopy(QStringLiteral("newer.sqlite"));
        QVERIFY(rawExec(newer, "UPDATE lodestar_meta SET value = '9999' WHERE key = "
                               "'schema_version'"));
        const auto refused = Backup::restore(newer, path(QStringLiteral("never.sqlite")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Database::NewerSchema);
    }

    void suggestedName()
    {
        QCOMPARE(
            Backup::suggestedName(QStringLiteral("/home/r/lodestar.sqlite"), QDate(2026, 12, 6)),
            QStringLiteral("lodestar-2026-12-06.lodestar-backup.sqlite"));
    }

    // PostgreSQL: pg_dump of a team database restored into a fresh one keeps the chain whole.
    void pgDumpRestoresIntact()
    {
        if (!TestPostgres::enabled())
            QSKIP("LODESTAR_TEST_POSTGRES is not set");
        QStringList bins = QDir(QStringLiteral("/usr/lib/postgresql"))
                               .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(!bins.isEmpty());
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(bins.last());
        TestDatabase t;
        QVERIFY(t.onPostgres());
        QVERIFY(TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Ali"),
                                                       QStringLiteral("Sam"), QString(), 12)}));
        const qint64 person = scalar(t.db->sql(), QStringLiteral("SELECT id FROM person"));
        for (int i = 0; i < 10; ++i)
            QVERIFY(NoteStore(t.db->sql())
                        .add(person, QStringLiteral("Note %1").arg(i), t.db->login()));
        const auto source = AuditStore(t.db->sql()).verify();
        QVERIFY(source && source.value().intact && source.value().entries >= 11);

        const QUrl url(TestPostgres::serverUrl());
        const QStringList connection{
            QStringLiteral("-h"), url.host().isEmpty() ? QStringLiteral("localhost") : url.host(),
            QStringLiteral("-p"), QString::number(url.port(5432)),
            QStringLiteral("-U"), url.userName()};
        const QString dump = path(QStringLiteral("team.sql"));
        QProcess p;
        p.start(bin + QStringLiteral("pg_dump"),
                connection + QStringList{QStringLiteral("-f"), dump, t.pgName});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        QString fresh;
        const QString freshUrl = TestPostgres::createDatabase(&fresh);
        p.start(bin + QStringLiteral("psql"),
                connection + QStringList{QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                         QStringLiteral("-q"), QStringLiteral("-f"), dump,
                                         QStringLiteral("-d"), fresh});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray psqlErr = p.readAllStandardError();
        const int psqlExit = p.exitCode();
        {
            auto restored = Database::open(freshUrl, Database::Create::Never);
            QVERIFY2(psqlExit == 0, psqlErr.constData());
            QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
            const auto v = AuditStore(restored.value()->sql())
                               .verify(source.value().headId, source.value().headHash);
            QVERIFY(v);
            QVERIFY2(v.value().intact, qPrintable(v.value().why));
            QCOMPARE(v.value().entries, source.value().entries);
        }
        TestPostgres::dropDatabase(fresh);
    }

    void cleanupTestCase() { m_db.reset(); }
};

int main(int argc, char **argv)
{
    // The writer process of backupWhileAnotherProcessWrites: this same program.
    const QString writer = qEnvironmentVariable("LODESTAR_BACKUP_WRITER");
    if (!writer.isEmpty()) {
        QCoreApplication app(argc, argv);
        return writeUntilKilled(writer);
    }
    QCoreApplication app(argc, argv);
    TestBackup test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_backup.moc"
