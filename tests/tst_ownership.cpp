// The unclear-ownership rule, as a function and as the SQL the figures count with.
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
};

QTEST_GUILESS_MAIN(TestOwnership)
#include "tst_ownership.moc"
