// The team database: opening a PostgreSQL database (schema, refusals, passwords), retrying
// serialization failures, the same figures as SQLite for the same demo, and the command line on
// PostgreSQL. Needs a server: LODESTAR_TEST_POSTGRES (test.sh starts one); skipped without.
#include "db/migrations.h"
#include "db/transaction.h"
#include "demo/demogenerator.h"
#include "figures/figures.h"
#include "store/storesupport.h"
#include "testsupport.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace {

using TestData::Run;

// The demo on PostgreSQL takes longer than the default wait.
Run lodestar(const QStringList &args)
{
    return TestData::lodestar(args, 300000);
}

// A database of its own on the test server, dropped at the end; holds nothing until used.
struct EmptyPostgres
{
    QString name;
    QString url;
    EmptyPostgres() : url(TestPostgres::createDatabase(&name)) {}
    ~EmptyPostgres() { TestPostgres::dropDatabase(name); }
    EmptyPostgres(const EmptyPostgres &) = delete;
    EmptyPostgres &operator=(const EmptyPostgres &) = delete;
};

// Runs `sql` on a plain connection to `url`, outside Lodestar.
bool execOn(const QString &url, const QString &sql)
{
    const QString name = QStringLiteral("tst-postgres-direct");
    bool ok = false;
    {
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

const QDate AsOf(2026, 11, 23);

} // namespace

class TestPostgresBackend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!TestPostgres::enabled())
            QSKIP("LODESTAR_TEST_POSTGRES is not set (test.sh starts a server and sets it)");
    }

    void emptyDatabaseGetsTheSchema()
    {
        EmptyPostgres pg;
        {
            auto db = Database::open(pg.url);
            QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
            QVERIFY(db.value()->wasCreated());
            QCOMPARE(db.value()->dialect(), SqlDialect::PostgreSQL);
            QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
            QVERIFY(db.value()->location().startsWith(QLatin1String("postgresql://")));
            QVERIFY(db.value()->location().endsWith(QLatin1Char('/') + pg.name));
        }
        auto again = Database::open(pg.url, Database::Create::Never);
        QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
        QVERIFY(!again.value()->wasCreated());
    }

    void refusesAnotherApplicationsDatabase()
    {
        EmptyPostgres pg;
        QVERIFY(execOn(pg.url, QStringLiteral("CREATE TABLE invoices (id INTEGER, total TEXT)")));
        auto db = Database::open(pg.url);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Database::NotLodestar);
        // Left as it was: no lodestar_meta, no person table.
        QVERIFY(execOn(pg.url, QStringLiteral("SELECT * FROM invoices")));
        QVERIFY(!execOn(pg.url, QStringLiteral("SELECT * FROM lodestar_meta")));
    }

    void refusesANewerSchema()
    {
        EmptyPostgres pg;
        QVERIFY(Database::open(pg.url));
        QVERIFY(execOn(pg.url, QStringLiteral("UPDATE lodestar_meta SET value = '999' WHERE "
                                              "key = 'schema_version'")));
        auto db = Database::open(pg.url);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Database::NewerSchema);
    }

    void emptyDatabaseNotCreatedWhenNever()
    {
        EmptyPostgres pg;
        auto db = Database::open(pg.url, Database::Create::Never);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Database::NotFound);
        QVERIFY(!execOn(pg.url, QStringLiteral("SELECT * FROM lodestar_meta")));
    }

    void unreachableServerIsAClearError()
    {
        auto db = Database::open(QStringLiteral("postgresql://nobody@127.0.0.1:1/lodestar"));
        QVERIFY(!db);
        QCOMPARE(db.error().code, Database::CannotOpen);
        QVERIFY(db.error().message.contains(QLatin1String("127.0.0.1:1")));
    }

    // test.sh's server asks the role lodestar_pw for a password (scram-sha-256), everyone
    // else is trusted.
    void passwordIsAskedForAndTaken()
    {
        const QString password =
            QStringLiteral("s3cret-%1").arg(QCoreApplication::applicationPid());
        if (!TestPostgres::maintenance(QStringLiteral(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                "'lodestar_pw') THEN CREATE ROLE lodestar_pw LOGIN; END IF; END $$")) ||
            !TestPostgres::maintenance(
                QStringLiteral("ALTER ROLE lodestar_pw PASSWORD '%1'").arg(password)))
            QFAIL("cannot create the role lodestar_pw");
        QString name;
        const QString url = TestPostgres::createDatabase(&name);
        QVERIFY(TestPostgres::maintenance(
            QStringLiteral("ALTER DATABASE %1 OWNER TO lodestar_pw").arg(name)));
        QUrl asRole(url);
        asRole.setUserName(QStringLiteral("lodestar_pw"));
        const QString location = asRole.toString();
        const QByteArray saved = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        auto without = Database::open(location);
        if (without) {
            without = Error{};
            TestPostgres::dropDatabase(name);
            QSKIP("this server does not ask lodestar_pw for a password (test.sh's does)");
        }
        QCOMPARE(without.error().code, Database::NeedsPassword);
        QVERIFY(!without.error().message.contains(password));
        auto wrong = Database::open(location, Database::Create::IfMissing, QStringLiteral("no"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, Database::NeedsPassword);
        {
            auto right = Database::open(location, Database::Create::IfMissing, password);
            QVERIFY2(right, right ? "" : qPrintable(right.error().toString()));
            QVERIFY(!right.value()->location().contains(password));
            QVERIFY(right.value()->location().contains(QLatin1String("lodestar_pw@")));
        }
        // libpq's own source: PGPASSWORD, with no password given to open().
        qputenv("PGPASSWORD", password.toUtf8());
        {
            auto fromEnv = Database::open(location);
            QVERIFY2(fromEnv, fromEnv ? "" : qPrintable(fromEnv.error().toString()));
        }
        if (saved.isNull())
            qunsetenv("PGPASSWORD");
        else
            qputenv("PGPASSWORD", saved);
        TestPostgres::dropDatabase(name);
    }

    // A serialization failure (40001) runs the whole transaction again, up to 3 times.
    void serializationFailureIsRetried()
    {
        TestDatabase t;
        QSqlDatabase db = t.db->sql();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE retry_probe (n INTEGER)")));
        const QString fail40001 = QStringLiteral(
            "DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '40001'; END $$");
        int attempts = 0;
        Status s = Transaction::run(db, [&]() -> Status {
            ++attempts;
            QSqlQuery w(db);
            if (!w.exec(QStringLiteral("INSERT INTO retry_probe (n) VALUES (1)")))
                return StoreSupport::queryError(QStringLiteral("insert"), w);
            if (attempts == 1 && !w.exec(fail40001))
                return StoreSupport::queryError(QStringLiteral("conflict"), w);
            return {};
        });
        QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        QCOMPARE(attempts, 2);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM retry_probe")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // the failed attempt left nothing

        attempts = 0;
        s = Transaction::run(db, [&]() -> Status {
            ++attempts;
            QSqlQuery w(db);
            if (!w.exec(fail40001))
                return StoreSupport::queryError(QStringLiteral("conflict"), w);
            return {};
        });
        QVERIFY(!s);
        QCOMPARE(s.error().code, Transaction::RetryCode);
        QCOMPARE(attempts, 3);

        // Any other failure is not retried.
        attempts = 0;
        s = Transaction::run(db, [&]() -> Status {
            ++attempts;
            QSqlQuery w(db);
            if (!w.exec(QStringLiteral("SELECT no_such_column FROM retry_probe")))
                return StoreSupport::queryError(QStringLiteral("bad"), w);
            return {};
        });
        QVERIFY(!s);
        QCOMPARE(attempts, 1);
    }

    // The issue's promise: the same demo gives the same figures on either backend.
    void sameDemoGivesSameFiguresOnBothBackends()
    {
        QTemporaryDir dir;
        auto lite = Database::open(dir.filePath(QStringLiteral("same.sqlite")));
        QVERIFY(lite);
        TestDatabase pg;
        QVERIFY(pg.onPostgres());
        DemoGenerator::Options options;
        options.persons = 300;
        options.seed = 11;
        for (Database *db : {lite.value().get(), pg.db.get()}) {
            const Status s = DemoGenerator::generate(db->sql(), options);
            QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        }
        for (const QDate &asOf : {AsOf, AsOf.addMonths(-7)}) {
            auto a = Figures::compute(lite.value()->sql(), asOf);
            auto b = Figures::compute(pg.db->sql(), asOf);
            QVERIFY2(a && b, qPrintable(!a ? a.error().toString()
                                           : (!b ? b.error().toString() : QString())));
            const QByteArray jsonA = QJsonDocument(a.value().toJson()).toJson();
            const QByteArray jsonB = QJsonDocument(b.value().toJson()).toJson();
            QCOMPARE(a.value().persons, qint64(300));
            QCOMPARE(jsonB, jsonA);
        }
    }

    void commandLineOnPostgres()
    {
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("LODESTAR_BINARY")),
                 "set LODESTAR_BINARY to the lodestar executable");
        EmptyPostgres pg;
        Run r = lodestar({QStringLiteral("demo"), QStringLiteral("--database"), pg.url,
                          QStringLiteral("--persons"), QStringLiteral("50")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = lodestar({QStringLiteral("figures"), QStringLiteral("--database"), pg.url,
                      QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("persons")).toInteger(), qint64(50));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("x.png"));
        r = lodestar({QStringLiteral("screenshot"), QStringLiteral("--database"), pg.url,
                      QStringLiteral("--view"), QStringLiteral("caseload"), QStringLiteral("--out"),
                      png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QImage(png).isNull());
        // A database of someone else's is refused on the command line too, with exit code 1.
        EmptyPostgres other;
        QVERIFY(execOn(other.url, QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
        r = lodestar({QStringLiteral("figures"), QStringLiteral("--database"), other.url,
                      QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("not a Lodestar database")));
    }
};

QTEST_GUILESS_MAIN(TestPostgresBackend)
#include "tst_postgres.moc"
