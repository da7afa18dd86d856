// DemoGenerator: deterministic, streamed, in the report's proportions, all or nothing.
#include "demo/demogenerator.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0);
}

qint64 countPeople(QSqlDatabase db, const QString &where = QStringLiteral("1 = 1"))
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM person WHERE ") + where).toLongLong();
}

double share(qint64 part, qint64 whole)
{
    return whole ? double(part) / double(whole) : 0.0;
}

// Every row of a query as one tab-separated line.
QStringList rows(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    QStringList out;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        out << fields.join(QLatin1Char('\t'));
    }
    return out;
}

// The whole content of a demo database except the clock's timestamps.
QStringList dump(QSqlDatabase db)
{
    QStringList out;
    out << rows(db, QStringLiteral(
                        "SELECT person_ref, family_name, given_names, date_of_birth, nationality, "
                        "gender, address_status, owning_unit, case_owner, reporting_centre, "
                        "reporting_frequency, reporting_window, custody, mappa_level, harm, "
                        "sentence_months, flags, open_barriers, band_computed, band_rule, "
                        "band_provisional, band_override, band, search_key "
                        "FROM person ORDER BY person_ref"));
    out << rows(db, QStringLiteral(
                        "SELECT c.case_ref, p.person_ref, c.case_type, c.case_status, "
                        "c.owning_unit, c.case_owner, c.mappa_level, c.harm, c.sentence_months, "
                        "c.offence, c.sentence_end, c.custody, c.deportation_decision, "
                        "c.reporting_centre, c.reporting_frequency, c.reporting_window, c.flags "
                        "FROM cid_case c JOIN person p ON p.id = c.person_id ORDER BY c.case_ref"));
    out << rows(db, QStringLiteral("SELECT p.person_ref, n.body, n.created_by, n.revision "
                                   "FROM note n JOIN person p ON p.id = n.person_id "
                                   "ORDER BY n.id"));
    out << rows(db, QStringLiteral("SELECT p.person_ref, o.band, o.reason, o.set_by "
                                   "FROM band_override o JOIN person p ON p.id = o.person_id "
                                   "ORDER BY o.id"));
    return out;
}

void generateOrFail(QSqlDatabase db, int persons, quint64 seed)
{
    DemoGenerator::Options options;
    options.persons = persons;
    options.seed = seed;
    const Status s = DemoGenerator::generate(db, options);
    if (!s)
        qFatal("demo generation failed: %s", qPrintable(s.error().toString()));
}

bool anyNameInScript(QSqlDatabase db, QChar::Script script, bool nonAsciiOnly = false)
{
    for (const QString &name : rows(db, QStringLiteral("SELECT family_name || ' ' || "
                                                       "COALESCE(given_names, '') FROM person"))) {
        for (const QChar c : name) {
            if (c.script() == script && (!nonAsciiOnly || c.unicode() > 0x7f))
                return true;
        }
    }
    return false;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void writesRequestedPeopleWithOneToFourCases();
    void sameSeedGivesSameContent();
    void differentSeedGivesDifferentContent();
    void proportionsFollowTheReport();
    void namesInSeveralScripts();
    void personRecordsHaveNotesAndOverrides();
    void cancelLeavesDatabaseEmpty_data();
    void cancelLeavesDatabaseEmpty();
    void refusesNonEmptyDatabase();
    void refusesBadOptions();
    void zeroPeopleIsFine();
};

