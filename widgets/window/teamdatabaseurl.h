#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// A team database on a PostgreSQL server, as the connection dialog and the status bar see it:
// postgresql://user@host:port/dbname[?sslrootcert=/path/ca.pem]. Never holds a password: libpq
// finds it in PGPASSWORD or
// ~/.pgpass, or the GUI asks for it and hands it to Database::open separately.
class TeamDatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(TeamDatabaseUrl)

public:
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    // The CA certificate file that signed the server's certificate (libpq's sslrootcert):
    // checked on every link to another machine (LinkSecurity). Empty: libpq's own
    // ~/.postgresql/root.crt.
    QString caCertificate;

    // A postgresql:// (or postgres://) location that names a database; nullopt otherwise.
    static std::optional<TeamDatabaseUrl> parse(const QString &location);
    // postgresql://user@host:port/dbname (and ?sslrootcert=), percent-encoded as libpq reads it.
    QString toString() const;
    // "casework on db.example.org": short enough for the status bar and the window title.
    QString displayName() const;
    // What a person may be shown of `location`: a team URL without any password in it, a file
    // path as it is.
    static QString shownLocation(const QString &location);
};
