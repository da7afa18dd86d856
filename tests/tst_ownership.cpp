// The unclear-ownership rule, as a function and as the SQL the figures count with; and the owner
// filters' scope (everyone's, a user's, a team's), as a function and as SQL, agreeing.
#include "domain/ownerscope.h"
#include "domain/ownership.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

class TestOwnership : public QObject
{
    Q_OBJECT

private slots:
    void rule_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("unclear");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("spaces") << QStringLiteral("   ") << true;
        QTest::newRow("NO UNIT") << QStringLiteral("NO UNIT") << true;
        QTest::newRow("no unit, padded") << QStringLiteral("  no unit ") << true;
        QTest::newRow("NOT IN USE") << QStringLiteral("NOT IN USE") << true;
        QTest::newRow("LIT North West") << QStringLiteral("LIT North West") << true;
        QTest::newRow("lit london, padded") << QStringLiteral(" lit london ") << true;
        // The word LIT at the start (CID-EXTRACT.md): alone, or before a character that is no
        // ASCII letter or digit.
        QTest::newRow("LIT alone") << QStringLiteral("LIT") << true;
        QTest::newRow("lit alone, padded") << QStringLiteral("  lit  ") << true;
        QTest::newRow("lit Midlands") << QStringLiteral("lit Midlands") << true;
        QTest::newRow("Lit-Midlands") << QStringLiteral("Lit-Midlands") << true;
        QTest::newRow("LIT/London") << QStringLiteral("LIT/London") << true;
        QTest::newRow("LIT (Croydon)") << QStringLiteral("LIT(Croydon)") << true;
        QTest::newRow("LIT, a tab, North") << QStringLiteral("LIT\tNorth") << true;
        // A non-ASCII character is no ASCII letter: it ends the word (a choice, so that both
        // engines can tell, whatever their case folding).
        QTest::newRow("LIT then an accented letter") << QStringLiteral("LIT\u00c9") << true;
        // Names that merely begin with the letters.
        QTest::newRow("Littlehampton") << QStringLiteral("Littlehampton") << false;
        QTest::newRow("LITTLEHAMPTON") << QStringLiteral("LITTLEHAMPTON") << false;
        QTest::newRow("littlehampton, padded") << QStringLiteral(" littlehampton ") << false;
        QTest::newRow("Lithuania desk") << QStringLiteral("Lithuania desk") << false;
        QTest::newRow("LIT2") << QStringLiteral("LIT2") << false;
        QTest::newRow("LIT_ is no letter") << QStringLiteral("LIT_North") << true;
        // Not at the start, or not those letters.
        QTest::newRow("LIT not first") << QStringLiteral("CC LIT") << false;
        QTest::newRow("LI alone") << QStringLiteral("LI") << false;
        QTest::newRow("L-I-T spaced") << QStringLiteral("L I T North") << false;
        // The dotless i is not I: case is ASCII only (QString would fold it; SQLite does not).
        QTest::newRow("dotless i") << QStringLiteral("l\u0131t North") << false;
        // Spaces are trimmed, other white space is not (SQL's TRIM strips spaces only).
        QTest::newRow("tab before LIT") << QStringLiteral("\tLIT North") << false;
        QTest::newRow("tab only") << QStringLiteral("\t") << false;
        QTest::newRow("CC Liverpool") << QStringLiteral("CC Liverpool") << false;
        QTest::newRow("UKVI Complex Casework") << QStringLiteral("UKVI Complex Casework") << false;
        QTest::newRow("Border Force") << QStringLiteral("Border Force") << false;
        QTest::newRow("NO UNIT HERE is a name") << QStringLiteral("NO UNITS") << false;
        QTest::newRow("ICE team") << QStringLiteral("ICE North West") << false;
    }

    // The function and the SQL give the same answer for every unit.
    void rule()
    {
        QFETCH(QString, unit);
        QTEST(Ownership::isUnclearUnit(unit), "unclear");
        TestDatabase t;
        QSqlQuery q(t.db->sql());
        QVERIFY(
            q.prepare(QStringLiteral("SELECT CASE WHEN %1 THEN 1 ELSE 0 END FROM (SELECT ? AS u) x")
                          .arg(Ownership::unclearUnitSql(QStringLiteral("x.u")))));
        q.addBindValue(unit.isNull() ? QVariant() : QVariant(unit));
        QVERIFY(q.exec() && q.next());
        QTEST(q.value(0).toInt() == 1, "unclear");
    }

    void ownerScope_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("ownerTeam"); // "-": the owner is not a user
        QTest::addColumn<bool>("in");
        const int everyone = int(OwnerScope::Kind::Everyone), user = int(OwnerScope::Kind::User),
                  team = int(OwnerScope::Kind::Team);
        QTest::newRow("everyone: anyone's") << everyone << ""
                                            << "cwa"
                                            << "Leeds A" << true;
        QTest::newRow("everyone: nobody's") << everyone << ""
                                            << ""
                                            << "-" << true;
        QTest::newRow("user: theirs") << user << "cwa"
                                      << "cwa"
                                      << "Leeds A" << true;
        QTest::newRow("user: a team mate's") << user << "cwa"
                                             << "tleader"
                                             << "Leeds A" << false;
        QTest::newRow("user: blank matches nobody's") << user << ""
                                                      << ""
                                                      << "-" << false;
        QTest::newRow("team: a member's") << team << "Leeds A"
                                          << "tleader"
                                          << "Leeds A" << true;
        QTest::newRow("team: a team whose name begins alike") << team << "Leeds A"
                                                              << "cwab"
                                                              << "Leeds AB" << false;
        QTest::newRow("team: not a user") << team << "Leeds A"
                                          << "ghost"
                                          << "-" << false;
        QTest::newRow("team: nobody's") << team << "Leeds A"
                                        << ""
                                        << "-" << false;
        QTest::newRow("team: blank is no team") << team << ""
                                                << "cwnone"
                                                << "" << false;
    }

    // contains() on a row read, and sql() in the database, agree.
    void ownerScope()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, owner);
        QFETCH(QString, ownerTeam);
        const OwnerScope scope{OwnerScope::Kind(kind), name};
        const bool user = ownerTeam != QLatin1String("-");
        QTEST(scope.contains(owner, user ? ownerTeam : QString()), "in");
        TestDatabase t;
        QSqlQuery q(t.db->sql());
        if (user) {
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO app_user (user_name, display_name, team, "
                                             "role, capacity, updated_by, updated_at) VALUES (?, "
                                             "?, ?, 'caseworker', 100, 't', 't')")));
            q.addBindValue(owner);
            q.addBindValue(owner);
            q.addBindValue(ownerTeam);
            QVERIFY(q.exec());
        }
        QVERIFY(q.prepare(QStringLiteral("SELECT CASE WHEN %1 THEN 1 ELSE 0 END, %2 FROM (SELECT "
                                         "CAST(? AS TEXT) AS u) x")
                              .arg(scope.sql(QStringLiteral("x.u")),
                                   OwnerScope::teamOfSql(QStringLiteral("x.u")))));
        for (const QVariant &v : scope.values())
            q.addBindValue(v);
        q.addBindValue(owner);
        QVERIFY(q.exec() && q.next());
        QTEST(q.value(0).toInt() == 1, "in");
        QCOMPARE(q.value(1).toString(), user ? ownerTeam : QString());
    }
};

QTEST_GUILESS_MAIN(TestOwnership)
#include "tst_ownership.moc"
