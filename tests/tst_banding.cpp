// The banding rule set (report 6.3, Figure 2), rule by rule and boundary by boundary.
#include "domain/banding.h"
#include "domain/personsummary.h"
#include "domain/riskprofile.h"

#include <QTest>

Q_DECLARE_METATYPE(BandRule)

namespace {
CidCase criminal(const QString &mappa, std::optional<int> sentence, const QString &harm = QString(),
                 const QString &custody = QStringLiteral("NON_DETAINED"))
{
    CidCase c;
    c.caseType = QStringLiteral("CRIMINAL");
    c.mappaLevel = mappa;
    c.sentenceMonths = sentence;
    c.harm = harm;
    c.custody = custody;
    return c;
}
CidCase ofType(const QString &type, const QString &status = QStringLiteral("OPEN"))
{
    CidCase c;
    c.caseType = type;
    c.caseStatus = status;
    return c;
}
} // namespace

class TestBanding : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("mappa");
        QTest::addColumn<int>("sentence"); // -1 = not recorded
        QTest::addColumn<QString>("harm");
        QTest::addColumn<bool>("detained");
        QTest::addColumn<int>("barriers");
        QTest::addColumn<int>("band");
        QTest::addColumn<BandRule>("rule");
        QTest::addColumn<bool>("provisional");

        // clang-format off
        QTest::newRow("MAPPA 3") << "3" << 12 << "D" << false << 0 << 1 << BandRule::Mappa2or3 << false;
        QTest::newRow("MAPPA 2") << "2" << -1 << "" << false << 2 << 1 << BandRule::Mappa2or3 << false;
        QTest::newRow("sentence 61 months") << "0" << 61 << "" << false << 0 << 1 << BandRule::SentenceOver60 << false;
        QTest::newRow("sentence 60 months is not over 60") << "0" << 60 << "" << false << 0 << 3 << BandRule::NoMappaNoBarrier << false;
        QTest::newRow("sentence 60, barrier") << "0" << 60 << "" << false << 1 << 4 << BandRule::NoMappaWithBarrier << false;
        QTest::newRow("sentence 61, no MAPPA recorded") << "" << 61 << "" << false << 3 << 1 << BandRule::SentenceOver60 << false;
        QTest::newRow("MAPPA 1 harm A") << "1" << 24 << "A" << false << 0 << 1 << BandRule::Mappa1HarmA << false;
        QTest::newRow("MAPPA 1 harm B") << "1" << 24 << "B" << false << 0 << 2 << BandRule::Mappa1 << false;
        QTest::newRow("MAPPA 1 no harm") << "1" << -1 << "" << false << 0 << 2 << BandRule::Mappa1 << false;
        QTest::newRow("MAPPA 0 harm A") << "0" << 24 << "A" << false << 0 << 3 << BandRule::NoMappaNoBarrier << false;
        QTest::newRow("MAPPA 0 harm A barrier") << "0" << 24 << "A" << false << 2 << 4 << BandRule::NoMappaWithBarrier << false;
        QTest::newRow("EX") << "EX" << 24 << "" << false << 1 << 2 << BandRule::ExMappa << false;
        QTest::newRow("EX harm A is band 2") << "EX" << 24 << "A" << false << 0 << 2 << BandRule::ExMappa << false;
        QTest::newRow("EX long sentence") << "EX" << 61 << "" << false << 0 << 1 << BandRule::SentenceOver60 << false;
        QTest::newRow("MAPPA 1 long sentence") << "1" << 100 << "C" << false << 0 << 1 << BandRule::SentenceOver60 << false;
        QTest::newRow("nothing known, no barrier") << "" << -1 << "" << false << 0 << 3 << BandRule::NoMappaNoBarrier << true;
        QTest::newRow("nothing known, barrier") << "" << -1 << "" << false << 1 << 4 << BandRule::NoMappaWithBarrier << true;
        QTest::newRow("MAPPA 0, no sentence: known") << "0" << -1 << "" << false << 0 << 3 << BandRule::NoMappaNoBarrier << false;
        QTest::newRow("no MAPPA, sentence known") << "" << 12 << "" << false << 0 << 3 << BandRule::NoMappaNoBarrier << false;
        QTest::newRow("sentence 0 months") << "" << 0 << "" << false << 0 << 3 << BandRule::NoMappaNoBarrier << false;
        QTest::newRow("detained MAPPA 3") << "3" << 100 << "A" << true << 0 << 0 << BandRule::Detained << false;
        QTest::newRow("detained unknown") << "" << -1 << "" << true << 1 << 0 << BandRule::Detained << false;
        // clang-format on
    }
    void rules()
    {
        QFETCH(QString, mappa);
        QFETCH(int, sentence);
        QFETCH(QString, harm);
        QFETCH(bool, detained);
        QFETCH(int, barriers);
        RiskProfile risk;
        risk.criminalCase = true; // without one nobody is banded (tst_stock)
        risk.mappaLevel = mappa;
        if (sentence >= 0)
            risk.sentenceMonths = sentence;
        risk.harm = harm;
        risk.detained = detained;
        const BandResult r = Banding::compute(risk, barriers);
        QTEST(r.band, "band");
        QTEST(r.rule, "rule");
        QTEST(r.provisional, "provisional");
        QVERIFY(!Banding::explain(r.rule, risk, barriers).isEmpty());
        QCOMPARE(Banding::ruleFromCode(Banding::ruleCode(r.rule)), r.rule);
    }

    // Risk is the worst of the CRIMINAL cases only.
    void riskIsWorstOfCriminalCases()
    {
        QVector<CidCase> cases{criminal(QStringLiteral("0"), 24, QStringLiteral("C")),
                               criminal(QStringLiteral("EX"), 70, QStringLiteral("D")),
                               criminal(QStringLiteral("1"), 12, QStringLiteral("B"))};
        CidCase asylum = ofType(QStringLiteral("ASYLUM"));
        asylum.mappaLevel = QStringLiteral("3"); // not criminal: must not count
        asylum.sentenceMonths = 200;
        asylum.custody = QStringLiteral("DETAINED");
        cases << asylum;
        const RiskProfile risk = RiskProfile::fromCases(cases);
        QCOMPARE(risk.mappaLevel, QStringLiteral("1"));
        QCOMPARE(risk.sentenceMonths.value_or(-1), 70);
        QCOMPARE(risk.harm, QStringLiteral("B"));
        QVERIFY(!risk.detained);
    }
    void detainedIfAnyCriminalCaseSaysSo()
    {
        const QVector<CidCase> cases{
            criminal(QStringLiteral("2"), 24),
            criminal(QString(), -1, QString(), QStringLiteral("DETAINED"))};
        QVERIFY(RiskProfile::fromCases(cases).detained);
    }
    void mappaOrder()
    {
        QVERIFY(RiskProfile::mappaRank(QStringLiteral("3")) >
                RiskProfile::mappaRank(QStringLiteral("2")));
        QVERIFY(RiskProfile::mappaRank(QStringLiteral("2")) >
                RiskProfile::mappaRank(QStringLiteral("1")));
        QVERIFY(RiskProfile::mappaRank(QStringLiteral("1")) >
                RiskProfile::mappaRank(QStringLiteral("EX")));
        QVERIFY(RiskProfile::mappaRank(QStringLiteral("EX")) >
                RiskProfile::mappaRank(QStringLiteral("0")));
        QVERIFY(RiskProfile::mappaRank(QStringLiteral("0")) > RiskProfile::mappaRank(QString()));
        QVERIFY(RiskProfile::harmRank(QStringLiteral("A")) >
                RiskProfile::harmRank(QStringLiteral("D")));
        QVERIFY(RiskProfile::harmRank(QStringLiteral("D")) > RiskProfile::harmRank(QString()));
    }

    // Open cases of barrier types are barriers; closed ones and OTHER are not.
    void barriersFromCases()
    {
        QVector<CidCase> cases{criminal(QStringLiteral("0"), 12), ofType(QStringLiteral("ASYLUM")),
                               ofType(QStringLiteral("JUDICIAL_REVIEW"), QString()), // empty = OPEN
                               ofType(QStringLiteral("APPEAL"), QStringLiteral("CLOSED")),
                               ofType(QStringLiteral("OTHER"))};
        PersonSummary s = PersonSummary::fromCases(cases, QStringLiteral("FIXED"));
        QCOMPARE(s.openBarriers, 2);
        QCOMPARE(s.band.band, 4);
        cases.remove(1, 2);
        s = PersonSummary::fromCases(cases, QStringLiteral("FIXED"));
        QCOMPARE(s.openBarriers, 0);
        QCOMPARE(s.band.band, 3);
        for (const QString &type : {QStringLiteral("FURTHER_REPS"),
                                    QStringLiteral("MODERN_SLAVERY"), QStringLiteral("APPEAL")}) {
            QVERIFY2(ofType(type).isOpenBarrier(), qPrintable(type));
        }
        QVERIFY(!ofType(QStringLiteral("CRIMINAL")).isOpenBarrier());
    }

    void flagsAndLeadCase()
    {
        CidCase a = criminal(QStringLiteral("1"), 24);
        a.owningUnit = QStringLiteral("CC Liverpool");
        a.caseOwner = QStringLiteral("sokafor");
        a.flags = QStringLiteral("EM;NEXUS_HH");
        CidCase b = ofType(QStringLiteral("ASYLUM"));
        b.owningUnit = QStringLiteral("UKVI Complex Casework");
        b.flags = QStringLiteral("ZINCS");
        const PersonSummary s = PersonSummary::fromCases({a, b}, QStringLiteral("NFA"));
        QCOMPARE(s.flagCodes(), QStringLiteral("ZINCS NEXUS_HH EM NFA"));
        QCOMPARE(s.owningUnit, QStringLiteral("CC Liverpool")); // the criminal case leads
        QCOMPARE(s.caseOwner, QStringLiteral("sokafor"));
        QCOMPARE(Flags::labels(s.flagCodes()), QStringLiteral("Zincs, Nexus High Harm, EM, NFA"));
        // A closed criminal case still leads over an open non-criminal one; among open
        // criminal cases the later one leads.
        CidCase c = criminal(QStringLiteral("0"), 12);
        c.owningUnit = QStringLiteral("CC Leeds");
        QCOMPARE(PersonSummary::leadCaseIndex({a, b, c}), 2);
        c.caseStatus = QStringLiteral("CLOSED");
        QCOMPARE(PersonSummary::leadCaseIndex({a, b, c}), 0);
        QCOMPARE(PersonSummary::leadCaseIndex({}), -1);
    }

    void labels()
    {
        QCOMPARE(Banding::label(1), QStringLiteral("1 Highest risk"));
        QVERIFY(Banding::label(4).startsWith(QLatin1String("4 ")));
        QVERIFY(Banding::colour(1) != Banding::colour(2));
    }
};

QTEST_GUILESS_MAIN(TestBanding)
#include "tst_banding.moc"
