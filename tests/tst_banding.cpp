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
        QTest::addColumn<int>("missing"); // MissingFact bits: what could raise the band

        const int M = MissingMappa, H = MissingHarm, S = MissingSentence;
        // clang-format off
        QTest::newRow("MAPPA 3") << "3" << 12 << "D" << false << 0 << 1 << BandRule::Mappa2or3 << 0;
        QTest::newRow("MAPPA 2") << "2" << -1 << "" << false << 2 << 1 << BandRule::Mappa2or3 << 0;
        QTest::newRow("sentence 61 months") << "0" << 61 << "" << false << 0 << 1 << BandRule::SentenceOver60 << 0;
        QTest::newRow("sentence 60 months is not over 60") << "0" << 60 << "" << false << 0 << 3 << BandRule::NoMappaNoBarrier << 0;
        QTest::newRow("sentence 60, barrier") << "0" << 60 << "" << false << 1 << 4 << BandRule::NoMappaWithBarrier << 0;
        QTest::newRow("sentence 61, no MAPPA recorded") << "" << 61 << "" << false << 3 << 1 << BandRule::SentenceOver60 << 0;
        QTest::newRow("MAPPA 1 harm A") << "1" << 24 << "A" << false << 0 << 1 << BandRule::Mappa1HarmA << 0;
        QTest::newRow("MAPPA 1 harm B") << "1" << 24 << "B" << false << 0 << 2 << BandRule::Mappa1 << 0;
        QTest::newRow("MAPPA 0 harm A") << "0" << 24 << "A" << false << 0 << 3 << BandRule::NoMappaNoBarrier << 0;
        QTest::newRow("MAPPA 0 harm A barrier") << "0" << 24 << "A" << false << 2 << 4 << BandRule::NoMappaWithBarrier << 0;
        QTest::newRow("EX") << "EX" << 24 << "" << false << 1 << 2 << BandRule::ExMappa << 0;
        QTest::newRow("EX harm A is band 2") << "EX" << 24 << "A" << false << 0 << 2 << BandRule::ExMappa << 0;
        QTest::newRow("EX long sentence") << "EX" << 61 << "" << false << 0 << 1 << BandRule::SentenceOver60 << 0;
        QTest::newRow("MAPPA 1 long sentence") << "1" << 100 << "C" << false << 0 << 1 << BandRule::SentenceOver60 << 0;
        // Rule 5: provisional whenever a missing fact could raise the band.
        // MAPPA level unknown: 2 or 3 would make band 1.
        QTest::newRow("no MAPPA, sentence known") << "" << 12 << "" << false << 0 << 3 << BandRule::NoMappaNoBarrier << M;
        QTest::newRow("no MAPPA, sentence 0 months") << "" << 0 << "" << false << 0 << 3 << BandRule::NoMappaNoBarrier << M;
        QTest::newRow("no MAPPA, sentence known, barrier") << "" << 60 << "B" << false << 1 << 4 << BandRule::NoMappaWithBarrier << M;
        QTest::newRow("no MAPPA, harm A, sentence known") << "" << 24 << "A" << false << 0 << 3 << BandRule::NoMappaNoBarrier << M;
        QTest::newRow("nothing known, no barrier") << "" << -1 << "" << false << 0 << 3 << BandRule::NoMappaNoBarrier << (M | S);
        QTest::newRow("nothing known, barrier") << "" << -1 << "" << false << 1 << 4 << BandRule::NoMappaWithBarrier << (M | S);
        // Harm unknown with MAPPA 1: A would make band 1.
        QTest::newRow("MAPPA 1 no harm, sentence known") << "1" << 24 << "" << false << 0 << 2 << BandRule::Mappa1 << H;
        QTest::newRow("MAPPA 1 no harm, no sentence") << "1" << -1 << "" << false << 0 << 2 << BandRule::Mappa1 << (H | S);
        QTest::newRow("MAPPA 1 no harm, long sentence") << "1" << 61 << "" << false << 0 << 1 << BandRule::SentenceOver60 << 0;
        QTest::newRow("MAPPA 2 no harm: harm cannot raise it") << "2" << 24 << "" << false << 0 << 1 << BandRule::Mappa2or3 << 0;
        QTest::newRow("EX no harm: harm cannot raise it") << "EX" << 24 << "" << false << 0 << 2 << BandRule::ExMappa << 0;
        QTest::newRow("MAPPA 0 no harm: harm cannot raise it") << "0" << 24 << "" << false << 0 << 3 << BandRule::NoMappaNoBarrier << 0;
        // Sentence unknown while no band 1 rule holds.
        QTest::newRow("MAPPA 1 harm B, no sentence") << "1" << -1 << "B" << false << 0 << 2 << BandRule::Mappa1 << S;
        QTest::newRow("EX, no sentence") << "EX" << -1 << "C" << false << 0 << 2 << BandRule::ExMappa << S;
        QTest::newRow("MAPPA 0, no sentence") << "0" << -1 << "D" << false << 0 << 3 << BandRule::NoMappaNoBarrier << S;
        QTest::newRow("MAPPA 0, no sentence, barrier") << "0" << -1 << "" << false << 2 << 4 << BandRule::NoMappaWithBarrier << S;
        QTest::newRow("MAPPA 3, no sentence: band 1 holds") << "3" << -1 << "" << false << 0 << 1 << BandRule::Mappa2or3 << 0;
        QTest::newRow("MAPPA 1 harm A, no sentence: band 1 holds") << "1" << -1 << "A" << false << 0 << 1 << BandRule::Mappa1HarmA << 0;
        // Not banded is never provisional.
        QTest::newRow("detained MAPPA 3") << "3" << 100 << "A" << true << 0 << 0 << BandRule::Detained << 0;
        QTest::newRow("detained unknown") << "" << -1 << "" << true << 1 << 0 << BandRule::Detained << 0;
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
        QTEST(r.missing, "missing");
        QCOMPARE(r.provisional, r.missing != 0);
        QCOMPARE(Banding::missingFacts(risk, r.band), r.missing);
        // The rule text names every missing fact, and says "provisional" only when one is.
        const QString text = Banding::explain(r.rule, risk, barriers);
        QVERIFY(!text.isEmpty());
        QCOMPARE(text.contains(QStringLiteral("provisional: ")), r.provisional);
        QCOMPARE(text.contains(QStringLiteral("MAPPA level not recorded")),
                 bool(r.missing & MissingMappa));
        QCOMPARE(text.contains(QStringLiteral("harm category not recorded")),
                 bool(r.missing & MissingHarm));
        QCOMPARE(text.contains(QStringLiteral("sentence not recorded")),
                 bool(r.missing & MissingSentence));
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

    void provisionalText()
    {
        QCOMPARE(Banding::provisionalText(0), QString());
        QCOMPARE(Banding::missingText(0), QString());
        QCOMPARE(Banding::missingText(MissingMappa | MissingHarm | MissingSentence),
                 QStringLiteral("MAPPA level not recorded, harm category not recorded, sentence "
                                "not recorded"));
        QCOMPARE(Banding::provisionalText(MissingMappa),
                 QStringLiteral("provisional: MAPPA level not recorded"));
        QCOMPARE(Banding::provisionalText(MissingMappa | MissingSentence),
                 QStringLiteral("provisional: MAPPA level not recorded, sentence not recorded"));
        QCOMPARE(Banding::provisionalText(MissingHarm | MissingSentence),
                 QStringLiteral("provisional: harm category not recorded, sentence not recorded"));
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
