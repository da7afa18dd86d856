// The dashboard's figures (Dashboard): the time buckets, each chart on a hand-made dataset
// with known answers, every drill-down against its cell, the filters, and the reconciliation of
// the charts with `figures --json` and the headline figures on a generated database.
#include "demo/demogenerator.h"
#include "domain/periods.h"
#include "figures/dashboard.h"
#include "figures/figures.h"
#include "store/personstore.h"
#include "store/reoffencestore.h"
#include "store/reportingstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace {

const QDate AsOf(2026, 11, 30);

DashboardFilter period()
{
    return DashboardFilter::lastTwelveMonths(AsOf);
}

void exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
}

qint64 idOf(QSqlDatabase db, const QString &ref)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM person WHERE person_ref = ?"));
    q.addBindValue(ref);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

// The value of one cell by keys; -1 when the chart has no such series or category.
qint64 cell(const Chart &c, const QString &series, const QString &category)
{
    const int s = int(c.seriesKeys.indexOf(series));
    const int k = int(c.categoryKeys.indexOf(category));
    return s < 0 || k < 0 ? -1 : c.value(s, k);
}

Chart chart(QSqlDatabase db, const QString &id, const DashboardFilter &f = period())
{
    auto c = Dashboard::compute(db, id, f);
    if (!c)
        qWarning("%s", qPrintable(c.error().toString()));
    return c ? c.value() : Chart();
}

// Every cell of every chart: its drill-down counts, and lists, exactly the rows it counts.
void verifyDrillDowns(QSqlDatabase db, const DashboardFilter &f)
{
    auto charts = Dashboard::compute(db, f);
    QVERIFY2(charts, qPrintable(charts ? QString() : charts.error().toString()));
    QCOMPARE(charts.value().size(), Dashboard::chartIds().size());
    for (const Chart &c : charts.value()) {
        QCOMPARE(c.values.size(), c.seriesKeys.size());
        for (int s = 0; s < c.seriesKeys.size(); ++s) {
            QCOMPARE(c.values.at(s).size(), c.categoryKeys.size());
            for (int k = 0; k < c.categoryKeys.size(); ++k) {
                const Dashboard::Drill d =
                    Dashboard::drill(c.id, f, c.seriesKeys.at(s), c.categoryKeys.at(k));
                QVERIFY2(!d.sql.isEmpty(), qPrintable(c.id));
                auto n = Dashboard::drillCount(db, d);
                QVERIFY2(n, qPrintable(n ? QString() : n.error().toString()));
                QSqlQuery q(db);
                QVERIFY2(q.prepare(d.sql), qPrintable(q.lastError().text()));
                for (const QVariant &v : d.values)
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                qint64 rows = 0;
                while (q.next())
                    ++rows;
                const QString where =
                    QStringLiteral("%1 %2/%3").arg(c.id, c.seriesKeys.at(s), c.categoryKeys.at(k));
                QVERIFY2(n.value() == c.value(s, k), qPrintable(where));
                QVERIFY2(rows == c.value(s, k), qPrintable(where));
            }
        }
    }
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    TestDatabase t;

    QSqlDatabase db() const { return t.db->sql(); }

private slots:
    void initTestCase();
    void defaultPeriod();
    void stock();
    void reportingByMonth();
    void breachesByWeek();
    void barriers();
    void removals();
    void traceAndLocate();
    void reviews();
    void reoffending();
    void filters();
    void drillDowns();
    void unknownParts();
    void reportingSpansFollowTheEvents();
    void migrationFillsTheReportingSpans();
    void reconcilesOnGeneratedDatabase();
};

