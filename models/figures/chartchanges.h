#pragma once

#include "chart.h"
#include "dashboardfilter.h"
#include "db/error.h"
#include "domain/figurecomparison.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>
#include <optional>

// The dashboard compared with a publication (issue 22): the change of each bar of the charts
// that count the stock as it stands, as a FigureComparison of the people figure the bar is a
// part of. Each bar is a figure in a scope (FigureComparison::Scope): "Band 2" is by_band/2,
// a unit's bar is non_detained among its people, and the dashboard's own team and unit filter
// narrows every one, so that a bar's "to" is exactly the bar and its list explains
// the change from the publication's. The charts of a period (breaches, removals, reporting by
// month...) count events the snapshot does not keep, and have no changes.
class ChartChanges
{
    Q_DECLARE_TR_FUNCTIONS(ChartChanges)

public:
    // The people figures the comparable charts are made of: what SnapshotCapture::people needs.
    static const QStringList &figureKeys();
    // Whether `chartId`'s bars can be compared with a publication.
    static bool comparable(const QString &chartId);
    // The figure and the scope of bar `category` of `chart` under `filter`; nothing for a
    // chart that is not comparable.
    struct Bar
    {
        QString figure;
        FigureComparison::Scope scope;
    };
    static std::optional<Bar> bar(const Chart &chart, int category, const DashboardFilter &filter,
                                  const QHash<QString, QString> &teamOf);
    // Every bar of `chart` compared between `from` and `to`, by category; empty for a chart
    // that is not comparable, and nothing at a bar whose figure either side did not keep.
    static QVector<std::optional<FigureComparison>>
    compare(const Chart &chart, const DashboardFilter &filter, const FigureSnapshot &from,
            const FigureSnapshot &to, const QHash<QString, QString> &teamOf);
    // The total of bar `category`: the sum of its series (a stacked bar), what its change is of.
    static qint64 barTotal(const Chart &chart, int category);
    // Each user name's team ("" for none), as the dashboard's team filter reads app_user.
    static Result<QHash<QString, QString>> teams(QSqlDatabase db);
};
