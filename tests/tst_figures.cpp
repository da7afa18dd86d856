// Figures: known answers on a hand-built caseload, and an independent recomputation from the
// cases of a demo caseload.
#include "demo/demogenerator.h"
#include "domain/banding.h"
#include "domain/breachrules.h"
#include "domain/clock.h"
#include "domain/followupladder.h"
#include "domain/stock.h"
#include "figures/dashboard.h"
#include "figures/figures.h"
#include "io/cidimporter.h"
#include "store/bandoverridestore.h"
#include "store/barrierstore.h"
#include "store/followupstore.h"
#include "store/personstore.h"
#include "store/removalstore.h"
#include "store/reportingstore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

const QDate AsOf(2026, 11, 23);

CidCase criminal(const QString &ref, const QString &custody, const QString &mappa,
                 const QString &harm = QString(), std::optional<int> sentence = std::nullopt,
                 const QString &flags = QString())
{
    CidCase c;
    c.caseRef = ref;
    c.caseType = QStringLiteral("CRIMINAL");
    c.caseStatus = QStringLiteral("OPEN");
    c.custody = custody;
    c.mappaLevel = mappa;
    c.harm = harm;
    c.sentenceMonths = sentence;
    c.flags = flags;
    return c;
}

CidCase other(const QString &ref, const QString &type, const QString &status,
              const QString &flags = QString())
{
    CidCase c;
    c.caseRef = ref;
    c.caseType = type;
    c.caseStatus = status;
    c.flags = flags;
    return c;
}

PersonStore::NewPerson person(const QString &ref, const QString &address,
                              const QVector<CidCase> &cases)
{
    PersonStore::NewPerson p;
    p.details.personRef = ref;
    p.details.familyName = QStringLiteral("Family ") + ref;
    p.details.addressStatus = address;
    p.cases = cases;
    return p;
}

// Eight people with known figures (see handBuiltFigures).
void addHandBuilt(QSqlDatabase db)
{
    const QString nd = QStringLiteral("NON_DETAINED");
    const QString fixed = QStringLiteral("FIXED");
    const QString nfa = QStringLiteral("NFA");
    const QVector<PersonStore::NewPerson> people{
        // band 1 by MAPPA 2; Zincs and EM
        person(QStringLiteral("PA"), fixed,
               {criminal(QStringLiteral("CC/1"), nd, QStringLiteral("2"), QStringLiteral("B"), 24,
                         QStringLiteral("ZINCS;EM"))}),
        // band 2 by MAPPA 1; no fixed abode
        person(
            QStringLiteral("PB"), nfa,
            {criminal(QStringLiteral("CC/2"), nd, QStringLiteral("1"), QStringLiteral("C"), 36)}),
        // band 3: MAPPA 0, no barrier
        person(
            QStringLiteral("PC"), fixed,
            {criminal(QStringLiteral("CC/3"), nd, QStringLiteral("0"), QStringLiteral("D"), 18)}),
        // band 4: unknown MAPPA, an open asylum claim; Nexus High Harm
        person(QStringLiteral("PD"), fixed,
               {criminal(QStringLiteral("CC/4"), nd, QString(), QString(), 20,
                         QStringLiteral("NEXUS_HH")),
                other(QStringLiteral("AS/4"), QStringLiteral("ASYLUM"), QStringLiteral("OPEN"))}),
        // band 3: the only barrier-type case is closed
        person(QStringLiteral("PE"), QString(),
               {criminal(QStringLiteral("CC/5"), nd, QStringLiteral("0"), QString(), 12),
                other(QStringLiteral("FR/5"), QStringLiteral("FURTHER_REPS"),
                      QStringLiteral("CLOSED"))}),
        // detained, MAPPA 3: not banded, but Zincs and NFA still count
        person(QStringLiteral("PF"), nfa,
               {criminal(QStringLiteral("CC/6"), QStringLiteral("DETAINED"), QStringLiteral("3"),
                         QStringLiteral("A"), 90, QStringLiteral("ZINCS"))}),
        // band 1 by a sentence over 60 months; EM, and Nexus on a closed non-criminal case
        person(QStringLiteral("PG"), fixed,
               {criminal(QStringLiteral("CC/7"), nd, QStringLiteral("0"), QStringLiteral("C"), 72,
                         QStringLiteral("EM")),
                other(QStringLiteral("OT/7"), QStringLiteral("OTHER"), QStringLiteral("CLOSED"),
                      QStringLiteral("NEXUS_HH"))}),
        // no criminal case: non-detained, band 4 by the open judicial review
        person(QStringLiteral("PH"), fixed,
               {other(QStringLiteral("JR/8"), QStringLiteral("JUDICIAL_REVIEW"),
                      QStringLiteral("OPEN"))}),
    };
    int i = 0;
    PersonStore store(db);
    const Status s = store.addPeople([&](PersonStore::NewPerson &out) {
        if (i >= people.size())
            return false;
        out = people.at(i++);
        return true;
    });
    if (!s)
        qFatal("cannot add people: %s", qPrintable(s.error().toString()));
}

qint64 idOf(QSqlDatabase db, const QString &ref)
{
    const auto r = PersonStore(db).findByRef(ref);
    if (!r || !r.value())
        qFatal("no person %s", qPrintable(ref));
    return r.value()->id;
}

