#pragma once

#include "common/viewbase.h"
#include "db/error.h"
#include "domain/figurecomparison.h"
#include "domain/figuresnapshot.h"
#include "figures/chart.h"
#include "figures/dashboardfilter.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QSqlDatabase>
#include <QVector>
#include <QWidget>
#include <optional>

class DrillDownDialog;
class FigureChangeDialog;
class ListWindow;
class QChart;
class QChartView;
class QComboBox;
class DateField;
class QDateEdit;
class QGridLayout;
class QLabel;
class QMenu;
class QPainter;
class QPushButton;
class QScrollArea;
class QTimer;
class QToolButton;

// View → Dashboard (inspection recommendation 2): every chart of Dashboard for one filter
// (team, owning unit, period), each with its as-of date and definition. A click on a bar or
// slice lists exactly the rows it counts (DrillDownDialog); each chart saves as PNG or PDF and
// the whole dashboard goes to a PDF report or the printer (DashboardReport). A filter change
// recomputes every chart at once and swaps the charts inside the existing views. Compared with
// a publication, the charts of the stock show each bar's change since (ChartChanges) beside its
// label and as links under the chart, each opening who joined or left the bar and why.
class DashboardView : public ViewBase
{
    Q_OBJECT

public:
    DashboardView(const AppContext &context, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Every chart is computed again on a reload (most of a second at 100,000 people): redone
    // on every poll of a busy team it would stall the window every few seconds.
    bool followsChangesLive() const override { return false; }
    // "ID": compared with publication ID, as if chosen under Compare with; false when it is not
    // listed.
    bool showPart(const QString &part) override;

    // The filter as the bar shows it, and the charts last computed (for it, unless that failed).
    DashboardFilter filter() const;
    const DashboardFilter &computedFilter() const { return m_filter; }
    const QVector<Chart> &charts() const { return m_charts; }
    QVector<QChartView *> chartViews() const;
    QComboBox *teamCombo() const { return m_team; }
    QComboBox *unitCombo() const { return m_unit; }
    QDateEdit *fromEdit() const;
    QDateEdit *toEdit() const;
    QLabel *messageLabel() const { return m_message; }
    // "Compare with:" (issue 22): Nothing (0) or a publication (its id), and the strip of
    // headline figures then → now it shows when one is chosen; one button per figure, named
    // "change:<key>", which asks for the Published Figures view on that figure (showViewPart).
    QComboBox *compareCombo() const { return m_compare; }
    QWidget *changesStrip() const { return m_strip; }
    QToolButton *changeButton(const QString &figure) const;
    // The people figures the strip shows, in its order.
    static const QStringList &headlineFigures();
    // Chart `chart`'s bars compared with the publication chosen, by category (ChartChanges);
    // empty when none is chosen or the chart counts no stock.
    QVector<std::optional<FigureComparison>> barChanges(int chart) const;
    // The links under chart `chart`, one per bar with a change: "Band 1 +5".
    QLabel *changesLabel(int chart) const;
    // Who joined or left bar `category` of chart `chart` since the publication chosen, in a
    // window of its own like openDrill's; null when the bar has no comparison.
    FigureChangeDialog *openChange(int chart, int category);
    QList<FigureChangeDialog *> changeDialogs() const;

    // The list behind one cell of chart `chart` (an index into charts()), shown without
    // blocking in a window of its own, which the view closes when it goes; null for a cell
    // out of range. A person opened from it brings the main window in front of it.
    DrillDownDialog *openDrill(int chart, int series, int category);
    // The lists open now.
    QList<DrillDownDialog *> drillDialogs() const;
    // Chart `chart` as drawn, with its as-of date, definition and filter beneath, as a PNG
    // (at twice the screen's pixels) or a one-page A4 PDF.
    ::Status saveChartPng(int chart, const QString &path) const;
    ::Status saveChartPdf(int chart, const QString &path) const;
    // The menu of chart `chart` (right-click, the Menu key, its Save… button): save as PNG or
    // PDF, and the list behind each figure for the keyboard. Owned by the caller.
    QMenu *chartMenu(int chart, QWidget *parent);

public slots:
    // Re-reads the teams and units offered and recomputes every chart.
    void reload() override;
    void printReport();
    void saveReportPdf();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Card
    {
        QWidget *frame = nullptr;
        QChartView *view = nullptr;
        QLabel *caption = nullptr;
        QToolButton *actions = nullptr;
        QLabel *changes = nullptr; // links to each bar's change since the publication
    };

    void loadFilterChoices();
    void loadPublications();
    void compareChanged();
    // The strip for the publication chosen against now, read again.
    void showChanges();
    // The publication chosen, read once per choice; null when none (or unreadable: said).
    const FigureSnapshot *published();
    // The people figures of the strip and the charts' bars at the end of `day`, taken once per
    // day until the next reload; null when they cannot be read (said).
    const FigureSnapshot *captured(const QDate &day);
    // Shows `window` without blocking, kept to be closed with the view.
    void showWindow(ListWindow *window);
    // The windows of one kind open now.
    template <class Window> QList<Window *> windowsOf() const;
    void filterChanged();
    void recompute();
    void showMessage(const QString &text, bool error);
    void ensureCards(int count);
    void placeCards();
    void fitHeights();
    void setChart(int index);
    void connectClicks(int index, QChart *qc);
    void showChartMenu(int index, const QPoint &globalPos);
    void saveChartAs(int index, bool pdf);
    // Paints the chart as shown and its caption into `target` (device units of `painter`).
    void paintChart(int index, QPainter *painter, const QRectF &target) const;
    QString captionText(int index) const;
    QString scopeText() const;
    QString producedBy() const;

    QSqlDatabase m_db;
    QString m_user;
    DashboardFilter m_filter;
    QVector<Chart> m_charts;
    QVector<Chart> m_drawn; // as built: with each bar's change in its label when compared
    QComboBox *m_team;
    QComboBox *m_unit;
    DateField *m_from;
    DateField *m_to;
    QPushButton *m_refresh;
    QPushButton *m_pdf;
    QPushButton *m_print;
    QLabel *m_message;
    QComboBox *m_compare;
    QWidget *m_strip;
    QGridLayout *m_stripLayout;
    // The publication chosen, read once per choice: its people do not change.
    std::optional<FigureSnapshot> m_published;
    QMap<QDate, FigureSnapshot> m_captured;
    std::optional<QHash<QString, QString>> m_teamOf; // user name to team, for the bars
    QVector<QVector<std::optional<FigureComparison>>> m_barChanges; // by chart, then category
    QScrollArea *m_scroll;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QTimer *m_dateDelay;
    QVector<Card> m_cards;
    // Not children (DrillDownDialog, FigureChangeDialog): kept here to close them with the view.
    QList<QPointer<ListWindow>> m_windows;
    int m_columns = 0;
    bool m_loading = false; // filling the combos: their signals are not a user's change
};
