#pragma once

#include "figures/chart.h"

#include <QCoreApplication>

class QChart;

// Draws a Chart (the numbers) as a Qt Charts QChart: bars, stacked bars or a pie, the title,
// the category axis and a value axis in whole numbers, a legend when there is more than one
// series. The one drawing used by the dashboard on screen, the saved PNG/PDF of a chart and the
// management report, so all three look the same.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)

public:
    // A new chart, owned by the caller (a QChartView takes it over). The bar sets' and pie
    // slices' clicked signals are the caller's to connect: a QBarSet's label is
    // Chart::series[s] and ChartBuilder::barCategory turns the clicked index into the
    // category; a slice's label starts with Chart::categories[c] (ChartBuilder::sliceCategory
    // gives c back).
    static QChart *build(const Chart &chart);
    // The category index of a pie slice built by build(), -1 if none.
    static int sliceCategory(const QObject *slice);
    // The category of bar `index` of a set built by build(). Horizontal bars (long labels)
    // list the first category at the top, so their sets hold the categories last first.
    static int barCategory(const QObject *set, int index);
    // The height (pixels at 96 dpi) below which Qt Charts would cut the chart's category
    // labels to "...": many horizontal bars need more than the usual 300, and more again for
    // labels of two lines ("Band 1<br>(+5)": Qt Charts draws its labels as rich text).
    static int minimumHeight(const Chart &chart);
};
