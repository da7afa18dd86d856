// The dashboard on screen (issue 7): every chart drawn from Dashboard::compute on a generated
// database, a click on a bar or slice (emitted and with the mouse) opening exactly the rows it
// counts, a filter change recomputing every chart inside the same views, the chart saved as
// PNG and PDF, an error shown rather than a crash, the drill-down list under
// QAbstractItemModelTester and by keyboard, and the main window opening it all by name.
#include "common/comparisonpanel.h"
#include "common/usersettings.h"
#include "dashboard/chartbuilder.h"
#include "dashboard/dashboardview.h"
#include "dashboard/drilldowndialog.h"
#include "dashboard/figurechangedialog.h"
#include "db/session.h"
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "domain/figurecomparison.h"
#include "domain/figuredefinitions.h"
#include "figures/chartchanges.h"
#include "figures/dashboard.h"
#include "figures/snapshotcapture.h"
#include "io/cidimporter.h"
#include "itemmodels/drilldownmodel.h"
#include "itemmodels/figurecomparisonmodel.h"
#include "itemmodels/roles.h"
#include "lists/publishedfiguresview.h"
#include "person/personrecordwidget.h"
#include "snapshotdays.h"
#include "store/figuresnapshotstore.h"
#include "store/storesupport.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QPointer>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QWindow>

// A day as Lodestar shows it, in the user's locale: the suite runs in German too (.ci/matrix).
static QString shownDay(int year, int month, int day)
{
    return QLocale().toString(QDate(year, month, day), QStringLiteral("d MMM yyyy"));
}

class TestDashboardView : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    DashboardFilter m_period;
    const QString m_user = QStringLiteral("sokafor");

    static int chartIndex(const DashboardView &view, const QString &id)
    {
        for (int i = 0; i < view.charts().size(); ++i)
            if (view.charts().at(i).id == id)
                return i;
        return -1;
    }
    static QAbstractBarSeries *bars(QChart *qc)
    {
        const auto series = qc->series();
        return series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(series.first());
    }
    // The bar of `set` that draws `category`.
    static int barOf(const QBarSet *set, int category)
    {
        for (int i = 0; i < set->count(); ++i)
            if (ChartBuilder::barCategory(set, i) == category)
                return i;
        return -1;
    }
    static DrillDownDialog *onlyDialog(DashboardView &view)
    {
        const auto dialogs = view.drillDialogs();
        return dialogs.size() == 1 ? dialogs.first() : nullptr;
    }
    static void closeDialogs(DashboardView &view)
    {
        for (DrillDownDialog *d : view.drillDialogs())
            delete d;
    }
    // The list behind the cell has exactly the rows the chart counts.
    static void checkDialog(DrillDownDialog *dialog, qint64 expected)
    {
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->model()->totalCount(), expected);
        QVERIFY(dialog->model()->fetchAll());
        QCOMPARE(qint64(dialog->model()->rowCount()), expected);
        QVERIFY2(dialog->countLabel()->text().contains(QLocale().toString(expected)),
                 qPrintable(dialog->countLabel()->text()));
    }
    // Clicks the middle of bar `bar` of set `s` of the chart in `view` with the mouse.
    static void clickBar(QChartView *view, int s, int bar)
    {
        QChart *qc = view->chart();
        QAbstractBarSeries *series = bars(qc);
        const qreal v = series->barSets().at(s)->at(bar);
        const bool horizontal = qobject_cast<QHorizontalBarSeries *>(series) ||
                                qobject_cast<QHorizontalStackedBarSeries *>(series);
        const QPointF value = horizontal ? QPointF(v / 2, bar) : QPointF(bar, v / 2);
        const QPointF inChart = qc->mapToPosition(value, series);
        QVERIFY(qc->plotArea().contains(inChart));
        const QPoint inView = view->mapFromScene(qc->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
    }

private slots:
    void initTestCase();
    void everyChartIsDrawnFromTheFigures();
    void emittedBarClickOpensExactlyItsRows();
    void mouseClickOnABarOpensItsRows();
    void pieSliceOpensItsRows();
    void filterChangeRecomputesInTheSameViews();
    void chartSavesAsPngAndPdf();
    void chartMenuSavesAndListsByKeyboard();
    void drillDownModelUnderTester();
    void drillDialogByKeyboard();
    void computeErrorIsShownNotCrashed();
    void periodFromAnEarlierDayIsNotKept();
    void mainWindowOpensTheDashboard();
    void personFromAListComesInFront();
    void compareWithAPublication();
    void barChangesSincePublication();
};

void TestDashboardView::initTestCase()
{
    TestData::isolateSettings(QStringLiteral("tst_dashboardview"));
    DemoGenerator::Options options;
    options.persons = 1500;
    options.seed = 11;
    const Status s = DemoGenerator::generate(m_t.db->sql(), options);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    // The demo's own as-of date, not the clock: the period remembered in the settings is the
    // one the view opens on.
    m_period = DashboardFilter::lastTwelveMonths(QDate::fromString(options.asOf, Qt::ISODate));
    UserSettings settings(m_t.db->sql(), m_user);
    settings.setValue(QStringLiteral("dashboard/from"), m_period.from);
    settings.setValue(QStringLiteral("dashboard/to"), m_period.to);
    settings.setValue(QStringLiteral("dashboard/periodSetOn"), QDate::currentDate());
}