// The headline figures as JSON, without the dashboard's charts (tst_dashboard has those).
QString compactJson(const Figures &f)
{
    QJsonObject o = f.toJson();
    o.remove(QStringLiteral("charts"));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A person's band worked out as DOMAIN.md states the rule (report 6.3, Figure 2), written here
// apart from RiskProfile and Banding so that the demo's bands are checked, not recomputed by
// the functions that stored them. 0 = not banded (no criminal case, or detained).
struct BandByHand
{
    int band = 0;
    bool provisional = false;
};
BandByHand bandByHand(const QVector<CidCase> &cases, int lodestarOpenBarriers)
{
    // The worst of the criminal cases: MAPPA 3 > 2 > 1 > EX > 0 > not recorded; the longest
    // sentence; harm A worst, D least; detained if any says so.
    const QStringList mappaOrder{QString(),           QStringLiteral("0"), QStringLiteral("EX"),
                                 QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    const QStringList harmOrder{QString(), QStringLiteral("D"), QStringLiteral("C"),
                                QStringLiteral("B"), QStringLiteral("A")};
    bool criminal = false, detained = false, sentenceKnown = false;
    int mappa = 0, harm = 0, sentence = 0;
    // CID's open barriers: an open case of the five barrier types (CID-EXTRACT.md).
    int barriers = lodestarOpenBarriers;
    const QStringList barrierTypes{QStringLiteral("ASYLUM"), QStringLiteral("FURTHER_REPS"),
                                   QStringLiteral("APPEAL"), QStringLiteral("JUDICIAL_REVIEW"),
                                   QStringLiteral("MODERN_SLAVERY")};
    for (const CidCase &c : cases) {
        const bool open = c.caseStatus.isEmpty() || c.caseStatus == QLatin1String("OPEN");
        if (open && barrierTypes.contains(c.caseType))
            ++barriers;
        if (c.caseType != QLatin1String("CRIMINAL"))
            continue;
        criminal = true;
        detained = detained || c.custody == QLatin1String("DETAINED");
        mappa = qMax(mappa, int(mappaOrder.indexOf(c.mappaLevel)));
        harm = qMax(harm, int(harmOrder.indexOf(c.harm)));
        if (c.sentenceMonths) {
            sentenceKnown = true;
            sentence = qMax(sentence, *c.sentenceMonths);
        }
    }
    BandByHand r;
    if (!criminal || detained)
        return r;
    const QString m = mappaOrder.value(mappa);
    if (m == QLatin1String("2") || m == QLatin1String("3") || sentence > 60 ||
        (m == QLatin1String("1") && harmOrder.value(harm) == QLatin1String("A")))
        return BandByHand{1, false}; // band 1: nothing unknown could raise it
    if (m == QLatin1String("1") || m == QLatin1String("EX"))
        r.band = 2;
    else
        r.band = barriers > 0 ? 4 : 3;
    // Provisional when an unknown fact could give band 1: the MAPPA level (2 or 3), the harm
    // under MAPPA 1 (A), the sentence (over 60 months).
    r.provisional = m.isEmpty() || (m == QLatin1String("1") && harm == 0) || !sentenceKnown;
    return r;
}

Figures computeOrFail(QSqlDatabase db)
{
    const auto f = Figures::compute(db, AsOf);
    if (!f)
        qFatal("figures failed: %s", qPrintable(f.error().toString()));
    return f.value();
}

} // namespace

class TestFigures : public QObject
{
    Q_OBJECT

private slots:
    // The suite's imports and records are made on its as-of day, as a user reporting on that day
    // would have made them: CID barriers first seen by an import stand from the import's day.
    void initTestCase() { Clock::setFixed(QDateTime(AsOf, QTime(12, 0))); }
    void cleanupTestCase() { Clock::setFixed(QDateTime()); }
    void emptyDatabase();
    void handBuiltFigures();
    void overrideMovesPeopleBetweenBands();
    void provisionalBandsAndOverrides();
    void drillDownListsThePeopleBehindEachFigure();
    void jsonHasExactlyTheAgreedShape();
    void refusesFiguresThatWouldNotReconcile();
    void refusesInvalidDate();
    void demoFiguresMatchIndependentRecomputation();
    void importedFiguresAndTheirBoundaries();
    void reportingFiguresOnAHandMadeDataset();
    void everyFigureIsDefinedOnce();
    void stockAddsUpAndEveryFigureDrillsToItsNumber();
    void removedPeopleLeaveTheStockFromTheirRemovalDate();
    void unallocatedMeansNoOwnerHoweverBlank();
    void unclearOwnershipIsTheWordLit();
    void presentFiguresRefusedForAPastDay_data();
    void presentFiguresRefusedForAPastDay();
};

void TestFigures::emptyDatabase()
{
    TestDatabase t;
    const Figures f = computeOrFail(t.db->sql());
    QCOMPARE(f.persons, qint64(0));
    QCOMPARE(f.nonDetained, qint64(0));
    QCOMPARE(
        compactJson(f),
        QStringLiteral("{\"absconders\":0,\"as_of\":\"2026-11-23\",\"band_provisional\":0,"
                       "\"breaches_last_7_days\":0,"
                       "\"by_band\":{\"1\":0,\"2\":0,\"3\":0,\"4\":0},"
                       "\"cases\":0,\"cases_not_in_latest_extract\":0,"
                       "\"consecutive_breach_3plus\":0,"
                       "\"data_quality_by_issue\":{\"blank_outcomes\":0,\"no_case_owner\":0,"
                       "\"no_criminal_case\":0,\"override_without_reason\":0,"
                       "\"removed_awaiting_cid\":0,\"unclear_ownership\":0,"
                       "\"window_missing\":0,\"window_over_an_hour\":0},"
                       "\"data_quality_issues\":0,\"deportation_decision_overdue\":0,"
                       "\"diary_overdue\":0,\"document_to_seek_barrier_open\":0,"
                       "\"flags\":{\"EM\":0,\"NEXUS_HH\":0,\"NFA\":0,\"ZINCS\":0},"
                       "\"last_minute_barriers\":0,\"non_detained\":0,"
                       "\"noncompliance_queue\":0,\"noncompliance_queue_last_7_days\":0,"
                       "\"not_reporting\":0,"
                       "\"notes_qa_failed\":0,"
                       "\"notes_qa_sampled\":0,\"open_barriers_by_type\":{"
                       "\"appeal\":0,\"asylum\":0,"
                       "\"deportation_decision\":0,\"embassy\":0,\"further_reps\":0,"
                       "\"judicial_review\":0,\"medical\":0,\"modern_slavery\":0,\"other\":0,"
                       "\"travel_document\":0},"
                       "\"ownership_unclear\":0,\"persons\":0,"
                       "\"persons_breached_last_7_days\":0,\"persons_without_criminal_case\":0,"
                       "\"preparation_overdue\":0,"
                       "\"removals_failed_by_reason\":{\"disruptive\":0,\"fresh_asylum_claim\":0,"
                       "\"further_reps\":0,\"judicial_review\":0,\"medical\":0,"
                       "\"no_enforcement_visit\":0,\"not_encountered\":0,\"other\":0},"
                       "\"removals_planned\":0,\"removals_succeeded\":0,\"removed_awaiting_cid\":0,"
                       "\"reporting\":0,"
                       "\"reviews_due_30_days\":0,\"reviews_overdue\":0,"
                       "\"ripe_for_progression\":0,\"unactioned_breaches\":0,\"unallocated\":0}"));
}

void TestFigures::handBuiltFigures()
{
    TestDatabase t;
    addHandBuilt(t.db->sql());
    const Figures f = computeOrFail(t.db->sql());
    QCOMPARE(f.asOf, AsOf);
    QCOMPARE(f.persons, qint64(8));
    // PH has no criminal case: not banded, not in the stock (rule 10).
    QCOMPARE(f.nonDetained, qint64(6));
    QCOMPARE(f.personsWithoutCriminalCase, qint64(1));
    const QMap<int, qint64> bands{{1, 2}, {2, 1}, {3, 2}, {4, 1}};
    QCOMPARE(f.byBand, bands);
    const QMap<QString, qint64> flags{{QStringLiteral("ZINCS"), 2},
                                      {QStringLiteral("NEXUS_HH"), 2},
                                      {QStringLiteral("EM"), 2},
                                      {QStringLiteral("NFA"), 2}};
    QCOMPARE(f.flags, flags);
}

void TestFigures::overrideMovesPeopleBetweenBands()
{
    TestDatabase t;
    QSqlDatabase db = t.db->sql();
    addHandBuilt(db);
    BandOverrideStore overrides(db);
    QVERIFY(overrides
                .setOverride(idOf(db, QStringLiteral("PC")), 4,
                             QStringLiteral("No travel document"), QStringLiteral("tl"),
                             TestData::personVersion(db, idOf(db, QStringLiteral("PC"))))
                .ok());
    Figures f = computeOrFail(db);
    QCOMPARE(f.byBand, (QMap<int, qint64>{{1, 2}, {2, 1}, {3, 1}, {4, 2}}));
    QCOMPARE(f.nonDetained, qint64(6));

    QVERIFY(overrides
                .setOverride(idOf(db, QStringLiteral("PB")), 1,
                             QStringLiteral("Police intelligence"), QStringLiteral("tl"),
                             TestData::personVersion(db, idOf(db, QStringLiteral("PB"))))
                .ok());
    f = computeOrFail(db);
    QCOMPARE(f.byBand, (QMap<int, qint64>{{1, 3}, {2, 0}, {3, 1}, {4, 2}}));

    QVERIFY(overrides
                .setOverride(idOf(db, QStringLiteral("PC")), std::nullopt,
                             QStringLiteral("Document issued"), QStringLiteral("tl"),
                             TestData::personVersion(db, idOf(db, QStringLiteral("PC"))))
                .ok());
    f = computeOrFail(db);
    QCOMPARE(f.byBand, (QMap<int, qint64>{{1, 3}, {2, 0}, {3, 2}, {4, 1}}));
    QCOMPARE(f.persons, qint64(8));
}

// Rule 5: band_provisional counts non-detained people whose effective band could be higher.
// PD (no MAPPA level, sentence 20) is; PB (MAPPA 1, harm C, sentence 36) is not; PF (detained)
// and PH (no criminal case: not banded, rule 10) never are. An override is never provisional.
void TestFigures::provisionalBandsAndOverrides()
{
    TestDatabase t;
    QSqlDatabase db = t.db->sql();
    addHandBuilt(db);
    const auto refs = [&] {
        const auto r = Figures::personRefs(db, QStringLiteral("band_provisional"), AsOf);
        return r ? r.value() : QStringList{QStringLiteral("<error>")};
    };
    QCOMPARE(refs(), QStringList{QStringLiteral("PD")});
    QCOMPARE(computeOrFail(db).bandProvisional, qint64(1));
    // What is missing is stored: PD lacks the MAPPA level only.
    const auto pd = PersonStore(db).findByRef(QStringLiteral("PD"));
    QVERIFY(pd && pd.value());
    QCOMPARE(pd.value()->bandMissing, int(MissingMappa));

    BandOverrideStore overrides(db);
    QVERIFY(overrides
                .setOverride(idOf(db, QStringLiteral("PD")), 4, QStringLiteral("Reviewed"),
                             QStringLiteral("tl"),
                             TestData::personVersion(db, idOf(db, QStringLiteral("PD"))))
                .ok());
    QCOMPARE(refs(), QStringList());
    QCOMPARE(computeOrFail(db).bandProvisional, qint64(0));
    QVERIFY(overrides
                .setOverride(idOf(db, QStringLiteral("PD")), std::nullopt,
                             QStringLiteral("Withdrawn"), QStringLiteral("tl"),
                             TestData::personVersion(db, idOf(db, QStringLiteral("PD"))))
                .ok());
    QCOMPARE(refs(), QStringList{QStringLiteral("PD")});
}

void TestFigures::drillDownListsThePeopleBehindEachFigure()
{
    TestDatabase t;
    QSqlDatabase db = t.db->sql();
    addHandBuilt(db);
    const auto refs = [&](const char *figure) {
        const auto r = Figures::personRefs(db, QLatin1String(figure));
        return r ? r.value() : QStringList{QStringLiteral("<error>")};
    };
    QCOMPARE(refs("by_band/1"), (QStringList{QStringLiteral("PA"), QStringLiteral("PG")}));
    QCOMPARE(refs("by_band/4"), QStringList{QStringLiteral("PD")});
    QCOMPARE(refs("persons_without_criminal_case"), QStringList{QStringLiteral("PH")});
    QCOMPARE(refs("flags/ZINCS"), (QStringList{QStringLiteral("PA"), QStringLiteral("PF")}));
    QCOMPARE(refs("flags/NFA"), (QStringList{QStringLiteral("PB"), QStringLiteral("PF")}));
    // The people written out, as worked out in jsonHasExactlyTheAgreedShape.
    const QStringList stock{QStringLiteral("PA"), QStringLiteral("PB"), QStringLiteral("PC"),
                            QStringLiteral("PD"), QStringLiteral("PE"), QStringLiteral("PG")};
    QCOMPARE(refs("non_detained"), stock);
    QCOMPARE(refs("persons"),
             (QStringList{QStringLiteral("PA"), QStringLiteral("PB"), QStringLiteral("PC"),
                          QStringLiteral("PD"), QStringLiteral("PE"), QStringLiteral("PF"),
                          QStringLiteral("PG"), QStringLiteral("PH")}));
    QCOMPARE(refs("by_band/2"), QStringList{QStringLiteral("PB")});
    QCOMPARE(refs("by_band/3"), (QStringList{QStringLiteral("PC"), QStringLiteral("PE")}));
    QCOMPARE(refs("flags/NEXUS_HH"), (QStringList{QStringLiteral("PD"), QStringLiteral("PG")}));
    QCOMPARE(refs("flags/EM"), (QStringList{QStringLiteral("PA"), QStringLiteral("PG")}));
    QCOMPARE(refs("ripe_for_progression"),
             (QStringList{QStringLiteral("PA"), QStringLiteral("PB"), QStringLiteral("PC"),
                          QStringLiteral("PE"), QStringLiteral("PG")}));
    QCOMPARE(refs("unallocated"), stock);
    QCOMPARE(refs("not_reporting"), stock);
    QCOMPARE(refs("document_to_seek_barrier_open"), QStringList{QStringLiteral("PD")});
    QCOMPARE(refs("ownership_unclear"),
             (QStringList{QStringLiteral("PA"), QStringLiteral("PB"), QStringLiteral("PC"),
                          QStringLiteral("PD"), QStringLiteral("PE"), QStringLiteral("PF"),
                          QStringLiteral("PG")}));
    QVERIFY(!Figures::personRefs(db, QStringLiteral("by_band/5")).ok());
    QVERIFY(!Figures::personRefs(db, QStringLiteral("1 = 1; DROP TABLE person")).ok());
}

void TestFigures::jsonHasExactlyTheAgreedShape()
{
    TestDatabase t;
    addHandBuilt(t.db->sql());
    const Figures f = computeOrFail(t.db->sql());
    const QJsonObject o = f.toJson();
    QCOMPARE(o.keys(), (QStringList{QStringLiteral("absconders"),
                                    QStringLiteral("as_of"),
                                    QStringLiteral("band_provisional"),
                                    QStringLiteral("breaches_last_7_days"),
                                    QStringLiteral("by_band"),
                                    QStringLiteral("cases"),
                                    QStringLiteral("cases_not_in_latest_extract"),
                                    QStringLiteral("charts"),
                                    QStringLiteral("consecutive_breach_3plus"),
                                    QStringLiteral("data_quality_by_issue"),
                                    QStringLiteral("data_quality_issues"),
                                    QStringLiteral("deportation_decision_overdue"),
                                    QStringLiteral("diary_overdue"),
                                    QStringLiteral("document_to_seek_barrier_open"),
                                    QStringLiteral("flags"),
                                    QStringLiteral("last_minute_barriers"),
                                    QStringLiteral("non_detained"),
                                    QStringLiteral("noncompliance_queue"),
                                    QStringLiteral("noncompliance_queue_last_7_days"),
                                    QStringLiteral("not_reporting"),
                                    QStringLiteral("notes_qa_failed"),
                                    QStringLiteral("notes_qa_sampled"),
                                    QStringLiteral("open_barriers_by_type"),
                                    QStringLiteral("ownership_unclear"),
                                    QStringLiteral("persons"),
                                    QStringLiteral("persons_breached_last_7_days"),
                                    QStringLiteral("persons_without_criminal_case"),
                                    QStringLiteral("preparation_overdue"),
                                    QStringLiteral("removals_failed_by_reason"),
                                    QStringLiteral("removals_planned"),
                                    QStringLiteral("removals_succeeded"),
                                    QStringLiteral("removed_awaiting_cid"),
                                    QStringLiteral("reporting"),
                                    QStringLiteral("reviews_due_30_days"),
                                    QStringLiteral("reviews_overdue"),
                                    QStringLiteral("ripe_for_progression"),
                                    QStringLiteral("unactioned_breaches"),
                                    QStringLiteral("unallocated")}));
    QCOMPARE(o.value(QStringLiteral("charts")).toObject().keys().size(),
             Dashboard::chartIds().size());
    QCOMPARE(o.value(QStringLiteral("by_band")).toObject().keys(),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("4")}));
    QCOMPARE(o.value(QStringLiteral("flags")).toObject().keys(),
             (QStringList{QStringLiteral("EM"), QStringLiteral("NEXUS_HH"), QStringLiteral("NFA"),
                          QStringLiteral("ZINCS")}));
    // Integers, never "8.0". Every number worked out by hand from addHandBuilt's eight people
    // (none has a case owner, an owning unit, a reporting frequency, an event, a review, an
    // allocation, removal directions or a hold):
    // - persons 8: PA..PH. cases 11: one each, two for PD, PE and PG.
    // - non_detained 6: PA, PB, PC, PD, PE, PG (PF is detained; PH has no criminal case).
    // - by_band: 1 = PA (MAPPA 2), PG (sentence 72 > 60 months); 2 = PB (MAPPA 1); 3 = PC, PE
    //   (MAPPA 0, no open barrier: PE's further representations are closed); 4 = PD (open
    //   asylum claim). band_provisional 1: PD, whose MAPPA level is not known.
    // - flags: ZINCS PA, PF; NEXUS_HH PD, PG (a closed case's flag still counts); EM PA, PG;
    //   NFA PB, PF (address). Whatever the custody, so PF counts.
    // - not_reporting 6: the whole stock, as nobody has a reporting frequency; reporting 0.
    // - open_barriers_by_type: asylum 1 (AS/4), judicial_review 1 (JR/8, PH's: the register
    //   holds it though PH is not in the stock); further_reps 0 (FR/5 is closed).
    // - document_to_seek_barrier_open 1: PD, the one person in the stock with an open barrier
    //   (no one has a travel document).
    // - ripe_for_progression 5: the stock less PD (open barrier): PA, PB, PC, PE, PG.
    // - unallocated 6: the stock, nobody having a case owner.
    // - data_quality_by_issue: no_case_owner 8 (everyone, whatever their custody or cases);
    //   unclear_ownership 7 (everyone with a criminal case, all of whose units are empty: PH
    //   has none); no_criminal_case 1 (PH). data_quality_issues 16 = 8 + 7 + 1.
    // - ownership_unclear 7: as unclear_ownership. Every other figure 0: nothing else exists.
    QCOMPARE(
        compactJson(f),
        QStringLiteral("{\"absconders\":0,\"as_of\":\"2026-11-23\",\"band_provisional\":1,"
                       "\"breaches_last_7_days\":0,"
                       "\"by_band\":{\"1\":2,\"2\":1,\"3\":2,\"4\":1},"
                       "\"cases\":11,\"cases_not_in_latest_extract\":0,"
                       "\"consecutive_breach_3plus\":0,"
                       "\"data_quality_by_issue\":{\"blank_outcomes\":0,\"no_case_owner\":8,"
                       "\"no_criminal_case\":1,\"override_without_reason\":0,"
                       "\"removed_awaiting_cid\":0,\"unclear_ownership\":7,"
                       "\"window_missing\":0,\"window_over_an_hour\":0},"
                       "\"data_quality_issues\":16,\"deportation_decision_overdue\":0,"
                       "\"diary_overdue\":0,\"document_to_seek_barrier_open\":1,"
                       "\"flags\":{\"EM\":2,\"NEXUS_HH\":2,\"NFA\":2,\"ZINCS\":2},"
                       "\"last_minute_barriers\":0,\"non_detained\":6,"
                       "\"noncompliance_queue\":0,\"noncompliance_queue_last_7_days\":0,"
                       "\"not_reporting\":6,"
                       "\"notes_qa_failed\":0,"
                       "\"notes_qa_sampled\":0,\"open_barriers_by_type\":{"
                       "\"appeal\":0,\"asylum\":1,"
                       "\"deportation_decision\":0,\"embassy\":0,\"further_reps\":0,"
                       "\"judicial_review\":1,\"medical\":0,\"modern_slavery\":0,\"other\":0,"
                       "\"travel_document\":0},"
                       "\"ownership_unclear\":7,\"persons\":8,"
                       "\"persons_breached_last_7_days\":0,\"persons_without_criminal_case\":1,"
                       "\"preparation_overdue\":0,"
                       "\"removals_failed_by_reason\":{\"disruptive\":0,\"fresh_asylum_claim\":0,"
                       "\"further_reps\":0,\"judicial_review\":0,\"medical\":0,"
                       "\"no_enforcement_visit\":0,\"not_encountered\":0,\"other\":0},"
                       "\"removals_planned\":0,\"removals_succeeded\":0,\"removed_awaiting_cid\":0,"
                       "\"reporting\":0,"
                       "\"reviews_due_30_days\":0,\"reviews_overdue\":0,"
                       "\"ripe_for_progression\":5,\"unactioned_breaches\":0,\"unallocated\":6}"));
    // A default-constructed value still has every key.
    const QJsonObject empty = Figures().toJson();
    QCOMPARE(empty.value(QStringLiteral("by_band")).toObject().size(), 4);
    QCOMPARE(empty.value(QStringLiteral("flags")).toObject().size(), 4);
}

