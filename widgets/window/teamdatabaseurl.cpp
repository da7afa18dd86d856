#include "teamdatabaseurl.h"

#include <QUrl>
#include <QUrlQuery>

std::optional<TeamDatabaseUrl> TeamDatabaseUrl::parse(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return std::nullopt;
    TeamDatabaseUrl out;
    if (!url.host().isEmpty())
        out.host = url.host();
    out.port = url.port(5432);
    out.database = url.path().mid(1);
    out.user = url.userName();
    out.caCertificate =
        QUrlQuery(url).queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
    if (out.database.isEmpty())
        return std::nullopt;
    return out;
}

QString TeamDatabaseUrl::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!caCertificate.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslrootcert"), caCertificate);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

QString TeamDatabaseUrl::displayName() const
{
    return tr("%1 on %2").arg(database, host);
}

QString TeamDatabaseUrl::shownLocation(const QString &location)
{
    const QUrl url(location);
    if (url.isValid() && !url.password().isEmpty())
        return url.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
    return location;
}
