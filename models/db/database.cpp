#include "database.h"

#include "db/clocalescope.h"
#include "linksecurity.h"
#include "migrations.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>
#include <atomic>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("lodestar-%1").arg(++counter);
}

Error refuse(const QString &code, const QString &message, const QString &detail = QString())
{
    return Error{message, detail, code};
}

// Drops a connection cleanly: QSqlDatabase handles must be gone before removeDatabase().
void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

Database::Database(QString connection, QString location, SqlDialect dialect, bool created)
    : m_connection(std::move(connection)), m_location(std::move(location)), m_dialect(dialect),
      m_created(created)
{
}

Database::~Database()
{
    // The connection's name may be used again: it forgets who acted on it.
    Session::setUser(sql(), QString());
    Session::setLogin(sql(), QString());
    dropConnection(m_connection);
}

int Database::schemaVersion() const
{
    const Result<int> v = Migrations::currentVersion(sql());
    return v ? v.value() : 0;
}

QString Database::defaultLocation()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/lodestar");
    return dir + QStringLiteral("/lodestar.sqlite");
}

Status Database::checkHeader(const QString &path, bool hotJournal)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return refuse(CannotOpen, tr("%1 is not a file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(CannotOpen, tr("Cannot read %1").arg(path), file.errorString());
    const QByteArray header = file.read(100);
    if (info.size() == 0)
        return refuse(NotLodestar, tr("%1 is empty: it is not a Lodestar database").arg(path));
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return refuse(NotLodestar,
                      tr("%1 is not a Lodestar database (it is not an SQLite file)").arg(path));
    if (header.size() < 100)
        return refuse(Corrupt, tr("%1 is corrupt: its header is cut short").arg(path));

    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return refuse(Corrupt, tr("%1 is corrupt: its header is damaged").arg(path));
    // The header records the number of pages when its "valid-for" counter matches the change
    // counter: a file shorter than that has been truncated. A file with a hot journal is in
    // the middle of an interrupted write and is judged after SQLite has rolled it back.
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    if (!hotJournal && validFor == changeCounter && qint64(pageCount) * pageSize > info.size())
        return refuse(
            Corrupt, tr("%1 is corrupt: the file has been cut short").arg(path),
            tr("%1 bytes, header expects %2").arg(info.size()).arg(qint64(pageCount) * pageSize));
    return {};
}

Status Database::checkContents(QSqlDatabase db, const QString &path)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Reading the whole schema makes SQLite parse it: a damaged file fails here.
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return refuse(Corrupt, tr("%1 is corrupt or not a database").arg(path),
                      q.lastError().text());
    bool hasMeta = false;
    while (q.next())
        hasMeta |= q.value(0).toString() == QLatin1String("lodestar_meta");
    if (!hasMeta)
        return refuse(NotLodestar,
                      tr("%1 is an SQLite database but not a Lodestar database").arg(path));
    return checkMeta(db, path);
}

Status Database::checkMeta(QSqlDatabase db, const QString &path)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM lodestar_meta"))) {
        // PostgreSQL's insufficient_privilege: a login without the team's grants.
        if (q.lastError().nativeErrorCode() == QLatin1String("42501"))
            return refuse(CannotOpen,
                          tr("%1: this login may not read the Lodestar database (it lacks the "
                             "team's grants)")
                              .arg(path),
                          q.lastError().text());
        return refuse(Corrupt, tr("%1 is corrupt").arg(path), q.lastError().text());
    }
    QString application;
    int version = 0;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("application"))
            application = q.value(1).toString();
        else if (q.value(0).toString() == QLatin1String("schema_version"))
            version = q.value(1).toInt();
    }
    if (application != QLatin1String("lodestar") || version <= 0)
        return refuse(NotLodestar, tr("%1 is not a Lodestar database").arg(path));
    if (version > Migrations::latestVersion())
        return refuse(NewerSchema, tr("%1 was written by a newer Lodestar (schema %2; this version "
                                      "understands up to %3). Update Lodestar to open it.")
                                       .arg(path)
                                       .arg(version)
                                       .arg(Migrations::latestVersion()));
    return {};
}