void TestFigures::refusesFiguresThatWouldNotReconcile()
{
    TestDatabase t;
    QSqlDatabase db = t.db->sql();
    addHandBuilt(db);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("UPDATE person SET band = NULL WHERE person_ref = 'PC'")));
    const auto f = Figures::compute(db, AsOf);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().code, QStringLiteral("inconsistent"));
}

void TestFigures::refusesInvalidDate()
{
    TestDatabase t;
    QVERIFY(!Figures::compute(t.db->sql(), QDate()).ok());
}

void TestFigures::demoFiguresMatchIndependentRecomputation()
{
    TestDatabase t;
    QSqlDatabase db = t.db->sql();
    DemoGenerator::Options options;
    options.persons = 1500;
    options.seed = 3;
    const Status generated = DemoGenerator::generate(db, options);
    QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().toString()));
    const Figures f = computeOrFail(db);
    QCOMPARE(f.persons, qint64(1500));
    qint64 sum = 0;
    for (int band = 1; band <= 4; ++band)
        sum += f.byBand.value(band);
    QCOMPARE(sum, f.nonDetained);

    // Re-derive every person from their stored cases and override history, bypassing the
    // derived columns the figures read, with the band rule written out in this file
    // (bandByHand), not the product's RiskProfile, Banding or Stock.
    PersonStore people(db);
    BandOverrideStore overrides(db);
    qint64 persons = 0, nonDetained = 0, overridden = 0, provisional = 0;
    QSet<qint64> inStock;
    QMap<int, qint64> byBand{{1, 0}, {2, 0}, {3, 0}, {4, 0}};
    QMap<QString, qint64> flags{{QStringLiteral("ZINCS"), 0},
                                {QStringLiteral("NEXUS_HH"), 0},
                                {QStringLiteral("EM"), 0},
                                {QStringLiteral("NFA"), 0}};
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT id, address_status FROM person ORDER BY id")));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const auto cases = people.cases(id);
        QVERIFY(cases.ok());
        ++persons;
        bool criminal = false, detained = false;
        QSet<QString> personFlags;
        for (const CidCase &c : cases.value()) {
            criminal = criminal || c.caseType == QLatin1String("CRIMINAL");
            detained = detained || (c.caseType == QLatin1String("CRIMINAL") &&
                                    c.custody == QLatin1String("DETAINED"));
            for (const QString &flag : c.flags.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                personFlags.insert(flag.trimmed());
        }
        if (q.value(1).toString() == QLatin1String("NFA"))
            personFlags.insert(QStringLiteral("NFA"));
        for (auto it = flags.begin(); it != flags.end(); ++it)
            it.value() += personFlags.contains(it.key()) ? 1 : 0;
        // The stock: a criminal case, not detained, not removed on or before the as-of date.
        QSqlQuery removal(db);
        QVERIFY(removal.prepare(QStringLiteral("SELECT MIN(outcome_on) FROM removal_directions "
                                               "WHERE person_id = ? AND outcome = 'removed'")));
        removal.addBindValue(id);
        QVERIFY(removal.exec() && removal.next());
        const QDate removedOn = QDate::fromString(removal.value(0).toString(), Qt::ISODate);
        if (!criminal || detained || (removedOn.isValid() && removedOn <= AsOf))
            continue;
        ++nonDetained;
        inStock.insert(id);
        // Barriers recorded in Lodestar count with CID's, read from the register itself.
        const auto recorded = BarrierStore(db).forPerson(id);
        QVERIFY(recorded.ok());
        int lodestarBarriers = 0;
        for (const Barrier &b : recorded.value())
            lodestarBarriers += !b.fromCid() && b.isOpen() ? 1 : 0;
        const BandByHand computed = bandByHand(cases.value(), lodestarBarriers);
        QVERIFY(computed.band >= 1 && computed.band <= 4);
        int band = computed.band;
        const auto history = overrides.history(id);
        QVERIFY(history.ok());
        if (!history.value().isEmpty() && history.value().first().band) {
            overridden += *history.value().first().band != band ? 1 : 0;
            band = *history.value().first().band;
        } else {
            provisional += computed.provisional ? 1 : 0; // an override never is
        }
        ++byBand[band];
    }
    QVERIFY(overridden > 0); // the demo's overrides take part in the comparison
    QCOMPARE(f.persons, persons);
    QCOMPARE(f.nonDetained, nonDetained);
    QCOMPARE(f.byBand, byBand);
    QVERIFY(provisional > 0);
    QCOMPARE(f.bandProvisional, provisional);
    QCOMPARE(f.flags, flags);

    // The reporting figures, re-derived in C++ from each person's events and follow-up steps
    // with the domain rules (BreachRules, FollowUpLadder), not through their SQL twins.
    ReportingStore reporting(db);
    FollowUpStore ladder(db);
    qint64 reportingPeople = 0, absconders = 0, notReporting = 0, breachesWeek = 0,
           breachedWeek = 0, run3 = 0, unactioned = 0, queue = 0, queueWeek = 0;
    const Moment at = Moment::endOfDay(AsOf);
    QVERIFY(q.exec(QStringLiteral("SELECT id, custody, reporting_frequency FROM person")));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const bool free = inStock.contains(id);
        const QString frequency = q.value(2).toString();
        const auto events = reporting.forPerson(id);
        const auto steps = ladder.forPerson(id);
        QVERIFY(events && steps);
        QVector<BreachRules::Event> history;
        QDate latestBreach;
        int week = 0;
        for (const ReportingEvent &e : events.value()) {
            history << BreachRules::Event{e.scheduled, e.outcome};
            if (BreachRules::isBreach(history.constLast(), at)) {
                latestBreach =
                    qMax(latestBreach, QDate::fromString(e.scheduled.left(10), Qt::ISODate));
                week += BreachRules::isInLastWeek(e.scheduled, at) ? 1 : 0;
            }
        }
        QVector<FollowUpLadder::Record> records;
        QDate latestStep;
        for (const FollowUpStep &st : steps.value()) {
            records << st.record();
            if (st.takenOn <= AsOf)
                latestStep = qMax(latestStep, st.takenOn);
        }
        const bool absconder = free && FollowUpLadder::isAbsconder(records, AsOf);
        const int consecutive = BreachRules::consecutiveBreaches(history, at);
        if (free) {
            switch (Stock::reporting(frequency, absconder)) {
            case Stock::Reporting::Reporting:
                ++reportingPeople;
                break;
            case Stock::Reporting::Absconder:
                ++absconders;
                break;
            case Stock::Reporting::NotReporting:
                ++notReporting;
                break;
            }
        }
        breachesWeek += week;
        breachedWeek += week > 0;
        run3 += free && consecutive >= 3;
        unactioned +=
            FollowUpLadder::isUnactioned(free, absconder, consecutive, latestBreach, latestStep);
        const bool inQueue = BreachRules::isInQueue(free, history, at);
        queue += inQueue;
        queueWeek += inQueue && week > 0;
    }
    QVERIFY(absconders > 0 && run3 > 0 && unactioned > 0 && breachesWeek > 0);
    QVERIFY(queueWeek > 0 && queueWeek < queue);
    QCOMPARE(f.reporting, reportingPeople);
    QCOMPARE(f.absconders, absconders);
    QCOMPARE(f.notReporting, notReporting);
    QCOMPARE(reportingPeople + absconders + notReporting, nonDetained);
    QCOMPARE(f.breachesLast7Days, breachesWeek);
    QCOMPARE(f.personsBreachedLast7Days, breachedWeek);
    QCOMPARE(f.consecutiveBreach3Plus, run3);
    QCOMPARE(f.unactionedBreaches, unactioned);
    QCOMPARE(f.noncomplianceQueue, queue);
    QCOMPARE(f.noncomplianceQueueLast7Days, queueWeek);

    // Every figure's drill-down lists exactly as many people as it counts.
    const QJsonObject json = f.toJson();
    for (const QString &name : Figures::figureNames()) {
        const auto refs = Figures::personRefs(db, name, AsOf);
        QVERIFY(refs.ok());
        const QStringList path = name.split(QLatin1Char('/'));
        const QJsonValue v = path.size() == 1 ? json.value(path.at(0))
                                              : json.value(path.at(0)).toObject().value(path.at(1));
        QCOMPARE(qint64(refs.value().size()), v.toInteger());
    }
}

