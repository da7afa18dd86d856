// TLS by default (issue 19), the pure part: which hosts are this machine, the sslmode a team
// database location gets, and libpq's refusals read into what the person connecting is told.
// tst_tls proves the same against a real server with a certificate.
#include "db/linksecurity.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

Q_DECLARE_METATYPE(LinkSecurity::Refusal)

class TestLinkSecurity : public QObject
{
    Q_OBJECT

private slots:
    void localHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("local");
        QTest::newRow("no host: libpq's socket") << QString() << true;
        QTest::newRow("socket folder") << QStringLiteral("/var/run/postgresql") << true;
        QTest::newRow("localhost") << QStringLiteral("localhost") << true;
        QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
        QTest::newRow("127.0.1.1 (Debian's own-name address)")
            << QStringLiteral("127.0.1.1") << false;
        QTest::newRow("127.0.0.2") << QStringLiteral("127.0.0.2") << false;
        QTest::newRow("a host name") << QStringLiteral("db.example.org") << false;
        QTest::newRow("localhost. (a DNS name)") << QStringLiteral("localhost.") << false;
        QTest::newRow("localhost.example.org") << QStringLiteral("localhost.example.org") << false;
        QTest::newRow("LAN address") << QStringLiteral("10.0.0.5") << false;
        QTest::newRow("IPv6 LAN address") << QStringLiteral("fe80::1") << false;
        QTest::newRow("IPv4-mapped loopback") << QStringLiteral("::ffff:127.0.0.1") << false;
    }
    void localHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, local);
        QCOMPARE(LinkSecurity::isLocalHost(host), local);
    }

    // From the location as a person writes it, through QUrl as Database::open reads it.
    void addedSslMode_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("added");
        QTest::addColumn<bool>("localLink");
        const QString verify = QStringLiteral("verify-full");
        QTest::newRow("localhost")
            << QStringLiteral("postgresql://alice@localhost:5432/casework") << QString() << true;
        QTest::newRow("no host") << QStringLiteral("postgresql:///casework") << QString() << true;
        QTest::newRow("127.0.0.1")
            << QStringLiteral("postgresql://alice@127.0.0.1/casework") << QString() << true;
        QTest::newRow("[::1]") << QStringLiteral("postgresql://alice@[::1]:5432/casework")
                               << QString() << true;
        QTest::newRow("remote") << QStringLiteral("postgresql://alice@db.example.org/casework")
                                << verify << false;
        QTest::newRow("remote, upper case")
            << QStringLiteral("postgres://alice@DB.Example.org/c") << verify << false;
        QTest::newRow("127.0.1.1")
            << QStringLiteral("postgresql://alice@127.0.1.1/casework") << verify << false;
        QTest::newRow("remote IPv6")
            << QStringLiteral("postgresql://alice@[2001:db8::5]/casework") << verify << false;
        QTest::newRow("remote with the CA named")
            << QStringLiteral("postgresql://alice@db.example.org/casework?sslrootcert=/etc/ca.pem")
            << verify << false;
        QTest::newRow("remote, opted out")
            << QStringLiteral("postgresql://alice@db.example.org/casework?sslmode=disable")
            << QString() << false;
        QTest::newRow("remote, require chosen")
            << QStringLiteral("postgresql://alice@db.example.org/casework?sslmode=require")
            << QString() << false;
        QTest::newRow("local, verify-full chosen")
            << QStringLiteral("postgresql://alice@localhost/casework?sslmode=verify-full")
            << QString() << true;
        QTest::newRow("localhost sent elsewhere by hostaddr")
            << QStringLiteral("postgresql://alice@localhost/casework?hostaddr=10.0.0.5") << verify
            << false;
        QTest::newRow("localhost, hostaddr loopback")
            << QStringLiteral("postgresql://alice@localhost/casework?hostaddr=127.0.0.1")
            << QString() << true;
        QTest::newRow("other options do not opt out")
            << QStringLiteral("postgresql://alice@db.example.org/casework?connect_timeout=5&"
                              "sslcompression=0")
            << verify << false;
    }
    void addedSslMode()
    {
        QFETCH(QString, location);
        QFETCH(QString, added);
        QFETCH(bool, localLink);
        const QUrl url(location, QUrl::StrictMode);
        QVERIFY2(url.isValid(), qPrintable(url.errorString()));
        const auto options = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        QCOMPARE(LinkSecurity::addedSslMode(url.host(), options), added);
        QCOMPARE(LinkSecurity::isLocalLink(url.host(), options), localLink);
    }

    // libpq 15's own words (Debian 12), as tst_tls also meets them from a real server.
    void refusals_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<LinkSecurity::Refusal>("refusal");
        using R = LinkSecurity::Refusal;
        QTest::newRow("no root.crt")
            << QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5432 failed: root "
                              "certificate file \"/home/a/.postgresql/root.crt\" does not "
                              "exist\nEither provide the file or change sslmode to disable "
                              "server certificate verification.\nQPSQL: Unable to connect")
            << R::NoCaCertificate;
        QTest::newRow("CA file unreadable")
            << QStringLiteral("could not read root certificate file \"/tmp/x.pem\": no "
                              "certificate or crl found")
            << R::UnreadableCa;
        QTest::newRow("not trusted")
            << QStringLiteral("connection to server at \"127.0.0.2\", port 5499 failed: SSL "
                              "error: certificate verify failed")
            << R::NotTrusted;
        QTest::newRow("host name mismatch")
            << QStringLiteral("server certificate for \"db.example.org\" does not match host name "
                              "\"db2.example.org\"")
            << R::HostNameMismatch;
        QTest::newRow("host name mismatch, several names")
            << QStringLiteral("server certificate for \"a\" (and 2 other names) does not match "
                              "host name \"b\"")
            << R::HostNameMismatch;
        QTest::newRow("server without SSL")
            << QStringLiteral("server does not support SSL, but SSL was required")
            << R::ServerWithoutSsl;
        QTest::newRow("refused connection")
            << QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5432 failed: "
                              "Connection refused")
            << R::None;
        QTest::newRow("password") << QStringLiteral("fe_sendauth: no password supplied") << R::None;
        QTest::newRow("empty") << QString() << R::None;
    }
    void refusals()
    {
        QFETCH(QString, message);
        QFETCH(LinkSecurity::Refusal, refusal);
        QCOMPARE(LinkSecurity::refusal(message), refusal);
        // Every refusal has words of its own, naming where; None has none.
        const QString explained = LinkSecurity::explain(refusal, QStringLiteral("WHERE"));
        QCOMPARE(explained.isEmpty(), refusal == LinkSecurity::Refusal::None);
        if (refusal != LinkSecurity::Refusal::None)
            QVERIFY(explained.startsWith(QLatin1String("WHERE: ")));
    }
};

QTEST_GUILESS_MAIN(TestLinkSecurity)
#include "tst_linksecurity.moc"
