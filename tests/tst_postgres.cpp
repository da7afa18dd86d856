// The team database: opening a PostgreSQL database (schema, refusals, passwords), retrying
// serialization failures, the same figures as SQLite for the same demo, the command line on
// PostgreSQL, and the database itself refusing what a login's role may not write (the guard
// triggers of schema 16). Needs a server: LODESTAR_TEST_POSTGRES (test.sh starts one); skipped
// when that is unset, failed when it names a server that cannot be reached.
#include "db/migrations.h"
#include "db/session.h"
#include "db/transaction.h"
#include "demo/demogenerator.h"
#include "domain/banding.h"
#include "domain/clock.h"
#include "domain/permissions.h"
#include "figures/figures.h"
#include "figures/snapshotcapture.h"
#include "store/allocationstore.h"
#include "store/auditstore.h"
#include "store/bandoverridestore.h"
#include "store/notestore.h"
#include "store/storesupport.h"
#include "testsupport.h"

#include <QDateTime>

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
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

// What one statement did: the SQLSTATE and message when the server refused it.
struct Outcome
{
    bool ok = false;
    int rows = -1;
    QString state;
    QString message;
};

Outcome run(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    Outcome o;
    o.ok = q.exec(sql);
    o.rows = q.numRowsAffected();
    o.state = q.lastError().nativeErrorCode();
    o.message = q.lastError().databaseText();
    return o;
}

// A team database set up as README's "Team database (PostgreSQL)" says: an owner account that
// creates the schema, a group role with the team's grants, and one login per person named as
// their app_user user name. Roles belong to the whole server, so theirs carry this run's name
// and are dropped at the end with the database.
struct TeamDatabase
{
    QString prefix;
    QString group;
    QString dbName;
    QString url;
    QStringList roles;
    qint64 personA = 0; // caseworker A's (team A)
    qint64 personB = 0; // caseworker B's (team B)
    qint64 unallocated = 0;
    bool ready = false;

    QString login(const QString &who) const { return prefix + who; }
    QString password(const QString &who) const { return QStringLiteral("pw-") + login(who); }
    QString urlFor(const QString &who) const
    {
        QUrl u(url);
        u.setUserName(login(who));
        return u.toString();
    }
    Result<std::shared_ptr<Database>> open(const QString &who) const
    {
        return Database::open(urlFor(who), Database::Create::IfMissing, password(who));
    }