// The import issue's figures on an extract with every boundary in it (as of 2026-11-23, so
// "more than 12 months before" means a sentence that ended before 2025-11-23).
void TestFigures::importedFiguresAndTheirBoundaries()
{
    TestDatabase t;
    QTemporaryDir dir;
    const QString cases = dir.filePath(QStringLiteral("cases.csv"));
    const auto write = [&](const QByteArray &rows) {
        QFile f(cases);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("case_ref,person_ref,case_type,case_status,family_name,owning_unit,mappa_level,"
                "sentence_months,sentence_end,custody,deportation_decision\n" +
                rows);
    };
    const QByteArray rows =
        // unclear (obsolete LIT, padded, lower case); overdue: ended a day before the cut-off
        "CC/1,P1,CRIMINAL,OPEN,A, lit north west ,0,12,2025-11-22,NON_DETAINED,\n"
        // clear; not overdue: ended exactly 12 months before
        "CC/2,P2,CRIMINAL,OPEN,B,CC Leeds,0,12,2025-11-23,NON_DETAINED,NONE\n"
        // unclear; not overdue: an 11-month sentence
        "CC/3,P3,CRIMINAL,OPEN,C,NO UNIT,0,11,2020-01-01,NON_DETAINED,PENDING\n"
        // unclear; not overdue: detained
        "CC/4,P4,CRIMINAL,OPEN,D,NOT IN USE,0,24,2020-01-01,DETAINED,\n"
        // one clear and one unclear criminal case: not unclear; overdue by the closed case
        "CC/5,P5,CRIMINAL,OPEN,E,CC Liverpool,1,24,2020-01-01,NON_DETAINED,SERVED\n"
        "CC/6,P5,CRIMINAL,CLOSED,E,,0,30,2019-01-01,NON_DETAINED,PENDING\n"
        // no criminal case: not counted as unclear
        "AS/7,P6,ASYLUM,OPEN,F,,,,,,\n"
        "AS/8,P1,ASYLUM,OPEN,A,,,,,,\n"
        "JR/9,P2,JUDICIAL_REVIEW,CLOSED,B,,,,,,\n"
        "MS/10,P3,MODERN_SLAVERY,,C,,,,,,\n";
    write(rows);
    const auto first = CidImporter::run(t.db->sql(), cases, QString(), QStringLiteral("test"));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(first.value().casesRejected, qint64(0));

    Figures f = computeOrFail(t.db->sql());
    QCOMPARE(f.cases, qint64(10));
    QCOMPARE(f.casesNotInLatestExtract, qint64(0));
    QCOMPARE(f.ownershipUnclear, qint64(3));
    QCOMPARE(f.deportationDecisionOverdue, qint64(2));
    QCOMPARE(f.openBarriersByType.value(QStringLiteral("asylum")), qint64(2));
    QCOMPARE(f.openBarriersByType.value(QStringLiteral("modern_slavery")), qint64(1));
    QCOMPARE(f.openBarriersByType.value(QStringLiteral("judicial_review")), qint64(0));
    QCOMPARE(f.openBarriersByType.value(QStringLiteral("appeal")), qint64(0));
    // by_band follows the imported barriers: P1 and P3 are band 4. P6 has no criminal case:
    // not banded, not in the stock.
    QCOMPARE(f.byBand.value(2), qint64(1));
    QCOMPARE(f.byBand.value(3), qint64(1));
    QCOMPARE(f.byBand.value(4), qint64(2));
    QCOMPARE(f.personsWithoutCriminalCase, qint64(1));

    const auto refs = [&](const char *figure) {
        const auto r = Figures::personRefs(t.db->sql(), QLatin1String(figure), AsOf);
        return r ? r.value() : QStringList{QStringLiteral("<error>")};
    };
    QCOMPARE(refs("ownership_unclear"),
             (QStringList{QStringLiteral("P1"), QStringLiteral("P3"), QStringLiteral("P4")}));
    QCOMPARE(refs("deportation_decision_overdue"),
             (QStringList{QStringLiteral("P1"), QStringLiteral("P5")}));
    // A day later the case that ended exactly 12 months before is overdue too.
    QCOMPARE(Figures::compute(t.db->sql(), AsOf.addDays(1)).value().deportationDecisionOverdue,
             qint64(3));

    // The next extract no longer has CC/2: one case absent from the newest import.
    write(QByteArray(rows).replace(
        "CC/2,P2,CRIMINAL,OPEN,B,CC Leeds,0,12,2025-11-23,NON_DETAINED,NONE\n", ""));
    QVERIFY(CidImporter::run(t.db->sql(), cases, QString(), QStringLiteral("test"),
                             TestData::allowingMissing()));
    f = computeOrFail(t.db->sql());
    QCOMPARE(f.cases, qint64(10));
    QCOMPARE(f.casesNotInLatestExtract, qint64(1));
}

