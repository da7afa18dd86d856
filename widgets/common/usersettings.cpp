#include "usersettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

// A digest, since a path or URL holds the characters QSettings reads as groups; the identity
// itself is written beside it for a human reader.
QString UserSettings::databaseKey(const QString &identity)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

UserSettings::UserSettings(const QSqlDatabase &db, const QString &user)
    : m_database(databaseIdentity(db)),
      m_group(QStringLiteral("users/%1/%2")
                  .arg(databaseKey(m_database),
                       QString::fromLatin1(QUrl::toPercentEncoding(user.trimmed()))))
{
}

QString UserSettings::databaseIdentity(const QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QPSQL")) {
        const QString host = db.hostName().isEmpty() ? QStringLiteral("localhost") : db.hostName();
        return QStringLiteral("postgresql://%1:%2/%3")
            .arg(host.toLower())
            .arg(db.port() > 0 ? db.port() : 5432)
            .arg(db.databaseName());
    }
    const QString name = db.databaseName();
    const QFileInfo file(name);
    if (name.isEmpty() || name == QLatin1String(":memory:"))
        return name;
    return file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
}

QVariant UserSettings::value(const QString &key, const QVariant &defaultValue) const
{
    return QSettings().value(m_group + QLatin1Char('/') + key, defaultValue);
}

void UserSettings::setValue(const QString &key, const QVariant &value)
{
    QSettings settings;
    // "@": a user name's '@' is percent-encoded, so no user's group can be this key.
    settings.setValue(m_group.section(QLatin1Char('/'), 0, 1) + QStringLiteral("/@database"),
                      m_database);
    settings.setValue(m_group + QLatin1Char('/') + key, value);
}

bool UserSettings::contains(const QString &key) const
{
    return QSettings().contains(m_group + QLatin1Char('/') + key);
}

void UserSettings::remove(const QString &key)
{
    QSettings().remove(m_group + QLatin1Char('/') + key);
}
