#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// What one person chose in Lodestar on one database: list filters, column layouts, splitters,
// the folders their file dialogs start in, a sheet's column mapping. QSettings alone is per OS
// account, and a workstation is shared: the team leader who signed in after a caseworker saw
// the caseworker's "My cases" (issue 16). So every such choice is kept under a group of its own
// per database and user name, and whoever signs in starts from their own choices, or from the
// defaults; a filter set on a team database does not follow anyone onto a personal file.
//
// Machine-wide, in plain QSettings, stays what belongs to the machine or is chosen before anyone
// signs in to a database: the window's geometry (the screen's), the folder File → Open Database
// starts in, the team database last connected to, the size of the demo data, and the follow-up
// ladder's thresholds (the unit's policy, not a person's choice).
//
// Values saved machine-wide by earlier versions are not carried over (a choice): they are the
// last user's on this machine, and adopting them would hand them to whoever signs in next,
// which is the very leak this fixes. Everyone starts once from the defaults.
class UserSettings
{
public:
    UserSettings(const QSqlDatabase &db, const QString &user);

    // Keys as QSettings takes them ("caseload/band"), within this database's and user's group.
    QVariant value(const QString &key, const QVariant &defaultValue = QVariant()) const;
    void setValue(const QString &key, const QVariant &value);
    bool contains(const QString &key) const;
    void remove(const QString &key);

    // Which database `db` is, however it was reached: an SQLite file's canonical path (a
    // symbolic link or a relative path names the same file once), or a PostgreSQL server's
    // host, port and database name ("postgresql://db.example.org:5432/casework").
    static QString databaseIdentity(const QSqlDatabase &db);
    // The database's part of a settings group: a short digest of its identity.
    static QString databaseKey(const QString &identity);
    // The QSettings group the values live in, for tests and for anyone reading the file.
    QString group() const { return m_group; }

private:
    QString m_database;
    QString m_group;
};