// One definition per figure: every key toJson() prints (but as_of and the charts) is defined
// once, with a meaning, and every definition's key is printed.
void TestFigures::everyFigureIsDefinedOnce()
{
    QStringList leaves;
    const QJsonObject o = Figures().toJson();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("as_of") || it.key() == QLatin1String("charts"))
            continue;
        if (it.value().isObject()) {
            const QJsonObject group = it.value().toObject();
            for (auto g = group.begin(); g != group.end(); ++g)
                leaves << it.key() + QLatin1Char('/') + g.key();
        } else {
            leaves << it.key();
        }
    }
    QStringList defined;
    for (const Figures::Definition &d : Figures::definitions()) {
        QVERIFY2(!d.meaning.trimmed().isEmpty(), qPrintable(d.key));
        QVERIFY2(!d.unit.isEmpty(), qPrintable(d.key));
        QVERIFY2(!defined.contains(d.key), qPrintable(d.key + QStringLiteral(" twice")));
        defined << d.key;
        QCOMPARE(Figures::definition(d.key), &d);
        QCOMPARE(Figures::definition(d.id, d.part), &d);
        // A figure of people has a condition; any other has none.
        QCOMPARE(Figures::condition(d.key, AsOf).sql.isEmpty(), !d.people);
    }
    leaves.sort();
    defined.sort();
    QCOMPARE(defined, leaves);
    QCOMPARE(Figures::definition(QStringLiteral("no_such_figure")), nullptr);
    QVERIFY(Figures::condition(QStringLiteral("by_band/7"), AsOf).sql.isEmpty());
}

