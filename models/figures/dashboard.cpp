#include "dashboard.h"
#include "domain/clock.h"

#include "domain/banding.h"
#include "domain/barrier.h"
#include "domain/breachrules.h"
#include "domain/followupladder.h"
#include "domain/periods.h"
#include "domain/removaldirections.h"
#include "domain/reviewrules.h"
#include "domain/stock.h"
#include "store/storesupport.h"

#include <QBitArray>
#include <QHash>
#include <QSqlQuery>
#include <functional>
#include <memory>
#include <optional>

using namespace StoreSupport;

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// A series or a category: the rows it keeps, as a condition with its values.
struct Part
{
    QString key;
    QString label;
    QString sql;
    QVariantList values;
};

// How one chart counts. Every cell (series s, category c) counts the rows of `from` where
// `where AND s AND c` holds; its drill-down lists the same rows. Categories are either fixed
// (`categories`) or the values of `groupExpr` found in the data (owning units, teams,
// nationalities), the `groupLimit` largest first when it is set.
struct Spec
{
    Chart chart;
    QString from;
    QString where;
    QVariantList whereValues;
    QVector<Part> series;
    QVector<Part> categories;
    QString groupExpr;
    std::function<QString(const QString &)> groupLabel;
    int groupLimit = 0;
    QString detail;
    QString detailTitle;
    // What tells two rows of the unit apart, last in the drill-down's order so that its pages
    // (LIMIT/OFFSET) never repeat or skip a row.
    QString unitKey = QStringLiteral("p.id");
    // For charts whose series' condition depends on the period (a month's end, a quarter's
    // days): that condition for a series and a category; else the series' own is used.
    std::function<Part(const QString &seriesKey, int category)> seriesIn;
    // Faster ways to the same counts, each proved equal to the drill-downs by tst_dashboard:
    // - countFrom: the FROM to count with when no team or unit filter needs the person joined;
    // - dayColumn: for one series over fixed date categories, the ISO date or date-time column
    //   whose first ten characters are a row's day: the rows are counted by its values in one
    //   grouped pass (in the order of its index, without sorting them) and the days summed
    //   into the categories (which are runs of whole days), instead of a CASE per category on
    //   every row;
    // - seriesCount: counts a series for every category in its own query.
    QString countFrom;
    QString dayColumn;
    QHash<QString, std::function<Result<QVector<qint64>>(QSqlDatabase, const QString &where,
                                                         const QVariantList &values)>>
        seriesCount;
    bool filtered = false;
};

// The filter's conditions on person p, shared by every chart.
void applyFilter(Spec &s, const DashboardFilter &f)
{
    QStringList where{s.where};
    if (!f.team.isEmpty()) {
        where << QStringLiteral("p.case_owner IN (SELECT fu.user_name FROM app_user fu WHERE "
                                "fu.team = ?)");
        s.whereValues << f.team;
    }
    if (!f.owningUnit.isEmpty()) {
        where << QStringLiteral("p.owning_unit = ?");
        s.whereValues << f.owningUnit;
    }
    s.where = where.join(QStringLiteral(" AND "));
    s.filtered = !f.team.isEmpty() || !f.owningUnit.isEmpty();
}

QVector<Part> periodParts(const QVector<Period> &periods,
                          const std::function<Part(const Period &)> &part)
{
    QVector<Part> out;
    for (const Period &p : periods)
        out << part(p);
    return out;
}

// A day's rows of a date-time column: from the day's start to the next day's.
Part dayRange(const Period &p, const QString &column)
{
    return {p.key,
            p.label,
            QStringLiteral("%1 >= ? AND %1 < ?").arg(column),
            {iso(p.first), iso(p.last.addDays(1))}};
}

Part onePart(const QString &key, const QString &label)
{
    return {key, label, QStringLiteral("1 = 1"), {}};
}

QString noneLabel(const QString &key, const QString &none)
{
    return key.isEmpty() ? none : key;
}

Spec stockByBand(const DashboardFilter &f)
{
    Spec s;
    s.chart.title = Dashboard::tr("Non-detained people by band");
    s.chart.definition =
        Dashboard::tr("The non-detained stock on the as-of date (a criminal case, not detained, "
                      "not removed) by band as it stands, the override where one is set.");
    s.chart.unit = Dashboard::tr("people");
    s.chart.kind = Chart::Kind::Bar;
    s.from = QStringLiteral("person p");
    s.where = Stock::sql(QStringLiteral("p"));
    s.whereValues = Stock::values(f.to);
    s.series = {onePart(QStringLiteral("people"), Dashboard::tr("People"))};
    for (int band = 1; band <= 4; ++band)
        s.categories << Part{QString::number(band),
                             Banding::label(band),
                             QStringLiteral("p.band = %1").arg(band),
                             {}};
    s.detail = QStringLiteral("p.nationality");
    s.detailTitle = Dashboard::tr("Nationality");
    applyFilter(s, f);
    return s;
}

