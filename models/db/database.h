#pragma once

#include "error.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

// One open Lodestar database: a connection that has been checked to be ours, at a schema
// version this build understands, and migrated to the latest one.
//
// A location is an SQLite file path, or a team database on a PostgreSQL server:
//   postgresql://user@host:port/dbname[?sslmode=require&...]
// (host defaults to localhost, port to 5432, user to libpq's default; the query items are
// passed to libpq as connection keywords). The URL never holds a password: libpq reads
// PGPASSWORD and ~/.pgpass by itself, and the GUI passes what it prompted for as `password`.
// A host other than this machine gets sslmode=verify-full unless the URL names an sslmode
// (LinkSecurity); sslrootcert=/path/ca.pem names the CA that signed the server's certificate.
//
// A file that is not a Lodestar database, was written by a newer Lodestar, or is corrupt is
// refused before anything is written to it: the checks run on a read-only connection and
// the file is only opened for writing once they pass. A PostgreSQL database is refused when it
// holds tables but no lodestar_meta (it is someone else's) or a newer schema; an empty one is
// given the schema (unless Create::Never).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Create
    {
        IfMissing,
        Never
    };

    // Error codes (Error::code) of a refused database.
    static inline const QString NotFound = QStringLiteral("not-found");
    static inline const QString CannotOpen = QStringLiteral("cannot-open");
    static inline const QString NotLodestar = QStringLiteral("not-lodestar");
    static inline const QString NewerSchema = QStringLiteral("newer-schema");
    static inline const QString Corrupt = QStringLiteral("corrupt");
    // A postgresql:// location that is not a well-formed URL (or holds a password).
    static inline const QString BadLocation = QStringLiteral("bad-location");
    // The PostgreSQL server wants a password and none was given, or refused the one given:
    // the GUI asks for one and calls open() again with it.
    static inline const QString NeedsPassword = QStringLiteral("needs-password");
    // The encrypted link could not be made or the server's certificate not be verified (no
    // CA, not trusted, another host name, a server without SSL): LinkSecurity::Refusal.
    static inline const QString LinkRefused = QStringLiteral("link-refused");

    // `password` is for PostgreSQL only (ignored for a file); empty: libpq's own sources.
    static Result<std::shared_ptr<Database>> open(const QString &location,
                                                  Create create = Create::IfMissing,
                                                  const QString &password = QString());
    // True for a postgresql:// (or postgres://) location.
    static bool isPostgresLocation(const QString &location);
    // Opens an SQLite file at exactly `schemaVersion`, for migration tests only.
    static Result<std::shared_ptr<Database>> createAtVersion(const QString &path,
                                                             int schemaVersion);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const { return QSqlDatabase::database(m_connection, false); }
    SqlDialect dialect() const { return m_dialect; }
    QString location() const { return m_location; }
    // True when this open created a new, empty database.
    bool wasCreated() const { return m_created; }
    int schemaVersion() const;
    // The PostgreSQL login this connection runs as (current_user), which is also the session's
    // user (Session::user): on a team database the user is the login, and the guard triggers
    // judge it. Empty for an SQLite file, which has no logins.
    QString login() const { return m_login; }
    // The PostgreSQL server's host as the location names it (localhost when it names none);
    // empty for an SQLite file.
    QString host() const { return m_host; }
    // Whether the link to the PostgreSQL server is encrypted (TLS), as the server itself
    // reports it (pg_stat_ssl) after connecting. False for an SQLite file, which has no link.
    bool encrypted() const { return m_encrypted; }
    // True for a team database reached over a link that leaves this machine (LinkSecurity)
    // unencrypted, which the window warns of; false for a file and for local links.
    bool unencryptedRemoteLink() const
    {
        return m_dialect == SqlDialect::PostgreSQL && !m_localLink && !m_encrypted;
    }
    // For an SQLite file that other users of the computer may read or write (its group or
    // others have permissions, as a file made before issue 19 or copied with a loose umask
    // has): the sentence saying so and how to close it. Empty when only its owner may, and for
    // PostgreSQL. Lodestar never changes an existing file's permissions by itself.
    QString exposure() const { return m_exposure; }

    // Where `lodestar` without --database keeps the user's own database.
    static QString defaultLocation();
    // Judges an SQLite file that nobody writes (a backup) without opening it for writing and
    // without leaving anything beside it: refused as open() would refuse it (NotLodestar,
    // NewerSchema, Corrupt, CannotOpen).
    static Status checkFile(const QString &path);

private:
    Database(QString connection, QString location, SqlDialect dialect, bool created);
    // The folders missing on the way to `folder`, made 0700 (issue 19); existing ones are left
    // as they are.
    static Status makeFolders(const QString &folder);
    // Creates `path` new and empty with mode 0600 whatever the umask, failing if it exists.
    static Status createPrivateFile(const QString &path);
    static Status checkHeader(const QString &path, bool hotJournal);
    static Status checkContents(QSqlDatabase db, const QString &path);
    static Status checkReadOnly(const QString &path);
    // `checkFirst`: judge the contents on this connection (after a hot journal's rollback).
    static Result<std::shared_ptr<Database>> openSqliteReadWrite(const QString &path, bool created,
                                                                 bool checkFirst);
    static Status checkMeta(QSqlDatabase db, const QString &where);
    static Result<std::shared_ptr<Database>> openPostgres(const QString &location, Create create,
                                                          const QString &password);

    QString m_connection;
    QString m_location;
    SqlDialect m_dialect;
    bool m_created;
    QString m_login;
    QString m_host;
    bool m_localLink = true;
    bool m_encrypted = false;
    QString m_exposure;
};