// The inspection's complaint (3.6-3.10): figures that do not add up. On a demo caseload, at
// several as-of dates: the stock is the sum of its bands and of its three reporting groups,
// every figure of people lists exactly its number of people, every chart cell drills to its
// number, and each month of the reporting chart adds up to the stock on that month's last day
// (the last month to the figures at the series' end).
void TestFigures::stockAddsUpAndEveryFigureDrillsToItsNumber()
{
    TestDatabase t;
    QSqlDatabase db = t.db->sql();
    DemoGenerator::Options options;
    options.persons = 1200;
    options.seed = 7;
    const Status generated = DemoGenerator::generate(db, options);
    QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().toString()));
    // The demo's removals: some people must have left the stock for the test to mean anything.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT person_id) FROM removal_directions "
                                  "WHERE outcome = 'removed'")) &&
            q.next());
    QVERIFY(q.value(0).toLongLong() > 0);
    for (const QDate &asOf : {AsOf, AsOf.addDays(-45), QDate(2026, 3, 31), QDate(2026, 4, 1)}) {
        // As on that day, so that the figures of the present are answered too (a past day
        // refuses them: presentFiguresRefusedForAPastDay).
        const Clock::Fixed onThatDay(QDateTime(asOf, QTime(12, 0)));
        const auto computed = Figures::compute(db, asOf);
        QVERIFY2(computed, qPrintable(computed ? QString() : computed.error().toString()));
        const Figures &f = computed.value();
        const QString at = asOf.toString(Qt::ISODate);
        QVERIFY2(f.nonDetained == f.reporting + f.absconders + f.notReporting, qPrintable(at));
        qint64 bands = 0;
        for (int band = 1; band <= 4; ++band)
            bands += f.byBand.value(band);
        QVERIFY2(bands == f.nonDetained, qPrintable(at));
        for (const Figures::Definition &d : Figures::definitions()) {
            if (!d.people)
                continue;
            const auto refs = Figures::personRefs(db, d.key, asOf);
            QVERIFY2(refs, qPrintable(d.key));
            QVERIFY2(refs.value().size() == f.value(d.key),
                     qPrintable(QStringLiteral("%1 at %2: %3 listed, figure %4")
                                    .arg(d.key, at)
                                    .arg(refs.value().size())
                                    .arg(f.value(d.key))));
        }
        // The charts the figures carry: every cell lists exactly its number of rows.
        const DashboardFilter period = DashboardFilter::lastTwelveMonths(asOf);
        for (const Chart &c : f.charts) {
            for (int si = 0; si < c.seriesKeys.size(); ++si) {
                for (int ci = 0; ci < c.categoryKeys.size(); ++ci) {
                    const auto n = Dashboard::drillCount(
                        db,
                        Dashboard::drill(c.id, period, c.seriesKeys.at(si), c.categoryKeys.at(ci)));
                    QVERIFY2(
                        n && n.value() == c.value(si, ci),
                        qPrintable(QStringLiteral("%1 %2/%3 at %4")
                                       .arg(c.id, c.seriesKeys.at(si), c.categoryKeys.at(ci), at)));
                }
            }
        }
        // The reporting chart: its last month is the figures at the series' end.
        const Chart *reporting = nullptr;
        for (const Chart &c : f.charts)
            if (c.id == QLatin1String("reporting_by_month"))
                reporting = &c;
        QVERIFY(reporting);
        const int last = int(reporting->categoryKeys.size()) - 1;
        QCOMPARE(
            reporting->value(int(reporting->seriesKeys.indexOf(QStringLiteral("reporting"))), last),
            f.reporting);
        QCOMPARE(reporting->value(int(reporting->seriesKeys.indexOf(QStringLiteral("absconders"))),
                                  last),
                 f.absconders);
        QCOMPARE(reporting->value(
                     int(reporting->seriesKeys.indexOf(QStringLiteral("not_reporting"))), last),
                 f.notReporting);
    }
    // An earlier month of the series adds up to the stock on its last day.
    const auto f = Figures::compute(db, AsOf).value();
    for (const Chart &c : f.charts) {
        if (c.id != QLatin1String("reporting_by_month"))
            continue;
        for (int m : {0, 5}) {
            const QDate monthEnd =
                QDate::fromString(c.categoryKeys.at(m) + QStringLiteral("-01"), Qt::ISODate)
                    .addMonths(1)
                    .addDays(-1);
            const auto then = Figures::compute(db, monthEnd);
            QVERIFY(then);
            QCOMPARE(c.value(0, m) + c.value(1, m) + c.value(2, m), then.value().nonDetained);
        }
    }
}

// A removal recorded as carried out takes the person out of the stock from its day, whatever
// CID's custody still says; CID not yet updated is a data-quality item of its own.
void TestFigures::removedPeopleLeaveTheStockFromTheirRemovalDate()
{
    TestDatabase t;
    QSqlDatabase db = t.db->sql();
    addHandBuilt(db);
    RemovalDirections r;
    r.personId = idOf(db, QStringLiteral("PC")); // band 3, non-detained, an open criminal case
    r.setOn = QDate(2026, 10, 1);
    r.plannedOn = QDate(2026, 11, 10);
    r.outcome = QStringLiteral("removed");
    r.outcomeOn = QDate(2026, 11, 10);
    QVERIFY(RemovalStore(db).save(r, QStringLiteral("tester")).ok());
    const Figures before = Figures::compute(db, QDate(2026, 11, 9)).value();
    const Figures on = Figures::compute(db, QDate(2026, 11, 10)).value();
    const Figures after = Figures::compute(db, QDate(2026, 11, 11)).value();
    QCOMPARE(before.nonDetained, on.nonDetained + 1);
    QCOMPARE(on.nonDetained, after.nonDetained);
    QCOMPARE(before.byBand.value(3), on.byBand.value(3) + 1);
    QCOMPARE(before.notReporting, on.notReporting + 1);
    QCOMPARE(before.removedAwaitingCid, qint64(0));
    QCOMPARE(on.removedAwaitingCid, qint64(1));
    QCOMPARE(Figures::personRefs(db, QStringLiteral("removed_awaiting_cid"), QDate(2026, 11, 10))
                 .value(),
             QStringList{QStringLiteral("PC")});
    QVERIFY(!Figures::personRefs(db, QStringLiteral("non_detained"), QDate(2026, 11, 10))
                 .value()
                 .contains(QStringLiteral("PC")));
    QVERIFY(Figures::personRefs(db, QStringLiteral("non_detained"), QDate(2026, 11, 9))
                .value()
                .contains(QStringLiteral("PC")));
    // Out of every list of work too: no unallocated, ripe or data-quality entry for them.
    for (const char *figure :
         {"unallocated", "ripe_for_progression", "data_quality_by_issue/no_case_owner",
          "data_quality_by_issue/unclear_ownership"})
        QVERIFY2(!Figures::personRefs(db, QLatin1String(figure), QDate(2026, 11, 10))
                      .value()
                      .contains(QStringLiteral("PC")),
                 figure);
    // Once CID closes the case, the item goes.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("UPDATE cid_case SET case_status = 'CLOSED' WHERE case_ref = "
                                  "'CC/3'")));
    QCOMPARE(Figures::compute(db, QDate(2026, 11, 10)).value().removedAwaitingCid, qint64(0));
}

