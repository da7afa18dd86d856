#include "dashboardreport.h"

#include "chartbuilder.h"
#include "figures/dashboard.h"
#include "io/disclosurelog.h"
#include "itemmodels/displaytext.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

// The report's palette: dark ink for figures, a quieter grey for labels and rules, one accent.
const QColor Ink(0x1d, 0x27, 0x33);
const QColor Muted(0x5b, 0x66, 0x70);
const QColor Rule(0xc4, 0xcc, 0xd3);
const QColor HeaderFill(0xe6, 0xec, 0xf1);
const QColor Stripe(0xf5, 0xf7, 0xf9);
const QColor Accent(0x1f, 0x4e, 0x79);
// A chart's table of numbers, in points, before it has to shrink to fit.
constexpr double TablePoints = 9;

QFont reportFont(double points, bool bold = false)
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString date(const QDate &d)
{
    return DisplayText::date(d.toString(Qt::ISODate));
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// One page of the report: the painter, the area inside the margins and millimetres in device
// pixels, so the layout is the same on a 300 dpi PDF and a 600 dpi printer.
struct Page
{
    QPainter &painter;
    QRectF area;
    double pixelsPerMm;

    double mm(double v) const { return v * pixelsPerMm; }
    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, painter.device()); }

    // Draws `text` wrapped into the width of `rect` from its top; returns the height used.
    double paragraph(const QRectF &rect, const QString &text, const QFont &font,
                     const QColor &color, int flags = Qt::AlignLeft | Qt::TextWordWrap)
    {
        painter.setFont(font);
        painter.setPen(color);
        const QRectF used = painter.boundingRect(rect, flags | Qt::AlignTop, text);
        painter.drawText(rect, flags | Qt::AlignTop, text);
        return used.height();
    }
    void hline(double y, const QColor &color, double widthMm)
    {
        painter.setPen(QPen(color, mm(widthMm)));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
};

// A table of text cells: a header row, body rows and (bold, after a rule) total rows. It is
// drawn into a fixed rectangle and never beyond: a long narrow table folds into two blocks
// side by side, then the font shrinks, and last only the body rows that fit are shown with a
// row saying how many more there are.
struct Table
{
    QStringList header;
    QVector<QStringList> rows;
    QVector<QStringList> totals;
    QVector<Qt::Alignment> align; // per column
    int stretch = 0;              // the column given the spare width, elided when short

    // Two blocks side by side for a long list of one or two figures (26 weeks, 20 units).
    int blocks() const { return header.size() <= 3 && rows.size() > 14 ? 2 : 1; }
};

// The fonts, row heights and column widths of a table at one font size.
struct TableLayout
{
    QFont font;
    QFont bold;
    double padding = 0;
    double rowHeight = 0;
    double headerHeight = 0;
    int blocks = 1;
    double gap = 0; // between blocks
    QVector<double> widths;

    double blockWidth() const { return std::accumulate(widths.begin(), widths.end(), 0.0); }
    double height(qsizetype rows, qsizetype totals) const
    {
        return headerHeight + double((rows + blocks - 1) / blocks + totals) * rowHeight;
    }
};

