#include "chartbuilder.h"

#include "itemmodels/colours.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QColor>
#include <QFont>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace {
// Where a slice keeps the index of its category (the label is for people and may change).
constexpr char CategoryProperty[] = "lodestarCategory";
// Set on a bar set whose bars run last category first (horizontal bars).
constexpr char ReversedProperty[] = "lodestarReversed";

// Quiet, distinguishable colours that survive a black-and-white print in order of darkness.
const QVector<QColor> &palette()
{
    static const QVector<QColor> colours = {QColor(0x2b, 0x5c, 0x8a), QColor(0xe0, 0x8a, 0x2e),
                                            QColor(0x5b, 0x9a, 0x58), QColor(0xb0, 0x3a, 0x48),
                                            QColor(0x7a, 0x6e, 0xa8), QColor(0x8c, 0x8c, 0x8c),
                                            QColor(0x3f, 0xa3, 0xb5), QColor(0xc9, 0xa2, 0x27)};
    return colours;
}

QColor colourAt(int i)
{
    return palette().at(i % int(palette().size()));
}

QFont font(qreal points, bool bold = false)
{
    QFont f = QApplication::font();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// The value axis in whole numbers: a step of 1, 2 or 5 times a power of ten with at most six
// intervals, so every tick is an integer ("%d" would otherwise print 0, 0, 1, 1 for a maximum
// of 2 split into quarters).
void wholeNumberRange(QValueAxis *axis, qint64 max)
{
    if (max <= 0)
        max = 1;
    qint64 step = 1;
    for (qint64 power = 1;; power *= 10) {
        bool found = false;
        for (const qint64 m : {1, 2, 5}) {
            if (max <= 6 * m * power) {
                step = m * power;
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    const qint64 top = ((max + step - 1) / step) * step;
    axis->setRange(0, double(top));
    axis->setTickCount(int(top / step) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

qint64 largestBar(const Chart &chart, bool stacked)
{
    qint64 largest = 0;
    for (int c = 0; c < chart.categories.size(); ++c) {
        qint64 sum = 0;
        for (int s = 0; s < chart.series.size(); ++s) {
            const qint64 v = chart.value(s, c);
            sum = stacked ? sum + v : qMax(sum, v);
        }
        largest = qMax(largest, sum);
    }
    return largest;
}

// How the bars of a chart are laid out so that Qt Charts shows every category label whole (it
// cuts a label to "..." when it overflows its slot).
struct BarLayout
{
    bool horizontal = false; // bars across, labels to their left
    bool upright = false;    // vertical bars, labels turned on end
};

constexpr qreal CategoryPoints = 7.5;
// About the plot's width in a dashboard card, and Qt's padding on each side of a label.
constexpr int PlotWidth = 380;
constexpr int LabelPadding = 5;

bool periodKeys(const QStringList &keys)
{
    // Months, weeks, business quarters and years ("2026-03", "2026-03-02", "2025/26-Q4",
    // "2026/27") read left to right in time whatever their labels' length.
    static const QRegularExpression period(
        QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?|/\\d{2}(-Q\\d)?)$"));
    if (keys.isEmpty())
        return false;
    for (const QString &k : keys)
        if (!period.match(k).hasMatch())
            return false;
    return true;
}

BarLayout barLayout(const Chart &chart)
{
    BarLayout layout;
    const QFontMetrics metrics(font(CategoryPoints));
    int widest = 0;
    for (const QString &l : chart.categories)
        for (const QString &line : l.split(QStringLiteral("<br>")))
            widest = qMax(widest, metrics.horizontalAdvance(line));
    const int n = int(chart.categories.size());
    // A bar category axis gives each label the plot's width over n + 1.
    const bool fitsUnder = widest <= PlotWidth / (n + 1) - 2 * LabelPadding;
    if (fitsUnder)
        return layout;
    if (!periodKeys(chart.categoryKeys) && n <= 16)
        layout.horizontal = true;
    else
        layout.upright = true;
    return layout;
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(font(8));
    axis->setLabelsColor(QColor(0x33, 0x33, 0x33));
    axis->setLinePenColor(QColor(0xb0, 0xb0, 0xb0));
    axis->setGridLineColor(QColor(0xe4, 0xe4, 0xe4));
}

void addBars(QChart *qc, const Chart &chart)
{
    const bool stacked = chart.kind == Chart::Kind::StackedBar;
    const BarLayout layout = barLayout(chart);
    const bool horizontal = layout.horizontal;
    const int n = int(chart.categories.size());
    // Qt draws horizontal categories from the bottom up (and its axis' reverse does nothing
    // for bar categories): the sets hold them last first, so the first one reads at the top.
    auto categoryAt = [&](int i) { return horizontal ? n - 1 - i : i; };
    QAbstractBarSeries *series = nullptr;
    if (stacked)
        series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                            : new QStackedBarSeries;
    else
        series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                            : new QBarSeries;
    for (int s = 0; s < chart.series.size(); ++s) {
        auto *set = new QBarSet(chart.series.at(s));
        set->setColor(colourAt(s));
        set->setBorderColor(colourAt(s).darker(115));
        for (int i = 0; i < n; ++i)
            *set << double(chart.value(s, categoryAt(i)));
        set->setProperty(ReversedProperty, horizontal);
        series->append(set);
    }
    // Numbers on the bars when there is room for them; a crowded chart keeps them in the
    // tooltip, the drill-down and the report's table.
    const qsizetype bars = chart.categories.size() * (stacked ? 1 : chart.series.size());
    // A stacked segment too thin for its number would print it over its neighbours (a 0 too):
    // the numbers go inside only when every segment holds its own.
    bool thinSegment = false;
    if (stacked) {
        const QFontMetrics metrics(font(7.5));
        const qreal largest = qMax<qint64>(1, largestBar(chart, true));
        // Roughly the plot's length along the bars in a dashboard card.
        const qreal length = horizontal ? PlotWidth : 180;
        for (int s = 0; s < chart.series.size(); ++s) {
            for (int c = 0; c < n; ++c) {
                const qint64 v = chart.value(s, c);
                const qreal room = length * qreal(v) / largest;
                const qreal needed = horizontal
                                         ? metrics.horizontalAdvance(QLocale().toString(v)) + 6
                                         : metrics.height() + 2;
                thinSegment = thinSegment || v == 0 || room < needed;
            }
        }
    }
    if (bars <= 16 && n > 0 && !thinSegment) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(stacked ? QAbstractBarSeries::LabelsCenter
                                          : QAbstractBarSeries::LabelsOutsideEnd);
        for (QBarSet *set : series->barSets()) {
            set->setLabelFont(font(7.5));
            set->setLabelColor(stacked ? Qt::white : QColor(0x22, 0x22, 0x22));
        }
    }
    series->setBarWidth(chart.series.size() > 1 && !stacked ? 0.8 : 0.65);
    qc->addSeries(series);

    QAbstractAxis *categories = nullptr;
    const int slot = QFontMetrics(font(CategoryPoints)).height() + 2 * LabelPadding;
    if (layout.upright && PlotWidth / (n + 1) < slot) {
        // Too many bars for a label under each (26 weeks): Qt would print "..." under every
        // one. Every k-th bar is labelled instead, counting back from the latest; the tooltip
        // and the list name each bar.
        auto *sparse = new QCategoryAxis;
        sparse->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        sparse->setRange(-0.5, n - 0.5);
        sparse->setStartValue(-0.5);
        const int room = qMax(1, PlotWidth / slot - 1);
        const int step = (n + room - 1) / room;
        for (int i = (n - 1) % step; i < n; i += step)
            sparse->append(chart.categories.at(i), i);
        sparse->setLabelsAngle(-90);
        categories = sparse;
    } else {
        auto *axis = new QBarCategoryAxis;
        for (int i = 0; i < n; ++i)
            axis->append(chart.categories.at(categoryAt(i)));
        if (layout.upright)
            axis->setLabelsAngle(-90);
        categories = axis;
    }
    styleAxis(categories);
    categories->setLabelsFont(font(CategoryPoints));
    categories->setGridLineVisible(false);
    auto *values = new QValueAxis;
    styleAxis(values);
    values->setMinorTickCount(0);
    // Room above the tallest bar for its number.
    const qint64 largest = largestBar(chart, stacked);
    wholeNumberRange(values,
                     series->isLabelsVisible() && !stacked ? largest + largest / 10 + 1 : largest);
    if (horizontal) {
        qc->addAxis(categories, Qt::AlignLeft);
        qc->addAxis(values, Qt::AlignBottom);
    } else {
        qc->addAxis(categories, Qt::AlignBottom);
        qc->addAxis(values, Qt::AlignLeft);
    }
    series->attachAxis(categories);
    series->attachAxis(values);
    qc->legend()->setVisible(chart.series.size() > 1);
}

void addPie(QChart *qc, const Chart &chart)
{
    auto *pie = new QPieSeries;
    for (int c = 0; c < chart.categories.size(); ++c) {
        const qint64 v = chart.value(0, c);
        // A slice of nothing cannot be seen or clicked; the report's table still lists it.
        if (v <= 0)
            continue;
        const QString label =
            ChartBuilder::tr("%1: %2").arg(chart.categories.at(c), QLocale().toString(v));
        QPieSlice *slice = pie->append(label, double(v));
        slice->setProperty(CategoryProperty, c);
        slice->setColor(colourAt(int(pie->count()) - 1));
        slice->setBorderColor(Qt::white);
        slice->setBorderWidth(1);
        slice->setLabelVisible(false); // the legend names the slices: no lines across the chart
    }
    pie->setPieSize(0.9);
    pie->setHoleSize(0.4);
    qc->addSeries(pie);
    // Beside the pie: Qt gives a legend there at most 40% of the width, enough for a reason and
    // its count (the share is in the tooltip and the report's table).
    QLegend *legend = qc->legend();
    legend->setVisible(pie->count() > 0);
    legend->setAlignment(Qt::AlignRight);
    const auto markers = legend->markers(pie);
    for (QLegendMarker *marker : markers)
        marker->setFont(font(7.5));
}

// Over the empty plot, rather than a bare grid that looks like a chart of zeros.
void addNoDataNote(QChart *qc)
{
    auto *note = new QGraphicsSimpleTextItem(ChartBuilder::tr("No data in this period"), qc);
    note->setFont(font(9.5));
    note->setBrush(Colours::quiet());
    note->setZValue(100);
    auto centre = [qc, note] {
        const QRectF plot = qc->plotArea();
        const QRectF text = note->boundingRect();
        note->setPos(plot.center() - text.center());
    };
    QObject::connect(qc, &QChart::plotAreaChanged, qc, centre);
    QObject::connect(qc, &QGraphicsWidget::geometryChanged, qc, centre);
    centre();
}
} // namespace

QChart *ChartBuilder::build(const Chart &chart)
{
    auto *qc = new QChart;
    // Drawn complete at once: an animated chart rendered offscreen (screenshot, PNG, report)
    // would be caught half-grown.
    qc->setAnimationOptions(QChart::NoAnimation);
    qc->setTheme(QChart::ChartThemeLight);
    qc->setBackgroundRoundness(0);
    qc->setMargins(QMargins(6, 4, 6, 4));
    qc->layout()->setContentsMargins(0, 0, 0, 0);
    qc->setTitleFont(font(10, true));
    qc->setTitleBrush(QColor(0x1f, 0x2d, 0x3d));
    qc->setTitle(chart.title);
    qc->setToolTip(chart.definition);
    QLegend *legend = qc->legend();
    legend->setFont(font(7.5));
    // A name cut short to fit is whole in the tooltip.
    legend->setShowToolTips(true);
    legend->setAlignment(Qt::AlignBottom);
    legend->setMarkerShape(QLegend::MarkerShapeRectangle);

    if (chart.kind == Chart::Kind::Pie)
        addPie(qc, chart);
    else
        addBars(qc, chart);
    if (chart.total() == 0)
        addNoDataNote(qc);
    return qc;
}

int ChartBuilder::sliceCategory(const QObject *slice)
{
    if (!slice)
        return -1;
    bool ok = false;
    const int c = slice->property(CategoryProperty).toInt(&ok);
    return ok ? c : -1;
}

int ChartBuilder::barCategory(const QObject *set, int index)
{
    const auto *bars = qobject_cast<const QBarSet *>(set);
    if (!bars || index < 0 || index >= bars->count())
        return -1;
    return bars->property(ReversedProperty).toBool() ? int(bars->count()) - 1 - index : index;
}

int ChartBuilder::minimumHeight(const Chart &chart)
{
    constexpr int Usual = 300;
    if (chart.kind == Chart::Kind::Pie || !barLayout(chart).horizontal)
        return Usual;
    // Each label's slot is the plot's height over n + 1, less Qt's padding, and must hold a
    // line of text; around the plot go the title, the value axis and perhaps the legend.
    // A label may hold more than one line (a bar's change since a publication under its name).
    int lines = 1;
    for (const QString &l : chart.categories)
        lines = qMax(lines, int(l.count(QLatin1String("<br>"))) + 1);
    const int line = QFontMetrics(font(CategoryPoints)).height() * lines + 2 * LabelPadding + 2;
    const int around = 90 + (chart.series.size() > 1 ? 24 : 0);
    return qMax(Usual, around + line * (int(chart.categories.size()) + 1));
}
