#include "chartchanges.h"

#include "store/userstore.h"

namespace {
const QString StockByBand = QStringLiteral("stock_by_band");
const QString StockByUnit = QStringLiteral("stock_by_unit");
const QString Stock = QStringLiteral("non_detained");
} // namespace

const QStringList &ChartChanges::figureKeys()
{
    static const QStringList keys{Stock, QStringLiteral("by_band/1"), QStringLiteral("by_band/2"),
                                  QStringLiteral("by_band/3"), QStringLiteral("by_band/4")};
    return keys;
}

bool ChartChanges::comparable(const QString &chartId)
{
    // Not review_compliance_by_team: its bars leave out the people with no date to be
    // reviewed by, so a team's bar is not a figure the snapshot keeps.
    return chartId == StockByBand || chartId == StockByUnit;
}

std::optional<ChartChanges::Bar> ChartChanges::bar(const Chart &chart, int category,
                                                   const DashboardFilter &filter,
                                                   const QHash<QString, QString> &teamOf)
{
    if (!comparable(chart.id) || category < 0 || category >= chart.categoryKeys.size())
        return std::nullopt;
    Bar out;
    // The filter as the dashboard applies it: an empty one is everyone.
    if (!filter.owningUnit.isEmpty())
        out.scope.unit = filter.owningUnit;
    if (!filter.team.isEmpty())
        out.scope.team = filter.team;
    out.scope.teamOf = teamOf;
    const QString key = chart.categoryKeys.at(category);
    if (chart.id == StockByBand) {
        out.figure = QStringLiteral("by_band/") + key;
    } else {
        // The stock of one unit, in all its bands: the whole stacked bar.
        out.figure = Stock;
        out.scope.unit = key;
    }
    return out;
}

QVector<std::optional<FigureComparison>>
ChartChanges::compare(const Chart &chart, const DashboardFilter &filter, const FigureSnapshot &from,
                      const FigureSnapshot &to, const QHash<QString, QString> &teamOf)
{
    QVector<std::optional<FigureComparison>> out;
    if (!comparable(chart.id))
        return out;
    for (int c = 0; c < chart.categoryKeys.size(); ++c) {
        const auto b = bar(chart, c, filter, teamOf);
        out << (b ? FigureComparison::compare(from, to, b->figure, b->scope) : std::nullopt);
    }
    return out;
}

qint64 ChartChanges::barTotal(const Chart &chart, int category)
{
    qint64 total = 0;
    for (int s = 0; s < chart.values.size(); ++s)
        total += chart.value(s, category);
    return total;
}

Result<QHash<QString, QString>> ChartChanges::teams(QSqlDatabase db)
{
    const auto users = UserStore(db).users();
    if (!users)
        return users.error();
    QHash<QString, QString> out;
    for (const AppUser &u : users.value())
        out.insert(u.userName, u.team);
    return out;
}