    TeamDatabase()
    {
        prefix = QStringLiteral("lt%1_%2_")
                     .arg(QCoreApplication::applicationPid())
                     .arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
        group = prefix + QStringLiteral("team");
        dbName = prefix + QStringLiteral("db");
        const auto server = [](const QString &sql) {
            QString error;
            if (!TestPostgres::maintenance(sql, &error))
                qWarning("%s: %s", qPrintable(sql), qPrintable(error));
            return error.isEmpty();
        };
        if (!server(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(group)))
            return;
        roles << group;
        for (const char *who :
             {"owner", "admin", "manager", "cw_a", "cw_b", "tl_a", "tl_b", "stranger"}) {
            const QString w = QString::fromLatin1(who);
            // The owner account is not in the team: it sets up, and owns, the schema.
            if (!server(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'%3")
                            .arg(login(w), password(w),
                                 w == QLatin1String("owner")
                                     ? QString()
                                     : QStringLiteral(" IN ROLE ") + group)))
                return;
            roles << login(w);
        }
        if (!server(QStringLiteral("CREATE DATABASE %1 OWNER %2 ENCODING 'UTF8' TEMPLATE "
                                   "template0")
                        .arg(dbName, login(QStringLiteral("owner")))))
            return;
        QUrl u(TestPostgres::serverUrl());
        u.setPath(QLatin1Char('/') + dbName);
        url = u.toString();
        // README's grants, as the server's superuser in the new database.
        const QString owner = login(QStringLiteral("owner"));
        if (!execOn(url, QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA public "
                                        "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %2")
                             .arg(owner, group)) ||
            !execOn(url, QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA public "
                                        "GRANT USAGE ON SEQUENCES TO %2")
                             .arg(owner, group)))
            return;
        // The owner's first open creates the schema; the owner fills it in (its writes pass the
        // guard, as the imports' and the demo's do).
        auto db = open(QStringLiteral("owner"));
        if (!db) {
            qWarning("%s", qPrintable(db.error().toString()));
            return;
        }
        if (!TestData::add(*db.value(),
                           {TestData::person(QStringLiteral("PA"), QStringLiteral("Adeyemi"),
                                             QStringLiteral("Ade"), QStringLiteral("1"), 24),
                            TestData::person(QStringLiteral("PB"), QStringLiteral("Brennan"),
                                             QStringLiteral("Bea"), QStringLiteral("1"), 24),
                            TestData::person(QStringLiteral("PC"), QStringLiteral("Carvalho"),
                                             QStringLiteral("Cy"), QStringLiteral("1"), 24)}))
            return;
        QSqlDatabase sql = db.value()->sql();
        QSqlQuery q(sql);
        const QList<QPair<QString, QString>> owners{
            {QStringLiteral("PA"), login(QStringLiteral("cw_a"))},
            {QStringLiteral("PB"), login(QStringLiteral("cw_b"))},
            {QStringLiteral("PC"), QString()}};
        for (const auto &[ref, to] : owners) {
            q.prepare(QStringLiteral("UPDATE person SET case_owner = ? WHERE person_ref = ?"));
            q.addBindValue(to.isEmpty() ? QVariant() : QVariant(to));
            q.addBindValue(ref);
            if (!q.exec() || q.numRowsAffected() != 1)
                return;
        }
        if (!q.exec(QStringLiteral("SELECT person_ref, id FROM person")))
            return;
        while (q.next()) {
            qint64 &id = q.value(0).toString() == QLatin1String("PA")   ? personA
                         : q.value(0).toString() == QLatin1String("PB") ? personB
                                                                        : unallocated;
            id = q.value(1).toLongLong();
        }
        ready = personA && personB && unallocated;
    }

    // The app_user rows: the first admin turns the rules on.
    bool addUsers()
    {
        auto db = open(QStringLiteral("owner"));
        if (!db)
            return false;
        QSqlQuery q(db.value()->sql());
        const QList<QStringList> users{{"admin", "", "admin"},
                                       {"manager", "", "manager"},
                                       {"cw_a", "Team A", "caseworker"},
                                       {"cw_b", "Team B", "caseworker"},
                                       {"tl_a", "Team A", "team_leader"},
                                       {"tl_b", "Team B", "team_leader"}};
        for (const QStringList &u : users) {
            q.prepare(QStringLiteral("INSERT INTO app_user (user_name, display_name, team, role, "
                                     "capacity, updated_by, updated_at) VALUES (?, ?, ?, ?, 100, "
                                     "'setup', '2026-11-23T09:00:00Z')"));
            q.addBindValue(login(u.at(0)));
            q.addBindValue(u.at(0));
            q.addBindValue(u.at(1).isEmpty() ? QVariant() : QVariant(u.at(1)));
            q.addBindValue(u.at(2));
            if (!q.exec()) {
                qWarning("%s", qPrintable(q.lastError().text()));
                return false;
            }
        }
        return true;
    }

    ~TeamDatabase()
    {
        if (!dbName.isEmpty())
            TestPostgres::dropDatabase(dbName);
        for (auto it = roles.crbegin(); it != roles.crend(); ++it)
            TestPostgres::maintenance(QStringLiteral("DROP ROLE IF EXISTS %1").arg(*it));
    }
    TeamDatabase(const TeamDatabase &) = delete;
    TeamDatabase &operator=(const TeamDatabase &) = delete;
};

QString noteInsert(qint64 personId)
{
    return QStringLiteral("INSERT INTO note (person_id, body, revision, created_by, created_at, "
                          "updated_by, updated_at) VALUES (%1, 'typed at psql', 1, 'x', "
                          "'2026-11-23T09:00:00Z', 'x', '2026-11-23T09:00:00Z')")
        .arg(personId);
}

QString bandOverrideInsert(qint64 personId)
{
    return QStringLiteral("INSERT INTO band_override (person_id, band, reason, set_by, set_at) "
                          "VALUES (%1, 2, 'typed at psql', 'x', '2026-11-23T09:00:00Z')")
        .arg(personId);
}

QString renameSql(qint64 personId)
{
    return QStringLiteral("UPDATE person SET family_name = 'Renamed' WHERE id = %1").arg(personId);
}

// psql itself, as a person with a login types at it (issue 19): the client Lodestar's checks
// never see. Debian puts it on the PATH (pg_wrapper) and under /usr/lib/postgresql/*/bin.
QString psqlBinary()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (!onPath.isEmpty())
        return onPath;
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found;
    for (const QString &v : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFileInfo::exists(versions.filePath(v + QStringLiteral("/bin/psql"))))
            found << versions.filePath(v + QStringLiteral("/bin/psql"));
    return found.isEmpty() ? QString() : found.last();
}

// What psql did with one statement: whether it ran, and the SQLSTATE it printed when it did
// not (VERBOSITY verbose prints "ERROR:  42501: ...").
struct Psql
{
    bool ok = false;
    QString state;
    QString err;
};

