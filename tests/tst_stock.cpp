// The non-detained stock (Stock): who is in it on a date, how it splits by reporting, and the
// SQL twin agreeing with the rule person by person on both sides of every boundary.
#include "domain/banding.h"
#include "domain/riskprofile.h"
#include "domain/stock.h"
#include "store/personstore.h"
#include "store/removalstore.h"
#include "testsupport.h"

#include <QMap>
#include <QSqlQuery>

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

CidCase caseOf(const QString &ref, const QString &type, const QString &status,
               const QString &custody = QString())
{
    CidCase c;
    c.caseRef = ref;
    c.caseType = type;
    c.caseStatus = status;
    c.custody = custody;
    c.mappaLevel = type == QLatin1String("CRIMINAL") ? QStringLiteral("0") : QString();
    c.sentenceMonths = type == QLatin1String("CRIMINAL") ? std::optional<int>(18) : std::nullopt;
    return c;
}

} // namespace

class TestStock : public QObject
{
    Q_OBJECT

private slots:
    void inStock_data();
    void inStock();
    void reporting_data();
    void reporting();
    void noCriminalCaseIsNotBanded();
    void sqlAgreesWithTheRule();
};

void TestStock::inStock_data()
{
    QTest::addColumn<bool>("criminalCase");
    QTest::addColumn<bool>("detained");
    QTest::addColumn<QDate>("removedOn");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<bool>("expected");
    const QDate asOf = d("2026-06-11");
    QTest::newRow("criminal, in the community") << true << false << QDate() << asOf << true;
    QTest::newRow("detained") << true << true << QDate() << asOf << false;
    QTest::newRow("no criminal case") << false << false << QDate() << asOf << false;
    QTest::newRow("removed the day before") << true << false << asOf.addDays(-1) << asOf << false;
    QTest::newRow("removed on the day") << true << false << asOf << asOf << false;
    QTest::newRow("removed the day after") << true << false << asOf.addDays(1) << asOf << true;
    QTest::newRow("removed long ago") << true << false << d("2019-01-31") << asOf << false;
    QTest::newRow("detained and removed later") << true << true << asOf.addDays(5) << asOf << false;
}

void TestStock::inStock()
{
    QFETCH(bool, criminalCase);
    QFETCH(bool, detained);
    QFETCH(QDate, removedOn);
    QFETCH(QDate, asOf);
    QFETCH(bool, expected);
    QCOMPARE(Stock::isIn({criminalCase, detained, removedOn}, asOf), expected);
}

void TestStock::reporting_data()
{
    QTest::addColumn<QString>("frequency");
    QTest::addColumn<bool>("absconder");
    QTest::addColumn<int>("expected");
    const int reporting = int(Stock::Reporting::Reporting);
    const int absconder = int(Stock::Reporting::Absconder);
    const int notReporting = int(Stock::Reporting::NotReporting);
    QTest::newRow("weekly") << QStringLiteral("WEEKLY") << false << reporting;
    QTest::newRow("quarterly") << QStringLiteral("QUARTERLY") << false << reporting;
    QTest::newRow("none") << QStringLiteral("NONE") << false << notReporting;
    QTest::newRow("no restriction") << QString() << false << notReporting;
    QTest::newRow("blank") << QStringLiteral("  ") << false << notReporting;
    QTest::newRow("absconder who should report") << QStringLiteral("WEEKLY") << true << absconder;
    QTest::newRow("absconder, no restriction") << QString() << true << absconder;
}

void TestStock::reporting()
{
    QFETCH(QString, frequency);
    QFETCH(bool, absconder);
    QFETCH(int, expected);
    QCOMPARE(int(Stock::reporting(frequency, absconder)), expected);
}

void TestStock::noCriminalCaseIsNotBanded()
{
    // Only an asylum claim and another application: not a foreign national offender case.
    const QVector<CidCase> cases{
        caseOf(QStringLiteral("AS/1"), QStringLiteral("ASYLUM"), QStringLiteral("OPEN")),
        caseOf(QStringLiteral("OT/1"), QStringLiteral("OTHER"), QStringLiteral("CLOSED"))};
    const RiskProfile risk = RiskProfile::fromCases(cases);
    QVERIFY(!risk.criminalCase);
    const BandResult band = Banding::compute(risk, 1);
    QCOMPARE(band.band, 0);
    QCOMPARE(band.rule, BandRule::NoCriminalCase);
    QVERIFY(!band.provisional);
    QCOMPARE(Banding::ruleFromCode(Banding::ruleCode(BandRule::NoCriminalCase)),
             BandRule::NoCriminalCase);
    // A closed criminal case is still a criminal case.
    const QVector<CidCase> closed{
        caseOf(QStringLiteral("CC/1"), QStringLiteral("CRIMINAL"), QStringLiteral("CLOSED"))};
    QVERIFY(RiskProfile::fromCases(closed).criminalCase);
    QCOMPARE(Banding::compute(RiskProfile::fromCases(closed), 0).band, 3);
}