void TestDemo::writesRequestedPeopleWithOneToFourCases()
{
    TestDatabase t;
    DemoGenerator::Options options;
    options.persons = 500;
    QVector<int> reported;
    const Status s = DemoGenerator::generate(t.db->sql(), options, [&](int written) {
        reported << written;
        return true;
    });
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    QSqlDatabase db = t.db->sql();
    QCOMPARE(countPeople(db), qint64(500));
    QVERIFY(!reported.isEmpty());
    QCOMPARE(reported.last(), 500);
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));

    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT person_id) FROM cid_case")).toInt(),
             500);
    const QString perPerson =
        QStringLiteral("(SELECT person_id, COUNT(*) AS n FROM cid_case GROUP BY person_id) x");
    QCOMPARE(scalar(db, QStringLiteral("SELECT MIN(n) FROM ") + perPerson).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT MAX(n) FROM ") + perPerson).toInt(), 4);

    const QRegularExpression personRef(QStringLiteral("^P\\d{7}$"));
    for (const QString &ref : rows(db, QStringLiteral("SELECT person_ref FROM person")))
        QVERIFY2(personRef.match(ref).hasMatch(), qPrintable(ref));
    const QRegularExpression caseRef(QStringLiteral("^(CC|AS|FR|AP|JR|MS|OT)/20\\d\\d/\\d{6}$"));
    for (const QString &ref : rows(db, QStringLiteral("SELECT case_ref FROM cid_case")))
        QVERIFY2(caseRef.match(ref).hasMatch(), qPrintable(ref));
    // Every person is an offender: each has a criminal case, exactly one of them open.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT person_id) FROM cid_case "
                                       "WHERE case_type = 'CRIMINAL' AND case_status = 'OPEN'"))
                 .toInt(),
             500);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM cid_case "
                                       "WHERE case_type = 'CRIMINAL' AND case_status = 'OPEN'"))
                 .toInt(),
             500);
    // Sentences are whole months from 12 to 120 where recorded.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM cid_case WHERE sentence_months < 12 "
                                       "OR sentence_months > 120"))
                 .toInt(),
             0);
    // No case was opened after the reference date.
    QVERIFY(
        scalar(db, QStringLiteral("SELECT MAX(SUBSTR(case_ref, 4, 4)) FROM cid_case")).toInt() <=
        2026);
}

void TestDemo::sameSeedGivesSameContent()
{
    TestDatabase a(QStringLiteral("a.sqlite"));
    TestDatabase b(QStringLiteral("b.sqlite"));
    generateOrFail(a.db->sql(), 300, 42);
    generateOrFail(b.db->sql(), 300, 42);
    const QStringList da = dump(a.db->sql());
    const QStringList db = dump(b.db->sql());
    QVERIFY(da.size() > 600); // people, cases, notes and overrides all in the comparison
    QCOMPARE(da, db);
}

void TestDemo::differentSeedGivesDifferentContent()
{
    TestDatabase a(QStringLiteral("a.sqlite"));
    TestDatabase b(QStringLiteral("b.sqlite"));
    generateOrFail(a.db->sql(), 300, 42);
    generateOrFail(b.db->sql(), 300, 43);
    QCOMPARE(countPeople(b.db->sql()), qint64(300));
    const QStringList da = dump(a.db->sql());
    const QStringList db = dump(b.db->sql());
    QVERIFY(da != db);
    // Not just shifted references: the people themselves differ.
    const QString names = QStringLiteral("SELECT family_name FROM person ORDER BY person_ref");
    QVERIFY(rows(a.db->sql(), names) != rows(b.db->sql(), names));
}