// Five people: P1, P2 in CC Leeds (owners sokafor of team Leeds A, ajones of Leeds B), P3 in
// CC Croydon (sokafor), P4 detained in CC Leeds, P5 in CC Croydon with no owner and no fixed
// abode. Every figure below is worked out by hand from these rows.
void TestDashboard::initTestCase()
{
    using TestData::person;
    auto p5 = person(QStringLiteral("P5"), QStringLiteral("Eze"), QStringLiteral("Ada"), QString(),
                     6, {}, QStringLiteral("CC Croydon"), QString());
    p5.details.addressStatus = QStringLiteral("NFA");
    auto p3 = person(QStringLiteral("P3"), QStringLiteral("Chen"), QStringLiteral("Li"), QString(),
                     24, {}, QStringLiteral("CC Croydon"));
    p3.details.nationality = QStringLiteral("NGA");
    QVERIFY(TestData::add(
        *t.db, {person(QStringLiteral("P1"), QStringLiteral("Abara"), QStringLiteral("Tom"),
                       QStringLiteral("2"), 72),
                person(QStringLiteral("P2"), QStringLiteral("Bell"), QStringLiteral("Ann"),
                       QString(), 12, {}, QStringLiteral("CC Leeds"), QStringLiteral("ajones")),
                p3,
                person(QStringLiteral("P4"), QStringLiteral("Diaz"), QStringLiteral("Luis"),
                       QString(), 12, {}, QStringLiteral("CC Leeds"), QStringLiteral("sokafor"),
                       QStringLiteral("DETAINED")),
                p5}));
    const QSqlDatabase d = db();
    const qint64 p1 = idOf(d, QStringLiteral("P1")), p2 = idOf(d, QStringLiteral("P2")),
                 p3id = idOf(d, QStringLiteral("P3")), p5id = idOf(d, QStringLiteral("P5"));
    const QString now = QStringLiteral("2026-11-30T12:00:00Z");
    for (const auto &[user, team] : {std::pair{"sokafor", "Leeds A"}, {"ajones", "Leeds B"}})
        exec(
            d,
            QStringLiteral("INSERT INTO app_user (user_name, display_name, team, role, "
                           "capacity, updated_by, updated_at) VALUES (?, ?, ?, 'caseworker', "
                           "100, 'test', ?)"),
            {QString::fromLatin1(user), QString::fromLatin1(user), QString::fromLatin1(team), now});
    // Reporting events: P1 from before the period to after it, with breaches in the last week
    // (one on the as-of day itself) and one after the as-of date; P2 from March to September
    // with a breach just before the 26 weeks and one inside; P3 one blank outcome in May.
    int ref = 0;
    const auto event = [&](qint64 person, const char *scheduled, const QVariant &outcome) {
        exec(d,
             QStringLiteral("INSERT INTO reporting_event (event_ref, person_id, scheduled, "
                            "outcome, source) VALUES (?, ?, ?, ?, 'CID')"),
             {QStringLiteral("E%1").arg(++ref), person, QString::fromLatin1(scheduled), outcome});
    };
    const QString completed = QStringLiteral("COMPLETED"), noShow = QStringLiteral("NO_SHOW");
    event(p1, "2025-10-06T10:00", completed);
    event(p1, "2026-11-24T10:00", noShow);
    event(p1, "2026-11-30T10:00", QVariant(QMetaType(QMetaType::QString)));
    event(p1, "2026-12-01T10:00", noShow);
    event(p2, "2026-03-15T10:00", completed);
    event(p2, "2026-06-01T09:00", noShow);
    event(p2, "2026-06-20T10:00", completed);
    event(p2, "2026-09-15T10:00", noShow);
    event(p3id, "2026-05-31T23:59", QString());
    QVERIFY(PersonStore(d).refreshAllReportingSpansInTransaction().ok());

    const auto step = [&](qint64 person, const char *stepName, const char *on,
                          const QVariant &countersigned) {
        exec(d,
             QStringLiteral("INSERT INTO followup_step (person_id, step, taken_on, recorded_by, "
                            "recorded_at, countersigned_by, countersigned_at) VALUES (?, ?, ?, "
                            "'test', ?, ?, ?)"),
             {person, QString::fromLatin1(stepName), QString::fromLatin1(on), now,
              countersigned.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                     : QVariant(QStringLiteral("tl")),
              countersigned});
    };
    const QVariant none = QVariant(QMetaType(QMetaType::QString));
    step(p2, "absconder_declaration", "2026-07-10", QStringLiteral("2026-07-12T10:00:00Z"));
    step(p2, "trace_locate_referral", "2026-07-20", none);
    step(p2, "located", "2026-10-05", none);
    step(p3id, "trace_locate_referral", "2025-12-10", none);
    step(p3id, "trace_locate_referral", "2026-01-05", none);
    step(p1, "trace_locate_referral", "2025-11-15", none);
    // Either side of the business year's end: referred in 2025/26, located in 2026/27.
    step(p5id, "trace_locate_referral", "2026-03-31", none);
    step(p5id, "located", "2026-04-01", none);

    const auto barrier = [&](qint64 person, const char *type, const char *raised,
                             const QVariant &cleared) {
        exec(d,
             QStringLiteral("INSERT INTO barrier (person_id, barrier_type, source, raised_on, "
                            "standing_since, cleared_on, recorded_by, recorded_at, updated_at) "
                            "VALUES (?, ?, 'lodestar', ?, ?, ?, 'test', ?, ?)"),
             {person, QString::fromLatin1(type), QString::fromLatin1(raised),
              QString::fromLatin1(raised), cleared, now, now});
    };
    barrier(p1, "travel_document", "2026-01-10", none);
    barrier(p3id, "travel_document", "2026-02-01", QStringLiteral("2026-12-15"));
    barrier(p2, "embassy", "2026-03-01", QStringLiteral("2026-06-01"));
    barrier(p2, "medical", "2026-12-01", none);

    const auto removal = [&](qint64 person, const char *set, const char *planned,
                             const QVariant &outcome, const QVariant &outcomeOn,
                             const QVariant &reason) {
        exec(d,
             QStringLiteral("INSERT INTO removal_directions (person_id, set_on, planned_on, "
                            "route, outcome, outcome_on, failure_reason, updated_by, updated_at) "
                            "VALUES (?, ?, ?, 'scheduled', ?, ?, ?, 'test', ?)"),
             {person, QString::fromLatin1(set), QString::fromLatin1(planned), outcome, outcomeOn,
              reason, now});
    };
    removal(p1, "2026-01-15", "2026-02-20", QStringLiteral("removed"), QStringLiteral("2026-02-20"),
            none);
    removal(p2, "2026-04-02", "2026-05-01", QStringLiteral("failed"), QStringLiteral("2026-05-01"),
            QStringLiteral("medical"));
    removal(p3id, "2025-11-20", "2025-12-05", QStringLiteral("failed"),
            QStringLiteral("2025-12-05"), QStringLiteral("judicial_review"));
    removal(p3id, "2026-11-01", "2026-12-10", none, none, none);

    const auto review = [&](qint64 person, const char *on) {
        exec(d,
             QStringLiteral("INSERT INTO review (person_id, reviewed_on, reviewer, "
                            "barriers_checked, compliance_checked, document_progressed, "
                            "band_confirmed, next_action_set, outcome, next_review_on, "
                            "recorded_at) VALUES (?, ?, 'sokafor', 1, 1, 1, 1, 1, 'continue', "
                            "?, ?)"),
             {person, QString::fromLatin1(on),
              QDate::fromString(QString::fromLatin1(on), Qt::ISODate)
                  .addMonths(3)
                  .toString(Qt::ISODate),
              now});
    };
    review(p1, "2026-05-01");
    review(p3id, "2026-10-01");

    ReoffenceStore reoffences(d);
    const auto reoffence = [&](qint64 person, const QDate &on) {
        Reoffence r;
        r.personId = person;
        r.offenceOn = on;
        r.offence = QStringLiteral("shoplifting");
        r.source = QStringLiteral("police");
        auto id = reoffences.record(r, QStringLiteral("test"));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    };
    reoffence(p1, QDate(2026, 2, 10));
    reoffence(p1, QDate(2026, 2, 20));
    reoffence(p5id, QDate(2026, 8, 1));
    reoffence(p5id, QDate(2026, 3, 31)); // the last day of Q4 2025/26
    reoffence(p2, QDate(2025, 11, 1));
}