Status Database::checkReadOnly(const QString &path)
{
    const QString probe = newConnectionName();
    Status verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe);
        // Immutable: the probe takes no lock and, on a file in WAL mode, makes no -wal or
        // -shm file beside it, so a file it refuses is left exactly as it was. Only asked
        // when no write-ahead log holds anything (Database::open): the file alone is the
        // database then.
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open())
            verdict = refuse(CannotOpen, tr("Cannot open %1").arg(path), db.lastError().text());
        else
            verdict = checkContents(db, path);
        db.close();
    }
    QSqlDatabase::removeDatabase(probe);
    return verdict;
}

Status Database::checkFile(const QString &path)
{
    if (Status s = checkHeader(path, false); !s)
        return s;
    return checkReadOnly(path);
}

Result<std::shared_ptr<Database>> Database::openSqliteReadWrite(const QString &path, bool created,
                                                                bool checkFirst)
{
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            dropConnection(name);
            return refuse(CannotOpen, tr("Cannot open %1").arg(path), detail);
        }
        // The first read rolls back an interrupted write (a hot journal); only then can the
        // file be judged.
        if (checkFirst) {
            if (Status s = checkContents(db, path); !s) {
                db = QSqlDatabase();
                dropConnection(name);
                return s.error();
            }
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        // Write-ahead logging: while one Lodestar imports, another on the same file still
        // reads (a person's record opens), and a commit syncs once, not every page it wrote.
        // Under WAL, synchronous=NORMAL loses no committed state on a crash, only perhaps the
        // last commits on a power cut, never the file's integrity. A file another connection
        // holds open stays in its mode until then; that only costs the reader its concurrency.
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        // A larger page cache keeps sorting and counting at 100,000 people in memory.
        q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        if (created)
            q.exec(QStringLiteral("PRAGMA application_id = 1280263251")); // 'LODS'
    }
    std::shared_ptr<Database> database(new Database(name, path, SqlDialect::SQLite, created));
    if (Status s = Migrations::migrate(database->sql(), SqlDialect::SQLite); !s)
        return Error{s.error().message, s.error().detail, Corrupt};
    return database;
}

bool Database::isPostgresLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