// People on each side of each boundary, stored through the stores as the app stores them; the
// SQL twin must select exactly the people the rule admits, on several dates.
void TestStock::sqlAgreesWithTheRule()
{
    TestDatabase t;
    QSqlDatabase db = t.db->sql();
    struct Someone
    {
        const char *ref;
        QVector<CidCase> cases;
        QDate removedOn;
        QString frequency;
    };
    const QString nd = QStringLiteral("NON_DETAINED");
    const QString criminal = QStringLiteral("CRIMINAL");
    const QString open = QStringLiteral("OPEN");
    const QVector<Someone> people{
        {"S1", {caseOf(QStringLiteral("C1"), criminal, open, nd)}, QDate(), QString()},
        {"S2",
         {caseOf(QStringLiteral("C2"), criminal, open, QStringLiteral("DETAINED"))},
         QDate(),
         QString()},
        {"S3", {caseOf(QStringLiteral("A3"), QStringLiteral("ASYLUM"), open)}, QDate(), QString()},
        {"S4", {caseOf(QStringLiteral("C4"), criminal, open, nd)}, d("2026-06-10"), QString()},
        {"S5", {caseOf(QStringLiteral("C5"), criminal, open, nd)}, d("2026-06-11"), QString()},
        {"S6", {caseOf(QStringLiteral("C6"), criminal, open, nd)}, d("2026-06-12"), QString()},
    };
    int next = 0;
    PersonStore store(db);
    QVERIFY(store
                .addPeople([&](PersonStore::NewPerson &out) {
                    if (next >= people.size())
                        return false;
                    out.details.personRef = QLatin1String(people.at(next).ref);
                    out.details.familyName = QStringLiteral("Stock");
                    out.cases = people.at(next).cases;
                    for (CidCase &c : out.cases)
                        c.personRef = out.details.personRef;
                    ++next;
                    return true;
                })
                .ok());
    RemovalStore removals(db);
    for (const Someone &s : people) {
        if (!s.removedOn.isValid())
            continue;
        const auto person = store.findByRef(QLatin1String(s.ref));
        QVERIFY(person.ok() && person.value());
        RemovalDirections r;
        r.personId = person.value()->id;
        r.setOn = s.removedOn.addDays(-20);
        r.plannedOn = s.removedOn;
        r.outcome = QStringLiteral("removed");
        r.outcomeOn = s.removedOn;
        const auto saved = removals.save(r, QStringLiteral("tester"));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    }
    // Worked out by hand: S2 is detained and S3 has no criminal case, so never in; S4, S5 and
    // S6 leave on the day of their removal (10, 11 and 12 June).
    const QMap<QDate, QStringList> byHand{
        {d("2026-06-10"), {QStringLiteral("S1"), QStringLiteral("S5"), QStringLiteral("S6")}},
        {d("2026-06-11"), {QStringLiteral("S1"), QStringLiteral("S6")}},
        {d("2026-06-12"), {QStringLiteral("S1")}},
        {d("2026-07-01"), {QStringLiteral("S1")}}};
    for (const QDate &asOf : byHand.keys()) {
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("SELECT person_ref FROM person WHERE %1 ORDER BY "
                                         "person_ref")
                              .arg(Stock::sql(QStringLiteral("person")))));
        for (const QVariant &v : Stock::values(asOf))
            q.addBindValue(v);
        QVERIFY(q.exec());
        QStringList bySql;
        while (q.next())
            bySql << q.value(0).toString();
        QStringList byRule;
        for (const Someone &s : people) {
            const RiskProfile risk = RiskProfile::fromCases(s.cases);
            if (Stock::isIn({risk.criminalCase, risk.detained, s.removedOn}, asOf))
                byRule << QLatin1String(s.ref);
        }
        QCOMPARE(bySql, byRule);
        QCOMPARE(bySql, byHand.value(asOf));
    }
    // The person record reads the removal date, and the stored band of someone with no
    // criminal case says why they are not banded.
    const auto s4 = store.findByRef(QStringLiteral("S4"));
    QVERIFY(s4.ok() && s4.value());
    QCOMPARE(s4.value()->removedOn, d("2026-06-10"));
    const auto s3 = store.findByRef(QStringLiteral("S3"));
    QVERIFY(s3.ok() && s3.value());
    QCOMPARE(s3.value()->bandRule, BandRule::NoCriminalCase);
    QVERIFY(!s3.value()->band.has_value());
}

QTEST_GUILESS_MAIN(TestStock)
#include "tst_stock.moc"
