#pragma once

#include <QDate>
#include <QString>

// What every chart of the dashboard is filtered by at once. The period's end is the as-of date
// of the snapshot charts (stock, barriers, reviews); the time series count within the period.
struct DashboardFilter
{
    QString team;       // app_user.team of the person's case owner; empty: every team
    QString owningUnit; // person.owning_unit; empty: every unit
    QDate from;         // first day counted
    QDate to;           // last day counted, and the as-of date

    // The 12 months ending on `asOf`: from the first day of the month 11 months before.
    static DashboardFilter lastTwelveMonths(const QDate &asOf)
    {
        DashboardFilter f;
        f.to = asOf;
        f.from = QDate(asOf.year(), asOf.month(), 1).addMonths(-11);
        return f;
    }
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool operator==(const DashboardFilter &o) const
    {
        return team == o.team && owningUnit == o.owningUnit && from == o.from && to == o.to;
    }
};