Result<std::shared_ptr<Database>> Database::openPostgres(const QString &location, Create create,
                                                         const QString &password)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString dbName = url.path().mid(1);
    // What error messages show: never a password, wherever it was put.
    const QString bare = url.toString(QUrl::RemovePassword | QUrl::RemoveQuery);
    if (!url.isValid() || url.path().isEmpty() || dbName.isEmpty() ||
        dbName.contains(QLatin1Char('/')) || !url.fragment().isEmpty())
        return refuse(BadLocation,
                      tr("%1 is not a PostgreSQL location: write postgresql://user@host:port/"
                         "database")
                          .arg(bare),
                      url.isValid() ? QString() : url.errorString());
    // Typed on a command line or kept in settings, a password would end up in shell history,
    // in window titles and in reports: refused rather than used.
    if (!url.password().isEmpty())
        return refuse(BadLocation,
                      tr("%1: put no password in the database location; set PGPASSWORD, use "
                         "~/.pgpass or let Lodestar ask for it")
                          .arg(bare));
    QStringList options;
    bool timeoutGiven = false;
    const LinkSecurity::Options given = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : given) {
        static const QStringList reserved = {QStringLiteral("password"), QStringLiteral("user"),
                                             QStringLiteral("host"), QStringLiteral("port"),
                                             QStringLiteral("dbname")};
        // QPSQL joins its options with ';' and passes them on unquoted. A path (sslrootcert=
        // /etc/team/ca.pem) passes; one with a space cannot be given here.
        if (reserved.contains(key) || key.isEmpty() || value.isEmpty() ||
            value.contains(QRegularExpression(QStringLiteral("[\\s;'\\\\]"))))
            return refuse(BadLocation,
                          tr("%1: the option '%2' cannot be given here").arg(bare, key));
        options << key + QLatin1Char('=') + value;
        timeoutGiven |= key == QLatin1String("connect_timeout");
    }
    // An unreachable server should say so, not leave the window frozen.
    if (!timeoutGiven)
        options << QStringLiteral("connect_timeout=10");

    const QString host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    const int port = url.port(5432);
    // TLS by default once the link leaves this machine (issue 19): libpq's own default
    // (prefer) falls back to cleartext and never checks whom it talks to.
    if (const QString sslmode = LinkSecurity::addedSslMode(host, given); !sslmode.isEmpty())
        options << QStringLiteral("sslmode=") + sslmode;
    QUrl shown = url;
    shown.setHost(host);
    shown.setPort(port);
    const QString where = shown.toString(QUrl::RemovePassword);

    const QString name = newConnectionName();
    auto fail = [&name](Error e) -> Result<std::shared_ptr<Database>> {
        dropConnection(name);
        return e;
    };
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            db = QSqlDatabase();
            return fail(refuse(CannotOpen,
                               tr("%1: this Lodestar cannot reach PostgreSQL (the Qt PostgreSQL "
                                  "driver QPSQL is not installed; on Debian: libqt6sql6-psql)")
                                   .arg(where)));
        }
        db.setHostName(host);
        db.setPort(port);
        db.setDatabaseName(dbName);
        db.setUserName(url.userName());
        db.setPassword(password);
        db.setConnectOptions(options.join(QLatin1Char(';')));
        // libpq's own messages in English, whatever the user's locale: they are read below.
        const bool opened = [&db] {
            const CLocaleScope english(LC_MESSAGES_MASK);
            return db.open();
        }();
        if (!opened) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            // libpq gives a refused or missing password no SQLSTATE on a failed connection:
            // its messages (libpq's and the server's, in English) are what tells them apart.
            const bool auth = detail.contains(QLatin1String("no password supplied")) ||
                              detail.contains(QLatin1String("password authentication failed")) ||
                              detail.contains(QLatin1String("authentication failed for user"));
            if (auth)
                return fail(
                    refuse(NeedsPassword,
                           password.isEmpty()
                               ? tr("%1: the server asks for a password (set PGPASSWORD or use "
                                    "~/.pgpass)")
                                     .arg(where)
                               : tr("%1: the server refused the password").arg(where),
                           detail));
            if (const auto why = LinkSecurity::refusal(detail); why != LinkSecurity::Refusal::None)
                return fail(refuse(LinkRefused, LinkSecurity::explain(why, where), detail));
            return fail(refuse(CannotOpen, tr("Cannot connect to %1").arg(where), detail));
        }
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    QSqlQuery q(db);
    // Two people opening a new, empty team database at once: one creates the schema, the other
    // waits and then finds it made. Held until this connection has been judged and migrated.
    if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(1280263251)"))) {
        const QString detail = q.lastError().text();
        q = QSqlQuery();
        db = QSqlDatabase();
        return fail(refuse(CannotOpen, tr("Cannot use %1").arg(where), detail));
    }
    auto judge = [&]() -> Result<bool> {
        if (!q.exec(QStringLiteral("SELECT to_regclass('lodestar_meta') IS NOT NULL")) || !q.next())
            return refuse(CannotOpen, tr("Cannot read %1").arg(where), q.lastError().text());
        if (q.value(0).toBool()) {
            if (Status s = checkMeta(db, where); !s)
                return s.error();
            // A schema upgrade creates functions and triggers and alters tables, which only the
            // tables' owner may: anyone else would fail half-way with the server's words.
            const Result<int> version = Migrations::currentVersion(db);
            if (version && version.value() < Migrations::latestVersion() &&
                (!q.exec(QStringLiteral(
                     "SELECT pg_has_role(c.relowner, 'MEMBER'), pg_get_userbyid(c.relowner) "
                     "FROM pg_class c WHERE c.oid = to_regclass('lodestar_meta')")) ||
                 !q.next() || !q.value(0).toBool()))
                return refuse(CannotOpen,
                              tr("%1 has schema %2 and this Lodestar needs %3: only the database's "
                                 "owner account (%4) may upgrade it; ask whoever runs the server "
                                 "to open it once as that account")
                                  .arg(where)
                                  .arg(version.value())
                                  .arg(Migrations::latestVersion())
                                  .arg(q.value(1).toString()));
            return false;
        }
        // Anything in the database's own schemas is someone else's data: leave it alone.
        if (!q.exec(QStringLiteral(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')"
                " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
                " AND n.nspname NOT LIKE 'pg\\_%'")) ||
            !q.next())
            return refuse(CannotOpen, tr("Cannot read %1").arg(where), q.lastError().text());
        if (q.value(0).toLongLong() > 0)
            return refuse(NotLodestar,
                          tr("%1 holds tables but is not a Lodestar database").arg(where));
        if (create == Create::Never)
            return refuse(NotFound, tr("%1 is empty: it has no Lodestar database yet").arg(where));
        return true;
    };
    const Result<bool> created = judge();
    Status migrated = created ? Migrations::migrate(db, SqlDialect::PostgreSQL) : Status();
    q.exec(QStringLiteral("SELECT pg_advisory_unlock(1280263251)"));
    q = QSqlQuery();
    db = QSqlDatabase();
    if (!created)
        return fail(created.error());
    if (!migrated)
        return fail(Error{migrated.error().message, migrated.error().detail, Corrupt});
    // The user is the login (issue 8): the store layer's actor is who the server knows, so its
    // checks and the guard triggers judge the same person.
    // Whether the link is encrypted, as the server sees it: whatever the options asked for,
    // sslmode=prefer or allow may have ended in cleartext. pg_stat_ssl is readable by any login.
    QString login;
    bool encrypted = false;
    {
        QSqlQuery who(QSqlDatabase::database(name, false));
        if (!who.exec(QStringLiteral("SELECT current_user, coalesce((SELECT ssl FROM pg_stat_ssl "
                                     "WHERE pid = pg_backend_pid()), false)")) ||
            !who.next()) {
            const QString detail = who.lastError().text();
            who = QSqlQuery();
            return fail(refuse(CannotOpen, tr("Cannot read %1").arg(where), detail));
        }
        login = who.value(0).toString();
        encrypted = who.value(1).toBool();
    }
    std::shared_ptr<Database> database(
        new Database(name, where, SqlDialect::PostgreSQL, created.value()));
    database->m_login = login;
    database->m_host = host;
    database->m_localLink = LinkSecurity::isLocalLink(host, given);
    database->m_encrypted = encrypted;
    Session::setLogin(database->sql(), login);
    return database;
}

