#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// TLS by default on the link to a team database (issue 19): which sslmode a postgresql://
// location is given, and what a refused verification tells the person connecting.
//
// A host other than this machine is reached with sslmode=verify-full (encrypted, the server's
// certificate checked against a trusted CA and its name against the host) unless the location
// names an sslmode itself. "This machine" is a Unix socket (an empty host or a socket folder
// starting with '/'), localhost, 127.0.0.1 and ::1, and nothing else: 127.0.1.1, the machine's
// own host name or a LAN address are judged as remote, since a name or an address may reach
// another machine tomorrow, and a check that is not needed costs only a CA file.
class LinkSecurity
{
    Q_DECLARE_TR_FUNCTIONS(LinkSecurity)

public:
    using Options = QList<QPair<QString, QString>>;

    // Why libpq refused a TLS connection; None when its message is about something else.
    enum class Refusal
    {
        None,
        NoCaCertificate,  // verify-full and no CA file: sslrootcert not given, no root.crt
        UnreadableCa,     // the CA file named cannot be read as certificates
        NotTrusted,       // the server's certificate is not signed by a trusted CA
        HostNameMismatch, // the certificate is for another host name
        ServerWithoutSsl, // the server does not offer SSL at all
    };

    // True when `host` (as a URL or libpq gives it, "[::1]" too) is this machine.
    static bool isLocalHost(const QString &host);
    // True when a connection to `host` with these libpq options stays on this machine: the
    // host is local and no hostaddr option sends it elsewhere.
    static bool isLocalLink(const QString &host, const Options &options);
    // The sslmode to add to the libpq options of a connection to `host`: "verify-full" for a
    // link that leaves this machine, empty when none is added (a local link, or the options
    // choose an sslmode themselves).
    static QString addedSslMode(const QString &host, const Options &options);

    // Reads libpq's message of a failed connection.
    static Refusal refusal(const QString &libpqMessage);
    // The message a person reads for a refusal other than None, about `where`; libpq's text
    // goes in the detail.
    static QString explain(Refusal refusal, const QString &where);
};
