// Opening databases: creation, numbered migrations, and refusing files that are not ours,
// written by a newer Lodestar, or corrupt, without changing a byte of them.
#include "db/database.h"
#include "db/migrations.h"
#include "domain/banding.h"
#include "domain/triage.h"
#include "store/barrierstore.h"
#include "store/notestore.h"
#include "store/personstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Opening `path` must fail with `code` and leave the file byte for byte as it was.
    void expectRefused(const QString &path, const QString &code)
    {
        const QByteArray before = TestData::fileHash(path);
        const qint64 sizeBefore = QFileInfo(path).size();
        auto result = Database::open(path);
        QVERIFY2(!result, qPrintable(path));
        QCOMPARE(result.error().code, code);
        QVERIFY(result.error().message.contains(path));
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        QCOMPARE(TestData::fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    QString makeLodestarFile(const QString &name, int people)
    {
        const QString path = m_dir.filePath(name);
        auto db = Database::open(path);
        if (!db)
            return QString();
        QVector<PersonStore::NewPerson> list;
        for (int i = 0; i < people; ++i)
            list << TestData::person(QStringLiteral("P%1").arg(i, 7, 10, QLatin1Char('0')),
                                     QStringLiteral("Family%1").arg(i), QStringLiteral("Given"),
                                     QStringLiteral("1"), 24);
        if (!TestData::add(*db.value(), list))
            return QString();
        return path;
    }

private slots:
    void createsLatestSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/fresh.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QVERIFY(db.value()->wasCreated());
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        const QStringList tables = db.value()->sql().tables();
        for (const char *t :
             {"lodestar_meta", "person", "cid_case", "note", "note_revision", "band_override"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
        db = Database::open(path);
        QVERIFY(db);
        QVERIFY(!db.value()->wasCreated());
    }

    void migratesVersion1KeepingData()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            auto db = Database::createAtVersion(path, 1);
            QVERIFY(db);
            QCOMPARE(db.value()->schemaVersion(), 1);
            QVERIFY(!db.value()->sql().tables().contains(QStringLiteral("note")));
            QSqlQuery q(db.value()->sql());
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO person (person_ref, family_name, custody, band_computed, "
                         "band, band_rule, family_key, given_key, search_key, created_at, "
                         "updated_at) VALUES ('P0000001', 'Okafor', 'NON_DETAINED', 2, 2, "
                         "'MAPPA_1', 'okafor', '', 'okafor p0000001', 'x', 'x')")),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO cid_case (case_ref, person_id, case_type, case_status, "
                         "mappa_level, custody) SELECT 'CC/1', id, 'CRIMINAL', 'OPEN', '1', "
                         "'NON_DETAINED' FROM person")),
                     qPrintable(q.lastError().text()));
            // Someone with no criminal case, whom migration 17 takes out of the bands.
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO person (person_ref, family_name, custody, band_computed, "
                         "band, band_rule, family_key, given_key, search_key, created_at, "
                         "updated_at) VALUES ('P0000002', 'Mensah', 'NON_DETAINED', 4, 4, "
                         "'NO_MAPPA_BARRIER', 'mensah', '', 'mensah p0000002', 'x', 'x')")),
                     qPrintable(q.lastError().text()));
        }
        auto db = Database::open(path, Database::Create::Never);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        const auto person = PersonStore(db.value()->sql()).findByRef(QStringLiteral("P0000001"));
        QVERIFY(person && person.value());
        QCOMPARE(person.value()->details.familyName, QStringLiteral("Okafor"));
        QCOMPARE(person.value()->band.value_or(0), 2);
        QVERIFY(!person.value()->bandOverride);
        const auto other = PersonStore(db.value()->sql()).findByRef(QStringLiteral("P0000002"));
        QVERIFY(other && other.value());
        QVERIFY(!other.value()->band);
        QCOMPARE(other.value()->bandRule, BandRule::NoCriminalCase);
        // The migrated tables work.
        QVERIFY(NoteStore(db.value()->sql())
                    .add(person.value()->id, QStringLiteral("hello"), QStringLiteral("sokafor")));
    }

    // Migration 19 (issue 16): a CID barrier's raised_on was the day its case was first seen,
    // for the first import that import's day. After it, CID's barriers have no day raised, stand
    // since the day first seen, and know they were raised on or after the import before the
    // one that first saw the case, when there was one; Lodestar's keep their day raised.
    void migration19TellsFirstSeenFromRaised()
    {
        const QString path = m_dir.filePath(QStringLiteral("v18.sqlite"));
        {
            auto db = Database::createAtVersion(path, 18);
            QVERIFY(db);
            QSqlQuery q(db.value()->sql());
            const QStringList statements{
                QStringLiteral("INSERT INTO person (person_ref, family_name, custody, family_key, "
                               "given_key, search_key, created_at, updated_at) VALUES ('P0000001', "
                               "'Okafor', 'NON_DETAINED', 'okafor', '', 'okafor p0000001', "
                               "'2026-11-01T08:00:00Z', '2026-11-01T08:00:00Z')"),
                QStringLiteral("INSERT INTO cid_import (started_at, imported_by, cases_file, "
                               "cases_sha256) VALUES ('2026-11-01T08:00:00Z', 'x', 'a', 'a'), "
                               "('2026-11-20T08:00:00Z', 'x', 'b', 'b')"),
                QStringLiteral("INSERT INTO cid_case (case_ref, person_id, case_type, "
                               "case_status, first_seen, last_seen) SELECT 'CC/1', id, 'ASYLUM', "
                               "'OPEN', '2026-11-01T08:00:00Z', '2026-11-20T08:00:00Z' FROM "
                               "person"),
                QStringLiteral("INSERT INTO cid_case (case_ref, person_id, case_type, "
                               "case_status, first_seen, last_seen) SELECT 'CC/2', id, 'APPEAL', "
                               "'OPEN', '2026-11-20T08:00:00Z', '2026-11-20T08:00:00Z' FROM "
                               "person"),
                QStringLiteral("INSERT INTO barrier (person_id, barrier_type, source, "
                               "cid_case_id, raised_on, recorded_by, recorded_at, updated_at) "
                               "SELECT person_id, LOWER(case_type), 'cid', id, SUBSTR(first_seen, "
                               "1, 10), 'CID', first_seen, first_seen FROM cid_case"),
                QStringLiteral("INSERT INTO barrier (person_id, barrier_type, source, raised_on, "
                               "recorded_by, recorded_at, updated_at) SELECT id, 'embassy', "
                               "'lodestar', '2024-05-01', 'sokafor', '2026-11-02T09:00:00Z', "
                               "'2026-11-02T09:00:00Z' FROM person"),
            };
            for (const QString &sql : statements)
                QVERIFY2(q.exec(sql),
                         qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
        }
        auto db = Database::open(path, Database::Create::Never);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        const auto list = BarrierStore(db.value()->sql()).list(BarrierStore::Filter());
        QVERIFY2(list, qPrintable(list ? QString() : list.error().toString()));
        // Longest standing first: Lodestar's raised in 2024, then CID's by the day first seen.
        QCOMPARE(list.value().size(), 3);
        const Barrier embassy = list.value().at(0).barrier;
        QCOMPARE(embassy.type, QStringLiteral("embassy"));
        QCOMPARE(embassy.raisedOn, QDate(2024, 5, 1));
        QCOMPARE(embassy.standingSince(), QDate(2024, 5, 1));
        const Barrier first = list.value().at(1).barrier;
        QCOMPARE(first.caseRef, QStringLiteral("CC/1"));
        QVERIFY(!first.raisedOn.isValid());
        QCOMPARE(first.firstSeenOn, QDate(2026, 11, 1));
        QVERIFY(!first.raisedAfter.isValid()); // came with the first import
        const Barrier later = list.value().at(2).barrier;
        QCOMPARE(later.caseRef, QStringLiteral("CC/2"));
        QVERIFY(!later.raisedOn.isValid());
        QCOMPARE(later.firstSeenOn, QDate(2026, 11, 20));
        QCOMPARE(later.raisedAfter, QDate(2026, 11, 1)); // not in the import of 1 Nov
        // The raw rows say the same: no day raised stored for CID's.
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM barrier WHERE source = 'cid' AND "
                                      "raised_on IS NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    // Migration 23 marks unclear ownership again by the word LIT: Littlehampton's people,
    // marked unclear by the old rule (any unit starting with L-I-T), are clear after it.
    void migrations23And24()
    {
        const QString path = m_dir.filePath(QStringLiteral("v22.sqlite"));
        {
            auto db = Database::createAtVersion(path, 22);
            QVERIFY(db);
            QSqlQuery q(db.value()->sql());
            // Person, unit, and ownership_unclear as the old rule left it.
            const QVector<std::tuple<QString, QString, int>> people{
                {QStringLiteral("P1"), QStringLiteral("Littlehampton"), 1},
                {QStringLiteral("P2"), QStringLiteral(" lit Midlands"), 1},
                {QStringLiteral("P3"), QStringLiteral("LIT"), 1},
                {QStringLiteral("P4"), QStringLiteral("LIT-North"), 1},
                {QStringLiteral("P5"), QStringLiteral("LITTORAL TEAM"), 1},
                {QStringLiteral("P6"), QStringLiteral("CC Leeds"), 0},
            };
            for (const auto &[ref, unit, unclear] : people) {
                QVERIFY(q.prepare(QStringLiteral(
                    "INSERT INTO person (person_ref, family_name, custody, family_key, given_key, "
                    "search_key, created_at, updated_at, ownership_unclear) VALUES (?, 'X', "
                    "'NON_DETAINED', 'x', '', 'x', '2026-11-01T08:00:00Z', "
                    "'2026-11-01T08:00:00Z', ?)")));
                q.addBindValue(ref);
                q.addBindValue(unclear);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                QVERIFY(q.prepare(QStringLiteral(
                    "INSERT INTO cid_case (case_ref, person_id, case_type, case_status, "
                    "owning_unit, first_seen, last_seen) SELECT 'CC/' || person_ref, id, "
                    "'CRIMINAL', 'OPEN', ?, '2026-11-01T08:00:00Z', '2026-11-01T08:00:00Z' FROM "
                    "person WHERE person_ref = ?")));
                q.addBindValue(unit);
                q.addBindValue(ref);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        auto db = Database::open(path, Database::Create::Never);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT person_ref FROM person WHERE ownership_unclear = 1 ORDER BY person_ref")));
        QStringList unclear;
        while (q.next())
            unclear << q.value(0).toString();
        // The word LIT alone, or followed by a space or a hyphen.
        QCOMPARE(unclear, (QStringList{"P2", "P3", "P4"}));
        // And migration 24 gives everyone the day they came onto the caseload: for people
        // already held, their created_at's day.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM person WHERE created_on IS NULL OR "
                                      "created_on <> '2026-11-01'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Migration 26 stores each person's last action by a person and their last due event
    // (issue 23): for people already held, what Triage's rules say.
    void migration26StoresTheTriageFacts()
    {
        const QString path = m_dir.filePath(QStringLiteral("v25.sqlite"));
        {
            auto db = Database::createAtVersion(path, 25);
            QVERIFY(db);
            const QSqlDatabase sql = db.value()->sql();
            const QStringList rows{
                QStringLiteral("INSERT INTO person (id, person_ref, family_name, custody, "
                               "family_key, given_key, search_key, created_at, updated_at, "
                               "reporting_last) VALUES (1, 'P1', 'X', 'NON_DETAINED', 'x', '', "
                               "'x', '2026-11-01T08:00:00Z', '2026-11-01T08:00:00Z', "
                               "'2026-11-09T10:00'), (2, 'P2', 'Y', 'NON_DETAINED', 'y', '', 'y', "
                               "'2026-11-01T08:00:00Z', '2026-11-01T08:00:00Z', NULL)"),
                QStringLiteral("INSERT INTO note (person_id, body, revision, created_by, "
                               "created_at, updated_by, updated_at) VALUES (1, 'n', 2, 'a', "
                               "'2026-11-02T08:00:00Z', 'a', '2026-11-05T08:00:00Z')"),
                QStringLiteral("INSERT INTO allocation (person_id, to_owner, allocated_on, "
                               "allocated_by, allocated_at) VALUES (1, 'b', '2026-11-03', 'c', "
                               "'2026-11-03T08:00:00Z')"),
                // CID's barrier is not an action, however recent.
                QStringLiteral("INSERT INTO barrier (person_id, barrier_type, source, "
                               "standing_since, recorded_by, recorded_at, updated_at) VALUES (2, "
                               "'asylum', 'cid', '2026-11-01', 'cid', '2026-11-08T08:00:00Z', "
                               "'2026-11-08T08:00:00Z')"),
                // Two events at the last minute: the one recorded last speaks.
                QStringLiteral("INSERT INTO reporting_event (event_ref, person_id, scheduled, "
                               "outcome, source) VALUES ('E1', 1, '2026-11-02T10:00', 'NO_SHOW', "
                               "'CID'), ('E2', 1, '2026-11-09T10:00', 'COMPLETED', 'CID'), ('E3', "
                               "1, '2026-11-09T10:00', NULL, 'CID')"),
            };
            for (const QString &row : rows) {
                QSqlQuery q(sql);
                QVERIFY2(q.exec(row), qPrintable(q.lastError().text()));
            }
        }
        auto db = Database::open(path, Database::Create::Never);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT person_ref, last_action_at, %1, reporting_due_last, "
                                      "reporting_due_outcome, reporting_due_next FROM person "
                                      "ORDER BY id")
                           .arg(Triage::lastActionSql(QStringLiteral("person")))));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("2026-11-05T08:00:00Z"));
        QCOMPARE(q.value(2).toString(), q.value(1).toString()); // the rule, as the stores keep it
        // As of after the last event: it is the last due, of its two the later recorded (blank).
        QCOMPARE(q.value(3).toString(), QStringLiteral("2026-11-09T10:00"));
        QCOMPARE(q.value(4).toString(), QString());
        QVERIFY(!q.value(4).isNull()); // blank, not "no event"
        QVERIFY(q.value(5).isNull());
        QVERIFY(q.next());
        for (int column = 1; column <= 5; ++column)
            QVERIFY2(q.value(column).isNull(), qPrintable(QString::number(column)));
    }

    // Migration 17 recomputes band_provisional (issue 15 rule 5) in SQL from the stored risk
    // columns; it must give the bands and missing facts worked out by hand for the same people.
    void migration17AgreesWithTheProvisionalRule()
    {
        struct Case
        {
            const char *mappa;
            int sentence; // -1 = not recorded
            const char *harm;
            QStringList barriers;
            const char *custody;
            int band;    // worked out by hand (below), 0 = not banded
            int missing; // the facts whose absence could raise the band, by hand
        };
        const int M = MissingMappa, H = MissingHarm, S = MissingSentence;
        // Each band by hand from DOMAIN.md (report 6.3): band 1 for MAPPA 2 or 3, a sentence
        // over 60 months, or MAPPA 1 with harm A; band 2 for MAPPA 1 or EX; band 3 without
        // MAPPA and barrier, 4 with a barrier; detained people are not banded. A band of 2 to
        // 4 is provisional for each unknown fact whose known value could give band 1: the
        // MAPPA level (2 or 3), the harm under MAPPA 1 (A), the sentence (over 60 months).
        const QVector<Case> cases{
            {"", -1, "", {}, "NON_DETAINED", 3, M | S},         // nothing known
            {"", -1, "", {"ASYLUM"}, "NON_DETAINED", 4, M | S}, // a barrier
            {"", 24, "A", {}, "NON_DETAINED", 3, M},            // harm A alone gives nothing
            {"", 61, "", {}, "NON_DETAINED", 1, 0},             // over 60 months
            {"1", 24, "", {}, "NON_DETAINED", 2, H},            // harm A would give band 1
            {"1", -1, "", {}, "NON_DETAINED", 2, H | S},        // so would a long sentence
            {"1", -1, "B", {}, "NON_DETAINED", 2, S},           // harm known, not A
            {"1", -1, "A", {}, "NON_DETAINED", 1, 0},           // MAPPA 1 with harm A
            {"1", 61, "", {}, "NON_DETAINED", 1, 0},            // over 60 months
            {"2", -1, "", {}, "NON_DETAINED", 1, 0},            // MAPPA 2
            {"EX", -1, "", {}, "NON_DETAINED", 2, S},           // ex-MAPPA, sentence unknown
            {"EX", 24, "", {}, "NON_DETAINED", 2, 0},           // ex-MAPPA, all known
            {"0", -1, "", {"APPEAL"}, "NON_DETAINED", 4, S},    // no MAPPA, a barrier
            {"0", 12, "", {}, "NON_DETAINED", 3, 0},            // no MAPPA, no barrier
            {"", -1, "", {}, "DETAINED", 0, 0},                 // detained: not banded
            {"1", -1, "", {}, "DETAINED", 0, 0},
        };
        const QString path = m_dir.filePath(QStringLiteral("v16.sqlite"));
        {
            // Written at the latest schema (PersonStore writes columns later migrations made,
            // such as migration 19's barrier columns), then set back to version 16's
            // band_provisional and migrations 17 and 18 run again over it, 19 not.
            auto db = Database::createAtVersion(path, Migrations::latestVersion());
            QVERIFY(db);
            QVector<PersonStore::NewPerson> people;
            for (int i = 0; i < cases.size(); ++i) {
                const Case &c = cases.at(i);
                auto p =
                    TestData::person(QStringLiteral("P%1").arg(i, 7, 10, QLatin1Char('0')),
                                     QStringLiteral("Family"), QString(), QLatin1String(c.mappa),
                                     c.sentence < 0 ? std::nullopt : std::optional<int>(c.sentence),
                                     c.barriers, QStringLiteral("CC Leeds"),
                                     QStringLiteral("sokafor"), QLatin1String(c.custody));
                p.cases[0].harm = QLatin1String(c.harm);
                people << p;
            }
            QVERIFY(TestData::add(*db.value(), people));
            // As version 16 stored it: "no MAPPA and no sentence".
            QSqlQuery q(db.value()->sql());
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE person SET band_provisional = CASE WHEN band_computed IS NOT NULL AND "
                "mappa_level IS NULL AND sentence_months IS NULL THEN 1 ELSE 0 END")));
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE lodestar_meta SET value = '16' WHERE key = 'schema_version'")));
            QVERIFY(Migrations::migrate(db.value()->sql(), SqlDialect::SQLite, 18));
            QVERIFY(q.exec(QStringLiteral("UPDATE lodestar_meta SET value = '%1' WHERE key = "
                                          "'schema_version'")
                               .arg(Migrations::latestVersion())));
        }
        auto db = Database::open(path, Database::Create::Never);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        PersonStore store(db.value()->sql());
        int provisional = 0;
        for (int i = 0; i < cases.size(); ++i) {
            const auto person =
                store.findByRef(QStringLiteral("P%1").arg(i, 7, 10, QLatin1Char('0')));
            QVERIFY(person && person.value());
            const PersonRecord &r = *person.value();
            QVERIFY2(r.bandComputed.value_or(0) == cases.at(i).band,
                     qPrintable(r.details.personRef));
            QVERIFY2(r.bandMissing == cases.at(i).missing, qPrintable(r.details.personRef));
            provisional += cases.at(i).missing != 0;
        }
        QCOMPARE(provisional, 8); // the table has both sides of every fact
    }

    void refusesTextFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("case_ref,person_ref\nCC/1,P1\n");
        f.close();
        expectRefused(path, Database::NotLodestar);
    }

    void refusesEmptyFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        expectRefused(path, Database::NotLodestar);
    }

    void refusesOtherSqliteDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE person (id INTEGER, name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO person VALUES (1, 'x')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        expectRefused(path, Database::NotLodestar);
    }

    void refusesNewerSchema()
    {
        const QString path = makeLodestarFile(QStringLiteral("newer.sqlite"), 3);
        QVERIFY(!path.isEmpty());
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE lodestar_meta SET value = '99' WHERE key = 'schema_version'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        expectRefused(path, Database::NewerSchema);
    }

    void refusesTruncatedFile()
    {
        const QString path = makeLodestarFile(QStringLiteral("truncated.sqlite"), 400);
        QVERIFY(!path.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        expectRefused(path, Database::Corrupt);
    }

    void refusesGarbledFile()
    {
        const QString path = makeLodestarFile(QStringLiteral("garbled.sqlite"), 50);
        QVERIFY(!path.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // Keep SQLite's 100-byte header, scribble over the rest of the first page (the schema).
        QVERIFY(f.seek(100));
        f.write(QByteArray(3000, '\x5a'));
        f.close();
        expectRefused(path, Database::Corrupt);
    }

    void refusesMissingFileWhenNotCreating()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.sqlite"));
        auto db = Database::open(path, Database::Create::Never);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Database::NotFound);
        QVERIFY(!QFileInfo::exists(path));
    }

    void refusesDirectory()
    {
        auto db = Database::open(m_dir.path(), Database::Create::Never);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Database::CannotOpen);
    }

    // Judged before any connection is tried, so no server is needed.
    void refusesMalformedPostgresLocation_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("no database") << QStringLiteral("postgresql://me@localhost");
        QTest::newRow("empty database") << QStringLiteral("postgresql://me@localhost:5432/");
        QTest::newRow("two path parts") << QStringLiteral("postgresql://me@localhost/a/b");
        QTest::newRow("port not a number") << QStringLiteral("postgresql://me@localhost:x/db");
        QTest::newRow("password") << QStringLiteral("postgresql://me:hunter2@localhost/db");
        QTest::newRow("password option")
            << QStringLiteral("postgresql://me@localhost/db?password=hunter2");
        QTest::newRow("option with a space")
            << QStringLiteral("postgresql://me@localhost/db?sslmode=a%20b");
    }
    // Issue 19: a new database is its owner's alone whatever the umask (the file 0600, the
    // folders made for it 0700, the -wal and -shm no more open than the file); a folder that
    // was there is left as it was.
    void newFilesArePrivate_data()
    {
        QTest::addColumn<int>("mask");
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 000") << 0;
        QTest::newRow("umask 077") << 077;
        QTest::newRow("umask 277") << 0277; // takes the owner's write away from 0600
    }
    void newFilesArePrivate()
    {
        QFETCH(int, mask);
        const auto modeOf = [](const QString &path) {
            struct stat st = {};
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777)
                                                                         : -1;
        };
        QTemporaryDir top;
        QVERIFY(::chmod(QFile::encodeName(top.path()).constData(), 0755) == 0);
        const QString path = top.filePath(QStringLiteral("made/for/it/new.sqlite"));
        const mode_t before = ::umask(mode_t(mask));
        auto db = Database::open(path, Database::Create::IfMissing);
        auto again = Database::createAtVersion(top.filePath(QStringLiteral("v1.sqlite")), 1);
        ::umask(before);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QVERIFY(db.value()->wasCreated());
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(again);
        QCOMPARE(modeOf(top.filePath(QStringLiteral("v1.sqlite"))), 0600);
        for (const char *dir : {"made", "made/for", "made/for/it"})
            QCOMPARE(modeOf(top.filePath(QLatin1String(dir))), 0700);
        QCOMPARE(modeOf(top.path()), 0755);
        QVERIFY(db.value()->exposure().isEmpty());

        // A write puts the log beside the file, with the file's mode.
        QVERIFY(TestData::add(*db.value(),
                              {TestData::person(QStringLiteral("P1"), QStringLiteral("Silva"),
                                                QStringLiteral("Jose"), QStringLiteral("1"), 24)}));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
    }

    // An existing file others may read is opened as it is (never chmod-ed behind its owner's
    // back) and says so; made private, it says nothing.
    void existingOpenFileIsNamedNotChanged()
    {
        const QString path = makeLodestarFile(QStringLiteral("shared.sqlite"), 1);
        const QByteArray name = QFile::encodeName(path);
        QVERIFY(::chmod(name.constData(), 0644) == 0);
        {
            auto db = Database::open(path, Database::Create::Never);
            QVERIFY(db);
            QVERIFY(db.value()->exposure().contains(path));
            QVERIFY(db.value()->exposure().contains(QLatin1String("chmod 600")));
        }
        QCOMPARE(QFileInfo(path).permissions() & QFileDevice::ReadOther, QFileDevice::ReadOther);
        QVERIFY(::chmod(name.constData(), 0666) == 0);
        {
            auto db = Database::open(path, Database::Create::Never);
            QVERIFY(db);
            QVERIFY(db.value()->exposure().contains(QLatin1String("changed")));
        }
        QVERIFY(::chmod(name.constData(), 0600) == 0);
        auto db = Database::open(path, Database::Create::Never);
        QVERIFY(db);
        QVERIFY(db.value()->exposure().isEmpty());
    }

    void refusesMalformedPostgresLocation()
    {
        QFETCH(QString, location);
        auto db = Database::open(location);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Database::BadLocation);
        QVERIFY(!db.error().toString().contains(QLatin1String("hunter2")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