void TestDemo::proportionsFollowTheReport()
{
    TestDatabase t;
    generateOrFail(t.db->sql(), 4000, 1);
    QSqlDatabase db = t.db->sql();
    const qint64 all = countPeople(db);
    QCOMPARE(all, qint64(4000));
    const qint64 community = countPeople(db, QStringLiteral("custody = 'NON_DETAINED'"));
    const qint64 detained = countPeople(db, QStringLiteral("custody = 'DETAINED'"));
    QCOMPARE(community + detained, all);
    QVERIFY2(share(community, all) > 0.80 && share(community, all) < 0.90,
             qPrintable(QString::number(share(community, all))));

    // Reporting: most non-detained weekly, some fortnightly, monthly and quarterly.
    const auto freq = [&](const char *f) {
        return countPeople(db, QStringLiteral("custody = 'NON_DETAINED' AND "
                                              "reporting_frequency = '%1'")
                                   .arg(QLatin1String(f)));
    };
    QVERIFY2(share(freq("WEEKLY"), community) > 0.62 && share(freq("WEEKLY"), community) < 0.82,
             qPrintable(QString::number(share(freq("WEEKLY"), community))));
    for (const char *f : {"FORTNIGHTLY", "MONTHLY", "QUARTERLY"})
        QVERIFY2(freq(f) > 0 && freq(f) * 4 < freq("WEEKLY"), f);
    QCOMPARE(countPeople(db, QStringLiteral("custody = 'DETAINED' AND reporting_frequency IN "
                                            "('WEEKLY', 'FORTNIGHTLY', 'MONTHLY', 'QUARTERLY')")),
             qint64(0));
    const qint64 allDay = countPeople(db, QStringLiteral("reporting_window = '10:00-16:00'"));
    const qint64 oneHour = countPeople(db, QStringLiteral("reporting_window = '10:00-11:00'"));
    QVERIFY(allDay > 0 && oneHour > allDay);
    for (const char *centre : {"Becket House", "Eaton House", "Festival Court", "Dallas Court",
                               "Brand Street", "Longbenton"})
        QVERIFY2(countPeople(
                     db, QStringLiteral("reporting_centre = '%1'").arg(QLatin1String(centre))) > 0,
                 centre);

    // About 80% have an open barrier to removal (6.13).
    const qint64 barred = countPeople(db, QStringLiteral("open_barriers > 0"));
    QVERIFY2(share(barred, all) > 0.74 && share(barred, all) < 0.86,
             qPrintable(QString::number(share(barred, all))));

    // MAPPA mostly none or unknown, some 1, few 2/3, some EX.
    const auto mappa = [&](const QString &where) { return share(countPeople(db, where), all); };
    QVERIFY(mappa(QStringLiteral("mappa_level = '0' OR mappa_level IS NULL")) > 0.55);
    QVERIFY(mappa(QStringLiteral("mappa_level = '1'")) > 0.05);
    QVERIFY(mappa(QStringLiteral("mappa_level = '1'")) < 0.25);
    QVERIFY(mappa(QStringLiteral("mappa_level IN ('2', '3')")) > 0.0);
    QVERIFY(mappa(QStringLiteral("mappa_level IN ('2', '3')")) < 0.08);
    QVERIFY(mappa(QStringLiteral("mappa_level = '3'")) > 0.0);
    QVERIFY(mappa(QStringLiteral("mappa_level = 'EX'")) > 0.05);
    QVERIFY(mappa(QStringLiteral("mappa_level = 'EX'")) < 0.25);
    for (const char *harm : {"A", "B", "C", "D"})
        QVERIFY(countPeople(db, QStringLiteral("harm = '%1'").arg(QLatin1String(harm))) > 0);
    const double over60 = mappa(QStringLiteral("sentence_months > 60"));
    QVERIFY2(over60 > 0.05 && over60 < 0.30, qPrintable(QString::number(over60)));
    QVERIFY(countPeople(db, QStringLiteral("sentence_months IS NULL")) > 0);

    // Every band occurs among the non-detained, none among the detained.
    for (int band = 1; band <= 4; ++band)
        QVERIFY2(share(countPeople(db, QStringLiteral("band_computed = %1").arg(band)), community) >
                     0.03,
                 qPrintable(QString::number(band)));
    QCOMPARE(countPeople(db, QStringLiteral("custody = 'DETAINED' AND band IS NOT NULL")),
             qint64(0));

    // Ownership: bands 1-2 at CC Liverpool, 3-4 at CC Leeds, detained at CC Croydon, and the
    // muddle of DOMAIN.md around them.
    const auto cc = [&](const char *unit, const char *bands) {
        return countPeople(db, QStringLiteral("custody = 'NON_DETAINED' AND owning_unit = '%1' "
                                              "AND band_computed IN (%2)")
                                   .arg(QLatin1String(unit), QLatin1String(bands)));
    };
    QVERIFY(share(cc("CC Liverpool", "1, 2"), cc("CC Liverpool", "1, 2") + cc("CC Leeds", "1, 2")) >
            0.85);
    QVERIFY(share(cc("CC Leeds", "3, 4"), cc("CC Leeds", "3, 4") + cc("CC Liverpool", "3, 4")) >
            0.85);
    QVERIFY(share(countPeople(db, QStringLiteral("custody = 'DETAINED' AND "
                                                 "owning_unit = 'CC Croydon'")),
                  detained) > 0.7);
    for (const char *unit :
         {"CC Liverpool", "CC Leeds", "CC Croydon", "UKVI Complex Casework", "Border Force",
          "National Removals Command", "NO UNIT", "NOT IN USE", "LIT North West", "LIT London"})
        QVERIFY2(countPeople(db, QStringLiteral("owning_unit = '%1'").arg(QLatin1String(unit))) > 0,
                 unit);
    QVERIFY(countPeople(db, QStringLiteral("owning_unit IS NULL")) > 0);
    const int owners =
        scalar(db, QStringLiteral("SELECT COUNT(DISTINCT case_owner) FROM person")).toInt();
    QVERIFY2(owners >= 15 && owners <= 20, qPrintable(QString::number(owners)));
    QVERIFY(countPeople(db, QStringLiteral("case_owner IS NULL")) > 0);

    // Flags: Zincs mostly where CC does not own the case; a few per cent Nexus and EM.
    const qint64 zincs = countPeople(db, QStringLiteral("flag_zincs = 1"));
    const qint64 zincsAtCc =
        countPeople(db, QStringLiteral("flag_zincs = 1 AND owning_unit LIKE 'CC %'"));
    QVERIFY(zincs > 0);
    QVERIFY2(share(zincsAtCc, zincs) < 0.25, qPrintable(QString::number(share(zincsAtCc, zincs))));
    const double nexus = share(countPeople(db, QStringLiteral("flag_nexus_hh = 1")), all);
    QVERIFY2(nexus > 0.01 && nexus < 0.07, qPrintable(QString::number(nexus)));
    const double em = share(countPeople(db, QStringLiteral("flag_em = 1")), all);
    QVERIFY2(em > 0.025 && em < 0.08, qPrintable(QString::number(em)));
    QCOMPARE(countPeople(db, QStringLiteral("flag_em = 1 AND custody = 'DETAINED'")), qint64(0));
    QVERIFY(countPeople(db, QStringLiteral("flag_acro = 1")) > 0);
    const double nfa = share(countPeople(db, QStringLiteral("address_status = 'NFA'")), all);
    QVERIFY2(nfa > 0.05 && nfa < 0.11, qPrintable(QString::number(nfa)));
    QCOMPARE(countPeople(db, QStringLiteral("flag_nfa = 1")),
             countPeople(db, QStringLiteral("address_status = 'NFA'")));

    // Identity details: ISO alpha-3 nationalities, genders, dates of birth of adults.
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT nationality) FROM person")).toInt() >=
            15);
    const QRegularExpression alpha3(QStringLiteral("^[A-Z]{3}$"));
    for (const QString &n : rows(db, QStringLiteral("SELECT DISTINCT nationality FROM person")))
        QVERIFY2(alpha3.match(n).hasMatch(), qPrintable(n));
    QVERIFY(countPeople(db, QStringLiteral("gender = 'M'")) >
            countPeople(db, QStringLiteral("gender = 'F'")));
    QVERIFY(countPeople(db, QStringLiteral("gender = 'F'")) > 0);
    QCOMPARE(countPeople(db, QStringLiteral("date_of_birth > '2008-11-23'")), qint64(0));
    QVERIFY(countPeople(db, QStringLiteral("date_of_birth IS NULL")) > 0);
}