Spec stockByUnit(const DashboardFilter &f)
{
    Spec s = stockByBand(f);
    s.chart.title = Dashboard::tr("Non-detained people by owning unit");
    s.chart.definition =
        Dashboard::tr("The non-detained stock on the as-of date by the owning unit of their lead "
                      "case, in bands as they stand.");
    s.chart.kind = Chart::Kind::StackedBar;
    s.series.clear();
    for (const Part &band : std::as_const(s.categories))
        s.series << band;
    s.categories.clear();
    s.groupExpr = QStringLiteral("COALESCE(p.owning_unit, '')");
    s.groupLabel = [](const QString &k) { return noneLabel(k, Dashboard::tr("(no owning unit)")); };
    return s;
}

Part reportingCell(const QString &seriesKey, const Period &month);
Part removalCell(const QString &seriesKey, const Period &quarter);
Part traceCell(const QString &seriesKey, const Period &year);

// The follow-up step a trace_and_locate_by_year series counts.
QString traceStep(const QString &seriesKey)
{
    return seriesKey == QLatin1String("referred") ? QStringLiteral("trace_locate_referral")
                                                  : QStringLiteral("located");
}

// The stock at each month's end and its absconders then, each split by whether the person is
// required to report (Stock::requiresReportingSql), among the people of person p meeting
// `where` (which implies Stock::heldSql): reporting_by_month's three series from three
// passes instead of a condition per cell (36 cells took most of a second at 20,000 people).
struct MonthEnds
{
    QVector<qint64> stock[2];      // [required to report: 0 no, 1 yes][month]
    QVector<qint64> absconders[2]; // likewise
};