void TestDashboardView::everyChartIsDrawnFromTheFigures()
{
    DashboardView view({m_t.db->sql(), m_user});
    view.resize(1400, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.filter(), m_period);
    QCOMPARE(view.computedFilter(), m_period);
    QVERIFY(view.messageLabel()->isHidden());
    const auto expected = Dashboard::compute(m_t.db->sql(), m_period);
    QVERIFY(expected);
    QCOMPARE(view.charts().size(), Dashboard::chartIds().size());
    QCOMPARE(view.chartViews().size(), view.charts().size());
    for (int i = 0; i < view.charts().size(); ++i) {
        const Chart &chart = view.charts().at(i);
        QCOMPARE(chart.id, expected.value().at(i).id);
        QCOMPARE(chart.values, expected.value().at(i).values);
        QChartView *cv = view.chartViews().at(i);
        QVERIFY(cv->isVisibleTo(&view));
        QVERIFY(cv->chart());
        QCOMPARE(cv->chart()->title(), chart.title);
        QCOMPARE(cv->chart()->series().size(), 1);
        // The numbers drawn are the chart's, cell by cell.
        if (QAbstractBarSeries *series = bars(cv->chart())) {
            QCOMPARE(series->count(), int(chart.series.size()));
            for (int s = 0; s < series->count(); ++s) {
                const QBarSet *set = series->barSets().at(s);
                QCOMPARE(set->label(), chart.series.at(s));
                for (int bar = 0; bar < set->count(); ++bar)
                    QCOMPARE(qint64(set->at(bar)),
                             chart.value(s, ChartBuilder::barCategory(set, bar)));
            }
            // Periods (business quarters and years too) read left to right in time.
            const bool horizontal = qobject_cast<QHorizontalBarSeries *>(series) ||
                                    qobject_cast<QHorizontalStackedBarSeries *>(series);
            for (const char *suffix : {"_by_month", "_by_week", "_by_quarter", "_by_year"})
                if (chart.id.endsWith(QLatin1String(suffix)))
                    QVERIFY2(!horizontal, qPrintable(chart.id));
        } else {
            auto *pie = qobject_cast<QPieSeries *>(cv->chart()->series().first());
            QVERIFY(pie);
            for (QPieSlice *slice : pie->slices())
                QCOMPARE(qint64(slice->value()),
                         chart.value(0, ChartBuilder::sliceCategory(slice)));
        }
        // Every chart says when and what it counts beneath it.
        auto *caption = view.findChild<QLabel *>(QStringLiteral("chartCaption_%1").arg(i));
        QVERIFY(caption);
        QVERIFY(caption->text().contains(chart.definition));
        QVERIFY(caption->text().contains(shownDay(2026, 11, 23)));
    }
    // The first row is on screen whole at 1400x860; the rest scroll.
    auto *scroll = view.findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
    QVERIFY(scroll);
    for (int i = 0; i < 3; ++i) {
        const QRect r(view.chartViews().at(i)->mapTo(scroll->viewport(), QPoint(0, 0)),
                      view.chartViews().at(i)->size());
        QVERIFY2(scroll->viewport()->rect().contains(r), qPrintable(QString::number(i)));
    }
}

