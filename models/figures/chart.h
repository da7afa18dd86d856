#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

// One chart of the dashboard as numbers: what it counts, as at when, and a count for every
// (series, category) cell. Computed by Dashboard; drawn by the widgets (ChartBuilder), written
// into the report and into `figures --json`. Every cell can be drilled into
// (Dashboard::drill): the rows listed there are exactly the ones counted.
struct Chart
{
    enum class Kind
    {
        Bar,        // one bar per category for each series, side by side
        StackedBar, // series stacked in one bar per category
        Pie         // one series: a slice per category
    };

    QString id;         // Dashboard::chartIds()
    QString title;      // "Non-detained people by band"
    QString definition; // one sentence: what exactly is counted
    QString unit;       // what one count is: "people", "breaches", "barriers", ...
    Kind kind = Kind::Bar;
    QDate asOf;
    // Keys identify a category or series to Dashboard::drill; labels are for people.
    QStringList categoryKeys;
    QStringList categories;
    QStringList seriesKeys;
    QStringList series;
    QVector<QVector<qint64>> values; // [series][category]
    // Whether a series' categories add up to something: not for people counted per period
    // (someone reporting all year is in every month), whose total would count them twelve times.
    bool categoriesAddUp = true;

    qint64 value(int series, int category) const
    {
        return series >= 0 && series < values.size() && category >= 0 &&
                       category < values.at(series).size()
                   ? values.at(series).at(category)
                   : 0;
    }
    qint64 total() const
    {
        qint64 t = 0;
        for (const auto &s : values)
            for (const qint64 v : s)
                t += v;
        return t;
    }
};