void TestDemo::namesInSeveralScripts()
{
    TestDatabase t;
    generateOrFail(t.db->sql(), 1000, 1);
    QSqlDatabase db = t.db->sql();
    QVERIFY(anyNameInScript(db, QChar::Script_Arabic));
    QVERIFY(anyNameInScript(db, QChar::Script_Cyrillic));
    QVERIFY(anyNameInScript(db, QChar::Script_Han));
    QVERIFY(anyNameInScript(db, QChar::Script_Latin, true)); // accented Latin
    // The search key folds accents so "lukasz" finds Łukasz.
    const qint64 accented =
        countPeople(db, QStringLiteral("given_names LIKE '%Łukasz%' OR given_names LIKE '%José%'"));
    QVERIFY(accented > 0);
    QVERIFY(countPeople(db, QStringLiteral("search_key LIKE '%lukasz%' OR "
                                           "search_key LIKE '%jose%'")) >= accented);
}

void TestDemo::personRecordsHaveNotesAndOverrides()
{
    TestDatabase t;
    generateOrFail(t.db->sql(), 1000, 1);
    QSqlDatabase db = t.db->sql();
    const int notes = scalar(db, QStringLiteral("SELECT COUNT(*) FROM note")).toInt();
    QVERIFY2(notes >= 24 && notes <= 48, qPrintable(QString::number(notes)));
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM note_revision")).toInt() == notes);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM band_override")).toInt() > 0);
    // Overrides in force move people out of their computed band.
    QVERIFY(countPeople(db, QStringLiteral("band_override IS NOT NULL AND "
                                           "band <> band_computed")) > 0);
    // Notes say nothing raw: no placeholder left unfilled.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM note WHERE body LIKE '%{%'")).toInt(),
             0);
}

