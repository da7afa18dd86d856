#include "backup.h"
#include "domain/clock.h"

#include "auditstore.h"
#include "db/database.h"
#include "db/migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sqlite3.h>
#include <unistd.h>

namespace {

// Pages copied per step: 256 pages of 4 KiB, small enough for the progress to move and the
// cancel to be felt at once.
constexpr int StepPages = 256;

struct SqliteCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Handle = std::unique_ptr<sqlite3, SqliteCloser>;

Error failure(const QString &code, const QString &message, const QString &detail = QString())
{
    return Error{message, detail, code};
}

QString sqliteDetail(sqlite3 *db, int rc)
{
    const QString what = QString::fromUtf8(sqlite3_errstr(rc));
    const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
    return message.isEmpty() || message == what
               ? what
               : what + QStringLiteral(" (") + message + QLatin1Char(')');
}

// Opens `path` with SQLite's own API; `flags` say how. A file that is not there is not made.
Result<Handle> openRaw(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Handle db(raw);
    if (rc != SQLITE_OK)
        return failure(Backup::Unreadable, Backup::tr("Cannot open %1").arg(path),
                       sqliteDetail(raw, rc));
    sqlite3_extended_result_codes(raw, 1);
    return db;
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// An empty file of the caller's alone (mode 0600 before any data goes in) beside `target`,
// under a name no one else uses: where a copy is written before it is renamed to `target`.
Result<QString> createPrivateFile(const QString &target)
{
    const QFileInfo info(target);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return failure(Backup::CannotWrite, Backup::tr("The folder %1 does not exist").arg(folder));
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString path = folder + QStringLiteral("/.") + info.fileName() +
                             QStringLiteral(".partial-") +
                             QString::number(QRandomGenerator::global()->generate64(), 36);
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            return path;
        }
        if (errno != EEXIST)
            return failure(errno == ENOSPC ? Backup::DiskFull : Backup::CannotWrite,
                           Backup::tr("Cannot write in %1").arg(folder),
                           QString::fromLocal8Bit(std::strerror(errno)));
    }
    return failure(Backup::CannotWrite, Backup::tr("Cannot write in %1").arg(folder));
}

// Makes a rename in `folder` survive a power cut.
void syncFolder(const QString &folder)
{
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Copies every page of `source` (in the read transaction it holds, if any) into the empty file
// `temp`; returns the number of pages. The caller removes `temp` on failure.
Result<qint64> copyPages(sqlite3 *source, const QString &sourceName, const QString &temp,
                         const QString &target, const Backup::Progress &progress)
{
    auto dest = openRaw(temp, SQLITE_OPEN_READWRITE);
    if (!dest)
        return failure(Backup::CannotWrite, Backup::tr("Cannot write %1").arg(target),
                       dest.error().detail);
    sqlite3_backup *backup = sqlite3_backup_init(dest.value().get(), "main", source, "main");
    if (!backup)
        return failure(Backup::Unreadable, Backup::tr("Cannot copy %1").arg(sourceName),
                       QString::fromUtf8(sqlite3_errmsg(dest.value().get())));
    int rc = SQLITE_OK;
    int waits = 0;
    bool cancelled = false;
    do {
        rc = sqlite3_backup_step(backup, StepPages);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // Another connection holds a lock the step needs for a moment (at most ~10 s).
            if (++waits > 200)
                break;
            sqlite3_sleep(50);
            continue;
        }
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            break;
        const qint64 total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            cancelled = true;
            break;
        }
    } while (rc != SQLITE_DONE);
    const qint64 pages = sqlite3_backup_pagecount(backup);
    const int finished = sqlite3_backup_finish(backup);
    if (cancelled)
        return failure(Backup::Cancelled, Backup::tr("The backup was cancelled"));
    if (rc == SQLITE_DONE)
        rc = finished;
    if (rc == SQLITE_OK || rc == SQLITE_DONE)
        return pages;
    const int primary = rc & 0xff;
    if (primary == SQLITE_FULL)
        return failure(Backup::DiskFull,
                       Backup::tr("The disk is full: %1 could not be written").arg(target),
                       sqliteDetail(dest.value().get(), rc));
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return failure(Backup::Unreadable,
                       Backup::tr("%1 stayed locked by another program").arg(sourceName),
                       sqliteDetail(dest.value().get(), rc));
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return failure(Backup::Unreadable, Backup::tr("%1 cannot be read").arg(sourceName),
                       sqliteDetail(dest.value().get(), rc));
    return failure(Backup::CannotWrite, Backup::tr("Cannot write %1").arg(target),
                   sqliteDetail(dest.value().get(), rc));
}

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("lodestar-backup-%1").arg(++counter);
}

