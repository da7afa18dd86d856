// TLS by default on the link to a team database (issue 19), against a real server: a throwaway
// PostgreSQL cluster of this test's own, started with a certificate that a CA made here signed
// for 127.0.0.2 (a loopback address, so the server is on this machine, that the rule still
// judges remote). Without the CA the connection is refused; with it, it is encrypted; an
// explicit sslmode=disable is let through and the window says the link is unencrypted;
// localhost gets no sslmode added; a server without SSL is refused, not used in cleartext.
// Needs the PostgreSQL server binaries (Debian: postgresql, which test.sh installs) and the
// openssl command; skipped only without the server binaries.
#include "db/linksecurity.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <unistd.h>

namespace {

struct Ran
{
    bool ok = false;
    QString output;
};

// Runs a command to its end; its output (both channels) for the failure message.
Ran run(const QStringList &command, const QString &workingDir)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(workingDir);
    p.start(command.first(), command.mid(1));
    Ran r;
    r.ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    r.output = command.join(QLatin1Char(' ')) + QStringLiteral(": ") +
               QString::fromLocal8Bit(p.readAll()) + p.errorString();
    return r;
}

// The newest PostgreSQL server's bin folder (Debian keeps each major version apart), or empty.
QString serverBinaries()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toDouble() < b.toDouble(); });
    for (auto v = versions.crbegin(); v != versions.crend(); ++v) {
        const QString bin = root.filePath(*v + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() &&
            QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable())
            return bin;
    }
    return QString();
}

// The throwaway cluster: made in a temporary folder, stopped and removed with this object,
// whatever the tests did.
class TlsServer
{
public:
    QTemporaryDir dir;
    QString bin;
    int port = 0;

    ~TlsServer() { stop(); }

    QString file(const QString &name) const { return dir.filePath(name); }