Result<MonthEnds> monthEnds(QSqlDatabase db, const QVector<Period> &months, const QString &where,
                            const QVariantList &values)
{
    MonthEnds out;
    for (int r = 0; r < 2; ++r) {
        out.stock[r].fill(0, months.size());
        out.absconders[r].fill(0, months.size());
    }
    const QString required = QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END")
                                 .arg(Stock::requiresReportingSql(QStringLiteral("p")));
    // In the stock at a month's end: not removed by then (Stock::sql on that day). Everyone
    // counted once, then the few ever removed taken off from their removal's month on.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT COALESCE(SUM(%1), 0), COUNT(*) FROM person p WHERE %2")
                   .arg(required, where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return queryError(Dashboard::tr("Could not count the stock"), q);
    const qint64 held[2] = {q.value(1).toLongLong() - q.value(0).toLongLong(),
                            q.value(0).toLongLong()};
    for (int r = 0; r < 2; ++r)
        out.stock[r].fill(held[r], months.size());
    prepare(q, QStringLiteral("SELECT %1, %2, COUNT(*) FROM (SELECT DISTINCT rr.person_id FROM "
                              "removal_directions rr WHERE rr.outcome = 'removed') r JOIN person "
                              "p ON p.id = r.person_id WHERE %3 GROUP BY %1, %2")
                   .arg(required, Stock::removedOnSql(QStringLiteral("p.id")), where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(Dashboard::tr("Could not count the stock"), q);
    while (q.next()) {
        const int r = q.value(0).toInt() != 0 ? 1 : 0;
        const QDate removed = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        for (int m = 0; m < months.size(); ++m)
            if (removed.isValid() && removed <= months.at(m).last)
                out.stock[r][m] -= q.value(2).toLongLong();
    }
    // Absconders (FollowUpLadder::absconderSql): each countersigned declaration is an interval,
    // from the later of its day and its countersignature's to the first "located" on or after
    // its day (open if none); a person counts in a month when one of their intervals holds on
    // its last day and they were not removed by then. The intervals are read once (a few
    // thousand) and each month's end tested here, as the stock's removals are above.
    QSqlQuery a(db);
    a.setForwardOnly(true);
    prepare(a, QStringLiteral("SELECT d.person_id, %1, d.taken_on, d.countersigned_at, (SELECT "
                              "MIN(l.taken_on) FROM followup_step l WHERE "
                              "l.person_id = d.person_id AND l.step = 'located' AND l.taken_on >= "
                              "d.taken_on), %2 FROM followup_step d JOIN person p ON p.id = "
                              "d.person_id WHERE d.step = 'absconder_declaration' AND "
                              "d.countersigned_at IS NOT NULL AND %3")
                   .arg(required, Stock::removedOnSql(QStringLiteral("d.person_id")), where));
    for (const QVariant &v : values)
        a.addBindValue(v);
    if (!a.exec())
        return queryError(Dashboard::tr("Could not count the absconders"), a);
    // Months in which each person counts; ISO text compares as SQL compares it.
    QHash<qint64, QPair<int, QBitArray>> absconded;
    QStringList lastDays;
    for (const Period &m : months)
        lastDays << iso(m.last);
    while (a.next()) {
        auto &[required, in] = absconded[a.value(0).toLongLong()];
        if (in.isEmpty())
            in.resize(months.size());
        required = qMax(required, a.value(1).toInt() != 0 ? 1 : 0);
        // The later of its day and its countersignature's, the UTC timestamp read as the
        // user's local day (Clock).
        const QString started =
            qMax(a.value(2).toString(), iso(Clock::localDay(a.value(3).toString())));
        const QVariant located = a.value(4);
        const QVariant removed = a.value(5);
        for (int m = 0; m < months.size(); ++m) {
            const QString &day = lastDays.at(m);
            if (started <= day && (located.isNull() || located.toString() > day) &&
                (removed.isNull() || removed.toString() > day))
                in.setBit(m);
        }
    }
    for (const auto &[required, in] : std::as_const(absconded))
        for (int m = 0; m < months.size(); ++m)
            out.absconders[required][m] += in.testBit(m);
    return out;
}

Spec reportingByMonth(const DashboardFilter &f)
{
    Spec s;
    s.chart.categoriesAddUp = false; // the stock per month: the months do not add up
    s.chart.title = Dashboard::tr("The stock by reporting status, by month");
    s.chart.definition = Dashboard::tr(
        "The non-detained stock at each month's end (the as-of date for the last month), split "
        "as the figures split it: reporting (required to report, not an absconder), "
        "absconders (a countersigned absconder declaration and no \"located\" since) and not "
        "reporting (no restriction, or reporting not required). The three add up to the stock "
        "on that day.");
    s.chart.unit = Dashboard::tr("people");
    s.chart.kind = Chart::Kind::StackedBar;
    s.from = QStringLiteral("person p");
    // Implied by every cell: the date-free part of the stock (Stock::heldSql).
    s.where = Stock::heldSql(QStringLiteral("p"));
    const QVector<Period> months = Periods::months(f.from, f.to);
    s.categories = periodParts(months, [](const Period &p) {
        return Part{p.key, p.label, QStringLiteral("1 = 1"), {}};
    });
    // The series depend on the month, so each is a condition per month: the category parts
    // only name the months, and the cell's condition is the series' one for that month.
    s.seriesIn = [months](const QString &key, int m) { return reportingCell(key, months.at(m)); };
    s.series = {
        Part{QStringLiteral("reporting"), Dashboard::tr("Reporting"), QString(), {}},
        Part{QStringLiteral("absconders"), Dashboard::tr("Absconders"), QString(), {}},
        Part{QStringLiteral("not_reporting"), Dashboard::tr("Not reporting"), QString(), {}}};
    s.detail = QStringLiteral("p.reporting_frequency");
    s.detailTitle = Dashboard::tr("Reporting frequency");
    // The same counts as the cells' conditions, from two passes shared by the three series
    // (monthEnds, computed once per chart), each proved equal to the cells' drill-downs by
    // tst_dashboard and tst_figures.
    auto shared = std::make_shared<std::optional<Result<MonthEnds>>>();
    for (const QString &key : {QStringLiteral("reporting"), QStringLiteral("absconders"),
                               QStringLiteral("not_reporting")}) {
        s.seriesCount.insert(
            key,
            [months, shared, key](QSqlDatabase db, const QString &where,
                                  const QVariantList &values) -> Result<QVector<qint64>> {
                if (!*shared)
                    *shared = monthEnds(db, months, where, values);
                if (!**shared)
                    return (**shared).error();
                const MonthEnds &e = (**shared).value();
                if (key == QLatin1String("absconders")) {
                    QVector<qint64> out = e.absconders[0];
                    for (int m = 0; m < out.size(); ++m)
                        out[m] += e.absconders[1].value(m);
                    return out;
                }
                const int r = key == QLatin1String("reporting") ? 1 : 0;
                QVector<qint64> out = e.stock[r];
                for (int m = 0; m < out.size(); ++m)
                    out[m] -= e.absconders[r].value(m);
                return out;
            });
    }
    applyFilter(s, f);
    return s;
}

// The cells of reporting_by_month: a series' condition at one month's end, the figures' own
// definitions (Stock) on that day.
Part reportingCell(const QString &seriesKey, const Period &month)
{
    // The IN list is implied by the EXISTS: it lets the database skip, with one hash lookup,
    // the many people who never had a declaration.
    const QString absconder =
        QStringLiteral("(p.id IN (SELECT ad.person_id FROM followup_step ad WHERE ad.step = "
                       "'absconder_declaration') AND %1)")
            .arg(FollowUpLadder::absconderSql(QStringLiteral("p.id")));
    const QString required = Stock::requiresReportingSql(QStringLiteral("p"));
    QString condition;
    if (seriesKey == QLatin1String("absconders"))
        condition = absconder;
    else if (seriesKey == QLatin1String("reporting"))
        condition = QStringLiteral("%1 AND NOT %2").arg(required, absconder);
    else
        condition = QStringLiteral("NOT %1 AND NOT %2").arg(required, absconder);
    return {seriesKey, QString(),
            QStringLiteral("%1 AND %2").arg(Stock::sql(QStringLiteral("p")), condition),
            Stock::values(month.last) + FollowUpLadder::absconderValues(month.last)};
}

Spec breachesByWeek(const DashboardFilter &f)
{
    Spec s;
    s.chart.title = Dashboard::tr("Breaches by week");
    s.chart.definition =
        Dashboard::tr("Reporting events missed (no show, or no outcome recorded) in each of the "
                      "%1 weeks of 7 days ending on the as-of date; events, not people.")
            .arg(Dashboard::BreachWeeks);
    s.chart.unit = Dashboard::tr("breaches");
    s.chart.kind = Chart::Kind::Bar;
    s.from = QStringLiteral("reporting_event e JOIN person p ON p.id = e.person_id");
    s.unitKey = QStringLiteral("e.id");
    const QVector<Period> weeks = Periods::weeksEnding(f.to, Dashboard::BreachWeeks);
    s.where = QStringLiteral("%1 AND e.scheduled >= ? AND e.scheduled < ?")
                  .arg(BreachRules::breachOutcomeSql(QStringLiteral("e")));
    s.whereValues = {iso(weeks.first().first), BreachRules::asOfBound(f.to)};
    s.series = {onePart(QStringLiteral("breaches"), Dashboard::tr("Breaches"))};
    s.categories = periodParts(
        weeks, [](const Period &p) { return dayRange(p, QStringLiteral("e.scheduled")); });
    s.detail = QStringLiteral("e.scheduled");
    s.detailTitle = Dashboard::tr("Scheduled");
    // Read off the partial index of breaches alone, without a person per breach.
    s.countFrom = QStringLiteral("reporting_event e");
    s.dayColumn = QStringLiteral("e.scheduled");
    applyFilter(s, f);
    return s;
}

// Barriers on the register open at the end of the day: known to stand by then (raised, or
// for CID's, whose day raised the extract does not give, first seen in CID), not cleared by
// then. Before the import that first saw a CID barrier nothing is known of it (issue 16).
Spec openBarriers(const DashboardFilter &f)
{
    Spec s;
    s.from = QStringLiteral("barrier b JOIN person p ON p.id = b.person_id");
    s.unitKey = QStringLiteral("b.id");
    s.where = Barrier::openOnSql(QStringLiteral("b"));
    s.whereValues = Barrier::openOnValues(f.to);
    s.chart.unit = Dashboard::tr("barriers");
    s.detail = QStringLiteral("b.standing_since");
    s.detailTitle = Dashboard::tr("Raised on (CID's: first seen in CID)");
    return s;
}

Spec openBarriersByType(const DashboardFilter &f)
{
    Spec s = openBarriers(f);
    s.chart.title = Dashboard::tr("Open barriers to removal by type");
    s.chart.definition =
        Dashboard::tr("Barriers on the register (from CID and recorded in Lodestar) raised on "
                      "or before the as-of date (CID's, whose opening day the extract does not "
                      "give: first seen in CID by then) and not cleared by then; barriers, not "
                      "people.");
    s.chart.kind = Chart::Kind::Bar;
    s.series = {onePart(QStringLiteral("barriers"), Dashboard::tr("Barriers"))};
    for (const QString &type : Barrier::types())
        s.categories << Part{
            type, Barrier::typeName(type), QStringLiteral("b.barrier_type = ?"), {type}};
    // Read off the barriers' index alone, without a person per barrier.
    s.countFrom = QStringLiteral("barrier b");
    applyFilter(s, f);
    return s;
}

Spec travelDocumentNationalities(const DashboardFilter &f)
{
    Spec s = openBarriers(f);
    s.chart.title = Dashboard::tr("Travel-document barriers: top nationalities");
    s.chart.definition =
        Dashboard::tr("Open travel-document barriers on the as-of date by the person's "
                      "nationality, the ten largest.");
    s.chart.kind = Chart::Kind::Bar;
    s.where += QStringLiteral(" AND b.barrier_type = 'travel_document'");
    s.series = {onePart(QStringLiteral("barriers"), Dashboard::tr("Barriers"))};
    s.groupExpr = QStringLiteral("COALESCE(p.nationality, '')");
    s.groupLabel = [](const QString &k) {
        return noneLabel(k, Dashboard::tr("(nationality not known)"));
    };
    s.groupLimit = 10;
    applyFilter(s, f);
    return s;
}

Spec removalsByQuarter(const DashboardFilter &f)
{
    Spec s;
    s.chart.title = Dashboard::tr("Removals by quarter");
    s.chart.definition =
        Dashboard::tr("Per quarter of the business year (Q1 is April to June): removal "
                      "directions set in the quarter (planned), and those whose outcome in it "
                      "was a removal (succeeded) or a failure (failed).");
    s.chart.unit = Dashboard::tr("removal directions");
    s.chart.kind = Chart::Kind::Bar;
    s.from = QStringLiteral("removal_directions r JOIN person p ON p.id = r.person_id");
    s.unitKey = QStringLiteral("r.id");
    s.where = QStringLiteral("1 = 1");
    s.series = {
        Part{QStringLiteral("planned"), Dashboard::tr("Planned"), QString(), {}},
        Part{QStringLiteral("succeeded"), Dashboard::tr("Succeeded"), QString(), {}},
        Part{QStringLiteral("failed"), Dashboard::tr("Failed"), QString(), {}},
    };
    const QVector<Period> quarters = Periods::quarters(f.from, f.to);
    s.categories = periodParts(quarters, [](const Period &p) {
        return Part{p.key, p.label, QStringLiteral("1 = 1"), {}};
    });
    s.seriesIn = [quarters](const QString &key, int q) { return removalCell(key, quarters.at(q)); };
    s.detail = QStringLiteral("r.planned_on");
    s.detailTitle = Dashboard::tr("Planned for");
    applyFilter(s, f);
    return s;
}

Part removalCell(const QString &seriesKey, const Period &quarter)
{
    const QVariantList range{iso(quarter.first), iso(quarter.last)};
    if (seriesKey == QLatin1String("planned"))
        return {seriesKey, QString(), QStringLiteral("r.set_on >= ? AND r.set_on <= ?"), range};
    const QString outcome = seriesKey == QLatin1String("succeeded") ? QStringLiteral("removed")
                                                                    : QStringLiteral("failed");
    return {
        seriesKey, QString(),
        QStringLiteral("r.outcome = '%1' AND r.outcome_on >= ? AND r.outcome_on <= ?").arg(outcome),
        range};
}

Spec removalFailuresByReason(const DashboardFilter &f)
{
    Spec s;
    s.chart.title = Dashboard::tr("Failed removals by reason");
    s.chart.definition =
        Dashboard::tr("Removal directions whose outcome was a failure on a day in the period, "
                      "by the reason recorded.");
    s.chart.unit = Dashboard::tr("removal directions");
    s.chart.kind = Chart::Kind::Pie;
    s.from = QStringLiteral("removal_directions r JOIN person p ON p.id = r.person_id");
    s.unitKey = QStringLiteral("r.id");
    s.where = QStringLiteral("r.outcome = 'failed' AND r.outcome_on >= ? AND r.outcome_on <= ?");
    s.whereValues = {iso(f.from), iso(f.to)};
    s.series = {onePart(QStringLiteral("failed"), Dashboard::tr("Failed"))};
    for (const QString &reason : RemovalDirections::failureReasons())
        s.categories << Part{reason,
                             RemovalDirections::failureReasonName(reason),
                             QStringLiteral("r.failure_reason = ?"),
                             {reason}};
    s.detail = QStringLiteral("r.outcome_on");
    s.detailTitle = Dashboard::tr("Failed on");
    applyFilter(s, f);
    return s;
}

Spec traceAndLocateByYear(const DashboardFilter &f)
{
    Spec s;
    s.chart.categoriesAddUp = false; // people per period
    s.chart.title = Dashboard::tr("Trace and Locate: referred and located by year");
    s.chart.definition =
        Dashboard::tr("People referred to Trace and Locate in each business year (1 April to "
                      "31 March) of the period, and people located; people, not steps (twice "
                      "in a year counts once).");
    s.chart.unit = Dashboard::tr("people");
    s.chart.kind = Chart::Kind::Bar;
    s.from = QStringLiteral("person p");
    // Implied by every cell; lets the database skip people never referred or located.
    s.where = QStringLiteral("p.id IN (SELECT tl.person_id FROM followup_step tl WHERE tl.step "
                             "IN ('trace_locate_referral', 'located'))");
    s.series = {
        Part{QStringLiteral("referred"), Dashboard::tr("Referred"), QString(), {}},
        Part{QStringLiteral("located"), Dashboard::tr("Located"), QString(), {}},
    };
    const QVector<Period> years = Periods::years(f.from, f.to);
    s.categories = periodParts(years, [](const Period &p) {
        return Part{p.key, p.label, QStringLiteral("1 = 1"), {}};
    });
    s.seriesIn = [years](const QString &key, int y) { return traceCell(key, years.at(y)); };
    s.detail = QStringLiteral("(SELECT MAX(tl.taken_on) FROM followup_step tl WHERE tl.person_id "
                              "= p.id AND tl.step IN ('trace_locate_referral', 'located'))");
    s.detailTitle = Dashboard::tr("Latest step");
    // With no team or unit to filter on, the people are counted off their steps alone (every
    // step's person is held): those with a step in each year, each once, rather than every
    // person looked up.
    if (f.team.isEmpty() && f.owningUnit.isEmpty()) {
        for (const QString &key : {QStringLiteral("referred"), QStringLiteral("located")}) {
            s.seriesCount.insert(
                key,
                [years, key](QSqlDatabase db, const QString &,
                             const QVariantList &) -> Result<QVector<qint64>> {
                    QStringList columns;
                    QVariantList values;
                    for (const Period &y : years) {
                        columns << QStringLiteral("COUNT(DISTINCT CASE WHEN t.taken_on >= ? AND "
                                                  "t.taken_on <= ? THEN t.person_id END)");
                        values << iso(y.first) << iso(y.last);
                    }
                    QSqlQuery q(db);
                    q.setForwardOnly(true);
                    prepare(q, QStringLiteral("SELECT %1 FROM followup_step t WHERE t.step = '%2'")
                                   .arg(columns.join(QStringLiteral(", ")), traceStep(key)));
                    for (const QVariant &v : std::as_const(values))
                        q.addBindValue(v);
                    if (!q.exec() || !q.next())
                        return queryError(Dashboard::tr("Could not count Trace and Locate"), q);
                    QVector<qint64> out;
                    for (int y = 0; y < years.size(); ++y)
                        out << q.value(y).toLongLong();
                    return out;
                });
        }
    }
    applyFilter(s, f);
    return s;
}

Part traceCell(const QString &seriesKey, const Period &year)
{
    const QString step = traceStep(seriesKey);
    return {seriesKey,
            QString(),
            QStringLiteral("EXISTS (SELECT 1 FROM followup_step t WHERE t.person_id = p.id AND "
                           "t.step = '%1' AND t.taken_on >= ? AND t.taken_on <= ?)")
                .arg(step),
            {iso(year.first), iso(year.last)}};
}

Spec reviewComplianceByTeam(const DashboardFilter &f)
{
    Spec s;
    s.chart.title = Dashboard::tr("Review compliance by team");
    s.chart.definition =
        Dashboard::tr("The non-detained stock on the as-of date whose 3-monthly review is on "
                      "time or overdue, by their case owner's team.");
    s.chart.unit = Dashboard::tr("people");
    s.chart.kind = Chart::Kind::StackedBar;
    s.from = QStringLiteral("person p LEFT JOIN app_user ru ON ru.user_name = p.case_owner");
    s.where = Stock::sql(QStringLiteral("p"));
    s.whereValues = Stock::values(f.to);
    // Due on the reviewer's set date or 3 months after the base (ReviewRules), as the figures.
    const QString dueBefore = ReviewRules::dueBeforeSql(QStringLiteral("p"));
    s.series = {
        Part{QStringLiteral("on_time"), Dashboard::tr("On time"),
             QStringLiteral("NOT %1").arg(dueBefore), ReviewRules::dueBeforeValues(f.to)},
        Part{QStringLiteral("overdue"), Dashboard::tr("Overdue"), dueBefore,
             ReviewRules::dueBeforeValues(f.to)},
    };
    s.groupExpr = QStringLiteral("COALESCE(ru.team, '')");
    s.groupLabel = [](const QString &k) { return noneLabel(k, Dashboard::tr("(no team)")); };
    // A reviewed person's set date is their due date (the form keeps it within 3 months);
    // someone never reviewed is due 3 months after the date shown.
    s.detail = QStringLiteral("COALESCE(%1, %2)")
                   .arg(ReviewRules::storedSetNextSql(QStringLiteral("p")),
                        ReviewRules::storedBaseSql(QStringLiteral("p")));
    s.detailTitle = Dashboard::tr("Next review set for, or due 3 months after");
    applyFilter(s, f);
    return s;
}

Spec reoffendingByQuarter(const DashboardFilter &f)
{
    Spec s;
    s.chart.categoriesAddUp = false; // people per period
    s.chart.title = Dashboard::tr("Reoffending in the community by quarter");
    s.chart.definition =
        Dashboard::tr("People with a reoffence recorded with an offence date in the quarter of "
                      "the business year (Q1 is April to June), by their address now: a fixed "
                      "address or no fixed abode.");
    s.chart.unit = Dashboard::tr("people");
    s.chart.kind = Chart::Kind::StackedBar;
    s.from = QStringLiteral("person p");
    s.where = QStringLiteral("p.id IN (SELECT ro.person_id FROM reoffence ro)");
    s.series = {
        Part{QStringLiteral("fixed_address"),
             Dashboard::tr("Fixed address"),
             QStringLiteral("p.flag_nfa = 0"),
             {}},
        Part{QStringLiteral("nfa"),
             Dashboard::tr("No fixed abode"),
             QStringLiteral("p.flag_nfa <> 0"),
             {}},
    };
    s.categories = periodParts(Periods::quarters(f.from, f.to), [](const Period &p) {
        return Part{p.key,
                    p.label,
                    QStringLiteral("EXISTS (SELECT 1 FROM reoffence o WHERE o.person_id = p.id "
                                   "AND o.offence_on >= ? AND o.offence_on <= ?)"),
                    {iso(p.first), iso(p.last)}};
    });
    s.detail = QStringLiteral("(SELECT MAX(o.offence_on) FROM reoffence o WHERE o.person_id = "
                              "p.id)");
    s.detailTitle = Dashboard::tr("Latest offence");
    applyFilter(s, f);
    return s;
}

std::optional<Spec> specFor(const QString &id, const DashboardFilter &f)
{
    if (!f.isValid())
        return std::nullopt;
    static const QHash<QString, std::function<Spec(const DashboardFilter &)>> specs{
        {QStringLiteral("stock_by_band"), stockByBand},
        {QStringLiteral("stock_by_unit"), stockByUnit},
        {QStringLiteral("reporting_by_month"), reportingByMonth},
        {QStringLiteral("breaches_by_week"), breachesByWeek},
        {QStringLiteral("open_barriers_by_type"), openBarriersByType},
        {QStringLiteral("travel_document_nationalities"), travelDocumentNationalities},
        {QStringLiteral("removals_by_quarter"), removalsByQuarter},
        {QStringLiteral("removal_failures_by_reason"), removalFailuresByReason},
        {QStringLiteral("trace_and_locate_by_year"), traceAndLocateByYear},
        {QStringLiteral("review_compliance_by_team"), reviewComplianceByTeam},
        {QStringLiteral("reoffending_by_quarter"), reoffendingByQuarter},
    };
    const auto it = specs.constFind(id);
    if (it == specs.constEnd())
        return std::nullopt;
    Spec s = (*it)(f);
    s.chart.id = id;
    s.chart.asOf = f.to;
    return s;
}

// The condition of one cell, with its values: the series' (for the period, where it depends
// on it) and the category's.
Part cellCondition(const Spec &s, int series, int category)
{
    const Part &sp = s.series.at(series);
    const Part &cp = s.categories.at(category);
    const Part seriesPart = s.seriesIn ? s.seriesIn(sp.key, category) : sp;
    Part out;
    out.sql = QStringLiteral("(%1) AND (%2)").arg(seriesPart.sql, cp.sql);
    out.values = seriesPart.values + cp.values;
    return out;
}

QString countIf(const QString &condition)
{
    return QStringLiteral("COALESCE(SUM(CASE WHEN %1 THEN 1 ELSE 0 END), 0)").arg(condition);
}

Result<Chart> run(QSqlDatabase db, const Spec &s)
{
    Chart chart = s.chart;
    for (const Part &sp : std::as_const(s.series)) {
        chart.seriesKeys << sp.key;
        chart.series << sp.label;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString from = s.filtered || s.countFrom.isEmpty() ? s.from : s.countFrom;
    const auto failed = [&](const QSqlQuery &query) {
        return queryError(Dashboard::tr("Could not compute the chart \"%1\"").arg(chart.title),
                          query);
    };
    if (s.groupExpr.isEmpty()) {
        for (const Part &cp : std::as_const(s.categories)) {
            chart.categoryKeys << cp.key;
            chart.categories << cp.label;
        }
        chart.values.fill(QVector<qint64>(s.categories.size(), 0), s.series.size());
        if (!s.dayColumn.isEmpty() && s.series.size() == 1) {
            // Rows by value, summed by day into the categories (runs of whole days, in order).
            prepare(q, QStringLiteral("SELECT %1, COUNT(*) FROM %2 WHERE %3 GROUP BY %1")
                           .arg(s.dayColumn, from, s.where));
            for (const QVariant &v : std::as_const(s.whereValues))
                q.addBindValue(v);
            if (!q.exec())
                return failed(q);
            QHash<QString, int> categoryOfDay;
            for (int ci = 0; ci < s.categories.size(); ++ci) {
                const QVariantList &range = s.categories.at(ci).values; // [first, last + 1)
                for (QDate d = QDate::fromString(range.at(0).toString(), Qt::ISODate);
                     d < QDate::fromString(range.at(1).toString(), Qt::ISODate); d = d.addDays(1))
                    categoryOfDay.insert(iso(d), ci);
            }
            while (q.next()) {
                const auto ci = categoryOfDay.constFind(q.value(0).toString().left(10));
                if (ci != categoryOfDay.constEnd())
                    chart.values[0][*ci] += q.value(1).toLongLong();
            }
            return chart;
        }
        // One pass over the unit's rows, a CASE per cell.
        QStringList columns;
        QVariantList values;
        QVector<QPair<int, int>> cells;
        for (int si = 0; si < s.series.size(); ++si) {
            const auto counter = s.seriesCount.constFind(s.series.at(si).key);
            if (counter != s.seriesCount.constEnd()) {
                auto counts = (*counter)(db, s.where, s.whereValues);
                if (!counts)
                    return counts.error();
                for (int ci = 0; ci < s.categories.size() && ci < counts.value().size(); ++ci)
                    chart.values[si][ci] = counts.value().at(ci);
                continue;
            }
            for (int ci = 0; ci < s.categories.size(); ++ci) {
                const Part cell = cellCondition(s, si, ci);
                columns << countIf(cell.sql);
                values << cell.values;
                cells << qMakePair(si, ci);
            }
        }
        if (columns.isEmpty())
            return chart;
        prepare(q, QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                       .arg(columns.join(QStringLiteral(", ")), from, s.where));
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        for (const QVariant &v : std::as_const(s.whereValues))
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return failed(q);
        for (int column = 0; column < cells.size(); ++column)
            chart.values[cells.at(column).first][cells.at(column).second] =
                q.value(column).toLongLong();
        return chart;
    }
    // Grouped: a row per value of the group expression, a CASE per series.
    QStringList columns;
    QVariantList values;
    for (const Part &sp : std::as_const(s.series)) {
        columns << countIf(sp.sql);
        values << sp.values;
    }
    QString sql = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 GROUP BY %1 ORDER BY COUNT(*) "
                                 "DESC, %1")
                      .arg(s.groupExpr, columns.join(QStringLiteral(", ")), from, s.where);
    if (s.groupLimit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(s.groupLimit);
    prepare(q, sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    for (const QVariant &v : std::as_const(s.whereValues))
        q.addBindValue(v);
    if (!q.exec())
        return failed(q);
    chart.values.fill({}, s.series.size());
    while (q.next()) {
        const QString key = q.value(0).toString();
        chart.categoryKeys << key;
        chart.categories << s.groupLabel(key);
        for (int si = 0; si < s.series.size(); ++si)
            chart.values[si] << q.value(1 + si).toLongLong();
    }
    return chart;
}

// stock_by_band's chart from stock_by_unit's: its bands (the unit chart's series) summed over
// the units.
Chart bandsOfUnits(const Spec &s, const Chart &byUnit)
{
    Chart chart = s.chart;
    for (const Part &sp : std::as_const(s.series)) {
        chart.seriesKeys << sp.key;
        chart.series << sp.label;
    }
    for (const Part &cp : std::as_const(s.categories)) {
        chart.categoryKeys << cp.key;
        chart.categories << cp.label;
    }
    chart.values.fill(QVector<qint64>(s.categories.size(), 0), s.series.size());
    for (int band = 0; band < byUnit.seriesKeys.size(); ++band) {
        const qsizetype c = chart.categoryKeys.indexOf(byUnit.seriesKeys.at(band));
        if (c < 0 || chart.values.isEmpty())
            continue;
        for (int unit = 0; unit < byUnit.categoryKeys.size(); ++unit)
            chart.values[0][c] += byUnit.value(band, unit);
    }
    return chart;
}

} // namespace

const QStringList &Dashboard::chartIds()
{
    static const QStringList ids{
        QStringLiteral("stock_by_band"),
        QStringLiteral("stock_by_unit"),
        QStringLiteral("reporting_by_month"),
        QStringLiteral("breaches_by_week"),
        QStringLiteral("open_barriers_by_type"),
        QStringLiteral("travel_document_nationalities"),
        QStringLiteral("removals_by_quarter"),
        QStringLiteral("removal_failures_by_reason"),
        QStringLiteral("trace_and_locate_by_year"),
        QStringLiteral("review_compliance_by_team"),
        QStringLiteral("reoffending_by_quarter"),
    };
    return ids;
}

Result<Chart> Dashboard::compute(QSqlDatabase db, const QString &chartId,
                                 const DashboardFilter &filter)
{
    if (!filter.isValid())
        return Error{tr("The dashboard needs a period whose start is on or before its end"),
                     QString(), QStringLiteral("invalid")};
    const std::optional<Spec> s = specFor(chartId, filter);
    if (!s)
        return Error{tr("There is no chart called \"%1\"").arg(chartId), QString(),
                     QStringLiteral("invalid")};
    return run(db, *s);
}

Chart Dashboard::describe(const QString &chartId)
{
    const std::optional<Spec> s =
        specFor(chartId, DashboardFilter::lastTwelveMonths(Clock::today()));
    if (!s)
        return {};
    Chart c = s->chart;
    c.asOf = QDate();
    return c;
}

Result<QVector<Chart>> Dashboard::compute(QSqlDatabase db, const DashboardFilter &filter)
{
    QVector<Chart> out;
    std::optional<Chart> byUnit;
    for (const QString &id : chartIds()) {
        // stock_by_band is stock_by_unit's bands summed over its units (the same people in the
        // same bands, every unit kept): one pass over the stock for both.
        if (id == QLatin1String("stock_by_band")) {
            auto unit = compute(db, QStringLiteral("stock_by_unit"), filter);
            if (!unit)
                return unit.error();
            byUnit = std::move(unit).value();
            out << bandsOfUnits(*specFor(id, filter), *byUnit);
            continue;
        }
        if (id == QLatin1String("stock_by_unit") && byUnit) {
            out << *byUnit;
            continue;
        }
        auto chart = compute(db, id, filter);
        if (!chart)
            return chart.error();
        out << std::move(chart).value();
    }
    return out;
}

Dashboard::Drill Dashboard::drill(const QString &chartId, const DashboardFilter &filter,
                                  const QString &seriesKey, const QString &categoryKey)
{
    const std::optional<Spec> s = specFor(chartId, filter);
    if (!s)
        return {};
    int series = -1;
    for (int i = 0; i < s->series.size(); ++i)
        if (s->series.at(i).key == seriesKey)
            series = i;
    if (series < 0)
        return {};
    QString where;
    QVariantList values = s->whereValues;
    if (s->groupExpr.isEmpty()) {
        int category = -1;
        for (int i = 0; i < s->categories.size(); ++i)
            if (s->categories.at(i).key == categoryKey)
                category = i;
        if (category < 0)
            return {};
        const Part cell = cellCondition(*s, series, category);
        where = QStringLiteral("%1 AND %2").arg(s->where, cell.sql);
        values << cell.values;
    } else {
        const Part &sp = s->series.at(series);
        where = QStringLiteral("%1 AND (%2) AND %3 = ?").arg(s->where, sp.sql, s->groupExpr);
        values << sp.values << categoryKey;
    }
    Drill d;
    d.sql = QStringLiteral("SELECT p.id AS person_id, p.person_ref, p.family_name, "
                           "p.given_names, p.band, p.owning_unit, p.case_owner, %1 AS detail "
                           "FROM %2 WHERE %3 ORDER BY p.person_ref, 8, %4")
                .arg(s->detail, s->from, where, s->unitKey);
    d.countSql = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(s->from, where);
    d.values = values;
    d.detailTitle = s->detailTitle;
    return d;
}

Result<qint64> Dashboard::drillCount(QSqlDatabase db, const Drill &drill)
{
    if (drill.countSql.isEmpty())
        return Error{tr("There is no such part of a chart"), QString(), QStringLiteral("invalid")};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepare(q, drill.countSql);
    for (const QVariant &v : drill.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return queryError(tr("Could not count the rows behind the chart"), q);
    return q.value(0).toLongLong();
}

Result<QStringList> Dashboard::teams(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT team FROM app_user WHERE team IS NOT NULL AND "
                               "team <> '' ORDER BY team")))
        return queryError(tr("Could not read the teams"), q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QStringList> Dashboard::owningUnits(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT owning_unit FROM person WHERE owning_unit IS NOT "
                               "NULL AND owning_unit <> '' ORDER BY owning_unit")))
        return queryError(tr("Could not read the owning units"), q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}