// Runs the content checks on a read-only connection to `path`, a file no one writes.
Result<Backup::Verified> checkCopy(const QString &path)
{
    Backup::Verified verified;
    verified.bytes = QFileInfo(path).size();
    const QString name = newConnectionName();
    Result<Backup::Verified> result = verified;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Immutable, as Database::checkFile reads: no lock, no -wal or -shm made beside it.
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        result = [&]() -> Result<Backup::Verified> {
            if (!db.open())
                return failure(Backup::Unreadable, Backup::tr("Cannot open %1").arg(path),
                               db.lastError().text());
            QSqlQuery q(db);
            q.setForwardOnly(true);
            // integrity_check lists at most 100 problems by default; a few say enough.
            if (!q.exec(QStringLiteral("PRAGMA integrity_check(10)")))
                return failure(Backup::IntegrityFailed,
                               Backup::tr("%1 fails SQLite's integrity check").arg(path),
                               q.lastError().text());
            QStringList problems;
            while (q.next())
                problems << q.value(0).toString();
            if (problems != QStringList{QStringLiteral("ok")})
                return failure(Backup::IntegrityFailed,
                               Backup::tr("%1 fails SQLite's integrity check").arg(path),
                               problems.join(QStringLiteral("; ")));
            q.finish();
            const Result<int> version = Migrations::currentVersion(db);
            if (!version)
                return version.error();
            verified.schemaVersion = version.value();
            const auto audit = AuditStore(db).verify();
            if (!audit)
                return audit.error();
            if (!audit.value().intact)
                return failure(Backup::AuditBroken,
                               Backup::tr("%1: the audit trail is broken at entry %2")
                                   .arg(path)
                                   .arg(audit.value().badId),
                               audit.value().why);
            verified.auditEntries = audit.value().entries;
            return verified;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

struct Staged
{
    QString temp;
    qint64 pages = 0;
    Backup::Verified verified;
};

// Copies `source` into a private temporary file beside `target` and checks the copy; on
// failure nothing is left behind. The caller renames the file into place.
Result<Staged> stage(sqlite3 *source, const QString &sourceName, const QString &target,
                     const Backup::Progress &progress)
{
    const auto temp = createPrivateFile(target);
    if (!temp)
        return temp.error();
    const auto pages = copyPages(source, sourceName, temp.value(), target, progress);
    if (!pages) {
        QFile::remove(temp.value());
        return pages.error();
    }
    auto verified = checkCopy(temp.value());
    if (!verified) {
        QFile::remove(temp.value());
        Error e = verified.error();
        // The temporary name means nothing to the reader: the copy is what failed.
        e.message.replace(temp.value(), Backup::tr("the copy of %1").arg(sourceName));
        return e;
    }
    return Staged{temp.value(), pages.value(), verified.value()};
}

Error targetExists(const QString &target)
{
    return failure(Backup::TargetExists,
                   Backup::tr("%1 already exists: choose another name; a backup never replaces "
                              "a file")
                       .arg(target));
}

} // namespace

Result<Backup::Copied> Backup::create(const Database &source, const QString &target,
                                      const Progress &progress)
{
    if (source.dialect() != SqlDialect::SQLite)
        return failure(TeamDatabase,
                       tr("%1 is a team database on PostgreSQL: back it up with pg_dump (see the "
                          "README, \"Backup and restore\")")
                           .arg(source.location()));
    const QString sourcePath = QFileInfo(source.location()).absoluteFilePath();
    const QString targetPath = QFileInfo(target).absoluteFilePath();
    if (QFileInfo(targetPath).exists() || QFileInfo(targetPath).isSymLink())
        return targetExists(targetPath);
    // A connection of the copy's own, so that the caller's stays free; read-write only because
    // a reader of a file in WAL mode may need to write its shared-memory index.
    auto src = openRaw(sourcePath, SQLITE_OPEN_READWRITE);
    if (!src)
        return src.error();
    sqlite3_busy_timeout(src.value().get(), 5000);
    // One read transaction around the whole copy: every step reads the same snapshot, so a
    // write another process commits meanwhile neither restarts the copy nor gets half into it.
    if (!exec(src.value().get(), "BEGIN") ||
        !exec(src.value().get(), "SELECT count(*) FROM sqlite_master"))
        return failure(Unreadable, tr("Cannot read %1").arg(sourcePath),
                       QString::fromUtf8(sqlite3_errmsg(src.value().get())));
    const auto staged = stage(src.value().get(), sourcePath, targetPath, progress);
    exec(src.value().get(), "ROLLBACK");
    if (!staged)
        return staged.error();
    // QFile::rename never replaces an existing file: a target made meanwhile is kept.
    if (!QFile::rename(staged.value().temp, targetPath)) {
        QFile::remove(staged.value().temp);
        if (QFileInfo::exists(targetPath))
            return targetExists(targetPath);
        return failure(CannotWrite, tr("Cannot write %1").arg(targetPath));
    }
    syncFolder(QFileInfo(targetPath).absolutePath());
    return Copied{targetPath, staged.value().pages, staged.value().verified};
}

Result<Backup::Verified> Backup::verify(const QString &file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    if (!QFileInfo(path).isFile())
        return failure(Unreadable, tr("%1 does not exist or is not a file").arg(path));
    // A backup is one file; a log beside it holds commits the file lacks: it is in use.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0 ||
        QFileInfo(path + QStringLiteral("-journal")).size() > 0)
        return failure(InUse, tr("%1 has a journal beside it: it is in use, or a write to it "
                                 "was interrupted; open it in Lodestar once and back it up "
                                 "from there")
                                  .arg(path));
    if (Status s = Database::checkFile(path); !s)
        return s.error();
    return checkCopy(path);
}