void TestDemo::cancelLeavesDatabaseEmpty_data()
{
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("first report") << 1;
    QTest::newRow("half way") << 1000;
    QTest::newRow("at the very end") << 2000;
}

void TestDemo::cancelLeavesDatabaseEmpty()
{
    QFETCH(int, cancelAt);
    TestDatabase t;
    DemoGenerator::Options options;
    options.persons = 2000;
    int calls = 0;
    const Status s = DemoGenerator::generate(t.db->sql(), options, [&](int written) {
        ++calls;
        return written < cancelAt;
    });
    QVERIFY(!s.ok());
    QVERIFY(calls > 0);
    QSqlDatabase db = t.db->sql();
    QCOMPARE(countPeople(db), qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM cid_case")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM note")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM band_override")).toInt(), 0);
    // And the database is usable afterwards.
    generateOrFail(db, 10, 1);
    QCOMPARE(countPeople(db), qint64(10));
}

void TestDemo::refusesNonEmptyDatabase()
{
    TestDatabase t;
    generateOrFail(t.db->sql(), 50, 1);
    DemoGenerator::Options options;
    options.persons = 50;
    options.seed = 2;
    const Status s = DemoGenerator::generate(t.db->sql(), options);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, DemoGenerator::NotEmpty);
    QCOMPARE(countPeople(t.db->sql()), qint64(50));
}

void TestDemo::refusesBadOptions()
{
    TestDatabase t;
    DemoGenerator::Options options;
    options.asOf = QStringLiteral("23/11/2026");
    QVERIFY(!DemoGenerator::generate(t.db->sql(), options).ok());
    options = DemoGenerator::Options();
    options.persons = -1;
    QVERIFY(!DemoGenerator::generate(t.db->sql(), options).ok());
    QCOMPARE(countPeople(t.db->sql()), qint64(0));
}

void TestDemo::zeroPeopleIsFine()
{
    TestDatabase t;
    generateOrFail(t.db->sql(), 0, 1);
    QCOMPARE(countPeople(t.db->sql()), qint64(0));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
