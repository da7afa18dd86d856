#include "linksecurity.h"

bool LinkSecurity::isLocalHost(const QString &host)
{
    // libpq takes a host starting with '/' as the folder of a Unix socket, and no host as
    // its default socket: neither leaves the machine.
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        return true;
    static const QStringList local = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                                      QStringLiteral("::1"), QStringLiteral("[::1]")};
    return local.contains(host, Qt::CaseInsensitive);
}

bool LinkSecurity::isLocalLink(const QString &host, const Options &options)
{
    if (!isLocalHost(host))
        return false;
    // libpq connects to hostaddr when it is given and keeps host for the certificate check:
    // a "localhost" with a remote hostaddr leaves the machine.
    for (const auto &[key, value] : options) {
        if (key == QLatin1String("hostaddr") && !isLocalHost(value))
            return false;
    }
    return true;
}

QString LinkSecurity::addedSslMode(const QString &host, const Options &options)
{
    for (const auto &option : options) {
        if (option.first == QLatin1String("sslmode"))
            return QString();
    }
    return isLocalLink(host, options) ? QString() : QStringLiteral("verify-full");
}

LinkSecurity::Refusal LinkSecurity::refusal(const QString &message)
{
    // libpq gives a failed connection no SQLSTATE: its own words (English, as elsewhere in
    // Database) are what tells the refusals apart.
    if (message.contains(QLatin1String("root certificate file")) &&
        message.contains(QLatin1String("does not exist")))
        return Refusal::NoCaCertificate;
    if (message.contains(QLatin1String("could not read root certificate file")))
        return Refusal::UnreadableCa;
    if (message.contains(QLatin1String("does not match host name")))
        return Refusal::HostNameMismatch;
    if (message.contains(QLatin1String("certificate verify failed")))
        return Refusal::NotTrusted;
    if (message.contains(QLatin1String("server does not support SSL")))
        return Refusal::ServerWithoutSsl;
    return Refusal::None;
}

QString LinkSecurity::explain(Refusal refusal, const QString &where)
{
    switch (refusal) {
    case Refusal::None:
        break;
    case Refusal::NoCaCertificate:
        return tr("%1: the server's certificate cannot be trusted, as no CA certificate is named "
                  "to check it: add ?sslrootcert=/path/to/ca.pem to the location, or put the "
                  "team's CA certificate at ~/.postgresql/root.crt")
            .arg(where);
    case Refusal::UnreadableCa:
        return tr("%1: the CA certificate file named by sslrootcert cannot be read").arg(where);
    case Refusal::NotTrusted:
        return tr("%1: the server's certificate is not trusted: it is not signed by the CA "
                  "certificate given (sslrootcert), so the server may not be the one it claims "
                  "to be")
            .arg(where);
    case Refusal::HostNameMismatch:
        return tr("%1: the server's certificate is for another host name: connect by the name "
                  "the certificate was issued for")
            .arg(where);
    case Refusal::ServerWithoutSsl:
        return tr("%1: the server does not support encrypted connections (SSL): ask whoever runs "
                  "it to turn SSL on")
            .arg(where);
    }
    return QString();
}