Result<Backup::Restored> Backup::restore(const QString &from, const QString &database,
                                         const Progress &progress)
{
    if (Database::isPostgresLocation(database))
        return failure(TeamDatabase,
                       tr("%1 is a team database on PostgreSQL: restore it with pg_restore or "
                          "psql (see the README, \"Backup and restore\")")
                           .arg(database));
    const QString fromPath = QFileInfo(from).absoluteFilePath();
    const QString dbPath = QFileInfo(database).absoluteFilePath();
    if (QFileInfo(fromPath).canonicalFilePath() == QFileInfo(dbPath).canonicalFilePath() &&
        QFileInfo::exists(dbPath))
        return failure(CannotWrite, tr("%1 is the database itself").arg(fromPath));
    const auto verified = verify(fromPath);
    if (!verified)
        return verified.error();
    const bool exists = QFileInfo::exists(dbPath) || QFileInfo(dbPath).isSymLink();
    if (exists && !QFileInfo(dbPath).isFile())
        return failure(CannotWrite, tr("%1 is not a file").arg(dbPath));
    if (!QDir().mkpath(QFileInfo(dbPath).absolutePath()))
        return failure(CannotWrite, tr("Cannot create the folder for %1").arg(dbPath));

    // Hold the database that stands there for the whole swap. Every Lodestar has its file in
    // WAL mode, and a connection in WAL mode holds a shared lock on the file as long as it is
    // open: leaving WAL mode needs the only connection, so it fails while any other has it
    // open, and the exclusive transaction after it keeps newcomers out until the swap is done.
    Handle lock;
    if (exists) {
        auto held = openRaw(dbPath, SQLITE_OPEN_READWRITE);
        if (!held)
            return held.error();
        lock = std::move(held.value());
        sqlite3_busy_timeout(lock.get(), 2000);
        sqlite3_stmt *mode = nullptr;
        QString journal;
        if (sqlite3_prepare_v2(lock.get(), "PRAGMA journal_mode = DELETE", -1, &mode, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(mode) == SQLITE_ROW)
            journal =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(mode, 0)));
        sqlite3_finalize(mode);
        if (journal != QLatin1String("delete") || !exec(lock.get(), "BEGIN EXCLUSIVE"))
            return failure(InUse,
                           tr("%1 is open in another Lodestar (or another program): close it "
                              "there, then restore")
                               .arg(dbPath),
                           QString::fromUtf8(sqlite3_errmsg(lock.get())));
    }
    // A log or journal left beside the path would be read into the restored file.
    for (const char *suffix : {"-wal", "-journal"}) {
        if (QFileInfo::exists(dbPath + QLatin1String(suffix)))
            return failure(InUse, tr("%1 lies beside %2: another program is using it, or it was "
                                     "left by a crash; open the database in Lodestar once first")
                                      .arg(dbPath + QLatin1String(suffix), dbPath));
    }

    // Read as checked: immutable, nothing made beside the backup.
    QUrl uri = QUrl::fromLocalFile(fromPath);
    uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
    auto src = openRaw(uri.toString(QUrl::FullyEncoded), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    if (!src)
        return src.error();
    // The copy lands at a temporary name first, checked again (the backup may have changed
    // since); only then is the old file moved aside.
    const auto staged = stage(src.value().get(), fromPath, dbPath, progress);
    if (!staged)
        return staged.error();
    const QString staging = staged.value().temp;

    Restored restored{dbPath, QString(), staged.value().verified};
    if (exists) {
        const QString stamp = Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString aside = dbPath + QStringLiteral(".before-restore-") + stamp;
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = dbPath + QStringLiteral(".before-restore-%1-%2").arg(stamp).arg(n);
        if (!QFile::rename(dbPath, aside)) {
            QFile::remove(staging);
            return failure(CannotWrite, tr("Cannot move %1 aside to %2").arg(dbPath, aside));
        }
        restored.keptAside = aside;
    }
    if (!QFile::rename(staging, dbPath)) {
        if (!restored.keptAside.isEmpty())
            QFile::rename(restored.keptAside, dbPath);
        QFile::remove(staging);
        return failure(CannotWrite, tr("Cannot put the copy in place at %1").arg(dbPath));
    }
    syncFolder(QFileInfo(dbPath).absolutePath());
    if (lock)
        exec(lock.get(), "ROLLBACK");
    return restored;
}

QString Backup::suggestedName(const QString &databaseLocation, const QDate &day)
{
    return QFileInfo(databaseLocation).completeBaseName() + QLatin1Char('-') +
           day.toString(Qt::ISODate) + QStringLiteral(".lodestar-backup.sqlite");
}