Result<std::shared_ptr<Database>> Database::open(const QString &location, Create create,
                                                 const QString &password)
{
    if (isPostgresLocation(location))
        return openPostgres(location, create, password);
    const QString path = QFileInfo(location).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        if (create == Create::Never)
            return refuse(NotFound, tr("%1 does not exist").arg(path));
        if (Status s = makeFolders(QFileInfo(path).absolutePath()); !s)
            return s.error();
        if (Status s = createPrivateFile(path); !s)
            return s.error();
        // SQLite takes the empty file as a new database, and makes its -wal and -shm files
        // with the main file's permissions: 0600 too.
        auto result = openSqliteReadWrite(path, true, false);
        if (!result)
            QFile::remove(path); // we created it; leave nothing half-made behind
        return result;
    }
    // A non-empty journal beside the file means a write was interrupted (a crash, a killed
    // import): SQLite restores the state before it on the first read, which needs write access.
    // A non-empty write-ahead log is the same for a file in WAL mode: the file alone may lack
    // committed pages (or hold half a checkpoint) until the log is read with it; so is a log
    // another Lodestar is writing to now.
    const bool hotJournal = QFileInfo(path + QStringLiteral("-journal")).size() > 0 ||
                            QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (Status s = checkHeader(path, hotJournal); !s)
        return s.error();
    if (!hotJournal) {
        if (Status s = checkReadOnly(path); !s)
            return s.error();
    }
    auto result = openSqliteReadWrite(path, false, hotJournal);
    if (result) {
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        const QFileDevice::Permissions mode = QFileInfo(path).permissions();
        if (mode & others)
            result.value()->m_exposure =
                tr("%1 can be %2 by other users of this computer; to keep it to yourself, make "
                   "it private (chmod 600 on it, with Lodestar closed)")
                    .arg(path, (mode & (QFileDevice::WriteGroup | QFileDevice::WriteOther))
                                   ? tr("read and changed")
                                   : tr("read"));
    }
    return result;
}