// A case owner that is missing, empty or only spaces is no owner: all of them unallocated and
// on the clean-up list, beside people with real owners (a padded one included).
void TestFigures::unallocatedMeansNoOwnerHoweverBlank()
{
    TestDatabase t;
    QSqlDatabase db = t.db->sql();
    const auto p = [](const char *ref, const QString &owner,
                      const QString &custody = QStringLiteral("NON_DETAINED")) {
        return TestData::person(QLatin1String(ref), QStringLiteral("F"), QStringLiteral("G"),
                                QStringLiteral("0"), 24, {}, QStringLiteral("CC Leeds"), owner,
                                custody);
    };
    QVERIFY(TestData::add(*t.db, {p("U1", QString()),                    // NULL
                                  p("U2", QStringLiteral("")),           // empty
                                  p("U3", QStringLiteral(" ")),          // one space
                                  p("U4", QStringLiteral("     ")),      // spaces
                                  p("U5", QStringLiteral("sokafor")),    // an owner
                                  p("U6", QStringLiteral(" rfarrell ")), // an owner, padded
                                  p("U7", QStringLiteral("x")),          // an owner, however short
                                  p("U8", QStringLiteral(" "), QStringLiteral("DETAINED"))}));
    // By hand: U1-U4 have no owner and are in the stock; U5-U7 have one; U8 has none but is
    // detained, so out of the stock (unallocated) but still on the clean-up list.
    const QStringList none{QStringLiteral("U1"), QStringLiteral("U2"), QStringLiteral("U3"),
                           QStringLiteral("U4")};
    const Figures f = computeOrFail(db);
    QCOMPARE(f.nonDetained, qint64(7));
    QCOMPARE(f.unallocated, qint64(4));
    QCOMPARE(Figures::personRefs(db, QStringLiteral("unallocated"), AsOf).value(), none);
    QCOMPARE(f.dataQualityByIssue.value(QStringLiteral("no_case_owner")), qint64(5));
    QCOMPARE(Figures::personRefs(db, QStringLiteral("data_quality_by_issue/no_case_owner"), AsOf)
                 .value(),
             none + QStringList{QStringLiteral("U8")});
}

// An obsolete Local Immigration Team is the word LIT at the start of the owning unit
// (CID-EXTRACT.md); a unit that merely begins with the letters (Littlehampton) says who owns
// the case. Imported, so the stored flag the figure counts is the one under test.
void TestFigures::unclearOwnershipIsTheWordLit()
{
    TestDatabase t;
    QTemporaryDir dir;
    const QString cases = dir.filePath(QStringLiteral("cases.csv"));
    QFile file(cases);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("case_ref,person_ref,case_type,family_name,owning_unit,mappa_level,custody\n"
               "CC/1,L1,CRIMINAL,A,LIT North West,0,NON_DETAINED\n"
               "CC/2,L2,CRIMINAL,B,lit Midlands,0,NON_DETAINED\n"
               "CC/3,L3,CRIMINAL,C,LIT,0,NON_DETAINED\n"
               "CC/4,L4,CRIMINAL,D,LIT-London,0,NON_DETAINED\n"
               "CC/5,L5,CRIMINAL,E,Littlehampton,0,NON_DETAINED\n"
               "CC/6,L6,CRIMINAL,F,LITTLEHAMPTON,0,NON_DETAINED\n"
               "CC/7,L7,CRIMINAL,G,Lithuania Desk,0,NON_DETAINED\n"
               "CC/8,L8,CRIMINAL,H,LIT2,0,NON_DETAINED\n"
               "CC/9,L9,CRIMINAL,I,CC Leeds,0,NON_DETAINED\n");
    file.close();
    const auto run = CidImporter::run(t.db->sql(), cases, QString(), QStringLiteral("test"));
    QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
    QCOMPARE(run.value().casesRejected, qint64(0));
    // By hand: L1-L4 are Local Immigration Teams (the word alone or before a space or a
    // hyphen); L5-L8 begin with the letters only; L9 is a unit of today.
    const Figures f = computeOrFail(t.db->sql());
    QCOMPARE(f.ownershipUnclear, qint64(4));
    QCOMPARE(Figures::personRefs(t.db->sql(), QStringLiteral("ownership_unclear"), AsOf).value(),
             (QStringList{QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3"),
                          QStringLiteral("L4")}));
    QCOMPARE(f.dataQualityByIssue.value(QStringLiteral("unclear_ownership")), qint64(4));
}

// The figures that describe the present (what the stored columns say now) are answered for
// today or later and refused for an earlier day: null in the JSON, named under "refused", -1
// from value(). The suite's clock stands at AsOf.
void TestFigures::presentFiguresRefusedForAPastDay_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("refused");
    QTest::newRow("today") << 0 << false;
    QTest::newRow("tomorrow") << 1 << false;
    QTest::newRow("yesterday") << -1 << true;
    QTest::newRow("last year") << -365 << true;
}

void TestFigures::presentFiguresRefusedForAPastDay()
{
    QFETCH(int, days);
    QFETCH(bool, refused);
    TestDatabase t;
    // Two people, one detained: persons 2, the stock 1.
    QVERIFY(TestData::add(
        *t.db, {TestData::person(QStringLiteral("R1"), QStringLiteral("Ahmed"), QString(),
                                 QStringLiteral("2"), 24),
                TestData::person(QStringLiteral("R2"), QStringLiteral("Baker"), QString(),
                                 QStringLiteral("0"), 24, {}, QStringLiteral("CC Leeds"), QString(),
                                 QStringLiteral("DETAINED"))}));
    const auto computed = Figures::compute(t.db->sql(), AsOf.addDays(days));
    QVERIFY(computed);
    const Figures &f = computed.value();
    QCOMPARE(f.presentRefused, refused);
    const QJsonObject json = f.toJson();
    const QStringList present = TestData::presentFigureKeys();
    QCOMPARE(json.contains(QStringLiteral("refused")), refused);
    if (refused)
        QCOMPARE(json.value(QStringLiteral("refused")).toObject().keys(), present);
    for (const QString &key : present)
        QVERIFY2(json.value(key).isNull() == refused, qPrintable(key));
    QCOMPARE(f.value(QStringLiteral("persons")), refused ? qint64(-1) : qint64(2));
    QCOMPARE(f.value(QStringLiteral("by_band/1")), refused ? qint64(-1) : qint64(1));
    // The figures taken on the day are answered either way.
    QCOMPARE(f.value(QStringLiteral("non_detained")), qint64(1));
    QCOMPARE(f.value(QStringLiteral("open_barriers_by_type/asylum")), qint64(0));
    int presentDefinitions = 0;
    for (const Figures::Definition &d : Figures::definitions()) {
        QCOMPARE(d.present, present.contains(d.key.section(QLatin1Char('/'), 0, 0)));
        presentDefinitions += d.present ? 1 : 0;
        if (d.present)
            QVERIFY2(d.meaning.contains(QLatin1String("the present")), qPrintable(d.key));
    }
    QVERIFY(presentDefinitions >= present.size());
}

QTEST_GUILESS_MAIN(TestFigures)
#include "tst_figures.moc"