TableLayout layOut(const Page &page, const Table &table, double width, double points)
{
    TableLayout l;
    l.font = reportFont(points);
    l.bold = reportFont(points, true);
    const QFontMetricsF fm = page.metrics(l.font);
    const QFontMetricsF fmBold = page.metrics(l.bold);
    l.padding = page.mm(1.8);
    l.rowHeight = fm.height() * 1.6;
    l.blocks = table.blocks();
    l.gap = l.blocks > 1 ? page.mm(8) : 0;
    const double space = (width - (l.blocks - 1) * l.gap) / l.blocks;
    const int columns = int(table.header.size());
    // Each column as wide as its widest cell and its heading on one line where there is room,
    // else its longest heading word (the heading wraps); the stretch column takes the rest.
    QVector<double> cells(columns, 0), words(columns, 0), headings(columns, 0);
    for (int c = 0; c < columns; ++c) {
        for (const QStringList &row : table.rows)
            cells[c] = std::max(cells[c], fm.horizontalAdvance(row.value(c)));
        for (const QStringList &row : table.totals)
            cells[c] = std::max(cells[c], fmBold.horizontalAdvance(row.value(c)));
        for (const QString &word : table.header.at(c).split(QLatin1Char(' ')))
            words[c] = std::max(words[c], fmBold.horizontalAdvance(word));
        headings[c] = fmBold.horizontalAdvance(table.header.at(c));
    }
    // Figures columns get some air, so a column of "3" does not look cramped; together they
    // leave the labels at least 40% of the width.
    const double minimum = page.mm(17);
    const double maxFixed = space * 0.6;
    double oneLine = 0, wrapped = 0;
    for (int c = 0; c < columns; ++c) {
        if (c == table.stretch)
            continue;
        oneLine += std::max({cells[c], headings[c]}) + 2 * l.padding;
        wrapped += std::max({cells[c], words[c]}) + 2 * l.padding;
    }
    const bool onOneLine = oneLine <= maxFixed;
    l.widths.resize(columns);
    double fixed = 0;
    for (int c = 0; c < columns; ++c) {
        if (c == table.stretch)
            continue;
        l.widths[c] = std::max(
            std::max({cells[c], onOneLine ? headings[c] : words[c]}) + 2 * l.padding, minimum);
        fixed += l.widths[c];
    }
    if (fixed > maxFixed) {
        for (int c = 0; c < columns; ++c) {
            if (c != table.stretch)
                l.widths[c] *= maxFixed / fixed;
        }
        fixed = maxFixed;
    }
    l.widths[table.stretch] = space - fixed;
    double header = fmBold.height();
    for (int c = 0; c < columns; ++c) {
        const QRectF cell(0, 0, l.widths[c] - 2 * l.padding, 1e6);
        header = std::max(
            header,
            fmBold.boundingRect(cell, Qt::TextWordWrap | table.align.value(c), table.header.at(c))
                .height());
    }
    l.headerHeight = header + fm.height() * 0.7;
    return l;
}

// The height `table` takes at `points` in `width`, before any shrinking or cutting.
double tableHeight(const Page &page, const Table &table, double width, double points)
{
    return layOut(page, table, width, points).height(table.rows.size(), table.totals.size());
}

// Draws `table` inside `rect`, between `points` and `minPoints` in size; returns the height used.
double drawTable(Page &page, Table table, const QRectF &rect, double points, double minPoints)
{
    TableLayout l = layOut(page, table, rect.width(), points);
    const auto fits = [&](const TableLayout &t) {
        return t.height(table.rows.size(), table.totals.size()) <= rect.height();
    };
    for (double size = points - 0.5; !fits(l) && size >= minPoints - 1e-9; size -= 0.5)
        l = layOut(page, table, rect.width(), size);
    if (!fits(l)) {
        const int perBlock = int(std::floor(
            (rect.height() - l.headerHeight - double(table.totals.size()) * l.rowHeight) /
            l.rowHeight));
        const int shown = std::max(0, perBlock * l.blocks - 1);
        const int hidden = int(table.rows.size()) - shown;
        table.rows.resize(shown);
        QStringList more;
        for (int c = 0; c < table.header.size(); ++c)
            more << QString();
        more[table.stretch] =
            DashboardReport::tr("… and %n more, counted in the total", "", hidden);
        table.rows << more;
    }

    QPainter &p = page.painter;
    const int columns = int(table.header.size());
    const qsizetype perBlock = (table.rows.size() + l.blocks - 1) / l.blocks;
    double bottom = rect.top();
    for (int b = 0; b < l.blocks; ++b) {
        const double left = rect.left() + b * (l.blockWidth() + l.gap);
        const auto cellRect = [&](int c, double y, double h) {
            double x = left;
            for (int i = 0; i < c; ++i)
                x += l.widths[i];
            return QRectF(x + l.padding, y, l.widths[c] - 2 * l.padding, h);
        };
        const auto rule = [&](double y, const QColor &color, double widthMm) {
            p.setPen(QPen(color, page.mm(widthMm)));
            p.drawLine(QPointF(left, y), QPointF(left + l.blockWidth(), y));
        };
        double y = rect.top();
        p.fillRect(QRectF(left, y, l.blockWidth(), l.headerHeight), HeaderFill);
        p.setFont(l.bold);
        p.setPen(Ink);
        for (int c = 0; c < columns; ++c)
            p.drawText(cellRect(c, y, l.headerHeight),
                       Qt::AlignVCenter | Qt::TextWordWrap | table.align.value(c),
                       table.header.at(c));
        y += l.headerHeight;
        const auto drawRow = [&](const QStringList &row, const QFont &font) {
            p.setFont(font);
            p.setPen(Ink);
            const QFontMetricsF fm = page.metrics(font);
            for (int c = 0; c < columns; ++c) {
                const QRectF cell = cellRect(c, y, l.rowHeight);
                p.drawText(cell, Qt::AlignVCenter | table.align.value(c),
                           fm.elidedText(row.value(c), Qt::ElideRight, cell.width()));
            }
            y += l.rowHeight;
        };
        const qsizetype first = b * perBlock;
        const qsizetype last = std::min(table.rows.size(), first + perBlock);
        for (qsizetype r = first; r < last; ++r) {
            if ((r - first) % 2 == 1)
                p.fillRect(QRectF(left, y, l.blockWidth(), l.rowHeight), Stripe);
            drawRow(table.rows.at(r), l.font);
        }
        // The totals close the last block, level with the end of the others.
        if (b == l.blocks - 1 && !table.totals.isEmpty()) {
            y = rect.top() + l.headerHeight + double(perBlock) * l.rowHeight;
            rule(y, Muted, 0.3);
            for (const QStringList &row : std::as_const(table.totals))
                drawRow(row, l.bold);
        }
        rule(y, Rule, 0.2);
        bottom = std::max(bottom, y);
    }
    return bottom - rect.top();
}