void TestDashboardView::emittedBarClickOpensExactlyItsRows()
{
    DashboardView view({m_t.db->sql(), m_user});
    view.resize(1400, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // One chart of people (bands), one of events (breaches), one stacked with two series.
    for (const QString &id : {QStringLiteral("stock_by_band"), QStringLiteral("breaches_by_week"),
                              QStringLiteral("review_compliance_by_team")}) {
        const int index = chartIndex(view, id);
        QVERIFY2(index >= 0, qPrintable(id));
        const Chart &chart = view.charts().at(index);
        QAbstractBarSeries *series = bars(view.chartViews().at(index)->chart());
        QVERIFY(series);
        int checked = 0;
        for (int s = 0; s < chart.series.size(); ++s) {
            for (int c = 0; c < chart.categories.size() && checked < 4; ++c) {
                if (chart.value(s, c) == 0)
                    continue;
                QBarSet *set = series->barSets().at(s);
                emit set->clicked(barOf(set, c));
                DrillDownDialog *dialog = onlyDialog(view);
                checkDialog(dialog, chart.value(s, c));
                if (QTest::currentTestFailed())
                    return;
                QVERIFY(dialog->windowTitle().contains(chart.categories.at(c)));
                if (chart.series.size() > 1)
                    QVERIFY(dialog->windowTitle().contains(chart.series.at(s)));
                closeDialogs(view);
                ++checked;
            }
        }
        QVERIFY2(checked > 0, qPrintable(id));
    }
}

void TestDashboardView::mouseClickOnABarOpensItsRows()
{
    DashboardView view({m_t.db->sql(), m_user});
    view.resize(1400, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *scroll = view.findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
    // Horizontal bars (the first category drawn at the top) and vertical ones.
    for (const QString &id :
         {QStringLiteral("stock_by_band"), QStringLiteral("travel_document_nationalities")}) {
        const int index = chartIndex(view, id);
        QVERIFY2(index >= 0, qPrintable(id));
        const Chart &chart = view.charts().at(index);
        QChartView *cv = view.chartViews().at(index);
        scroll->ensureWidgetVisible(cv, 0, 0);
        QApplication::processEvents();
        // The first and the last category: a drawing upside down would swap them.
        QVector<int> cells;
        for (int c = 0; c < chart.categories.size(); ++c)
            if (chart.value(0, c) > 0)
                cells << c;
        QVERIFY2(cells.size() >= 2, qPrintable(id));
        for (const int c : {cells.first(), cells.last()}) {
            const QBarSet *set = bars(cv->chart())->barSets().at(0);
            // The label drawn beside the bar clicked names the category listed.
            const auto axes = cv->chart()->axes();
            QBarCategoryAxis *axis = nullptr;
            for (QAbstractAxis *a : axes)
                axis = axis ? axis : qobject_cast<QBarCategoryAxis *>(a);
            QVERIFY(axis);
            QCOMPARE(axis->at(barOf(set, c)), chart.categories.at(c));
            QSignalSpy clicked(set, &QBarSet::clicked);
            clickBar(cv, 0, barOf(set, c));
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(clicked.count(), 1);
            DrillDownDialog *dialog = onlyDialog(view);
            checkDialog(dialog, chart.value(0, c));
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(dialog->windowTitle().endsWith(chart.categories.at(c)),
                     qPrintable(dialog->windowTitle()));
            closeDialogs(view);
        }
        QVERIFY(view.drillDialogs().isEmpty());
    }
}

void TestDashboardView::pieSliceOpensItsRows()
{
    DashboardView view({m_t.db->sql(), m_user});
    view.resize(1400, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    int pies = 0;
    for (int index = 0; index < view.charts().size(); ++index) {
        const Chart &chart = view.charts().at(index);
        if (chart.kind != Chart::Kind::Pie)
            continue;
        ++pies;
        auto *pie =
            qobject_cast<QPieSeries *>(view.chartViews().at(index)->chart()->series().at(0));
        QVERIFY(pie);
        QVERIFY2(pie->count() > 0, qPrintable(chart.id));
        for (QPieSlice *slice : pie->slices()) {
            const int c = ChartBuilder::sliceCategory(slice);
            QVERIFY(c >= 0);
            QVERIFY(slice->label().startsWith(chart.categories.at(c)));
            emit slice->clicked();
            checkDialog(onlyDialog(view), chart.value(0, c));
            if (QTest::currentTestFailed())
                return;
            closeDialogs(view);
        }
    }
    QVERIFY(pies > 0);
}

void TestDashboardView::filterChangeRecomputesInTheSameViews()
{
    DashboardView view({m_t.db->sql(), m_user});
    view.resize(1400, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QVector<QChartView *> views = view.chartViews();
    QVector<QChart *> before;
    for (QChartView *cv : views)
        before << cv->chart();

    // An owning unit that holds some but not all of the people.
    const int band = chartIndex(view, QStringLiteral("stock_by_band"));
    const qint64 all = view.charts().at(band).total();
    QComboBox *unit = view.unitCombo();
    QCOMPARE(unit->itemText(0), QStringLiteral("All units"));
    QVERIFY(unit->count() > 2);
    const int leeds = unit->findText(QStringLiteral("CC Leeds"));
    QVERIFY(leeds > 0);
    unit->setCurrentIndex(leeds);
    QCOMPARE(view.computedFilter().owningUnit, QStringLiteral("CC Leeds"));
    DashboardFilter expected = m_period;
    expected.owningUnit = QStringLiteral("CC Leeds");
    auto computed = Dashboard::compute(m_t.db->sql(), expected);
    QVERIFY(computed);
    for (int i = 0; i < views.size(); ++i)
        QCOMPARE(view.charts().at(i).values, computed.value().at(i).values);
    QVERIFY(view.charts().at(band).total() > 0);
    QVERIFY(view.charts().at(band).total() < all);
    // The same views, each with a new chart of the new numbers.
    QCOMPARE(view.chartViews(), views);
    for (int i = 0; i < views.size(); ++i)
        QVERIFY(views.at(i)->chart() != before.at(i));
    QCOMPARE(qint64(bars(views.at(band)->chart())->barSets().at(0)->sum()),
             view.charts().at(band).total());

    // The team by keyboard: the first team under "All teams".
    QComboBox *team = view.teamCombo();
    team->setFocus();
    QTest::keyClick(team, Qt::Key_Down);
    QVERIFY(!view.computedFilter().team.isEmpty());
    QCOMPARE(view.computedFilter().team, team->currentText());
    expected.team = team->currentText();
    computed = Dashboard::compute(m_t.db->sql(), expected);
    QVERIFY(computed);
    for (int i = 0; i < views.size(); ++i)
        QCOMPARE(view.charts().at(i).values, computed.value().at(i).values);

    // A date waits for the typing to pause, then recomputes; the filter is remembered.
    const QDate from = m_period.from.addMonths(6);
    view.fromEdit()->setDate(from);
    QCOMPARE(view.computedFilter().from, m_period.from);
    QTRY_COMPARE(view.computedFilter().from, from);
    QCOMPARE(UserSettings(m_t.db->sql(), m_user).value(QStringLiteral("dashboard/from")).toDate(),
             from);
    QCOMPARE(UserSettings(m_t.db->sql(), m_user)
                 .value(QStringLiteral("dashboard/owningUnit"))
                 .toString(),
             QStringLiteral("CC Leeds"));
    // An empty period is refused with a message, the charts staying as they were.
    view.toEdit()->setDate(from.addDays(-1));
    QTRY_VERIFY(view.messageLabel()->isVisible());
    QCOMPARE(view.computedFilter().from, from);
    QCOMPARE(view.computedFilter().to, m_period.to);

    // Put the settings back for the other tests.
    UserSettings settings(m_t.db->sql(), m_user);
    settings.setValue(QStringLiteral("dashboard/from"), m_period.from);
    settings.setValue(QStringLiteral("dashboard/to"), m_period.to);
    settings.setValue(QStringLiteral("dashboard/periodSetOn"), QDate::currentDate());
    settings.remove(QStringLiteral("dashboard/team"));
    settings.remove(QStringLiteral("dashboard/owningUnit"));
}

void TestDashboardView::chartSavesAsPngAndPdf()
{
    DashboardView view({m_t.db->sql(), m_user});
    view.resize(1400, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(view.saveChartPng(0, png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    // Twice the pixels on screen, and more than a blank page: the bars are in it.
    QVERIFY(image.width() >= 2 * view.chartViews().at(0)->width() - 4);
    bool coloured = false;
    for (int y = 0; y < image.height() && !coloured; y += 3)
        for (int x = 0; x < image.width() && !coloured; x += 3)
            coloured = image.pixelColor(x, y) == QColor(0x2b, 0x5c, 0x8a);
    QVERIFY(coloured);

    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY(view.saveChartPdf(0, pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 2000);
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(!view.saveChartPng(99, png));
    QVERIFY(!view.saveChartPng(0, dir.filePath(QStringLiteral("no/such/folder/x.png"))));
}

void TestDashboardView::chartMenuSavesAndListsByKeyboard()
{
    DashboardView view({m_t.db->sql(), m_user});
    view.resize(1400, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int index = chartIndex(view, QStringLiteral("review_compliance_by_team"));
    const Chart &chart = view.charts().at(index);
    std::unique_ptr<QMenu> menu(view.chartMenu(index, &view));
    QVERIFY(menu);
    QStringList texts;
    for (QAction *a : menu->actions())
        texts << a->text();
    QVERIFY(texts.contains(QStringLiteral("Save chart as &PNG…")));
    QVERIFY(texts.contains(QStringLiteral("Save chart as P&DF…")));
    // One entry per figure that is not nought, in the chart's order; each opens its list.
    QMenu *lists = nullptr;
    for (QAction *a : menu->actions())
        lists = lists ? lists : a->menu();
    QVERIFY(lists);
    int expectedEntries = 0;
    for (int s = 0; s < chart.series.size(); ++s)
        for (int c = 0; c < chart.categories.size(); ++c)
            expectedEntries += chart.value(s, c) > 0 ? 1 : 0;
    QCOMPARE(int(lists->actions().size()), expectedEntries);
    QAction *last = lists->actions().constLast();
    QVERIFY(last->text().startsWith(chart.series.constLast()));
    last->trigger();
    DrillDownDialog *dialog = onlyDialog(view);
    int s = int(chart.series.size()) - 1;
    int c = int(chart.categories.size()) - 1;
    while (chart.value(s, c) == 0)
        --c;
    checkDialog(dialog, chart.value(s, c));
    closeDialogs(view);
    QVERIFY(view.chartMenu(99, &view) == nullptr);
    // Every chart's Save… button and the chart itself are on the keyboard's way.
    for (int i = 0; i < view.charts().size(); ++i) {
        QVERIFY(view.chartViews().at(i)->focusPolicy() & Qt::TabFocus);
        auto *button = view.findChild<QToolButton *>(QStringLiteral("chartActions_%1").arg(i));
        QVERIFY(button);
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
    }
}

void TestDashboardView::drillDownModelUnderTester()
{
    const auto charts = Dashboard::compute(m_t.db->sql(), m_period);
    QVERIFY(charts);
    // The biggest cell of all: more than a page of rows.
    int chartAt = 0, seriesAt = 0, categoryAt = 0;
    for (int i = 0; i < charts.value().size(); ++i) {
        const Chart &chart = charts.value().at(i);
        for (int s = 0; s < chart.series.size(); ++s)
            for (int c = 0; c < chart.categories.size(); ++c)
                if (chart.value(s, c) > charts.value().at(chartAt).value(seriesAt, categoryAt)) {
                    chartAt = i;
                    seriesAt = s;
                    categoryAt = c;
                }
    }
    const Chart &chart = charts.value().at(chartAt);
    const qint64 expected = chart.value(seriesAt, categoryAt);
    QVERIFY2(expected > 2 * DrillDownModel::PageSize, qPrintable(QString::number(expected)));

    DrillDownModel model(m_t.db->sql());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Dashboard::Drill drill = Dashboard::drill(
        chart.id, m_period, chart.seriesKeys.at(seriesAt), chart.categoryKeys.at(categoryAt));
    QVERIFY(model.setDrill(drill));
    QCOMPARE(model.totalCount(), expected);
    QCOMPARE(model.rowCount(), DrillDownModel::PageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 2 * DrillDownModel::PageSize);
    QVERIFY(model.fetchAll());
    QCOMPARE(qint64(model.rowCount()), expected);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.columnCount(), int(DrillDownModel::ColumnCount));
    QCOMPARE(model.headerData(DrillDownModel::Detail, Qt::Horizontal).toString(),
             drill.detailTitle);
    QCOMPARE(model.headerData(DrillDownModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("Name"));

    // The pages follow one another in the drill's order: no row twice, none left out, every
    // row a known person whose reference the row shows.
    QSqlQuery q(m_t.db->sql());
    QVERIFY(q.prepare(drill.sql));
    for (const QVariant &v : drill.values)
        q.addBindValue(v);
    QVERIFY(q.exec());
    int row = 0;
    while (q.next()) {
        QVERIFY(row < model.rowCount());
        // The columns in the order Dashboard::Drill gives them.
        QCOMPARE(model.index(row, DrillDownModel::Reference).data().toString(),
                 q.value(1).toString());
        QCOMPARE(model.index(row, DrillDownModel::Name).data(Roles::PersonId).toLongLong(),
                 q.value(0).toLongLong());
        QVERIFY(q.value(0).toLongLong() > 0);
        QCOMPARE(model.index(row, DrillDownModel::Name).data().toString(),
                 StoreSupport::personName(q.value(2).toString(), q.value(3).toString()));
        QCOMPARE(model.index(row, DrillDownModel::OwningUnit).data().toString(),
                 q.value(5).toString().isEmpty() ? QStringLiteral("(no owning unit)")
                                                 : q.value(5).toString());
        QCOMPARE(model.index(row, DrillDownModel::Detail).data(Roles::Sort).toString(),
                 q.value(7).toString());
        ++row;
    }
    QCOMPARE(row, model.rowCount());

    // An unknown cell lists nothing and says so.
    QVERIFY(!model.setDrill(
        Dashboard::drill(chart.id, m_period, QStringLiteral("nope"), QStringLiteral("nope"))));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
}

void TestDashboardView::drillDialogByKeyboard()
{
    DashboardView view({m_t.db->sql(), m_user});
    view.resize(1400, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int band = chartIndex(view, QStringLiteral("stock_by_band"));
    const Chart &chart = view.charts().at(band);
    int c = 0;
    while (chart.value(0, c) < 2)
        ++c;
    DrillDownDialog *dialog = view.openDrill(band, 0, c);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QSignalSpy activated(dialog, &DrillDownDialog::personActivated);
    QSignalSpy opened(&view, &DashboardView::openPerson);
    QTableView *table = dialog->table();
    QCOMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    const qint64 second = dialog->model()->index(1, 0).data(Roles::PersonId).toLongLong();
    QCOMPARE(activated.first().first().toLongLong(), second);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), second);
    // Enter opened the person; the list stays for the next one.
    QVERIFY(dialog->isVisible());
    QPointer<DrillDownDialog> guard(dialog);
    QTest::keyClick(table, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull()); // closed and deleted
    QVERIFY(view.openDrill(band, 0, 999) == nullptr);
    QVERIFY(view.openDrill(99, 0, 0) == nullptr);
}

void TestDashboardView::computeErrorIsShownNotCrashed()
{
    TestDatabase broken;
    DemoGenerator::Options options;
    options.persons = 50;
    QVERIFY(DemoGenerator::generate(broken.db->sql(), options));
    DashboardView view({broken.db->sql(), m_user});
    view.show();
    QVERIFY(view.messageLabel()->isHidden());
    const auto charts = view.charts();
    QVERIFY(!charts.isEmpty());
    QSqlQuery q(broken.db->sql());
    QVERIFY2(q.exec(QStringLiteral("ALTER TABLE barrier RENAME TO barrier_gone")),
             qPrintable(q.lastError().text()));
    view.reload();
    QVERIFY(view.messageLabel()->isVisible());
    QVERIFY(!view.messageLabel()->text().isEmpty());
    // The last charts stay, with their views.
    QCOMPARE(view.charts().size(), charts.size());
    QCOMPARE(view.chartViews().size(), charts.size());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE barrier_gone RENAME TO barrier")));
    view.reload();
    QVERIFY(view.messageLabel()->isHidden());
}

// A period set on an earlier day gives way to the twelve months to today; team and unit stay.
void TestDashboardView::periodFromAnEarlierDayIsNotKept()
{
    UserSettings settings(m_t.db->sql(), m_user);
    settings.setValue(QStringLiteral("dashboard/periodSetOn"), QDate::currentDate().addDays(-1));
    {
        DashboardView view({m_t.db->sql(), m_user});
        QCOMPARE(view.computedFilter(), DashboardFilter::lastTwelveMonths(QDate::currentDate()));
    }
    settings.setValue(QStringLiteral("dashboard/periodSetOn"), QDate::currentDate());
    DashboardView view({m_t.db->sql(), m_user});
    QCOMPARE(view.computedFilter().to, m_period.to);
}

void TestDashboardView::mainWindowOpensTheDashboard()
{
    MainWindow window(m_t.db, m_user);
    window.resize(1400, 860);
    window.show();
    QVERIFY(window.showView(QStringLiteral("dashboard")));
    auto *view = qobject_cast<DashboardView *>(window.tabs()->currentWidget());
    QVERIFY(view);
    QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), QStringLiteral("Dashboard"));
    // Shown again, the same tab.
    window.tabs()->setCurrentIndex(0);
    auto *action = window.findChild<QAction *>(QStringLiteral("dashboardAction"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    action->trigger();
    QCOMPARE(window.tabs()->currentWidget(), view);
    QCOMPARE(window.findChildren<DashboardView *>().size(), 1);

    // A person chosen in a list opens on their record.
    const int band = chartIndex(*view, QStringLiteral("stock_by_band"));
    int c = 0;
    while (view->charts().at(band).value(0, c) == 0)
        ++c;
    DrillDownDialog *dialog = view->openDrill(band, 0, c);
    QVERIFY(dialog);
    const qint64 id = dialog->model()->index(0, 0).data(Roles::PersonId).toLongLong();
    emit dialog->table()->activated(dialog->model()->index(0, 0));
    auto *record = qobject_cast<PersonRecordWidget *>(window.tabs()->currentWidget());
    QVERIFY(record);
    QCOMPARE(record->personId(), id);
    delete dialog;
}

// Issue 16: the list stayed on top of the person record it opened. It is a window of its own,
// not one held above the main window: the record comes in front of it, and the list stays
// behind for the next person until the dashboard goes.
void TestDashboardView::personFromAListComesInFront()
{
    MainWindow window(m_t.db, m_user);
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.showView(QStringLiteral("dashboard")));
    auto *view = qobject_cast<DashboardView *>(window.tabs()->currentWidget());
    QVERIFY(view);
    const int band = chartIndex(*view, QStringLiteral("stock_by_band"));
    int c = 0;
    while (view->charts().at(band).value(0, c) == 0)
        ++c;
    QPointer<DrillDownDialog> dialog = view->openDrill(band, 0, c);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QVERIFY(dialog->windowHandle());
    QCOMPARE(dialog->windowHandle()->transientParent(), nullptr);
    QCOMPARE(dialog->windowType(), Qt::Window);
    QVERIFY(!(dialog->windowFlags() & Qt::WindowStaysOnTopHint));
    // Closing the main window ends Lodestar even with a list open.
    QVERIFY(!dialog->testAttribute(Qt::WA_QuitOnClose));

    const qint64 id = dialog->model()->index(0, 0).data(Roles::PersonId).toLongLong();
    QCOMPARE(QApplication::focusWidget(), dialog->table());
    QTest::keyClick(dialog->table(), Qt::Key_Return);
    auto *record = qobject_cast<PersonRecordWidget *>(window.tabs()->currentWidget());
    QVERIFY(record);
    QCOMPARE(record->personId(), id);
    QTRY_COMPARE(QApplication::activeWindow(), &window);
    QVERIFY(dialog->isVisible());

    // The list goes with the dashboard's tab.
    window.tabs()->removeTab(window.tabs()->indexOf(view));
    delete view;
    QVERIFY(dialog.isNull());
}

// Compare with… (issue 22): a publication chosen shows each headline figure then → now as the
// model layer compares them, a button opens Published Figures on it, Nothing hides the strip,
// the choice is remembered, and from the window the button brings that comparison in front.
void TestDashboardView::compareWithAPublication()
{
    TestDatabase t;
    QTemporaryDir dir;
    const QString leader = QStringLiteral("tleader");
    QSqlDatabase db = t.db->sql();
    Session::setUser(db, leader);
    const qint64 id = SnapshotDays::publishedThenChanged(db, dir.path(), leader);
    QVERIFY(id > 0);

    DashboardView view({db, leader});
    QComboBox *combo = view.compareCombo();
    QCOMPARE(combo->objectName(), QStringLiteral("compareCombo"));
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemData(0).toLongLong(), qint64(0));
    QCOMPARE(combo->currentIndex(), 0);
    QVERIFY(view.changesStrip()->isHidden());
    const int row = combo->findData(id);
    QVERIFY(row > 0);
    QVERIFY2(combo->itemText(row).startsWith(QStringLiteral("#%1 · ").arg(id)) &&
                 combo->itemText(row).endsWith(QStringLiteral(" · Day one")),
             qPrintable(combo->itemText(row)));

    combo->setCurrentIndex(row);
    QVERIFY(!view.changesStrip()->isHidden());
    QCOMPARE(view.changesStrip()->objectName(), QStringLiteral("changesStrip"));
    // The stock: seven then; P7 joined and P3 (detained) left: P6, left out of the extract,
    // stays. Reporting: P5's restriction ended as well.
    QToolButton *stock = view.changeButton(QStringLiteral("non_detained"));
    QVERIFY(stock);
    QCOMPARE(stock->text(), QStringLiteral("Stock: 7 → 7 (\u00b10)"));
    QCOMPARE(view.changeButton(QStringLiteral("reporting"))->text(),
             QStringLiteral("Reporting: 7 → 6 (\u22121)"));
    QCOMPARE(stock->toolTip(),
             FigureDefinitions::definition(QStringLiteral("non_detained"))->meaning);
    // Every figure of the strip as FigureComparison has it.
    const auto then = FigureSnapshotStore(db).load(id);
    const auto now = SnapshotCapture::people(db, Moment::endOfDay(Clock::today()));
    QVERIFY(then && now);
    for (const QString &key : DashboardView::headlineFigures()) {
        QToolButton *button = view.changeButton(key);
        QVERIFY2(button, qPrintable(key));
        const auto c = FigureComparison::compare(then.value(), now.value(), key);
        QVERIFY2(c, qPrintable(key));
        QVERIFY2(button->text().contains(
                     QStringLiteral(": %1 → %2 (").arg(c->fromValue).arg(c->toValue)),
                 qPrintable(key + QStringLiteral(": ") + button->text()));
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
    }
    QVERIFY(view.changeButton(QStringLiteral("by_band/3"))
                ->text()
                .startsWith(QStringLiteral("Band 3: ")));

    // A click, and Enter, ask for Published Figures on the publication and figure.
    QSignalSpy asked(&view, &ViewBase::showViewPart);
    stock->click();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("published"));
    QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("%1/non_detained").arg(id));
    QTest::keyClick(view.changeButton(QStringLiteral("by_band/3")), Qt::Key_Return);
    QCOMPARE(asked.count(), 2);
    QCOMPARE(asked.at(1).at(1).toString(), QStringLiteral("%1/by_band/3").arg(id));

    // Remembered for the next look; Nothing hides the strip.
    {
        DashboardView again({db, leader});
        QCOMPARE(again.compareCombo()->currentData().toLongLong(), id);
        QVERIFY(!again.changesStrip()->isHidden());
    }
    combo->setCurrentIndex(0);
    QVERIFY(view.changesStrip()->isHidden());
    combo->setCurrentIndex(row);

    // From the window: the button brings that comparison in front.
    MainWindow window(t.db, leader);
    QVERIFY(window.showView(QStringLiteral("dashboard")));
    auto *shown = qobject_cast<DashboardView *>(window.tabs()->currentWidget());
    QVERIFY(shown);
    QCOMPARE(shown->compareCombo()->currentData().toLongLong(), id);
    shown->changeButton(QStringLiteral("by_band/3"))->click();
    auto *figures = qobject_cast<PublishedFiguresView *>(window.tabs()->currentWidget());
    QVERIFY(figures);
    QCOMPARE(figures->selectedPublication(), id);
    QCOMPARE(figures->figureCombo()->currentData().toString(), QStringLiteral("by_band/3"));
    QCOMPARE(figures->targetCombo()->currentData().toLongLong(), qint64(0));
}

// Each bar of the stock's charts shows its change since the publication beside its label, and
// its link (or the chart's menu) lists who joined or left it; Enter opens the person.
void TestDashboardView::barChangesSincePublication()
{
    TestDatabase t;
    QTemporaryDir dir;
    const QString leader = QStringLiteral("tleader");
    QSqlDatabase db = t.db->sql();
    Session::setUser(db, leader);
    const qint64 id = SnapshotDays::publishedThenChanged(db, dir.path(), leader);
    QVERIFY(id > 0);

    DashboardView view({db, leader});
    const int byBand = int(Dashboard::chartIds().indexOf(QStringLiteral("stock_by_band")));
    const int byMonth = int(Dashboard::chartIds().indexOf(QStringLiteral("reporting_by_month")));
    QVERIFY(view.barChanges(byBand).isEmpty());
    QVERIFY(view.changesLabel(byBand)->isHidden());
    QVERIFY(view.showPart(QString::number(id)));
    QVERIFY(!view.showPart(QStringLiteral("999")));

    // Band 3: five then; P7 joined, P1 (asylum claim) and P3 (detained) left. Band 4: P1.
    const auto changes = view.barChanges(byBand);
    QCOMPARE(changes.size(), 4);
    const Chart &chart = view.charts().at(byBand);
    for (int c = 0; c < 4; ++c) {
        QVERIFY(changes.at(c));
        QCOMPARE(changes.at(c)->toValue, ChartChanges::barTotal(chart, c));
    }
    QCOMPARE(changes.at(2)->fromValue, qint64(5));
    QCOMPARE(changes.at(2)->toValue, qint64(4));
    QCOMPARE(changes.at(3)->fromValue, qint64(0));
    QCOMPARE(changes.at(3)->toValue, qint64(1));
    // Beside each bar: its label carries the change.
    auto *axis = qobject_cast<QBarCategoryAxis *>(
        view.chartViews().at(byBand)->chart()->axes(Qt::Vertical).value(0));
    if (!axis)
        axis = qobject_cast<QBarCategoryAxis *>(
            view.chartViews().at(byBand)->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QVERIFY2(axis->categories().contains(chart.categories.at(2) + QStringLiteral("<br>(\u22121)")),
             qPrintable(axis->categories().join(QLatin1Char('|'))));
    QVERIFY(axis->categories().contains(chart.categories.at(0) + QStringLiteral("<br>(\u00b10)")));
    // The links: only the bars someone joined or left.
    QLabel *links = view.changesLabel(byBand);
    QVERIFY(!links->isHidden());
    QVERIFY2(links->text().contains(QStringLiteral("<a href=\"2\">")) &&
                 links->text().contains(QStringLiteral("<a href=\"3\">")) &&
                 !links->text().contains(QStringLiteral("<a href=\"0\">")),
             qPrintable(links->text()));
    QVERIFY(links->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
    // A chart of events over a period has none.
    QVERIFY(view.barChanges(byMonth).isEmpty());
    QVERIFY(view.changesLabel(byMonth)->isHidden());

    // A link opens who joined or left the bar, counted by reason; Enter opens the person.
    emit links->linkActivated(QStringLiteral("2"));
    QCOMPARE(view.changeDialogs().size(), 1);
    FigureChangeDialog *dialog = view.changeDialogs().first();
    QVERIFY(dialog->windowTitle().contains(chart.categories.at(2)));
    ComparisonPanel *panel = dialog->panel();
    QAbstractItemModelTester tester(panel->table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->table()->model()->rowCount(), 3);
    QVERIFY2(panel->headerLabel()->text().startsWith(QStringLiteral("by_band/3: 5 → 4 (5 + 1 "
                                                                    "joined − 2 left)")),
             qPrintable(panel->headerLabel()->text()));
    QStringList rows;
    for (int r = 0; r < 3; ++r)
        rows << panel->table()
                    ->model()
                    ->index(r, FigureComparisonModel::WhatChanged)
                    .data()
                    .toString();
    rows.sort();
    QCOMPARE(rows, (QStringList{QStringLiteral("band 3 → 4: asylum claim opened"),
                                QStringLiteral("band 3 → none: detained, not banded"),
                                QStringLiteral("new in the extract")}));
    QSignalSpy opened(&view, &ViewBase::openPerson);
    panel->table()->setCurrentIndex(panel->table()->model()->index(0, 0));
    QTest::keyClick(panel->table(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QVERIFY(opened.at(0).at(0).toLongLong() > 0);

    // The chart's menu: the same, for the keyboard.
    std::unique_ptr<QMenu> menu(view.chartMenu(byBand, &view));
    QMenu *since = nullptr;
    for (QAction *a : menu->actions())
        if (a->menu() && a->text().contains(QStringLiteral("Changes since")))
            since = a->menu();
    QVERIFY(since);
    QCOMPARE(since->actions().size(), 4);
    since->actions().at(3)->trigger();
    QCOMPARE(view.changeDialogs().size(), 2);
    QCOMPARE(view.changeDialogs().last()->panel()->table()->model()->rowCount(), 1);

    // Nothing chosen: no changes anywhere.
    view.compareCombo()->setCurrentIndex(0);
    QVERIFY(view.barChanges(byBand).isEmpty());
    QVERIFY(view.changesLabel(byBand)->isHidden());

    // The window shows a view's part: the dashboard compared, a comparison in Published Figures.
    MainWindow window(t.db, leader);
    QVERIFY(window.showView(QStringLiteral("dashboard:%1").arg(id)));
    auto *shown = qobject_cast<DashboardView *>(window.tabs()->currentWidget());
    QVERIFY(shown);
    QCOMPARE(shown->barChanges(byBand).size(), 4);
    QVERIFY(window.showView(QStringLiteral("published:%1/by_band/3").arg(id)));
    QVERIFY(!window.showView(QStringLiteral("dashboard:999")));
    QVERIFY(!window.showView(QStringLiteral("nowhere:1")));
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