// Eight people with known reporting histories, as of 2026-11-23 (the week: 17-23 November).
void TestFigures::reportingFiguresOnAHandMadeDataset()
{
    TestDatabase t;
    QSqlDatabase db = t.db->sql();
    const auto p = [](const char *ref, const QString &custody = QStringLiteral("NON_DETAINED")) {
        return TestData::person(QLatin1String(ref), QStringLiteral("F"), QStringLiteral("G"),
                                QString(), 24, {}, QStringLiteral("CC Leeds"),
                                QStringLiteral("sokafor"), custody);
    };
    PersonStore::NewPerson none = p("R5");
    none.cases[0].reportingFrequency = QStringLiteral("NONE");
    QVERIFY(TestData::add(*t.db, {p("R1"), p("R2"), p("R3"), p("R4"), none,
                                  p("R6", QStringLiteral("DETAINED")), p("R7"), p("R8")}));
    const auto id = [&](const char *ref) {
        return PersonStore(db).findByRef(QLatin1String(ref)).value()->id;
    };
    int n = 0;
    const auto event = [&](const char *ref, const char *when, const char *outcome) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO reporting_event (event_ref, person_id, scheduled, "
                                 "outcome, source) VALUES (?, ?, ?, ?, 'CID')"));
        q.addBindValue(QStringLiteral("E%1").arg(++n));
        q.addBindValue(id(ref));
        q.addBindValue(QLatin1String(when));
        q.addBindValue(QLatin1String(outcome));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(TestData::refreshReportingRuns(db, {id(ref)}));
    };
    const auto step = [&](const char *ref, const char *code, const char *on,
                          const char *countersigned = nullptr) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO followup_step (person_id, step, taken_on, "
                                 "recorded_by, recorded_at, countersigned_by, countersigned_at) "
                                 "VALUES (?, ?, ?, 'cw', ?, ?, ?)"));
        q.addBindValue(id(ref));
        q.addBindValue(QLatin1String(code));
        q.addBindValue(QLatin1String(on));
        q.addBindValue(QLatin1String(on) + QStringLiteral("T12:00:00Z"));
        q.addBindValue(countersigned ? QVariant(QStringLiteral("tl"))
                                     : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(countersigned ? QVariant(QLatin1String(countersigned))
                                     : QVariant(QMetaType(QMetaType::QString)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    };
    const auto diary = [&](const char *ref, const char *due, const char *doneAt) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO diary_entry (person_id, due_date, title, kind, "
                                 "created_by, created_at, done_by, done_at) VALUES (?, ?, 'x', "
                                 "'action', 'cw', '2026-01-01T00:00:00Z', ?, ?)"));
        q.addBindValue(id(ref));
        q.addBindValue(QLatin1String(due));
        q.addBindValue(doneAt ? QVariant(QStringLiteral("cw"))
                              : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(doneAt ? QVariant(QLatin1String(doneAt))
                              : QVariant(QMetaType(QMetaType::QString)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    };
    // R1: run of 2 (both in the week); warned before the latest breach: unactioned.
    event("R1", "2026-11-10T10:00", "COMPLETED");
    event("R1", "2026-11-17T10:00", "NO_SHOW");
    event("R1", "2026-11-20T10:00", "");
    step("R1", "verbal_warning", "2026-11-18");
    // R2: run of 3, the last on the 16th (outside the week); referred on the day: actioned.
    event("R2", "2026-11-02T10:00", "NO_SHOW");
    event("R2", "2026-11-09T10:00", "NO_SHOW");
    event("R2", "2026-11-16T10:00", "NO_SHOW");
    event("R2", "2026-11-23T10:00", "EXCUSED");
    step("R2", "arrest_referral", "2026-11-16");
    // R3: a countersigned absconder, breaching in the week.
    step("R3", "absconder_declaration", "2026-10-01", "2026-10-02T09:00:00Z");
    event("R3", "2026-11-18T10:00", "NO_SHOW");
    // R4: complied; a no-show after the as-of date does not count.
    event("R4", "2026-11-21T10:00", "COMPLETED");
    event("R4", "2026-11-30T10:00", "NO_SHOW");
    // R6: detained, but a breach event of the week all the same.
    event("R6", "2026-11-19T10:00", "NO_SHOW");
    // R7: a declaration nobody countersigned is no absconder; breached since: unactioned.
    step("R7", "absconder_declaration", "2026-11-01");
    event("R7", "2026-11-22T10:00", "");
    // R8: declared and located since: reporting again.
    step("R8", "absconder_declaration", "2026-09-01", "2026-09-01T10:00:00Z");
    step("R8", "located", "2026-10-15");
    event("R8", "2026-11-19T10:00", "COMPLETED");
    // Diary: overdue if due before the 23rd and not done by then.
    diary("R1", "2026-11-20", nullptr);                // overdue
    diary("R2", "2026-11-23", nullptr);                // due today: not overdue
    diary("R4", "2026-11-01", "2026-11-05T10:00:00Z"); // done in time
    diary("R5", "2026-11-01", "2026-11-25T10:00:00Z"); // done after the as-of date: overdue then

    const Figures f = computeOrFail(db);
    QCOMPARE(f.reporting, 5);
    QCOMPARE(f.absconders, 1);
    QCOMPARE(f.breachesLast7Days, 5);
    QCOMPARE(f.personsBreachedLast7Days, 4);
    QCOMPARE(f.consecutiveBreach3Plus, 1);
    QCOMPARE(f.unactionedBreaches, 2);
    QCOMPARE(f.diaryOverdue, 2);
    // The drill-down lists exactly the people counted.
    const auto refs = [&](const char *figure) {
        const auto r = Figures::personRefs(db, QLatin1String(figure), AsOf);
        return r ? r.value().join(QLatin1Char(',')) : QStringLiteral("<error>");
    };
    QCOMPARE(refs("reporting"), QStringLiteral("R1,R2,R4,R7,R8"));
    QCOMPARE(refs("absconders"), QStringLiteral("R3"));
    QCOMPARE(refs("persons_breached_last_7_days"), QStringLiteral("R1,R3,R6,R7"));
    QCOMPARE(refs("consecutive_breach_3plus"), QStringLiteral("R2"));
    QCOMPARE(refs("unactioned_breaches"), QStringLiteral("R1,R7"));
    // The queue: every non-detained run, R2's older than the week and R3 the absconder's too.
    QCOMPARE(refs("noncompliance_queue"), QStringLiteral("R1,R2,R3,R7"));
    QCOMPARE(refs("noncompliance_queue_last_7_days"), QStringLiteral("R1,R3,R7"));
    QCOMPARE(f.noncomplianceQueue, 4);
    QCOMPARE(f.noncomplianceQueueLast7Days, 3);
    // A week later the window has moved on.
    const auto later = Figures::compute(db, AsOf.addDays(7));
    QVERIFY(later);
    QCOMPARE(later.value().breachesLast7Days, 1); // R4's no-show on the 30th

    // At a minute within the as-of date: R9 (just reported) has a blank appointment at 14:00.
    // At 13:59 it is pending (not a breach, no run, not unactioned, not a blank outcome to
    // clean up); at 14:00 it is due: all of those.
    QVERIFY(TestData::add(*t.db, {p("R9")}));
    event("R9", "2026-11-16T14:00", "COMPLETED");
    event("R9", "2026-11-23T14:00", "");
    const auto atMinute = [&](const char *moment) {
        const auto r = Figures::compute(db, Moment::fromString(QLatin1String(moment)));
        return r ? r.value() : Figures();
    };
    const Figures before = atMinute("2026-11-23T13:59");
    const Figures atTwo = atMinute("2026-11-23T14:00");
    const Figures after = atMinute("2026-11-23T14:01");
    QCOMPARE(before.toJson().value(QStringLiteral("as_of")).toString(),
             QStringLiteral("2026-11-23T13:59"));
    const Figures endOfDay = computeOrFail(db);
    for (const Figures *g : {&atTwo, &after, &endOfDay}) {
        QCOMPARE(g->breachesLast7Days, before.breachesLast7Days + 1);
        QCOMPARE(g->personsBreachedLast7Days, before.personsBreachedLast7Days + 1);
        QCOMPARE(g->noncomplianceQueue, before.noncomplianceQueue + 1);
        QCOMPARE(g->noncomplianceQueueLast7Days, before.noncomplianceQueueLast7Days + 1);
        QCOMPARE(g->unactionedBreaches, before.unactionedBreaches + 1);
        QCOMPARE(g->dataQualityByIssue.value(QStringLiteral("blank_outcomes")),
                 before.dataQualityByIssue.value(QStringLiteral("blank_outcomes")) + 1);
    }
    QCOMPARE(before.unactionedBreaches, 2); // R1 and R7, as at the end of the day before R9
    const auto refsAt = [&](const char *figure, const char *moment) {
        const auto r = Figures::personRefs(db, QLatin1String(figure),
                                           Moment::fromString(QLatin1String(moment)));
        return r ? r.value().join(QLatin1Char(',')) : QStringLiteral("<error>");
    };
    QCOMPARE(refsAt("unactioned_breaches", "2026-11-23T13:59"), QStringLiteral("R1,R7"));
    QCOMPARE(refsAt("unactioned_breaches", "2026-11-23T14:00"), QStringLiteral("R1,R7,R9"));
    QCOMPARE(refsAt("noncompliance_queue", "2026-11-23T14:01"), QStringLiteral("R1,R2,R3,R7,R9"));
}