void TestDashboard::defaultPeriod()
{
    // The 12 calendar months ending on the as-of date (tst_periods has the buckets).
    QCOMPARE(period().from, QDate(2025, 12, 1));
    QCOMPARE(Periods::months(period().from, period().to).size(), 12);
}

void TestDashboard::stock()
{
    const Chart bands = chart(db(), QStringLiteral("stock_by_band"));
    QCOMPARE(bands.total(), 3); // P2, P3, P5: P4 is detained; P1 was removed on 20 February
    QVERIFY(bands.categoriesAddUp);
    const auto f = Figures::compute(db(), AsOf);
    QVERIFY(f);
    for (int band = 1; band <= 4; ++band)
        QCOMPARE(cell(bands, QStringLiteral("people"), QString::number(band)),
                 f.value().byBand.value(band));
    const Chart units = chart(db(), QStringLiteral("stock_by_unit"));
    QCOMPARE(units.categoryKeys.size(), 2);
    QCOMPARE(units.total(), 3);
    qint64 leeds = 0, croydon = 0;
    for (int s = 0; s < units.seriesKeys.size(); ++s) {
        leeds += cell(units, units.seriesKeys.at(s), QStringLiteral("CC Leeds"));
        croydon += cell(units, units.seriesKeys.at(s), QStringLiteral("CC Croydon"));
    }
    QCOMPARE(leeds, 1);   // P2 (P1 removed, P4 detained)
    QCOMPARE(croydon, 2); // P3, P5
}