// The chart as ChartBuilder draws it on screen, scaled onto the page as vector graphics. It
// is laid out at the size it would have on a 96 dpi screen so that its fonts and lines keep
// their proportions; its title is the page's heading instead.
void drawChart(QPainter &painter, const Chart &chart, const QRectF &target)
{
    QGraphicsScene scene;
    QChart *drawn = ChartBuilder::build(chart);
    scene.addItem(drawn); // the scene owns it from here
    drawn->setTitle(QString());
    drawn->setAnimationOptions(QChart::NoAnimation);
    drawn->setDropShadowEnabled(false);
    drawn->setBackgroundRoundness(0);
    const double scale = painter.device()->logicalDpiX() / 96.0;
    const QSizeF logical = target.size() / scale;
    drawn->resize(logical);
    // The chart lays out its axes and legend on posted layout requests.
    QCoreApplication::sendPostedEvents();
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, target, scene.sceneRect());
}

// Whether the series of `chart` are parts of one whole (stacked), so that a category's total
// means something; side-by-side series overlap (planned and succeeded removals).
bool seriesAddUp(const Chart &chart)
{
    return chart.series.size() > 1 && chart.kind == Chart::Kind::StackedBar;
}

// Whether adding up the categories counts anything (Chart::categoriesAddUp).
bool categoriesAddUp(const Chart &chart)
{
    return chart.categoriesAddUp;
}