// Runs `sql` in psql connected to the team database as `who`'s login, with their password.
Psql psqlAs(const TeamDatabase &team, const QString &who, const QString &sql)
{
    Psql r;
    const QString psql = psqlBinary();
    if (psql.isEmpty()) {
        r.err = QStringLiteral("psql not found");
        return r;
    }
    const QUrl u(team.url);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), team.password(who));
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    p.setProcessEnvironment(env);
    p.start(psql,
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-v"),
             QStringLiteral("VERBOSITY=verbose"), QStringLiteral("-h"),
             u.host().isEmpty() ? QStringLiteral("localhost") : u.host(), QStringLiteral("-p"),
             QString::number(u.port(5432)), QStringLiteral("-U"), team.login(who),
             QStringLiteral("-d"), u.path().mid(1), QStringLiteral("-c"), sql});
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("psql did not finish");
        return r;
    }
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    static const QRegularExpression state(QStringLiteral("ERROR:  ([0-9A-Z]{5}):"));
    r.state = state.match(r.err).captured(1);
    return r;
}

qint64 scalarOf(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestPostgresBackend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (TestPostgres::serverUrl().isEmpty())
            QSKIP("LODESTAR_TEST_POSTGRES is not set (test.sh starts a server and sets it)");
        // Set means a server is meant to be there: one that cannot be reached is a failure.
        QString error;
        QVERIFY2(TestPostgres::reachable(&error),
                 qPrintable(QStringLiteral("LODESTAR_TEST_POSTGRES is set to %1 but that server "
                                           "cannot be reached: %2")
                                .arg(TestPostgres::serverUrl(), error)));
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

    // Migration 17 (issue 15 rule 5) recomputes band_provisional in SQL on PostgreSQL too, in
    // agreement with the bands worked out by hand (tst_database has the SQLite side, every case).
    void migration17RecomputesProvisionalBands()
    {
        EmptyPostgres pg;
        const QStringList refs{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"),
                               QStringLiteral("P4"), QStringLiteral("P5")};
        {
            auto db = Database::open(pg.url);
            QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
            auto mappa1NoHarm =
                TestData::person(refs[2], QStringLiteral("C"), QString(), QStringLiteral("1"), 24);
            mappa1NoHarm.cases[0].harm.clear();
            QVERIFY(TestData::add(
                *db.value(),
                {TestData::person(refs[0], QStringLiteral("A"), QString(), QString(), std::nullopt),
                 TestData::person(refs[1], QStringLiteral("B"), QString(), QString(), 24,
                                  {QStringLiteral("ASYLUM")}),
                 mappa1NoHarm,
                 TestData::person(refs[3], QStringLiteral("D"), QString(), QStringLiteral("2"),
                                  std::nullopt),
                 TestData::person(refs[4], QStringLiteral("E"), QString(), QStringLiteral("EX"),
                                  std::nullopt)}));
        }
        // As version 16 left them: every one marked, and the schema one back (migration 19's
        // barrier columns and 21's runs of breaches undone, to be made again).
        for (const QString &undo : TestData::undoMigrationsFrom21())
            QVERIFY(execOn(pg.url, undo));
        for (const QString &undo : TestData::undoBarrierStanding())
            QVERIFY(execOn(pg.url, undo));
        QVERIFY(execOn(pg.url, QStringLiteral("UPDATE person SET band_provisional = 1")));
        QVERIFY(execOn(pg.url, QStringLiteral("UPDATE lodestar_meta SET value = '16' WHERE key = "
                                              "'schema_version'")));
        auto db = Database::open(pg.url, Database::Create::Never);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        // By hand (DOMAIN.md, report 6.3; the rule of provisional bands in tst_database):
        // P1 nothing known, no barrier: band 3, MAPPA and sentence missing; P2 no MAPPA, 24
        // months, an asylum claim: band 4, MAPPA missing; P3 MAPPA 1, no harm: band 2, harm
        // missing; P4 MAPPA 2: band 1, nothing could raise it; P5 ex-MAPPA, no sentence: band
        // 2, sentence missing.
        const QVector<std::pair<int, int>> expected{{3, MissingMappa | MissingSentence},
                                                    {4, MissingMappa},
                                                    {2, MissingHarm},
                                                    {1, 0},
                                                    {2, MissingSentence}};
        int provisional = 0;
        for (int i = 0; i < refs.size(); ++i) {
            const auto p = PersonStore(db.value()->sql()).findByRef(refs.at(i));
            QVERIFY(p && p.value());
            QVERIFY2(p.value()->bandComputed.value_or(0) == expected.at(i).first,
                     qPrintable(refs.at(i)));
            QVERIFY2(p.value()->bandMissing == expected.at(i).second, qPrintable(refs.at(i)));
            provisional += p.value()->bandMissing != 0;
        }
        QCOMPARE(provisional, 4); // all but P4 (MAPPA 2: band 1)
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
            // What the figures read off the person row (migration 21), kept by the demo's
            // writes on either backend.
            QCOMPARE(TestData::staleStoredFacts(db->sql()), QStringList());
        }
        for (const QDate &asOf : {AsOf, AsOf.addMonths(-7)}) {
            // As on that day, so that the figures of the present are compared too.
            const Clock::Fixed onThatDay(QDateTime(asOf, QTime(12, 0)));
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
    // Issue 8: on PostgreSQL the database itself refuses what the login's role may not write,
    // however the SQL reaches it (here typed straight at the server, not through Lodestar).
    void guardRefusesDirectWritesTheRoleMayNot()
    {
        TeamDatabase team;
        QVERIFY(team.ready);
        QMap<QString, std::shared_ptr<Database>> as;
        for (const char *who :
             {"owner", "admin", "manager", "cw_a", "cw_b", "tl_a", "tl_b", "stranger"}) {
            auto db = team.open(QString::fromLatin1(who));
            QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
            as.insert(QString::fromLatin1(who), db.value());
        }
        const auto sql = [&](const char *who) { return as.value(QString::fromLatin1(who))->sql(); };
        const auto refused = [&](const char *who, const QString &statement) {
            const Outcome o = run(sql(who), statement);
            if (o.ok || o.state != QLatin1String("42501"))
                qWarning("%s: %s gave %s %s", who, qPrintable(statement), qPrintable(o.state),
                         qPrintable(o.message));
            return !o.ok && o.state == QLatin1String("42501");
        };
        const auto wrote = [&](const char *who, const QString &statement) {
            const Outcome o = run(sql(who), statement);
            if (!o.ok || o.rows != 1)
                qWarning("%s: %s gave %s %s", who, qPrintable(statement), qPrintable(o.state),
                         qPrintable(o.message));
            return o.ok && o.rows == 1;
        };

        // Before the team has an admin only the owner writes (schema 22; before it, everyone).
        QVERIFY(refused("cw_b", renameSql(team.personA)));
        QVERIFY(refused("stranger", noteInsert(team.personA)));
        QVERIFY(wrote("owner", noteInsert(team.personA)));
        QVERIFY(team.addUsers());

        // A manager changes nothing: not a person, not a note.
        QVERIFY(refused("manager", renameSql(team.personA)));
        QVERIFY(refused("manager", noteInsert(team.personA)));
        const Outcome manager = run(sql("manager"), renameSql(team.personA));
        QVERIFY2(manager.message.contains(team.login(QStringLiteral("manager"))) &&
                     manager.message.contains(QLatin1String("manager")) &&
                     manager.message.contains(QLatin1String("update person")),
                 qPrintable(manager.message));
        // A login that is not a user of the database changes nothing either.
        QVERIFY(refused("stranger", noteInsert(team.personA)));

        // A caseworker writes their own people, not another caseworker's.
        QVERIFY(refused("cw_b", renameSql(team.personA)));
        QVERIFY(refused("cw_b", noteInsert(team.personA)));
        QVERIFY(refused("cw_b",
                        QStringLiteral("DELETE FROM note WHERE person_id = %1").arg(team.personA)));
        const Outcome other = run(sql("cw_b"), renameSql(team.personA));
        QVERIFY2(other.message.contains(QLatin1String("PA is allocated to ") +
                                        team.login(QStringLiteral("cw_a"))),
                 qPrintable(other.message));
        QVERIFY(wrote("cw_a", renameSql(team.personA)));
        QVERIFY(wrote("cw_a", noteInsert(team.personA)));
        // Not by moving a row of someone else's person onto their own either.
        QVERIFY(wrote("cw_b", noteInsert(team.personB)));
        QVERIFY(refused("cw_a", QStringLiteral("UPDATE note SET person_id = %1 WHERE person_id "
                                               "= %2")
                                    .arg(team.personA)
                                    .arg(team.personB)));
        // Nor add people (the imports', an admin's) or make themselves an admin.
        QVERIFY(refused("cw_a", QStringLiteral("INSERT INTO person (person_ref, family_name, "
                                               "custody, family_key, given_key, search_key, "
                                               "created_at, updated_at) VALUES ('PX', 'X', "
                                               "'NON_DETAINED', 'x', 'x', 'x', 'now', 'now')")));
        QVERIFY(refused("cw_a", QStringLiteral("UPDATE app_user SET role = 'admin' WHERE "
                                               "user_name = current_user")));
        // A table of their own named app_user does not fool the guard.
        QVERIFY(run(sql("cw_a"), QStringLiteral("CREATE TEMPORARY TABLE app_user AS SELECT * "
                                                "FROM public.app_user"))
                    .ok);
        QVERIFY(wrote("cw_a", QStringLiteral("UPDATE app_user SET role = 'admin' WHERE user_name "
                                             "= current_user")));
        QVERIFY(refused("cw_a", renameSql(team.personB)));
        QVERIFY(run(sql("cw_a"), QStringLiteral("DROP TABLE pg_temp.app_user")).ok);

        // Band overrides are a team leader's, for their own team's people.
        QVERIFY(wrote("tl_a", bandOverrideInsert(team.personA)));
        QVERIFY(refused("tl_b", bandOverrideInsert(team.personA)));
        QVERIFY(refused("cw_a", bandOverrideInsert(team.personA)));
        QVERIFY(refused("admin", bandOverrideInsert(team.personA)));
        // Everyone leads the unallocated.
        QVERIFY(wrote("tl_b", renameSql(team.unallocated)));
        QVERIFY(refused("cw_a", renameSql(team.unallocated)));
        // Shared settings are a team leader's; users an admin's.
        const QString weight =
            QStringLiteral("UPDATE workload_weights SET weight_0 = 1 WHERE id = 1");
        QVERIFY(refused("cw_a", weight));
        QVERIFY(wrote("tl_a", weight));
        const QString capacity =
            QStringLiteral("UPDATE app_user SET capacity = 90 WHERE user_name = '%1'")
                .arg(team.login(QStringLiteral("cw_a")));
        QVERIFY(refused("tl_a", capacity));
        QVERIFY(wrote("admin", capacity));
        // The imports are an admin's, and they write everyone's people.
        QVERIFY(wrote("admin", renameSql(team.personB)));
        QVERIFY(refused("tl_a", QStringLiteral("UPDATE cid_case SET offence = 'x' WHERE "
                                               "person_id = %1")
                                    .arg(team.personA)));
        // The owner account (set-up, imports, the demo) is not judged.
        QVERIFY(wrote("owner", renameSql(team.personB)));

        // A careless GRANT ALL (TRUNCATE and TRIGGER among it) exempts nobody: only the grant
        // option that owners hold does.
        QVERIFY(execOn(
            team.url,
            QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(team.group)));
        QVERIFY(refused("cw_b", renameSql(team.personA)));
        QVERIFY(refused("tl_a", QStringLiteral("TRUNCATE note_qa")));
        QVERIFY(refused("admin", QStringLiteral("TRUNCATE reporting_event")));

        // Anyone may open a record: the store's 'open' entry is appended for a manager too.
        AuditStore managerAudit(sql("manager"));
        const Status opened = managerAudit.recordOpened(team.personA);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        QSqlQuery q(sql("owner"));
        QVERIFY(q.exec(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'open' ORDER "
                                      "BY id DESC LIMIT 1")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), team.login(QStringLiteral("manager")));
        // ... and nobody edits or removes an entry, the owner included.
        for (const char *who : {"owner", "admin", "manager", "cw_a", "tl_a"}) {
            const Outcome o = run(sql(who), QStringLiteral("DELETE FROM audit_log"));
            QVERIFY2(!o.ok && o.message.contains(QLatin1String("append-only")), who);
            QVERIFY2(!run(sql(who), QStringLiteral("UPDATE audit_log SET actor = 'x'")).ok, who);
        }
        const Result<AuditStore::Verification> verified = AuditStore(sql("owner")).verify();
        QVERIFY(verified && verified.value().intact);
    }

    // Issue 19: an entry typed at psql is the server's to seal. Whatever id, time, actor and
    // hash a team login sends (someone else's name, a day long past, the largest id, after
    // which no entry could follow), the log keeps the next id, the server's time, the login
    // and the chain's hash; Lodestar's next write chains after it and the log stays whole. The
    // server hashes as AuditChain does, characters beyond the Basic Multilingual Plane
    // included (counted as two UTF-16 units by both).
    void psqlCannotForgeTheAuditLog()
    {
        TeamDatabase team;
        QVERIFY(team.ready);
        QVERIFY(team.addUsers());
        auto owner = team.open(QStringLiteral("owner"));
        QVERIFY(owner);
        QSqlDatabase sql = owner.value()->sql();
        const qint64 newest = scalarOf(sql, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM "
                                                           "audit_log"));
        const QDateTime sent = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Psql forged = psqlAs(
            team, QStringLiteral("cw_a"),
            QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, "
                           "person_id, before_json, after_json, prev_hash, hash) VALUES "
                           "(9223372036854775807, '2020-01-01T00:00:00Z', '%1', 'update', "
                           "'person', %2, %2, NULL, '{\"band\":1,\"clef\":\"\U0001D11E\"}', "
                           "'forged', 'forged')")
                .arg(team.login(QStringLiteral("tl_a")))
                .arg(team.personA));
        QVERIFY2(forged.ok, qPrintable(forged.err));
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("SELECT id, at, actor, prev_hash, after_json FROM audit_log "
                                      "ORDER BY id DESC LIMIT 1")) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), newest + 1);
        const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        QVERIFY2(at >= sent && at <= QDateTime::currentDateTimeUtc().addSecs(1),
                 qPrintable(q.value(1).toString()));
        QCOMPARE(q.value(2).toString(), team.login(QStringLiteral("cw_a")));
        QVERIFY(q.value(3).toString() != QLatin1String("forged"));
        QVERIFY(q.value(4).toString().contains(QStringLiteral("\U0001D11E")));
        q.finish();
        // Lodestar's next entry, through a store as the same login, follows it.
        auto cwA = team.open(QStringLiteral("cw_a"));
        QVERIFY(cwA);
        const Result<qint64> note =
            NoteStore(cwA.value()->sql())
                .add(team.personA, QStringLiteral("A treble clef \U0001D11E and a face \U0001F600"),
                     team.login(QStringLiteral("cw_a")));
        QVERIFY2(note, qPrintable(note ? QString() : note.error().toString()));
        QCOMPARE(scalarOf(sql, QStringLiteral("SELECT MAX(id) FROM audit_log")), newest + 2);
        const Result<AuditStore::Verification> v = AuditStore(sql).verify();
        QVERIFY(v);
        QVERIFY2(v.value().intact, qPrintable(v.value().why));
        QCOMPARE(v.value().entries, newest + 2);
        // Nor edit, remove or empty it from psql.
        for (const char *statement :
             {"UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"}) {
            const Psql p = psqlAs(team, QStringLiteral("cw_a"), QString::fromLatin1(statement));
            QVERIFY2(!p.ok && !p.state.isEmpty(), statement);
        }
        QCOMPARE(scalarOf(sql, QStringLiteral("SELECT COUNT(*) FROM audit_log")), newest + 2);
    }

    // Issue 19: the gaps a login at psql found in the roles, each refused by the server
    // (SQLSTATE 42501), and the same kind of write through Lodestar still passing.
    void psqlFindsNoGapInTheGuard()
    {
        TeamDatabase team;
        QVERIFY(team.ready);
        const auto refused = [&](const char *who, const QString &statement) {
            const Psql p = psqlAs(team, QString::fromLatin1(who), statement);
            if (p.ok || p.state != QLatin1String("42501"))
                qWarning("%s: %s gave %s", who, qPrintable(statement), qPrintable(p.err));
            return !p.ok && p.state == QLatin1String("42501");
        };
        // With no administrator defined, nobody but the owner writes.
        QVERIFY(refused("cw_a", renameSql(team.personA)));
        QVERIFY(psqlAs(team, QStringLiteral("cw_a"), renameSql(team.personA))
                    .err.contains(QLatin1String("no administrator")));
        QVERIFY(psqlAs(team, QStringLiteral("owner"), renameSql(team.personA)).ok);
        QVERIFY(team.addUsers());
        // A band override and an allocation are a team leader's, even on one's own people, and
        // an administrator's imports set no override.
        const QString override =
            QStringLiteral("UPDATE person SET band_override = 1, band = 1 WHERE id = %1")
                .arg(team.personA);
        QVERIFY(refused("cw_a", override));
        QVERIFY(refused("admin", override));
        QVERIFY(refused("cw_a", QStringLiteral("UPDATE person SET case_owner = '%1' WHERE id = %2")
                                    .arg(team.login(QStringLiteral("cw_b")))
                                    .arg(team.personA)));
        // The schema version is the owner's: 99 would make every client refuse the database.
        const QString version =
            QStringLiteral("UPDATE lodestar_meta SET value = '99' WHERE key = 'schema_version'");
        QVERIFY(refused("tl_a", version));
        QVERIFY(refused("admin", version));
        // The workload weights are a team leader's.
        QVERIFY(refused("cw_a", QStringLiteral("UPDATE workload_weights SET weight_1 = 9")));

        // What the roles do allow still passes: a caseworker's change to their own person at
        // psql, and through Lodestar a team leader's override, weights and allocation.
        QVERIFY(psqlAs(team, QStringLiteral("cw_a"), renameSql(team.personA)).ok);
        auto tlA = team.open(QStringLiteral("tl_a"));
        QVERIFY2(tlA, qPrintable(tlA ? QString() : tlA.error().toString()));
        QSqlDatabase db = tlA.value()->sql();
        const QString me = team.login(QStringLiteral("tl_a"));
        const Status overridden =
            BandOverrideStore(db).setOverride(team.personA, 4, QStringLiteral("Not removable"), me,
                                              TestData::personVersion(db, team.personA));
        QVERIFY2(overridden, qPrintable(overridden ? QString() : overridden.error().toString()));
        AllocationStore allocation(db);
        WorkloadRules::Weights heavier = allocation.weights().value();
        heavier.byBand[1] = 6;
        const Status weighed = allocation.setWeights(heavier, heavier.version);
        QVERIFY2(weighed, qPrintable(weighed ? QString() : weighed.error().toString()));
        const auto moved = allocation.allocate({team.personA}, team.login(QStringLiteral("cw_b")),
                                               QStringLiteral("Transfer"), QDate::currentDate(), me,
                                               TestData::personVersions(db, {team.personA}));
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().toString()));
        // And the log of it all is whole.
        const Result<AuditStore::Verification> v = AuditStore(db).verify();
        QVERIFY(v && v.value().intact);
    }

    // Issue 22: published figures, at psql. A team leader or a manager publishes under their
    // own login; nobody, the owner included, changes or removes a snapshot, nor adds people to
    // one already written.
    void psqlCannotTouchPublishedFigures()
    {
        TeamDatabase team;
        QVERIFY(team.ready);
        QVERIFY(team.addUsers());
        for (const char *who : {"tl_a", "manager"}) {
            auto db = team.open(QString::fromLatin1(who));
            QVERIFY(db);
            const auto published = SnapshotCapture::publish(
                db.value()->sql(), team.login(QString::fromLatin1(who)), QStringLiteral("Q3"));
            QVERIFY2(published, qPrintable(published ? QString() : published.error().toString()));
            QCOMPARE(published.value().value(QStringLiteral("persons")), qint64(3));
        }
        const auto refused = [&](const char *who, const QString &statement) {
            const Psql p = psqlAs(team, QString::fromLatin1(who), statement);
            if (p.ok || p.state != QLatin1String("42501"))
                qWarning("%s: %s gave %s", who, qPrintable(statement), qPrintable(p.err));
            return !p.ok && p.state == QLatin1String("42501");
        };
        const auto insert = [&](const QString &by) {
            return QStringLiteral("INSERT INTO figure_snapshot (published_at, published_by, as_of, "
                                  "label, figures_json, figure_keys, dictionary_json, people) "
                                  "VALUES ('2026-12-07T09:00:00Z', '%1', '2026-12-07', 'forged', "
                                  "'{\"persons\": 0}', '[]', '{}', 0)")
                .arg(by);
        };
        QVERIFY(refused("cw_a", insert(team.login(QStringLiteral("cw_a")))));
        QVERIFY(refused("admin", insert(team.login(QStringLiteral("admin")))));
        QVERIFY(refused("tl_a", insert(team.login(QStringLiteral("tl_b")))));
        for (const char *who : {"tl_a", "manager", "owner"}) {
            QVERIFY(refused(who, QStringLiteral("UPDATE figure_snapshot SET label = 'x'")));
            QVERIFY(refused(who, QStringLiteral("DELETE FROM figure_snapshot_person")));
            QVERIFY(refused(who, QStringLiteral("TRUNCATE figure_snapshot_person, "
                                                "figure_snapshot")));
            // The manager's people copied into the team leader's snapshot.
            QVERIFY(refused(
                who, QStringLiteral("INSERT INTO figure_snapshot_person SELECT 1, person_id + "
                                    "1000, membership, band, states, barrier_types, flags, "
                                    "custody, band_rule, case_owner, owning_unit FROM "
                                    "figure_snapshot_person WHERE snapshot_id = 2")));
        }
        auto owner = team.open(QStringLiteral("owner"));
        QVERIFY(owner);
        QCOMPARE(scalarOf(owner.value()->sql(),
                          QStringLiteral("SELECT COUNT(*) FROM figure_snapshot_person")),
                 qint64(6));
    }

    // Through Lodestar, a login's session is the login, and the store refuses before the server
    // would: the same boundary, with the store's sentence.
    void storeActsAsTheLogin()
    {
        TeamDatabase team;
        QVERIFY(team.ready);
        QVERIFY(team.addUsers());
        auto a = team.open(QStringLiteral("cw_a"));
        auto b = team.open(QStringLiteral("cw_b"));
        QVERIFY2(a && b, qPrintable(!a ? a.error().toString() : (!b ? b.error().toString() : "")));
        QCOMPARE(a.value()->login(), team.login(QStringLiteral("cw_a")));
        QCOMPARE(Session::user(a.value()->sql()), team.login(QStringLiteral("cw_a")));
        QCOMPARE(Session::user(b.value()->sql()), team.login(QStringLiteral("cw_b")));
        // The store's own check comes first where the store asks before it writes...
        auto tlB = team.open(QStringLiteral("tl_b"));
        QVERIFY(tlB);
        const Status overridden =
            BandOverrideStore(tlB.value()->sql())
                .setOverride(team.personA, 1, QStringLiteral("typed"),
                             team.login(QStringLiteral("tl_b")),
                             TestData::personVersion(tlB.value()->sql(), team.personA));
        QVERIFY(!overridden);
        QCOMPARE(overridden.error().code, Permissions::Refused);
        // ... and where it writes before its audit entry asks, the server refuses the row first.
        const Result<qint64> refused =
            NoteStore(b.value()->sql()).add(team.personA, QStringLiteral("Not mine"), QString());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("may not insert note")),
                 qPrintable(refused.error().toString()));
        // The server's refusal comes back as the store's own would (StoreSupport::queryError).
        QCOMPARE(refused.error().code, Permissions::Refused);
        // Their own person's note passes both the store and the guard, with its audit entry.
        const Result<qint64> added =
            NoteStore(a.value()->sql())
                .add(team.personA, QStringLiteral("Mine"), team.login(QStringLiteral("cw_a")));
        QVERIFY2(added, added ? "" : qPrintable(added.error().toString()));
        QSqlQuery q(a.value()->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT actor FROM audit_log WHERE entity = 'note' ORDER BY "
                                      "id DESC LIMIT 1")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), team.login(QStringLiteral("cw_a")));
        // An SQLite file has no login.
        QTemporaryDir dir;
        auto lite = Database::open(dir.filePath(QStringLiteral("own.sqlite")));
        QVERIFY(lite);
        QVERIFY(lite.value()->login().isEmpty());

        // The command line acts as the login: --user may not name another one.
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("LODESTAR_BINARY")),
                 "set LODESTAR_BINARY to the lodestar executable");
        const QByteArray saved = qgetenv("PGPASSWORD");
        qputenv("PGPASSWORD", team.password(QStringLiteral("cw_a")).toUtf8());
        const Run r = lodestar({QStringLiteral("import"), QStringLiteral("--database"),
                                team.urlFor(QStringLiteral("cw_a")), QStringLiteral("--cases"),
                                dir.filePath(QStringLiteral("none.csv")), QStringLiteral("--user"),
                                team.login(QStringLiteral("admin"))});
        if (saved.isNull())
            qunsetenv("PGPASSWORD");
        else
            qputenv("PGPASSWORD", saved);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--user ") + team.login(QStringLiteral("admin"))) &&
                     r.err.contains(team.login(QStringLiteral("cw_a"))),
                 qPrintable(r.err));
    }

    // A team leader's day through Lodestar passes the guard too: an override on their team's
    // person, then a transfer of that person to another team's caseworker (the allocation, the
    // person row and the case preparation it resets are judged as the person stood before),
    // after which the person is the other team's and no longer theirs to change.
    void teamLeaderWorkPassesTheGuard()
    {
        TeamDatabase team;
        QVERIFY(team.ready);
        QVERIFY(team.addUsers());
        auto tlA = team.open(QStringLiteral("tl_a"));
        QVERIFY2(tlA, qPrintable(tlA ? QString() : tlA.error().toString()));
        QSqlDatabase db = tlA.value()->sql();
        const QString me = team.login(QStringLiteral("tl_a"));
        const Status overridden =
            BandOverrideStore(db).setOverride(team.personA, 4, QStringLiteral("Not removable"), me,
                                              TestData::personVersion(db, team.personA));
        QVERIFY2(overridden, qPrintable(overridden ? QString() : overridden.error().toString()));
        const auto moved = AllocationStore(db).allocate(
            {team.personA}, team.login(QStringLiteral("cw_b")), QStringLiteral("Transfer"),
            QDate::currentDate(), me, TestData::personVersions(db, {team.personA}));
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().toString()));
        QCOMPARE(moved.value(), 1);
        QSqlQuery q(db);
        QVERIFY(
            q.exec(
                QStringLiteral("SELECT case_owner FROM person WHERE id = %1").arg(team.personA)) &&
            q.next());
        QCOMPARE(q.value(0).toString(), team.login(QStringLiteral("cw_b")));
        const Status again = BandOverrideStore(db).setOverride(
            team.personA, 3, QStringLiteral("Back"), me, TestData::personVersion(db, team.personA));
        QVERIFY(!again);
        QCOMPARE(again.error().code, Permissions::Refused);
    }

    // A team member's login may not upgrade an older schema (the owner's job): refused with the
    // reason, before anything is changed.
    void olderSchemaIsTheOwnersToUpgrade()
    {
        TeamDatabase team;
        QVERIFY(team.ready);
        QVERIFY(execOn(team.url, QStringLiteral("UPDATE lodestar_meta SET value = '15' WHERE key "
                                                "= 'schema_version'")));
        auto db = team.open(QStringLiteral("cw_a"));
        QVERIFY(!db);
        QCOMPARE(db.error().code, Database::CannotOpen);
        QVERIFY2(db.error().message.contains(team.login(QStringLiteral("owner"))),
                 qPrintable(db.error().message));
        QVERIFY(execOn(team.url, QStringLiteral("DO $$ BEGIN IF (SELECT value FROM lodestar_meta "
                                                "WHERE key = 'schema_version') <> '15' THEN RAISE "
                                                "EXCEPTION 'migrated'; END IF; END $$")));
    }
};

QTEST_GUILESS_MAIN(TestPostgresBackend)
#include "tst_postgres.moc"