void TestDashboard::reportingByMonth()
{
    const Chart c = chart(db(), QStringLiteral("reporting_by_month"));
    QCOMPARE(c.categoryKeys.size(), 12);
    QVERIFY(!c.categoriesAddUp); // P3 is in every month
    QCOMPARE(c.categoryKeys.first(), QStringLiteral("2025-12"));
    QCOMPARE(c.categoryKeys.last(), QStringLiteral("2026-11"));
    QCOMPARE(c.seriesKeys, (QStringList{QStringLiteral("reporting"), QStringLiteral("absconders"),
                                        QStringLiteral("not_reporting")}));
    const QString r = QStringLiteral("reporting"), a = QStringLiteral("absconders");
    // The stock at each month's end, everyone required to report weekly: P1, P2, P3 and P5
    // until P1's removal on 20 February, then P2, P3 and P5; P2 an absconder at the ends of
    // July, August and September.
    const QList<qint64> reporting{4, 4, 3, 3, 3, 3, 3, 2, 2, 2, 3, 3};
    const QList<qint64> stock{4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
    for (int m = 0; m < 12; ++m) {
        QCOMPARE(c.value(0, m), reporting.at(m));
        QCOMPARE(c.value(2, m), 0); // nobody without a restriction
        QCOMPARE(c.value(0, m) + c.value(1, m) + c.value(2, m), stock.at(m));
    }
    // P2 declared 10 July (countersigned the 12th), located 5 October.
    for (int m = 0; m < 12; ++m) {
        const QString key = c.categoryKeys.at(m);
        const bool absconded = key == QLatin1String("2026-07") || key == QLatin1String("2026-08") ||
                               key == QLatin1String("2026-09");
        QCOMPARE(cell(c, a, key), absconded ? 1 : 0);
    }
    QCOMPARE(cell(c, r, QStringLiteral("2026-05")), 3);
}

void TestDashboard::breachesByWeek()
{
    const Chart c = chart(db(), QStringLiteral("breaches_by_week"));
    QCOMPARE(c.categoryKeys.size(), Dashboard::BreachWeeks);
    QCOMPARE(c.categoryKeys.last(), QStringLiteral("2026-11-30"));
    // The week ending on the as-of date holds P1's breaches of the 24th and the 30th; the one
    // of 1 December is after it; P2's of 15 September falls in the week 15-21 September; P2's
    // of 1 June and P3's of 31 May are before the 26 weeks (which start on 2 June).
    QCOMPARE(cell(c, QStringLiteral("breaches"), QStringLiteral("2026-11-30")), 2);
    QCOMPARE(cell(c, QStringLiteral("breaches"), QStringLiteral("2026-09-21")), 1);
    QCOMPARE(c.total(), 3);
    const auto f = Figures::compute(db(), AsOf);
    QVERIFY(f);
    QCOMPARE(c.value(0, Dashboard::BreachWeeks - 1), f.value().breachesLast7Days);
}

void TestDashboard::barriers()
{
    const Chart c = chart(db(), QStringLiteral("open_barriers_by_type"));
    // P1's and P3's travel documents (P3's cleared only after the as-of date); the embassy
    // barrier was cleared in June, the medical one raised after the as-of date.
    QCOMPARE(cell(c, QStringLiteral("barriers"), QStringLiteral("travel_document")), 2);
    QCOMPARE(cell(c, QStringLiteral("barriers"), QStringLiteral("embassy")), 0);
    QCOMPARE(cell(c, QStringLiteral("barriers"), QStringLiteral("medical")), 0);
    QCOMPARE(c.total(), 2);
    const Chart n = chart(db(), QStringLiteral("travel_document_nationalities"));
    QCOMPARE(n.categoryKeys.size(), 2);
    QCOMPARE(cell(n, QStringLiteral("barriers"), QStringLiteral("JAM")), 1);
    QCOMPARE(cell(n, QStringLiteral("barriers"), QStringLiteral("NGA")), 1);
}

void TestDashboard::removals()
{
    const Chart c = chart(db(), QStringLiteral("removals_by_quarter"));
    // Quarters of the business year: December is the end of Q3 2025/26, January-March Q4.
    QCOMPARE(c.categoryKeys,
             QStringList({QStringLiteral("2025/26-Q3"), QStringLiteral("2025/26-Q4"),
                          QStringLiteral("2026/27-Q1"), QStringLiteral("2026/27-Q2"),
                          QStringLiteral("2026/27-Q3")}));
    QCOMPARE(c.categories.at(1), QStringLiteral("Q4 2025/26"));
    const auto row = [&](const char *series) {
        QList<qint64> out;
        for (const QString &k : c.categoryKeys)
            out << cell(c, QString::fromLatin1(series), k);
        return out;
    };
    // Set 20 November 2025 is before the period; its failure on 5 December is inside it.
    QCOMPARE(row("planned"), QList<qint64>({0, 1, 1, 0, 1}));
    QCOMPARE(row("succeeded"), QList<qint64>({0, 1, 0, 0, 0}));
    QCOMPARE(row("failed"), QList<qint64>({1, 0, 1, 0, 0}));
    const Chart reasons = chart(db(), QStringLiteral("removal_failures_by_reason"));
    QCOMPARE(reasons.kind, Chart::Kind::Pie);
    QCOMPARE(cell(reasons, QStringLiteral("failed"), QStringLiteral("medical")), 1);
    QCOMPARE(cell(reasons, QStringLiteral("failed"), QStringLiteral("judicial_review")), 1);
    QCOMPARE(reasons.total(), 2);
}

void TestDashboard::traceAndLocate()
{
    const Chart c = chart(db(), QStringLiteral("trace_and_locate_by_year"));
    // Business years: December to March is 2025/26 (cut to the period), April on 2026/27.
    QCOMPARE(c.categoryKeys, QStringList({QStringLiteral("2025/26"), QStringLiteral("2026/27")}));
    QCOMPARE(c.categories, QStringList({QStringLiteral("2025/26"), QStringLiteral("2026/27")}));
    // P1's referral of 15 November 2025 is before the period; P3's of December and January
    // are one business year, counted once; P5 referred on 31 March and located on 1 April.
    const QString y1 = QStringLiteral("2025/26"), y2 = QStringLiteral("2026/27");
    QCOMPARE(cell(c, QStringLiteral("referred"), y1), 2); // P3, P5
    QCOMPARE(cell(c, QStringLiteral("referred"), y2), 1); // P2
    QCOMPARE(cell(c, QStringLiteral("located"), y1), 0);
    QCOMPARE(cell(c, QStringLiteral("located"), y2), 2); // P2, P5
    // The period from 1 April: P5's referral the day before is outside, the location inside.
    DashboardFilter f = period();
    f.from = QDate(2026, 4, 1);
    const Chart fromApril = chart(db(), QStringLiteral("trace_and_locate_by_year"), f);
    QCOMPARE(fromApril.categoryKeys, QStringList({y2}));
    QCOMPARE(cell(fromApril, QStringLiteral("referred"), y2), 1);
    QCOMPARE(cell(fromApril, QStringLiteral("located"), y2), 2);
}

void TestDashboard::reviews()
{
    const Chart c = chart(db(), QStringLiteral("review_compliance_by_team"));
    // P1 reviewed 1 May would be overdue, but was removed in February. P3 reviewed 1 October,
    // P2 and P5 new today: on time.
    QCOMPARE(cell(c, QStringLiteral("overdue"), QStringLiteral("Leeds A")), 0);
    QCOMPARE(cell(c, QStringLiteral("on_time"), QStringLiteral("Leeds A")), 1);
    QCOMPARE(cell(c, QStringLiteral("on_time"), QStringLiteral("Leeds B")), 1);
    QCOMPARE(cell(c, QStringLiteral("overdue"), QStringLiteral("Leeds B")), 0);
    QCOMPARE(cell(c, QStringLiteral("on_time"), QString()), 1);
    QCOMPARE(c.total(), 3);
    const auto f = Figures::compute(db(), AsOf);
    QVERIFY(f);
    qint64 overdue = 0;
    for (const QString &team : c.categoryKeys)
        overdue += cell(c, QStringLiteral("overdue"), team);
    QCOMPARE(overdue, f.value().reviewsOverdue);
}

void TestDashboard::reoffending()
{
    const Chart c = chart(db(), QStringLiteral("reoffending_by_quarter"));
    // P1's two February offences count P1 once; P2's of November 2025 is before the period;
    // P5's of 31 March is in Q4 2025/26, of 1 August in Q2 2026/27.
    QCOMPARE(cell(c, QStringLiteral("fixed_address"), QStringLiteral("2025/26-Q4")), 1);
    QCOMPARE(cell(c, QStringLiteral("nfa"), QStringLiteral("2025/26-Q4")), 1);
    QCOMPARE(cell(c, QStringLiteral("nfa"), QStringLiteral("2026/27-Q1")), 0);
    QCOMPARE(cell(c, QStringLiteral("nfa"), QStringLiteral("2026/27-Q2")), 1);
    QCOMPARE(c.total(), 3);
}

void TestDashboard::filters()
{
    DashboardFilter f = period();
    f.owningUnit = QStringLiteral("CC Leeds"); // P2 (P1 removed, P4 detained)
    QCOMPARE(chart(db(), QStringLiteral("stock_by_band"), f).total(), 1);
    // Breach events whoever's in the unit: P1's of 24 and 30 November, P2's of 15 September.
    QCOMPARE(chart(db(), QStringLiteral("breaches_by_week"), f).total(), 3);
    // P1's travel document (P2's embassy barrier cleared in June, medical raised later).
    QCOMPARE(chart(db(), QStringLiteral("open_barriers_by_type"), f).total(), 1);
    f.owningUnit.clear();
    f.team = QStringLiteral("Leeds A"); // sokafor: P3 (removed P1 and detained P4)
    QCOMPARE(chart(db(), QStringLiteral("stock_by_band"), f).total(), 1);
    // P1's directions planned and carried out (Q4 2025/26), P3's failure of 5 December and
    // P3's directions set 1 November 2026: 4 (P3's set 20 November 2025 is before the period).
    QCOMPARE(chart(db(), QStringLiteral("removals_by_quarter"), f).total(), 4);
    // P1, once for the two February offences.
    QCOMPARE(chart(db(), QStringLiteral("reoffending_by_quarter"), f).total(), 1);
    f.team = QStringLiteral("Leeds B"); // ajones: P2, referred 20 July and located 5 October
    QCOMPARE(chart(db(), QStringLiteral("trace_and_locate_by_year"), f).total(), 2);
    // The period: from June, the months start in June and the quarters in Q1 2026/27.
    f = period();
    f.from = QDate(2026, 6, 1);
    QCOMPARE(chart(db(), QStringLiteral("reporting_by_month"), f).categoryKeys.size(), 6);
    const Chart removals = chart(db(), QStringLiteral("removals_by_quarter"), f);
    QCOMPARE(removals.categoryKeys.first(), QStringLiteral("2026/27-Q1"));
    // 1 April - 30 June cut to June: the April directions and May failure are outside; P3's
    // directions set 1 November 2026 are the one left.
    QCOMPARE(removals.total(), 1);
    f.from = f.to.addDays(1);
    QVERIFY(!Dashboard::compute(db(), f));
}

void TestDashboard::drillDowns()
{
    verifyDrillDowns(db(), period());
    DashboardFilter f = period();
    f.team = QStringLiteral("Leeds A");
    verifyDrillDowns(db(), f);
    f.team.clear();
    f.owningUnit = QStringLiteral("CC Croydon");
    f.from = QDate(2026, 3, 1);
    verifyDrillDowns(db(), f);
    // The people behind the band figures are those behind the chart's bars.
    const Chart bands = chart(db(), QStringLiteral("stock_by_band"));
    for (int band = 1; band <= 4; ++band) {
        const Dashboard::Drill d =
            Dashboard::drill(QStringLiteral("stock_by_band"), period(), QStringLiteral("people"),
                             QString::number(band));
        QSqlQuery q(db());
        q.prepare(d.sql);
        for (const QVariant &v : d.values)
            q.addBindValue(v);
        QVERIFY(q.exec());
        QStringList refs;
        while (q.next())
            refs << q.value(1).toString();
        auto expected = Figures::personRefs(db(), QStringLiteral("by_band/%1").arg(band), AsOf);
        QVERIFY(expected);
        QCOMPARE(refs, expected.value());
    }
}

void TestDashboard::unknownParts()
{
    QVERIFY(Dashboard::drill(QStringLiteral("no_such_chart"), period(), QStringLiteral("people"),
                             QStringLiteral("1"))
                .sql.isEmpty());
    QVERIFY(Dashboard::drill(QStringLiteral("stock_by_band"), period(), QStringLiteral("x"),
                             QStringLiteral("1"))
                .sql.isEmpty());
    QVERIFY(Dashboard::drill(QStringLiteral("stock_by_band"), period(), QStringLiteral("people"),
                             QStringLiteral("9"))
                .sql.isEmpty());
    QVERIFY(!Dashboard::compute(db(), QStringLiteral("no_such_chart"), period()));
    QVERIFY(!Dashboard::drillCount(db(), Dashboard::Drill()));
}

// An event recorded in Lodestar moves the person's stored span at once.
void TestDashboard::reportingSpansFollowTheEvents()
{
    TestDatabase d;
    QVERIFY(TestData::add(*d.db, {TestData::person(QStringLiteral("S1"), QStringLiteral("Ode"),
                                                   QStringLiteral("Kim"), QString(), 12)}));
    const qint64 id = idOf(d.db->sql(), QStringLiteral("S1"));
    const auto span = [&] {
        QSqlQuery q(d.db->sql());
        q.prepare(
            QStringLiteral("SELECT reporting_first, reporting_last FROM person WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next()
                   ? q.value(0).toString() + QLatin1Char('|') + q.value(1).toString()
                   : QStringLiteral("?");
    };
    QCOMPARE(span(), QStringLiteral("|"));
    ReportingEvent e;
    e.personId = id;
    e.scheduled = QStringLiteral("2026-03-02T10:00");
    e.outcome = QStringLiteral("COMPLETED");
    QVERIFY(ReportingStore(d.db->sql()).record(e, QStringLiteral("test")));
    e.scheduled = QStringLiteral("2026-01-05T10:00");
    QVERIFY(ReportingStore(d.db->sql()).record(e, QStringLiteral("test")));
    QCOMPARE(span(), QStringLiteral("2026-01-05T10:00|2026-03-02T10:00"));
}

// A database of schema 12 gets its people's spans from the events it holds.
void TestDashboard::migrationFillsTheReportingSpans()
{
    TestDatabase d;
    QVERIFY(TestData::add(*d.db, {TestData::person(QStringLiteral("M1"), QStringLiteral("Ode"),
                                                   QStringLiteral("Kim"), QString(), 12)}));
    const qint64 id = idOf(d.db->sql(), QStringLiteral("M1"));
    {
        QSqlQuery q(d.db->sql());
        QVERIFY(TestData::dropRowVersions(d.db->sql()));            // of 15
        for (const QString &undo : TestData::undoBarrierStanding()) // of 19
            QVERIFY2(q.exec(undo), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE audit_log"))); // of 14
        QVERIFY(q.exec(QStringLiteral("DROP TABLE reoffence")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX reporting_event_breach")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX removal_directions_set")));
        for (const QString &undo : TestData::undoMigrationsFrom21()) // of 21
            QVERIFY2(q.exec(undo), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE person DROP COLUMN reporting_first")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE person DROP COLUMN reporting_last")));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE lodestar_meta SET value = '12' WHERE key = 'schema_version'")));
    }
    exec(d.db->sql(),
         QStringLiteral("INSERT INTO reporting_event (event_ref, person_id, scheduled, source) "
                        "VALUES ('A', ?, '2026-02-01T10:00', 'CID'), ('B', ?, "
                        "'2026-04-01T10:00', 'CID')"),
         {id, id});
    const QString path = d.path();
    d.db.reset();
    auto reopened = Database::open(path, Database::Create::Never);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().toString()));
    QSqlQuery q(reopened.value()->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT reporting_first, reporting_last FROM person")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-02-01T10:00"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("2026-04-01T10:00"));
    // And what 21 stores: a run of two blanks, never completed.
    QVERIFY(q.exec(QStringLiteral("SELECT reporting_completed_last, reporting_run_first, "
                                  "reporting_blank_first FROM person")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).isNull());
    QCOMPARE(q.value(1).toString(), QStringLiteral("2026-02-01T10:00"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("2026-02-01T10:00"));
    QCOMPARE(TestData::staleStoredFacts(reopened.value()->sql()), QStringList());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM reoffence")));
}

