#pragma once

#include "chart.h"
#include "dashboardfilter.h"
#include "db/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
#include <QVector>

// The managers' dashboard (inspection recommendation 2): the one place each chart's figures
// are defined. A chart counts rows of one unit (people, breach events, barriers, removal
// directions) selected by a base condition, the filter, and a condition per series and per
// category; the same conditions give the count on the chart and the rows of its drill-down,
// so the two cannot disagree.
class Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)

public:
    // stock_by_band, stock_by_unit, reporting_by_month, breaches_by_week,
    // open_barriers_by_type, travel_document_nationalities, removals_by_quarter,
    // removal_failures_by_reason, trace_and_locate_by_year, review_compliance_by_team,
    // reoffending_by_quarter.
    static const QStringList &chartIds();
    // Weeks shown by breaches_by_week, ending on the filter's as-of date.
    static constexpr int BreachWeeks = 26;

    static Result<QVector<Chart>> compute(QSqlDatabase db, const DashboardFilter &filter);
    // What a chart counts, without its numbers: id, title, definition, unit and kind, for
    // `figures --definitions` (the same text the dashboard, the drill-down and the report show).
    // An empty id for an unknown chart.
    static Chart describe(const QString &chartId);
    static Result<Chart> compute(QSqlDatabase db, const QString &chartId,
                                 const DashboardFilter &filter);

    // The rows behind one cell of a chart, as SQL: every row the cell counts, one per unit,
    // with the columns person_id, person_ref, family_name, given_names, band, owning_unit,
    // case_owner and detail (text saying what the row is: the breach's date and time, the
    // barrier's type, ...), ordered by person_ref, detail, then the row's own id. Bind `values` in
    // order (the same for sql and countSql). Empty sql for an unknown chart, series or category
    // key.
    struct Drill
    {
        QString sql;
        QVariantList values;
        QString countSql;    // SELECT COUNT(*) of the same rows
        QString detailTitle; // heading of the detail column ("Breach on", "Barrier")
    };
    static Drill drill(const QString &chartId, const DashboardFilter &filter,
                       const QString &seriesKey, const QString &categoryKey);
    static Result<qint64> drillCount(QSqlDatabase db, const Drill &drill);

    // Teams (app_user.team) and owning units (person.owning_unit) to offer as filters.
    static Result<QStringList> teams(QSqlDatabase db);
    static Result<QStringList> owningUnits(QSqlDatabase db);
};
