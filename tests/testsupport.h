#pragma once

// Shared by the test suites: a fresh database in a temporary folder, and people to put in it.
#include "db/database.h"
#include "domain/breachrules.h"
#include "domain/dataqualityrules.h"
#include "domain/progressionrules.h"
#include "domain/reviewrules.h"
#include "domain/triage.h"
#include "io/cidimporter.h"
#include "store/personstore.h"
#include "store/userstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

// The suites run on SQLite, and on PostgreSQL when LODESTAR_TEST_POSTGRES names a server
// (postgresql://postgres@localhost:5439/postgres: a login that may create databases, and the
// database to connect to for that). test.sh starts a throwaway server and sets it.
namespace TestPostgres {

inline QString serverUrl()
{
    return qEnvironmentVariable("LODESTAR_TEST_POSTGRES");
}

// Runs `sql` on the server's maintenance database (CREATE and DROP DATABASE cannot run inside
// a Lodestar database or a transaction).
inline bool maintenance(const QString &sql, QString *error = nullptr)
{
    static int counter = 0;
    const QString name = QStringLiteral("lodestar-test-maintenance-%1").arg(++counter);
    bool ok = false;
    {
        const QUrl url(serverUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Whether the server answers: `error` says why not.
inline bool reachable(QString *error)
{
    return maintenance(QStringLiteral("SELECT 1"), error);
}

// Whether the suites run on PostgreSQL: only an unset LODESTAR_TEST_POSTGRES means no. Set but
// unreachable fails the suite (here, at its first use) rather than skipping or falling back to
// SQLite: CI sets it when it has started a server, and a pass there would claim PostgreSQL was
// tested when it was not.
inline bool enabled()
{
    if (serverUrl().isEmpty())
        return false;
    static const bool answered = [] {
        QString error;
        if (!reachable(&error))
            qFatal("LODESTAR_TEST_POSTGRES is set to %s but that server cannot be reached: %s "
                   "(start it, or unset LODESTAR_TEST_POSTGRES to run on SQLite and skip the "
                   "PostgreSQL-only tests)",
                   qPrintable(serverUrl()), qPrintable(error));
        return true;
    }();
    return answered;
}

// A new, empty database on the server: its URL. `name` is set to the database's name.
inline QString createDatabase(QString *name)
{
    static int counter = 0;
    *name =
        QStringLiteral("lodestar_t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    QString error;
    if (!maintenance(QStringLiteral("CREATE DATABASE %1").arg(*name), &error))
        qFatal("cannot create test database %s on %s: %s", qPrintable(*name),
               qPrintable(serverUrl()), qPrintable(error));
    QUrl url(serverUrl());
    url.setPath(QLatin1Char('/') + *name);
    return url.toString();
}

// FORCE: a connection a failed test left open must not keep the database behind.
inline void dropDatabase(const QString &name)
{
    QString error;
    if (!maintenance(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), &error))
        qWarning("cannot drop test database %s: %s", qPrintable(name), qPrintable(error));
}

} // namespace TestPostgres

// A fresh, empty Lodestar database: an SQLite file in a temporary folder, or on PostgreSQL
// (LODESTAR_TEST_POSTGRES) a database of its own, dropped again at the end. path() is what
// Database::open takes to reach it again.
struct TestDatabase
{
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    QString pgName;

    explicit TestDatabase(const QString &name = QStringLiteral("test.sqlite"))
    {
        const QString location =
            TestPostgres::enabled() ? TestPostgres::createDatabase(&pgName) : dir.filePath(name);
        auto result = Database::open(location);
        if (!result)
            qFatal("cannot create test database: %s", qPrintable(result.error().toString()));
        db = result.value();
    }
    ~TestDatabase()
    {
        db.reset();
        if (!pgName.isEmpty())
            TestPostgres::dropDatabase(pgName);
    }
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;
    QString path() const { return db->location(); }
    bool onPostgres() const { return !pgName.isEmpty(); }
};

namespace TestData {

// Runs `sql` on `db` with the positional `values`: false, the statement and the reason in the
// log, when it fails (a fixture's raw rows, written behind the stores).
inline bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qWarning() << sql << q.lastError().text();
    return !q.lastError().isValid();
}

// The figures that describe the present (refused for a past as-of day), in JSON's key order:
// written out here by hand, apart from the product's own list (Figures::Definition::present).
inline QStringList presentFigureKeys()
{
    return {QStringLiteral("band_provisional"),
            QStringLiteral("by_band"),
            QStringLiteral("cases"),
            QStringLiteral("cases_not_in_latest_extract"),
            QStringLiteral("document_to_seek_barrier_open"),
            QStringLiteral("flags"),
            QStringLiteral("ownership_unclear"),
            QStringLiteral("persons"),
            QStringLiteral("ripe_for_progression")};
}

// Import options for tests of other rules: cases may go missing without the question that
// guards against an extract cut short (tst_cidimporter tests that question itself).
inline CidImporter::Options allowingMissing(const CidImporter::Progress &progress = {})
{
    CidImporter::Options options;
    options.progress = progress;
    options.confirmMissing = [](const CidImporter::MissingCheck &) { return true; };
    return options;
}

// Takes schema 15's row versions off a database again, for the tests that rewind a database to
// an older schema and migrate it forward (SQLite 3.35+ drops columns).
inline bool dropRowVersions(QSqlDatabase db)
{
    QSqlQuery q(db);
    const QStringList tables = db.tables();
    for (const char *table :
         {"person", "diary_entry", "followup_step", "tasking", "travel_document", "barrier",
          "charter_flight", "removal_directions", "progression_hold", "case_preparation", "review",
          "note_qa", "reporting_event", "app_user"})
        if (tables.contains(QLatin1String(table)) &&
            !q.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN version").arg(QLatin1String(table))))
            return false;
    return true;
}

// What undoes migration 19 (barrier.standing_since, raised_on for Lodestar's only,
// raised_after), for a test that sets a database back to an older schema and migrates it again:
// the statements, for SQLite or PostgreSQL alike.
inline QStringList undoBarrierStanding()
{
    return {QStringLiteral("ALTER TABLE barrier DROP COLUMN raised_after"),
            QStringLiteral("ALTER TABLE barrier DROP COLUMN raised_on"),
            QStringLiteral("ALTER TABLE barrier RENAME COLUMN standing_since TO raised_on")};
}

// What undoes migration 21 (what the figures read off each person, and the index of breaches
// by person), migration 24 (the day each person came onto the caseload) and migration 26 (the
// last action and the last due event) and 27 (the next diary date), for a test that sets a
// database back to schema 20 and migrates it again.
inline QStringList undoMigrationsFrom21()
{
    // IF EXISTS: a test winding back further drops barrier with its index first.
    return {QStringLiteral("ALTER TABLE person DROP COLUMN diary_next"),         // of 27
            QStringLiteral("ALTER TABLE person DROP COLUMN reporting_due_next"), // of 26
            QStringLiteral("ALTER TABLE person DROP COLUMN reporting_due_outcome"),
            QStringLiteral("ALTER TABLE person DROP COLUMN reporting_due_last"),
            QStringLiteral("ALTER TABLE person DROP COLUMN last_action_at"),
            QStringLiteral("DROP INDEX IF EXISTS cid_case_missing"),
            QStringLiteral("DROP INDEX IF EXISTS barrier_open_type"),
            QStringLiteral("DROP INDEX IF EXISTS person_stock"),
            QStringLiteral("ALTER TABLE person DROP COLUMN created_on"),
            QStringLiteral("ALTER TABLE person DROP COLUMN undecided_sentence_end"),
            QStringLiteral("ALTER TABLE person DROP COLUMN ownership_unclear"),
            QStringLiteral("ALTER TABLE person DROP COLUMN review_set_next"),
            QStringLiteral("ALTER TABLE person DROP COLUMN review_base"),
            QStringLiteral("DROP INDEX IF EXISTS reporting_event_person_breach"),
            QStringLiteral("ALTER TABLE person DROP COLUMN reporting_blank_first"),
            QStringLiteral("ALTER TABLE person DROP COLUMN reporting_run_first"),
            QStringLiteral("ALTER TABLE person DROP COLUMN reporting_completed_last")};
}

// The people whose stored columns of migration 21 (the run of breaches and first blank outcome,
// the review dates, the facts of the cases) are not what their definitions say of the records
// held: the refs, for a test's message; none when every write path kept them.
inline QStringList staleStoredFacts(QSqlDatabase db)
{
    const QString id = QStringLiteral("p.id");
    const QStringList checks{
        QStringLiteral("p.reporting_completed_last IS DISTINCT FROM %1")
            .arg(BreachRules::completedLastSql(id)),
        QStringLiteral("p.reporting_run_first IS DISTINCT FROM %1")
            .arg(BreachRules::runFirstSql(id)),
        QStringLiteral("p.reporting_blank_first IS DISTINCT FROM %1")
            .arg(BreachRules::blankFirstSql(id)),
        QStringLiteral("p.review_base IS DISTINCT FROM %1")
            .arg(ReviewRules::reviewedOrAllocatedSql(id)),
        QStringLiteral("p.review_set_next IS DISTINCT FROM %1").arg(ReviewRules::setNextSql(id)),
        QStringLiteral("p.ownership_unclear IS DISTINCT FROM %1")
            .arg(DataQualityRules::ownershipUnclearSql(id)),
        QStringLiteral("p.undecided_sentence_end IS DISTINCT FROM %1")
            .arg(ProgressionRules::undecidedSentenceEndSql(id)),
        // And migrations 26 and 27's (issue 23's triage columns).
        QStringLiteral("p.diary_next IS DISTINCT FROM %1")
            .arg(Triage::nextDiarySql(QStringLiteral("p"))),
        QStringLiteral("p.last_action_at IS DISTINCT FROM %1")
            .arg(Triage::lastActionSql(QStringLiteral("p"))),
        // The last due event and the next are worked out at some moment: whichever it was,
        // the next is the first minute after the last (or the first of all), the last is an
        // event's, and the outcome is the one at it.
        QStringLiteral("p.reporting_due_next IS DISTINCT FROM %1")
            .arg(Triage::dueNextSql(id,
                                    QStringLiteral("COALESCE(p.reporting_due_last || '~', '')"))),
        QStringLiteral("p.reporting_due_last IS DISTINCT FROM %1")
            .arg(Triage::dueLastSql(id, QStringLiteral("p.reporting_due_last || '~'"))),
        QStringLiteral("p.reporting_due_outcome IS DISTINCT FROM %1")
            .arg(Triage::dueOutcomeSql(id, QStringLiteral("p.reporting_due_last || '~'")))};
    QSqlQuery q(db);
    QStringList refs;
    if (!q.exec(QStringLiteral("SELECT p.person_ref FROM person p WHERE (%1) ORDER BY p.person_ref")
                    .arg(checks.join(QStringLiteral(") OR (")))))
        return {q.lastError().text()};
    while (q.next())
        refs << q.value(0).toString();
    return refs;
}

// Events a test writes straight into reporting_event leave the people's stored spans and runs
// of breaches (PersonStore, BreachRules) as they were; Lodestar's own writes refresh them, and
// so does this, for these people or everyone.
inline bool refreshReportingRuns(QSqlDatabase db, const QVector<qint64> &personIds = {})
{
    const Status s = personIds.isEmpty()
                         ? PersonStore(db).refreshAllReportingSpansInTransaction()
                         : PersonStore(db).refreshReportingSpansInTransaction(personIds);
    if (!s)
        qWarning() << s.error().toString();
    return s.ok();
}

// The same for actions (notes, steps, barriers...) and diary entries written straight into
// their tables: the stored last action and next diary date (person.last_action_at, diary_next:
// Triage) of everyone, as Lodestar's stores keep them.
inline bool refreshTriageFacts(QSqlDatabase db)
{
    QVector<qint64> ids;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM person")))
        return false;
    while (q.next())
        ids << q.value(0).toLongLong();
    Status s = PersonStore(db).refreshLastActionInTransaction(ids);
    if (s)
        s = PersonStore(db).refreshNextDiaryInTransaction(ids);
    if (!s)
        qWarning() << s.error().toString();
    return s.ok();
}

// A person with one CRIMINAL case and open barrier cases of the given types.
inline PersonStore::NewPerson person(const QString &ref, const QString &family,
                                     const QString &given, const QString &mappa,
                                     std::optional<int> sentence,
                                     const QStringList &barrierTypes = {},
                                     const QString &unit = QStringLiteral("CC Leeds"),
                                     const QString &owner = QStringLiteral("sokafor"),
                                     const QString &custody = QStringLiteral("NON_DETAINED"))
{
    PersonStore::NewPerson p;
    p.details.personRef = ref;
    p.details.familyName = family;
    p.details.givenNames = given;
    p.details.nationality = QStringLiteral("JAM");
    p.details.addressStatus = QStringLiteral("FIXED");
    CidCase c;
    c.caseRef = QStringLiteral("CC/%1/1").arg(ref);
    c.personRef = ref;
    c.caseType = QStringLiteral("CRIMINAL");
    c.caseStatus = QStringLiteral("OPEN");
    c.mappaLevel = mappa;
    c.sentenceMonths = sentence;
    c.owningUnit = unit;
    c.caseOwner = owner;
    c.custody = custody;
    c.reportingFrequency = QStringLiteral("WEEKLY");
    p.cases << c;
    int n = 2;
    for (const QString &type : barrierTypes) {
        CidCase b;
        b.caseRef = QStringLiteral("CC/%1/%2").arg(ref).arg(n++);
        b.personRef = ref;
        b.caseType = type;
        b.caseStatus = QStringLiteral("OPEN");
        p.cases << b;
    }
    return p;
}

inline Status add(Database &db, const QVector<PersonStore::NewPerson> &people)
{
    int i = 0;
    const Status s = PersonStore(db.sql()).addPeople([&](PersonStore::NewPerson &out) {
        if (i >= people.size())
            return false;
        out = people[i++];
        return true;
    });
    // The callers only QVERIFY the outcome: the reason goes to the log.
    if (!s)
        qWarning("TestData::add: %s", qPrintable(s.error().toString()));
    return s;
}

// An administrator `name`: with one, the database enforces the permissions (AccessStore).
inline Status addAdmin(QSqlDatabase db, const QString &name = QStringLiteral("adm"))
{
    AppUser admin;
    admin.userName = admin.displayName = name;
    admin.role = QStringLiteral("admin");
    return UserStore(db).save(admin, QStringLiteral("setup"));
}

// Teams for the owner filters' "My team" (issue 16): team "Leeds A" is tleader and cwa; team
// "Leeds AB" (a name the first begins) is cwab; "Liverpool A" is cwl; cwnone is in no team
// (blank) and cwnull has none recorded. People T1-T8 are owned by tleader, cwa, cwab, cwl,
// cwnone, cwnull, "ghost" (no Lodestar user) and nobody; all non-detained.
inline Status addTeams(Database &db)
{
    struct U
    {
        const char *name;
        const char *team;
        const char *role;
    };
    for (const U &u : {U{"tleader", "Leeds A", "team_leader"}, U{"cwa", "Leeds A", "caseworker"},
                       U{"cwab", "Leeds AB", "caseworker"}, U{"cwl", "Liverpool A", "caseworker"},
                       U{"cwnone", "", "caseworker"}, U{"cwnull", nullptr, "caseworker"}}) {
        AppUser user;
        user.userName = QLatin1String(u.name);
        user.displayName = QLatin1String(u.name);
        user.team = u.team ? QLatin1String(u.team) : QString();
        user.role = QLatin1String(u.role);
        if (Status s = UserStore(db.sql()).save(user, QStringLiteral("setup")); !s)
            return s;
    }
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("UPDATE app_user SET team = NULL WHERE user_name = 'cwnull'")))
        return Status::fail(q.lastError().text());
    QVector<PersonStore::NewPerson> people;
    const QStringList owners{QStringLiteral("tleader"), QStringLiteral("cwa"),
                             QStringLiteral("cwab"),    QStringLiteral("cwl"),
                             QStringLiteral("cwnone"),  QStringLiteral("cwnull"),
                             QStringLiteral("ghost"),   QString()};
    for (int i = 0; i < owners.size(); ++i)
        people << person(QStringLiteral("T%1").arg(i + 1), QStringLiteral("Team%1").arg(i + 1),
                         QStringLiteral("G"), QString(), 24, {}, QStringLiteral("CC Leeds"),
                         owners.at(i));
    return add(db, people);
}

// The people whose case owner is in `team`, worked out from the raw tables without the SQL under
// test: each user's team, then each person's owner.
inline QStringList refsOwnedByTeam(Database &db, const QString &team)
{
    QHash<QString, QString> teamOf;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT user_name, team FROM app_user")))
        return {QStringLiteral("<error>")};
    while (q.next())
        teamOf.insert(q.value(0).toString(), q.value(1).toString());
    QStringList refs;
    if (!q.exec(QStringLiteral("SELECT person_ref, case_owner FROM person")))
        return {QStringLiteral("<error>")};
    while (q.next()) {
        const QString owner = q.value(1).toString();
        if (!team.isEmpty() && teamOf.contains(owner) && teamOf.value(owner) == team)
            refs << q.value(0).toString();
    }
    refs.sort();
    return refs;
}

// Gives a GUI test settings of its own, empty at the start, away from the user's.
inline void isolateSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LodestarTest"));
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
}

// A run of the built `lodestar` (LODESTAR_BINARY, set by tests/CMakeLists.txt): exit code -1
// when it crashed or did not finish within `timeoutMs`.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `environment`: the one the process gets (else this process's own).
inline Run lodestar(const QStringList &args, int timeoutMs = 120000,
                    const QProcessEnvironment &environment = {})
{
    QProcess p;
    if (!environment.isEmpty())
        p.setProcessEnvironment(environment);
    p.start(qEnvironmentVariable("LODESTAR_BINARY"), args);
    Run r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

// The people's versions as they stand, read through the store: what a test that changes a
// person by hand (override, restriction, allocation) passes as the version it read.
inline QHash<qint64, int> personVersions(QSqlDatabase db, const QVector<qint64> &ids)
{
    const auto versions = PersonStore(db).versions(ids);
    return versions ? versions.value() : QHash<qint64, int>();
}
inline int personVersion(QSqlDatabase db, qint64 id)
{
    return personVersions(db, {id}).value(id);
}

} // namespace TestData

namespace TestKeys {

// Types a day into a date edit section by section, as a user does at the keyboard.
inline void typeDay(QDateTimeEdit *edit, const QDate &day)
{
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(edit, QString::number(day.day()));
    edit->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(edit, QLocale().toString(day, QStringLiteral("MMM")));
    edit->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(edit, QString::number(day.year()));
}

} // namespace TestKeys