Table chartTable(const Chart &chart)
{
    Table t;
    const bool single = chart.series.size() <= 1;
    const bool rowTotals = seriesAddUp(chart);
    const bool pie = chart.kind == Chart::Kind::Pie;
    t.header << QString();
    t.align << (Qt::AlignLeft | Qt::AlignVCenter);
    for (int s = 0; s < chart.series.size(); ++s) {
        t.header << chart.series.at(s);
        t.align << Qt::AlignRight;
    }
    if (chart.series.isEmpty()) {
        t.header << chart.unit;
        t.align << Qt::AlignRight;
    }
    if (rowTotals) {
        t.header << DashboardReport::tr("Total");
        t.align << Qt::AlignRight;
    }
    const qint64 total = chart.total();
    if (pie && single) {
        t.header << DashboardReport::tr("Share");
        t.align << Qt::AlignRight;
    }
    const auto share = [total](qint64 v) {
        return total > 0 ? QLocale().toString(100.0 * double(v) / double(total), 'f', 1) +
                               QStringLiteral("%")
                         : QStringLiteral("–");
    };
    for (int c = 0; c < chart.categories.size(); ++c) {
        QStringList row{chart.categories.at(c)};
        qint64 sum = 0;
        for (int s = 0; s < std::max<qsizetype>(1, chart.series.size()); ++s) {
            row << number(chart.value(s, c));
            sum += chart.value(s, c);
        }
        if (rowTotals)
            row << number(sum);
        if (pie && single)
            row << share(sum);
        t.rows << row;
    }
    if (chart.categories.size() > 1 && categoriesAddUp(chart)) {
        QStringList row{DashboardReport::tr("Total")};
        for (int s = 0; s < std::max<qsizetype>(1, chart.series.size()); ++s) {
            qint64 sum = 0;
            for (int c = 0; c < chart.categories.size(); ++c)
                sum += chart.value(s, c);
            row << number(sum);
        }
        if (rowTotals)
            row << number(total);
        if (pie && single)
            row << (total > 0 ? share(total) : QStringLiteral("–"));
        t.totals << row;
    }
    return t;
}

QString teamText(const DashboardFilter &filter)
{
    return filter.team.isEmpty() ? DashboardReport::tr("All teams") : filter.team;
}

QString unitText(const DashboardFilter &filter)
{
    return filter.owningUnit.isEmpty() ? DashboardReport::tr("All units") : filter.owningUnit;
}

QString periodText(const DashboardFilter &filter)
{
    return DashboardReport::tr("%1 – %2").arg(date(filter.from), date(filter.to));
}

// The bottom line of every page; the database's path gives way (elided in the middle) so the
// page number always shows.
void drawFooter(Page &page, const DashboardFilter &filter,
                const DashboardReport::Provenance &provenance, int pageNumber, int pages)
{
    const QFont font = reportFont(7.5);
    const QFontMetricsF fm = page.metrics(font);
    const QString pattern = DashboardReport::tr("Lodestar · %1 · as at %2 · page %3 of %4");
    const QString rest = pattern.arg(QString(), date(filter.to)).arg(pageNumber).arg(pages);
    const QString database = fm.elidedText(provenance.database, Qt::ElideMiddle,
                                           page.area.width() - fm.horizontalAdvance(rest));
    const QString text = pattern.arg(database, date(filter.to)).arg(pageNumber).arg(pages);
    const double height = fm.height();
    const double top = page.area.bottom() - height;
    page.hline(top - page.mm(1.5), Rule, 0.2);
    page.painter.setFont(font);
    page.painter.setPen(Muted);
    page.painter.drawText(QRectF(page.area.left(), top, page.area.width(), height),
                          Qt::AlignLeft | Qt::AlignVCenter, text);
}

// Where the body of a page ends: above the footer and its rule.
double bodyBottom(const Page &page)
{
    return page.area.bottom() - page.metrics(reportFont(7.5)).height() - page.mm(5);
}