    // The CA, a stranger CA that signed nothing of the server's, and the server's certificate
    // for IP 127.0.0.2 only.
    Ran makeCertificates()
    {
        const QString ec = QStringLiteral("ec_paramgen_curve:prime256v1");
        const QStringList newKey = {QStringLiteral("-newkey"), QStringLiteral("ec"),
                                    QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes")};
        for (const QString &ca : {QStringLiteral("ca"), QStringLiteral("stranger")}) {
            const Ran r = openssl(
                QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + newKey +
                QStringList{QStringLiteral("-keyout"), ca + QStringLiteral(".key"),
                            QStringLiteral("-out"), ca + QStringLiteral(".pem"),
                            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=Lodestar test %1").arg(ca)});
            if (!r.ok)
                return r;
        }
        Ran r = openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + newKey +
                        QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                    QStringLiteral("-out"), QStringLiteral("server.csr"),
                                    QStringLiteral("-subj"),
                                    QStringLiteral("/CN=Lodestar test server")});
        if (!r.ok)
            return r;
        if (!write(QStringLiteral("san.cnf"), "subjectAltName = IP:127.0.0.2\n"))
            return Ran{false, QStringLiteral("cannot write san.cnf")};
        r = openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-set_serial"), QStringLiteral("2"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("san.cnf"),
                     QStringLiteral("-out"), QStringLiteral("server.crt")});
        // The server refuses a key that others may read.
        if (r.ok && !QFile::setPermissions(file(QStringLiteral("server.key")),
                                           QFile::ReadOwner | QFile::WriteOwner))
            return Ran{false, QStringLiteral("cannot restrict server.key")};
        return r;
    }

    Ran start()
    {
        // initdb refuses to run as root: as root the cluster belongs to the postgres system
        // user the Debian package creates (as .ci/postgres does), and so do the files it reads.
        if (geteuid() == 0) {
            as = {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                  QStringLiteral("--")};
            const Ran r = run({QStringLiteral("chown"), QStringLiteral("-R"),
                               QStringLiteral("postgres:"), dir.path()},
                              dir.path());
            if (!r.ok)
                return r;
        }
        const QString data = file(QStringLiteral("data"));
        Ran r = server({bin + QStringLiteral("/initdb"), QStringLiteral("-D"), data,
                        QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-A"),
                        QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                        QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")});
        if (!r.ok)
            return r;
        // In postgresql.conf, not on the command line, so that ALTER SYSTEM can turn SSL off
        // later (serverWithoutSslIsRefused). Small and fast: nothing here is worth a sync.
        const QString conf =
            QStringLiteral("listen_addresses = 'localhost,127.0.0.2,127.0.0.3'\n"
                           "unix_socket_directories = '%1'\n"
                           "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                           "shared_buffers = 16MB\nmax_connections = 20\n"
                           "ssl = on\nssl_cert_file = '%2'\nssl_key_file = '%3'\n")
                .arg(dir.path(), file(QStringLiteral("server.crt")),
                     file(QStringLiteral("server.key")));
        QFile postgresqlConf(data + QStringLiteral("/postgresql.conf"));
        if (!postgresqlConf.open(QIODevice::Append) || postgresqlConf.write(conf.toUtf8()) < 0)
            return Ran{false, QStringLiteral("cannot append to postgresql.conf")};
        postgresqlConf.close();
        // Every loopback address, over TLS or not: whether TLS is asked for is the client's
        // choice here, which is what the tests are about.
        QFile hba(data + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::Append) || hba.write("host all all 127.0.0.0/8 trust\n") < 0)
            return Ran{false, QStringLiteral("cannot append to pg_hba.conf")};
        hba.close();
        // A port nobody else's server holds: another cluster may take one between the choice
        // and the start, so a few are tried.
        for (int attempt = 0; attempt < 8; ++attempt) {
            port = 20000 + int((QCoreApplication::applicationPid() * 7 + attempt * 101) % 20000);
            r = server({bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data,
                        QStringLiteral("-l"), file(QStringLiteral("server.log")),
                        QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                        QStringLiteral("-o"), QStringLiteral("-p %1").arg(port),
                        QStringLiteral("start")});
            if (r.ok) {
                running = true;
                return r;
            }
        }
        QFile log(file(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            r.output += QString::fromLocal8Bit(log.readAll());
        return r;
    }

    void stop()
    {
        if (running)
            server({bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                    file(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("immediate"),
                    QStringLiteral("stop")});
        running = false;
        // QTemporaryDir removes the rest (as root, the postgres user's files too).
    }

    bool isRunning() const { return running; }

private:
    QStringList as;
    bool running = false;

    Ran openssl(const QStringList &args)
    {
        return run(QStringList{QStringLiteral("openssl")} + args, dir.path());
    }
    Ran server(const QStringList &command) { return run(as + command, dir.path()); }
    bool write(const QString &name, const QByteArray &bytes)
    {
        QFile f(file(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

    TlsServer m_server;

    QString location(const QString &host, const QString &query = QString()) const
    {
        return QStringLiteral("postgresql://postgres@%1:%2/postgres%3")
            .arg(host)
            .arg(m_server.port)
            .arg(query.isEmpty() ? QString() : QLatin1Char('?') + query);
    }
    QString ca(const QString &name = QStringLiteral("ca.pem")) const
    {
        return QStringLiteral("sslrootcert=") + m_server.file(name);
    }

    // A refusal of the link, and which: libpq's own words kept as the detail.
    void expectRefused(const Result<std::shared_ptr<Database>> &opened,
                       LinkSecurity::Refusal refusal)
    {
        QVERIFY2(!opened, "opened, but should have been refused");
        QVERIFY2(opened.error().code == Database::LinkRefused,
                 qPrintable(opened.error().toString()));
        QCOMPARE(LinkSecurity::refusal(opened.error().detail), refusal);
        // "<where>: the server's certificate is not trusted: ..."
        QVERIFY2(opened.error().message.endsWith(LinkSecurity::explain(refusal, QString())),
                 qPrintable(opened.error().message));
    }

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_tls"));
        m_server.bin = serverBinaries();
        if (m_server.bin.isEmpty())
            QSKIP("the PostgreSQL server binaries are not installed under /usr/lib/postgresql "
                  "(Debian: apt-get install postgresql; test.sh installs it)");
        QVERIFY(m_server.dir.isValid());
        // The user's own CA files and sslmode must not decide anything here: an empty home,
        // and a root certificate file that does not exist (libpq's default is in the home).
        const QString home = m_server.file(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));
        qputenv("HOME", home.toLocal8Bit());
        qputenv("PGSSLROOTCERT", (home + QStringLiteral("/.postgresql/root.crt")).toLocal8Bit());
        for (const char *var : {"PGSSLMODE", "PGREQUIRESSL", "PGSSLCERT", "PGSSLKEY", "PGSSLCRL",
                                "PGHOSTADDR", "PGSERVICE", "PGSERVICEFILE"})
            qunsetenv(var);
        const Ran certificates = m_server.makeCertificates();
        QVERIFY2(certificates.ok, qPrintable(certificates.output));
        const Ran started = m_server.start();
        QVERIFY2(started.ok, qPrintable(started.output));
    }

    void cleanupTestCase() { m_server.stop(); }

    void refusedWithoutTheCa()
    {
        expectRefused(Database::open(location(QStringLiteral("127.0.0.2"))),
                      LinkSecurity::Refusal::NoCaCertificate);
    }

    void refusedWithAnotherCa()
    {
        expectRefused(Database::open(location(QStringLiteral("127.0.0.2"),
                                              ca(QStringLiteral("stranger.pem")))),
                      LinkSecurity::Refusal::NotTrusted);
    }

    // 127.0.0.3 reaches the same server, whose certificate names 127.0.0.2 only.
    void refusedForAnotherHostName()
    {
        expectRefused(Database::open(location(QStringLiteral("127.0.0.3"), ca())),
                      LinkSecurity::Refusal::HostNameMismatch);
    }

    void acceptedWithTheCa()
    {
        const auto opened = Database::open(location(QStringLiteral("127.0.0.2"), ca()));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        const Database &db = *opened.value();
        QCOMPARE(db.host(), QStringLiteral("127.0.0.2"));
        QVERIFY(db.encrypted());
        QVERIFY(!db.unencryptedRemoteLink());

        MainWindow window(opened.value(), QStringLiteral("postgres"));
        auto *warning = window.findChild<QLabel *>(QStringLiteral("linkWarning"));
        QVERIFY(warning);
        QVERIFY(!warning->isVisibleTo(&window));
    }

    // The user's explicit choice is kept, and the window says what it means.
    void optOutIsUnencryptedAndShown()
    {
        const auto opened = Database::open(
            location(QStringLiteral("127.0.0.2"), QStringLiteral("sslmode=disable")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        QVERIFY(!opened.value()->encrypted());
        QVERIFY(opened.value()->unencryptedRemoteLink());

        MainWindow window(opened.value(), QStringLiteral("postgres"));
        auto *warning = window.findChild<QLabel *>(QStringLiteral("linkWarning"));
        QVERIFY(warning);
        QVERIFY(warning->isVisibleTo(&window));
        QCOMPARE(warning->text(), QStringLiteral("Unencrypted link to 127.0.0.2"));
        QVERIFY(warning->toolTip().contains(QLatin1String("not encrypted")));
    }

    // localhost gets no sslmode: without any CA it connects (verify-full would have refused,
    // as refusedWithoutTheCa shows), and needs no warning even unencrypted.
    void localhostGetsNoSslmode()
    {
        const auto opened = Database::open(location(QStringLiteral("localhost")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        QVERIFY(!opened.value()->unencryptedRemoteLink());

        const auto plain = Database::open(
            location(QStringLiteral("localhost"), QStringLiteral("sslmode=disable")));
        QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().toString()));
        QVERIFY(!plain.value()->encrypted());
        QVERIFY(!plain.value()->unencryptedRemoteLink());
        MainWindow window(plain.value(), QStringLiteral("postgres"));
        auto *warning = window.findChild<QLabel *>(QStringLiteral("linkWarning"));
        QVERIFY(warning);
        QVERIFY(!warning->isVisibleTo(&window));
    }

    // Last: it turns the server's SSL off. verify-full does not fall back to cleartext.
    void serverWithoutSslIsRefused()
    {
        {
            const auto admin = Database::open(location(QStringLiteral("localhost")));
            QVERIFY(admin);
            QSqlQuery q(admin.value()->sql());
            QVERIFY(q.exec(QStringLiteral("ALTER SYSTEM SET ssl = off")));
            QVERIFY(q.exec(QStringLiteral("SELECT pg_reload_conf()")));
        }
        // The server rereads its configuration a moment later.
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            const auto opened = Database::open(location(QStringLiteral("127.0.0.2"), ca()));
            if (!opened && LinkSecurity::refusal(opened.error().detail) ==
                               LinkSecurity::Refusal::ServerWithoutSsl)
                break;
            QVERIFY2(clock.elapsed() < 20000, "the server kept SSL on after the reload");
            QThread::msleep(100);
        }
        expectRefused(Database::open(location(QStringLiteral("127.0.0.2"), ca())),
                      LinkSecurity::Refusal::ServerWithoutSsl);
        expectRefused(Database::open(location(QStringLiteral("127.0.0.2"))),
                      LinkSecurity::Refusal::ServerWithoutSsl);
    }
};

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