Status Database::makeFolders(const QString &folder)
{
    QStringList missing;
    for (QString p = QDir::cleanPath(folder); !QFileInfo::exists(p);) {
        missing.prepend(p);
        const QString parent = QFileInfo(p).path();
        if (parent == p)
            break;
        p = parent;
    }
    for (const QString &dir : missing) {
#ifdef Q_OS_UNIX
        // Never more than 0700, from the start: mkdir applies the umask, which can only take
        // bits away; the chmod then gives back the owner's own (an umask of 0277 would leave a
        // folder its owner cannot write in), nothing to anyone else. One made meanwhile by
        // someone else (EEXIST) is theirs, left as it is, as an existing folder is.
        const QByteArray name = QFile::encodeName(dir);
        if (::mkdir(name.constData(), S_IRWXU) != 0) {
            if (errno == EEXIST)
                continue;
            return refuse(CannotOpen, tr("Cannot create the folder %1").arg(dir),
                          QString::fromLocal8Bit(std::strerror(errno)));
        }
        if (::chmod(name.constData(), S_IRWXU) != 0)
            return refuse(CannotOpen, tr("Cannot create the folder %1").arg(dir),
                          QString::fromLocal8Bit(std::strerror(errno)));
#else
        if (!QDir().mkdir(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ExeOwner) &&
            !QFileInfo(dir).isDir())
            return refuse(CannotOpen, tr("Cannot create the folder %1").arg(dir));
#endif
    }
    return {};
}

Status Database::createPrivateFile(const QString &path)
{
#ifdef Q_OS_UNIX
    // Created by us with O_EXCL and mode 0600 in one call, then SQLite opens it: there is no
    // moment when the file exists with looser permissions (as a chmod after SQLite created it
    // would leave one), and O_EXCL fails rather than take over a file, or a symbolic link,
    // that appeared at the path since it was found missing.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return refuse(CannotOpen, tr("Cannot create %1").arg(path),
                      QString::fromLocal8Bit(std::strerror(errno)));
    // The umask can only have taken bits away: exactly 0600 again, so that even an umask that
    // removes the owner's write still leaves a database its owner can write.
    const bool modeSet = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    const QString detail = QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    if (!modeSet) {
        QFile::remove(path);
        return refuse(CannotOpen, tr("Cannot make %1 private").arg(path), detail);
    }
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return refuse(CannotOpen, tr("Cannot create %1").arg(path), file.errorString());
#endif
    return {};
}

Result<std::shared_ptr<Database>> Database::createAtVersion(const QString &path, int version)
{
    if (!QFileInfo::exists(path)) {
        if (Status s = createPrivateFile(path); !s)
            return s.error();
    }
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            db = QSqlDatabase();
            dropConnection(name);
            return refuse(CannotOpen, tr("Cannot open %1").arg(path));
        }
    }
    std::shared_ptr<Database> database(new Database(name, path, SqlDialect::SQLite, true));
    if (Status s = Migrations::migrate(database->sql(), SqlDialect::SQLite, version); !s)
        return s.error();
    return database;
}