void drawCover(Page &page, const QVector<Chart> &charts, const DashboardFilter &filter,
               const DashboardReport::Provenance &provenance)
{
    QPainter &p = page.painter;
    const QRectF &a = page.area;
    double y = a.top();
    p.fillRect(QRectF(a.left(), y, a.width(), page.mm(2.2)), Accent);
    y += page.mm(12);
    y += page.paragraph(QRectF(a.left(), y, a.width(), a.height()),
                        DashboardReport::tr("Lodestar management report"), reportFont(24, true),
                        Ink);
    y += page.mm(2);
    y += page.paragraph(QRectF(a.left(), y, a.width(), a.height()),
                        DashboardReport::tr("As at %1").arg(date(filter.to)), reportFont(15),
                        Accent);
    y += page.mm(10);

    // The provenance as a two-column list: what the figures cover and where they came from.
    QList<QPair<QString, QString>> details{
        {DashboardReport::tr("As at"), date(filter.to)},
        {DashboardReport::tr("Period"), periodText(filter)},
        {DashboardReport::tr("Team"), teamText(filter)},
        {DashboardReport::tr("Owning unit"), unitText(filter)},
        {DashboardReport::tr("Produced by"), provenance.producedBy},
        {DashboardReport::tr("Produced at"), provenance.producedAt},
        {DashboardReport::tr("Database"), provenance.database}};
    if (provenance.snapshotId > 0) {
        const QString id = QString::number(provenance.snapshotId);
        const QString as =
            provenance.snapshotLabel.isEmpty()
                ? DashboardReport::tr("as snapshot %1").arg(id)
                : DashboardReport::tr("as snapshot %1, \"%2\"").arg(id, provenance.snapshotLabel);
        details << qMakePair(DashboardReport::tr("Published"),
                             DashboardReport::tr("%1: lodestar figures --snapshot %2 prints "
                                                 "these figures again, and lodestar compare "
                                                 "explains any change since")
                                 .arg(as, id));
    }
    const QFont label = reportFont(10, true);
    const QFont value = reportFont(10);
    const double labelWidth = page.mm(34);
    for (const auto &d : details) {
        page.paragraph(QRectF(a.left(), y, labelWidth, a.height()), d.first, label, Muted);
        // A long path breaks anywhere rather than running off the page.
        y += page.paragraph(QRectF(a.left() + labelWidth, y, a.width() - labelWidth, a.height()),
                            d.second, value, Ink, Qt::AlignLeft | Qt::TextWrapAnywhere) +
             page.mm(1.8);
    }
    y += page.mm(6);
    y += page.paragraph(
        QRectF(a.left(), y, a.width(), a.height()),
        DashboardReport::tr(
            "Each chart counts as at the date above, for the team, owning unit and period "
            "shown, and says in one sentence what it counts. The charts that follow a period "
            "count within it; the others are a snapshot on the as-of date. Quarters and years "
            "are those of the business year, 1 April to 31 March (\"Q4 2025/26\" is January "
            "to March 2026), cut to the period; months are calendar months. The same figures "
            "are on Lodestar's dashboard, where every bar or slice opens the list of exactly "
            "the people or records it counts."),
        reportFont(9.5), Ink);
    y += page.mm(10);
    y += page.paragraph(QRectF(a.left(), y, a.width(), a.height()), DashboardReport::tr("Contents"),
                        reportFont(13, true), Ink);
    y += page.mm(3);

    Table contents;
    contents.header << DashboardReport::tr("Page") << DashboardReport::tr("Chart")
                    << DashboardReport::tr("Total counted");
    contents.align << Qt::AlignRight << Qt::AlignLeft << Qt::AlignRight;
    contents.stretch = 1;
    for (int i = 0; i < charts.size(); ++i) {
        const Chart &c = charts.at(i);
        contents.rows << QStringList{
            QString::number(i + 2), c.title,
            categoriesAddUp(c) ? DashboardReport::tr("%1 %2").arg(number(c.total()), c.unit)
                               : DashboardReport::tr("counted per period")};
    }
    drawTable(page, contents, QRectF(a.left(), y, a.width(), bodyBottom(page) - y), 10, 7);
}