// On a generated database: the dashboard, its drill-downs, `figures --json` (in process and
// from the command line) and the headline figures tell the same story.
void TestDashboard::reconcilesOnGeneratedDatabase()
{
    TestDatabase g(QStringLiteral("demo.sqlite"));
    DemoGenerator::Options options;
    options.persons = 400;
    options.seed = 11;
    QVERIFY(DemoGenerator::generate(g.db->sql(), options).ok());
    const QDate asOf = QDate::fromString(options.asOf, Qt::ISODate);
    const DashboardFilter f = DashboardFilter::lastTwelveMonths(asOf);
    verifyDrillDowns(g.db->sql(), f);

    auto charts = Dashboard::compute(g.db->sql(), f);
    QVERIFY(charts);
    auto figures = Figures::compute(g.db->sql(), asOf);
    QVERIFY(figures);
    const Figures &fig = figures.value();
    QHash<QString, Chart> byId;
    for (const Chart &c : charts.value())
        byId.insert(c.id, c);
    // Every chart is present in the figures, cell for cell.
    QCOMPARE(fig.charts.size(), charts.value().size());
    const QJsonObject json = fig.toJson();
    for (const Chart &c : charts.value()) {
        const QJsonObject values = json.value(QStringLiteral("charts"))
                                       .toObject()
                                       .value(c.id)
                                       .toObject()
                                       .value(QStringLiteral("values"))
                                       .toObject();
        for (int s = 0; s < c.seriesKeys.size(); ++s)
            for (int k = 0; k < c.categoryKeys.size(); ++k)
                QCOMPARE(values.value(c.seriesKeys.at(s))
                             .toObject()
                             .value(c.categoryKeys.at(k))
                             .toInteger(-1),
                         c.value(s, k));
    }
    // The charts against the headline figures they share.
    const Chart bands = byId.value(QStringLiteral("stock_by_band"));
    QCOMPARE(bands.total(), fig.nonDetained);
    for (int band = 1; band <= 4; ++band)
        QCOMPARE(cell(bands, QStringLiteral("people"), QString::number(band)),
                 fig.byBand.value(band));
    QCOMPARE(byId.value(QStringLiteral("stock_by_unit")).total(), fig.nonDetained);
    const Chart breaches = byId.value(QStringLiteral("breaches_by_week"));
    QCOMPARE(breaches.value(0, Dashboard::BreachWeeks - 1), fig.breachesLast7Days);
    const Chart reporting = byId.value(QStringLiteral("reporting_by_month"));
    QCOMPARE(cell(reporting, QStringLiteral("absconders"), reporting.categoryKeys.last()),
             fig.absconders);
    const Chart reviews = byId.value(QStringLiteral("review_compliance_by_team"));
    qint64 overdue = 0;
    for (const QString &team : reviews.categoryKeys)
        overdue += cell(reviews, QStringLiteral("overdue"), team);
    QCOMPARE(overdue, fig.reviewsOverdue);
    QCOMPARE(reviews.total(), fig.nonDetained);
    // The register on the as-of date: the figure and the chart take one definition
    // (Barrier::isOpenOn), so they agree on any day, not only today.
    const Chart barriers =
        Dashboard::compute(g.db->sql(), QStringLiteral("open_barriers_by_type"), f).value();
    for (const QString &type : Figures::barrierTypeKeys())
        QCOMPARE(cell(barriers, QStringLiteral("barriers"), type),
                 fig.openBarriersByType.value(type));
    // Trace and Locate over the whole business year 2025/26: one bar pair, the people with a
    // referral or a location from 1 April 2025 to 31 March 2026. (The Absconders view counts
    // calendar years, as report Figure 9 does, so it is not compared here.)
    DashboardFilter businessYear = f;
    businessYear.from = QDate(2025, 4, 1);
    businessYear.to = QDate(2026, 3, 31);
    const Chart tl =
        Dashboard::compute(g.db->sql(), QStringLiteral("trace_and_locate_by_year"), businessYear)
            .value();
    QCOMPARE(tl.categoryKeys, QStringList{QStringLiteral("2025/26")});
    for (const auto &[series, step] :
         {std::pair{"referred", "trace_locate_referral"}, {"located", "located"}}) {
        QSqlQuery q(g.db->sql());
        QVERIFY(q.prepare(QStringLiteral("SELECT COUNT(DISTINCT person_id) FROM followup_step "
                                         "WHERE step = ? AND taken_on >= '2025-04-01' AND "
                                         "taken_on <= '2026-03-31'")));
        q.addBindValue(QString::fromLatin1(step));
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toLongLong() > 0);
        QCOMPARE(cell(tl, QString::fromLatin1(series), QStringLiteral("2025/26")),
                 q.value(0).toLongLong());
    }
    // Removals: the quarters add up to the directions set, removed and failed in the period.
    const Chart removals = byId.value(QStringLiteral("removals_by_quarter"));
    const Chart reasons = byId.value(QStringLiteral("removal_failures_by_reason"));
    qint64 failed = 0;
    for (const QString &q : removals.categoryKeys)
        failed += cell(removals, QStringLiteral("failed"), q);
    QCOMPARE(reasons.total(), failed);

    // And `lodestar figures --json` from the command line prints the same charts.
    const QString binary = qEnvironmentVariable("LODESTAR_BINARY");
    if (binary.isEmpty())
        QSKIP("LODESTAR_BINARY is not set (run through ctest)");
    QProcess p;
    p.start(binary, {QStringLiteral("figures"), QStringLiteral("--database"), g.path(),
                     QStringLiteral("--json"), QStringLiteral("--as-of"), options.asOf});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject cli = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(cli.value(QStringLiteral("charts")), json.value(QStringLiteral("charts")));
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
