#include "session.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {
QMutex &sessionMutex()
{
    static QMutex m;
    return m;
}
QHash<QString, QString> &sessionUsers()
{
    static QHash<QString, QString> users;
    return users;
}
QHash<QString, QString> &sessionLogins()
{
    static QHash<QString, QString> logins;
    return logins;
}
} // namespace

void Session::setUser(const QSqlDatabase &db, const QString &userName)
{
    QMutexLocker lock(&sessionMutex());
    const QString name = userName.trimmed();
    if (name.isEmpty())
        sessionUsers().remove(db.connectionName());
    else
        sessionUsers().insert(db.connectionName(), name);
}

void Session::setLogin(const QSqlDatabase &db, const QString &login)
{
    QMutexLocker lock(&sessionMutex());
    if (login.isEmpty())
        sessionLogins().remove(db.connectionName());
    else
        sessionLogins().insert(db.connectionName(), login);
}

QString Session::user(const QSqlDatabase &db)
{
    {
        QMutexLocker lock(&sessionMutex());
        const auto it = sessionUsers().constFind(db.connectionName());
        if (it != sessionUsers().constEnd())
            return it.value();
        const auto login = sessionLogins().constFind(db.connectionName());
        if (login != sessionLogins().constEnd())
            return login.value();
    }
    return osUser();
}

QString Session::osUser()
{
#ifdef Q_OS_UNIX
    // The account the process runs as, not $USER: whoever runs Lodestar sets the environment,
    // and on a local file the OS user is who may act as someone else (issue 19).
    // (getpwuid_r: the sessions of several threads may ask at once.)
    passwd entry{};
    passwd *found = nullptr;
    char buffer[4096];
    if (::getpwuid_r(::geteuid(), &entry, buffer, sizeof buffer, &found) == 0 && found &&
        found->pw_name && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
#endif
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}