void drawChartPage(Page &page, const Chart &chart, const DashboardFilter &filter)
{
    const QRectF &a = page.area;
    const double bottom = bodyBottom(page);
    double y = a.top();
    // A running head, so a loose page still says which report it belongs to.
    const QFont head = reportFont(8);
    page.painter.setFont(head);
    page.painter.setPen(Muted);
    const double headHeight = page.metrics(head).height();
    page.painter.drawText(QRectF(a.left(), y, a.width(), headHeight), Qt::AlignLeft,
                          DashboardReport::tr("Lodestar management report"));
    page.painter.drawText(QRectF(a.left(), y, a.width(), headHeight), Qt::AlignRight,
                          DashboardReport::tr("As at %1").arg(date(filter.to)));
    y += headHeight + page.mm(1.5);
    page.hline(y, Accent, 0.6);
    y += page.mm(6);
    y += page.paragraph(QRectF(a.left(), y, a.width(), a.height()), chart.title,
                        reportFont(16, true), Ink);
    y += page.mm(1.5);
    y += page.paragraph(QRectF(a.left(), y, a.width(), a.height()),
                        DashboardReport::tr("Period %1 · %2 · %3")
                            .arg(periodText(filter), teamText(filter), unitText(filter)),
                        reportFont(8.5), Muted);
    y += page.mm(3.5);
    y += page.paragraph(
        QRectF(a.left(), y, a.width(), a.height()),
        DashboardReport::tr("As at %1: %2")
            .arg(date(chart.asOf.isValid() ? chart.asOf : filter.to), chart.definition),
        reportFont(10), Ink);
    y += page.mm(5);
    // The table as it comes, the chart the rest of the page within reason; a table too long
    // for what is then left shrinks or is cut short.
    const Table table = chartTable(chart);
    const double gap = page.mm(7);
    const double tableNeeds =
        chart.categories.isEmpty() ? 0 : tableHeight(page, table, a.width(), TablePoints);
    const double chartHeight = std::clamp(bottom - y - gap - tableNeeds, page.mm(80), page.mm(130));
    drawChart(page.painter, chart, QRectF(a.left(), y, a.width(), chartHeight));
    y += chartHeight + gap;
    if (!chart.categories.isEmpty())
        drawTable(page, table, QRectF(a.left(), y, a.width(), bottom - y), TablePoints, 6.5);
}

} // namespace

Status DashboardReport::paint(QPagedPaintDevice *device, const QVector<Chart> &charts,
                              const DashboardFilter &filter, const Provenance &provenance)
{
    QPainter painter;
    if (!painter.begin(device))
        return Status::fail(tr("Cannot start drawing the management report"));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    Page page{painter, QRectF(0, 0, device->width(), device->height()),
              device->logicalDpiY() / 25.4};
    const int pages = pageCount(charts);
    drawCover(page, charts, filter, provenance);
    drawFooter(page, filter, provenance, 1, pages);
    for (int i = 0; i < charts.size(); ++i) {
        if (!device->newPage()) {
            painter.end();
            return Status::fail(tr("Cannot start page %1 of the management report").arg(i + 2));
        }
        drawChartPage(page, charts.at(i), filter);
        drawFooter(page, filter, provenance, i + 2, pages);
    }
    if (!painter.end())
        return Status::fail(tr("Cannot finish the management report"));
    return {};
}

Disclosure DashboardReport::disclosure(const DashboardFilter &filter, Disclosure::Kind kind,
                                       const QString &file, const QString &reason)
{
    Disclosure d;
    d.kind = kind;
    d.view = QStringLiteral("dashboard");
    d.filters.insert(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    d.filters.insert(QStringLiteral("as_of"), filter.to.toString(Qt::ISODate));
    if (!filter.team.isEmpty())
        d.filters.insert(QStringLiteral("team"), filter.team);
    if (!filter.owningUnit.isEmpty())
        d.filters.insert(QStringLiteral("owning_unit"), filter.owningUnit);
    d.file = file;
    d.format = kind == Disclosure::Kind::Print ? QStringLiteral("print") : QStringLiteral("pdf");
    d.reason = reason;
    return d;
}

Status DashboardReport::writePdf(QSqlDatabase db, const DashboardFilter &filter,
                                 const Provenance &provenance, const QString &path,
                                 const QString &reason)
{
    if (Disclosure::cleanReason(reason).isEmpty())
        return Error{tr("A report of personal data needs a reason"), QString(),
                     QStringLiteral("no-reason")};
    if (!filter.isValid())
        return Status::fail(
            tr("The report's period %1 to %2 is not a valid period")
                .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    const auto charts = Dashboard::compute(db, filter);
    if (!charts)
        return charts.status();
    // Written beside the target and renamed on commit: a failure leaves no half-written PDF.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::fail(tr("Cannot write the report %1").arg(path), file.errorString());
    Status painted;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Lodestar management report"));
        writer.setCreator(QStringLiteral("Lodestar"));
        painted = paint(&writer, charts.value(), filter, provenance);
    }
    if (!painted) {
        file.cancelWriting();
        return painted;
    }
    return DisclosureLog::commit(db, file,
                                 disclosure(filter, Disclosure::Kind::Report, path, reason));
}
