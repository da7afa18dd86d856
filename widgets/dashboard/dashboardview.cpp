#include "dashboardview.h"
#include "domain/clock.h"

#include "chartbuilder.h"
#include "common/datefield.h"
#include "common/keyboard.h"
#include "common/reasondialog.h"
#include "common/usersettings.h"
#include "dashboardreport.h"
#include "domain/figurecomparison.h"
#include "domain/figuredefinitions.h"
#include "drilldowndialog.h"
#include "figurechangedialog.h"
#include "figures/chartchanges.h"
#include "figures/dashboard.h"
#include "figures/snapshotcapture.h"
#include "io/disclosurelog.h"
#include "itemmodels/colours.h"
#include "itemmodels/displaytext.h"
#include "store/auditstore.h"
#include "store/figuresnapshotstore.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTextOption>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <memory>

namespace {
const QString TeamKey = QStringLiteral("dashboard/team");
const QString UnitKey = QStringLiteral("dashboard/owningUnit");
const QString FromKey = QStringLiteral("dashboard/from");
const QString ToKey = QStringLiteral("dashboard/to");
const QString PeriodSetOnKey = QStringLiteral("dashboard/periodSetOn");
const QString ChartFolderKey = QStringLiteral("dashboard/chartFolder");
const QString ReportFolderKey = QStringLiteral("dashboard/reportFolder");
const QString CompareKey = QStringLiteral("dashboard/compareWith");
// Buttons of the strip per row: its eleven figures in two rows.
constexpr int StripColumns = 6;

// A chart needs about this much room to stay readable; the grid takes as many columns (up to
// three) as fit.
constexpr int CardMinWidth = 420;
constexpr int ChartHeight = 300;
// Below a saved chart: the as-of date, definition and filter (in the chart's pixels).
constexpr int CaptionRoom = 60;

QString isoDate(const QDate &d)
{
    return DisplayText::date(d.toString(Qt::ISODate));
}

// Restores the cursor however the computation ends.
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

QString fileStem(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char(' '), QLatin1Char('-'));
    out.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")));
    return out;
}
} // namespace

DashboardView::DashboardView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_db(context.db()), m_user(context.user()),
      m_team(new QComboBox(this)), m_unit(new QComboBox(this)),
      m_from(new DateField(QStringLiteral("fromDate"), this)),
      m_to(new DateField(QStringLiteral("toDate"), this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_pdf(new QPushButton(tr("Save report as P&DF…"), this)),
      m_print(new QPushButton(tr("&Print…"), this)), m_message(new QLabel(this)),
      m_compare(new QComboBox(this)), m_strip(new QWidget(this)),
      m_stripLayout(new QGridLayout(m_strip)), m_scroll(new QScrollArea(this)), m_grid(new QWidget),
      m_gridLayout(new QGridLayout), m_dateDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_team->setObjectName(QStringLiteral("teamFilter"));
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // A period asked of the figures, not a record: any days may be asked, so no range (and the
    // shared field, so a day typed is never turned into another).
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Reads the database again and redraws every chart."));
    m_pdf->setObjectName(QStringLiteral("reportPdfButton"));
    m_pdf->setToolTip(tr("The management report: a cover page and every chart with its "
                         "definition and its numbers."));
    m_print->setObjectName(QStringLiteral("reportPrintButton"));
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *teamLabel = new QLabel(tr("&Team:"), this);
    teamLabel->setBuddy(m_team);
    auto *unitLabel = new QLabel(tr("Owning &unit:"), this);
    unitLabel->setBuddy(m_unit);
    auto *fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("T&o:"), this);
    toLabel->setBuddy(m_to);
    m_compare->setObjectName(QStringLiteral("compareCombo"));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_compare->setToolTip(tr("A publication of the figures to set the headline figures of now "
                             "against."));
    auto *compareLabel = new QLabel(tr("Compare &with:"), this);
    compareLabel->setBuddy(m_compare);
    m_strip->setObjectName(QStringLiteral("changesStrip"));
    m_stripLayout->setContentsMargins(0, 4, 0, 4);
    m_strip->hide();
    auto *bar = new QHBoxLayout;
    bar->addWidget(teamLabel);
    bar->addWidget(m_team);
    bar->addSpacing(12);
    bar->addWidget(unitLabel);
    bar->addWidget(m_unit);
    bar->addSpacing(12);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(m_refresh);
    bar->addSpacing(12);
    bar->addWidget(compareLabel);
    bar->addWidget(m_compare);
    bar->addStretch(1);
    bar->addWidget(m_pdf);
    bar->addWidget(m_print);

    m_grid->setObjectName(QStringLiteral("dashboardGrid"));
    m_grid->setStyleSheet(QStringLiteral("#dashboardGrid { background: #eef0f3; }"));
    auto *gridOuter = new QVBoxLayout(m_grid);
    gridOuter->setContentsMargins(10, 10, 10, 10);
    gridOuter->addLayout(m_gridLayout);
    // The cards keep their height; spare room goes below the last row.
    gridOuter->addStretch(1);
    m_gridLayout->setSpacing(10);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_grid);
    m_scroll->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_strip);
    layout->addWidget(m_scroll, 1);

    // A date typed digit by digit passes through dates nobody meant: wait for a pause.
    m_dateDelay->setSingleShot(true);
    m_dateDelay->setInterval(400);
    connect(m_dateDelay, &QTimer::timeout, this, &DashboardView::filterChanged);
    for (DateField *field : {m_from, m_to})
        connect(field, &DateField::dateChanged, this, [this] {
            if (!m_loading)
                m_dateDelay->start();
        });
    for (QComboBox *combo : {m_team, m_unit})
        connect(combo, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
            if (!m_loading)
                filterChanged();
        });
    connect(m_compare, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        if (!m_loading)
            compareChanged();
    });
    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::reload);
    connect(m_pdf, &QPushButton::clicked, this, &DashboardView::saveReportPdf);
    connect(m_print, &QPushButton::clicked, this, &DashboardView::printReport);

    // The period remembered on the same day, else the twelve months to today: a period kept
    // from an earlier day would leave the dashboard as at that day without anyone noticing.
    UserSettings settings(m_db, m_user);
    const DashboardFilter standard = DashboardFilter::lastTwelveMonths(Clock::today());
    const bool sameDay = settings.value(PeriodSetOnKey).toDate() == Clock::today();
    const QDate from = sameDay ? settings.value(FromKey).toDate() : QDate();
    const QDate to = sameDay ? settings.value(ToKey).toDate() : QDate();
    m_loading = true;
    m_from->setDate(from.isValid() ? from : standard.from);
    m_to->setDate(to.isValid() ? to : standard.to);
    m_loading = false;
    reload();
}

QDateEdit *DashboardView::fromEdit() const
{
    return qobject_cast<QDateEdit *>(m_from->edit());
}

QDateEdit *DashboardView::toEdit() const
{
    return qobject_cast<QDateEdit *>(m_to->edit());
}

void DashboardView::loadFilterChoices()
{
    UserSettings settings(m_db, m_user);
    const QString team =
        m_team->count() > 0 ? m_team->currentData().toString() : settings.value(TeamKey).toString();
    const QString unit =
        m_unit->count() > 0 ? m_unit->currentData().toString() : settings.value(UnitKey).toString();
    m_loading = true;
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    auto teams = Dashboard::teams(m_db);
    if (teams)
        for (const QString &t : teams.value())
            m_team->addItem(t, t);
    m_unit->clear();
    m_unit->addItem(tr("All units"), QString());
    auto units = Dashboard::owningUnits(m_db);
    if (units)
        for (const QString &u : units.value())
            m_unit->addItem(u, u);
    m_team->setCurrentIndex(qMax(0, m_team->findData(team)));
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(unit)));
    m_loading = false;
    if (!teams)
        showMessage(tr("The teams cannot be read: %1").arg(teams.error().toString()), true);
    else if (!units)
        showMessage(tr("The owning units cannot be read: %1").arg(units.error().toString()), true);
}

DashboardFilter DashboardView::filter() const
{
    DashboardFilter f;
    f.team = m_team->currentData().toString();
    f.owningUnit = m_unit->currentData().toString();
    f.from = m_from->date();
    f.to = m_to->date();
    return f;
}

void DashboardView::reload()
{
    m_dateDelay->stop();
    showMessage(QString(), false);
    // Now has moved on: the people are taken again when next compared.
    m_captured.clear();
    m_teamOf.reset();
    loadFilterChoices();
    loadPublications();
    recompute();
}

const QStringList &DashboardView::headlineFigures()
{
    static const QStringList keys{
        QStringLiteral("non_detained"),        QStringLiteral("by_band/1"),
        QStringLiteral("by_band/2"),           QStringLiteral("by_band/3"),
        QStringLiteral("by_band/4"),           QStringLiteral("reporting"),
        QStringLiteral("absconders"),          QStringLiteral("not_reporting"),
        QStringLiteral("unallocated"),         QStringLiteral("reviews_overdue"),
        QStringLiteral("ripe_for_progression")};
    return keys;
}

namespace {
// The strip's name of a figure: room for ten in two rows, where the keys would be cryptic.
QString shortLabel(const QString &key)
{
    if (key == QLatin1String("non_detained"))
        return DashboardView::tr("Stock");
    if (key.startsWith(QLatin1String("by_band/")))
        return DashboardView::tr("Band %1").arg(key.mid(int(qstrlen("by_band/"))));
    if (key == QLatin1String("reporting"))
        return DashboardView::tr("Reporting");
    if (key == QLatin1String("absconders"))
        return DashboardView::tr("Absconders");
    if (key == QLatin1String("not_reporting"))
        return DashboardView::tr("Not reporting");
    if (key == QLatin1String("unallocated"))
        return DashboardView::tr("Unallocated");
    if (key == QLatin1String("reviews_overdue"))
        return DashboardView::tr("Reviews overdue");
    if (key == QLatin1String("ripe_for_progression"))
        return DashboardView::tr("Ripe for progression");
    return key;
}

// "+5", "−6" (a minus sign, not a hyphen), "±0".
QString signedChange(qint64 change)
{
    if (change > 0)
        return QStringLiteral("+%1").arg(change);
    if (change < 0)
        return QStringLiteral("\u2212%1").arg(-change);
    return QStringLiteral("\u00b10");
}
} // namespace

QToolButton *DashboardView::changeButton(const QString &figure) const
{
    return m_strip->findChild<QToolButton *>(QStringLiteral("change:") + figure);
}

void DashboardView::loadPublications()
{
    const qint64 chosen = m_compare->count() > 0
                              ? m_compare->currentData().toLongLong()
                              : UserSettings(m_db, m_user).value(CompareKey, 0).toLongLong();
    const auto published = FigureSnapshotStore(m_db).list();
    m_loading = true;
    m_compare->clear();
    m_compare->addItem(tr("Nothing"), qint64(0));
    if (published)
        for (const FigureSnapshotStore::Published &p : published.value()) {
            const QString day = DisplayText::date(QDateTime::fromString(p.publishedAt, Qt::ISODate)
                                                      .toLocalTime()
                                                      .date()
                                                      .toString(Qt::ISODate));
            m_compare->addItem(p.label.isEmpty() ? tr("#%1 · %2").arg(p.id).arg(day)
                                                 : tr("#%1 · %2 · %3").arg(p.id).arg(day, p.label),
                               p.id);
        }
    m_compare->setCurrentIndex(qMax(0, m_compare->findData(chosen)));
    m_loading = false;
    if (!published)
        showMessage(
            tr("The published figures cannot be read: %1").arg(published.error().toString()), true);
    // Now has moved on since the last look; the publication itself has not.
    if (m_published && m_published->id != m_compare->currentData().toLongLong())
        m_published.reset();
    showChanges();
}

void DashboardView::compareChanged()
{
    UserSettings(m_db, m_user).setValue(CompareKey, m_compare->currentData());
    m_published.reset();
    showChanges();
    // The bars' changes follow the publication chosen.
    for (int i = 0; i < m_charts.size(); ++i)
        setChart(i);
    fitHeights();
}

bool DashboardView::showPart(const QString &part)
{
    bool ok = false;
    const qint64 id = part.toLongLong(&ok);
    const int index = ok && id > 0 ? m_compare->findData(id) : -1;
    if (index < 0)
        return false;
    m_compare->setCurrentIndex(index); // compareChanged() follows, unless it was chosen already
    return true;
}

const FigureSnapshot *DashboardView::published()
{
    const qint64 id = m_compare->currentData().toLongLong();
    if (id <= 0)
        return nullptr;
    if (!m_published || m_published->id != id) {
        WaitCursor wait;
        auto loaded = FigureSnapshotStore(m_db).load(id);
        if (!loaded) {
            showMessage(
                tr("Publication #%1 cannot be read: %2").arg(id).arg(loaded.error().toString()),
                true);
            return nullptr;
        }
        m_published = loaded.value();
    }
    return &*m_published;
}

const FigureSnapshot *DashboardView::captured(const QDate &day)
{
    if (auto it = m_captured.constFind(day); it != m_captured.cend())
        return &it.value();
    // One pass over the people for the strip and every bar.
    QStringList keys = headlineFigures();
    for (const QString &k : ChartChanges::figureKeys())
        if (!keys.contains(k))
            keys << k;
    WaitCursor wait;
    const auto taken = SnapshotCapture::people(m_db, Moment::endOfDay(day), keys);
    if (!taken) {
        showMessage(
            tr("The figures of %1 cannot be read: %2").arg(isoDate(day), taken.error().toString()),
            true);
        return nullptr;
    }
    return &m_captured.insert(day, taken.value()).value();
}

void DashboardView::showChanges()
{
    // The buttons are made again: the figures kept may differ between publications.
    while (QLayoutItem *item = m_stripLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const qint64 id = m_compare->currentData().toLongLong();
    m_strip->setVisible(id > 0);
    if (id <= 0)
        return;
    const FigureSnapshot *then = published();
    const FigureSnapshot *now = then ? captured(Clock::today()) : nullptr;
    if (!now) {
        m_strip->hide();
        return;
    }
    int placed = 0;
    for (const QString &key : headlineFigures()) {
        const auto comparison = FigureComparison::compare(*then, *now, key);
        auto *button = new QToolButton(m_strip);
        button->setObjectName(QStringLiteral("change:") + key);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        const FigureDefinitions::Definition *definition = FigureDefinitions::definition(key);
        const QString meaning = definition ? definition->meaning : QString();
        if (comparison) {
            button->setText(tr("%1: %2 → %3 (%4)")
                                .arg(shortLabel(key))
                                .arg(comparison->fromValue)
                                .arg(comparison->toValue)
                                .arg(signedChange(comparison->toValue - comparison->fromValue)));
            button->setToolTip(meaning);
            connect(button, &QToolButton::clicked, this, [this, id, key] {
                emit showViewPart(QStringLiteral("published"),
                                  QStringLiteral("%1/%2").arg(id).arg(key));
            });
            // Enter as well as Space, as on the rest of the dashboard's buttons.
            button->installEventFilter(this);
        } else {
            // A figure newer than the publication: nothing kept to compare.
            button->setText(tr("%1: not kept").arg(shortLabel(key)));
            button->setToolTip(
                tr("Publication #%1 was published before this figure existed.").arg(id));
            button->setEnabled(false);
        }
        button->setAccessibleDescription(meaning);
        m_stripLayout->addWidget(button, placed / StripColumns, placed % StripColumns);
        ++placed;
    }
}

void DashboardView::filterChanged()
{
    m_dateDelay->stop();
    UserSettings settings(m_db, m_user);
    settings.setValue(TeamKey, m_team->currentData().toString());
    settings.setValue(UnitKey, m_unit->currentData().toString());
    settings.setValue(FromKey, m_from->date());
    settings.setValue(ToKey, m_to->date());
    settings.setValue(PeriodSetOnKey, Clock::today());
    recompute();
}

void DashboardView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? Colours::boldProblemStyle() : QString());
    m_message->setVisible(!text.isEmpty());
}

void DashboardView::recompute()
{
    const DashboardFilter f = filter();
    if (!f.isValid()) {
        showMessage(tr("The period is empty: From must be on or before To. The charts still show "
                       "%1 to %2.")
                        .arg(isoDate(m_filter.from), isoDate(m_filter.to)),
                    true);
        return;
    }
    Result<QVector<Chart>> computed = [&] {
        WaitCursor wait;
        return Dashboard::compute(m_db, f);
    }();
    if (!computed) {
        showMessage(
            m_charts.isEmpty()
                ? tr("The dashboard cannot be computed: %1").arg(computed.error().toString())
                : tr("The dashboard cannot be computed for this filter (the charts "
                     "still show the last one): %1")
                      .arg(computed.error().toString()),
            true);
        return;
    }
    showMessage(QString(), false);
    m_filter = f;
    m_charts = std::move(computed.value());
    // Once built, the cards stay: a filter change swaps the charts inside the same views.
    ensureCards(int(m_charts.size()));
    for (int i = 0; i < m_charts.size(); ++i)
        setChart(i);
    fitHeights();
}

void DashboardView::fitHeights()
{
    // Every chart of a row as tall as the one that needs most, so the row lines up.
    const int columns = qMax(1, m_columns);
    for (int row = 0; row * columns < m_cards.size(); ++row) {
        int height = ChartHeight;
        for (int i = row * columns; i < qMin(int(m_cards.size()), (row + 1) * columns); ++i)
            if (i < m_charts.size())
                height =
                    qMax(height, ChartBuilder::minimumHeight(m_drawn.value(i, m_charts.at(i))));
        for (int i = row * columns; i < qMin(int(m_cards.size()), (row + 1) * columns); ++i)
            m_cards.at(i).view->setFixedHeight(height);
    }
    // Settle the cards, the grid and the scroll area now: a picture taken (screenshot, test)
    // right after a resize shows the grid as it will stay.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void DashboardView::ensureCards(int count)
{
    if (m_cards.size() == count)
        return;
    for (const Card &card : std::as_const(m_cards))
        delete card.frame;
    m_cards.clear();
    for (int i = 0; i < count; ++i) {
        Card card;
        auto *frame = new QFrame(m_grid);
        frame->setObjectName(QStringLiteral("dashboardCard"));
        frame->setStyleSheet(QStringLiteral("#dashboardCard { background: white; border: 1px solid "
                                            "#d5d9df; border-radius: 3px; }"));
        card.frame = frame;
        card.view = new QChartView(frame);
        card.view->setObjectName(QStringLiteral("chartView_%1").arg(i));
        card.view->setRenderHint(QPainter::Antialiasing);
        card.view->setFrameShape(QFrame::NoFrame);
        card.view->setFixedHeight(ChartHeight);
        card.view->setFocusPolicy(Qt::StrongFocus);
        FocusRing::attach(card.view);
        card.view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(card.view, &QWidget::customContextMenuRequested, this, [this, i](const QPoint &p) {
            showChartMenu(i, m_cards.at(i).view->mapToGlobal(p));
        });
        card.caption = new QLabel(frame);
        card.caption->setObjectName(QStringLiteral("chartCaption_%1").arg(i));
        card.caption->setWordWrap(true);
        card.caption->setStyleSheet(QStringLiteral("color: #4a5058;"));
        QFont small = card.caption->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        card.caption->setFont(small);
        card.actions = new QToolButton(frame);
        card.actions->setObjectName(QStringLiteral("chartActions_%1").arg(i));
        card.actions->setText(tr("Save…"));
        card.actions->setToolTip(tr("Save this chart as PNG or PDF, or list the rows behind a "
                                    "figure"));
        card.actions->setAutoRaise(true);
        connect(card.actions, &QToolButton::clicked, this, [this, i] {
            const QToolButton *b = m_cards.at(i).actions;
            showChartMenu(i, b->mapToGlobal(QPoint(0, b->height())));
        });
        card.changes = new QLabel(frame);
        card.changes->setObjectName(QStringLiteral("chartChanges_%1").arg(i));
        card.changes->setWordWrap(true);
        card.changes->setTextFormat(Qt::RichText);
        // Tab reaches each link, Enter opens it.
        card.changes->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                              Qt::LinksAccessibleByKeyboard);
        card.changes->setAccessibleName(tr("Changes since the publication"));
        card.changes->setToolTip(tr("Who joined or left each bar since the publication chosen "
                                    "under Compare with, and why."));
        card.changes->setContentsMargins(10, 0, 6, 0);
        card.changes->hide();
        connect(card.changes, &QLabel::linkActivated, this,
                [this, i](const QString &link) { openChange(i, link.toInt()); });
        auto *captionRow = new QHBoxLayout;
        captionRow->setContentsMargins(10, 0, 6, 8);
        captionRow->addWidget(card.caption, 1);
        captionRow->addWidget(card.actions, 0, Qt::AlignTop);
        auto *cardLayout = new QVBoxLayout(frame);
        cardLayout->setContentsMargins(1, 1, 1, 1);
        cardLayout->setSpacing(2);
        cardLayout->addWidget(card.view, 1);
        cardLayout->addWidget(card.changes);
        cardLayout->addLayout(captionRow);
        m_cards << card;
    }
    m_columns = 0;
    placeCards();
}

void DashboardView::placeCards()
{
    const int width = m_scroll->viewport()->width();
    const int columns = qBound(1, width / CardMinWidth, 3);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const Card &card : std::as_const(m_cards))
        m_gridLayout->removeWidget(card.frame);
    for (int c = 0; c < 3; ++c)
        m_gridLayout->setColumnStretch(c, c < columns ? 1 : 0);
    for (int i = 0; i < m_cards.size(); ++i)
        m_gridLayout->addWidget(m_cards.at(i).frame, i / columns, i % columns);
    fitHeights();
}

bool DashboardView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        placeCards();
    if (event->type() == QEvent::KeyPress && watched->parent() == m_strip) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (auto *button = qobject_cast<QToolButton *>(watched);
            button && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            button->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString DashboardView::scopeText() const
{
    QStringList parts;
    parts << (m_filter.team.isEmpty() ? tr("All teams") : tr("Team %1").arg(m_filter.team));
    parts << (m_filter.owningUnit.isEmpty() ? tr("All units") : m_filter.owningUnit);
    parts << tr("%1 to %2").arg(isoDate(m_filter.from), isoDate(m_filter.to));
    return parts.join(QStringLiteral(" · "));
}

QString DashboardView::captionText(int index) const
{
    const Chart &chart = m_charts.at(index);
    return tr("As at %1 · %2")
        .arg(isoDate(chart.asOf.isValid() ? chart.asOf : m_filter.to), chart.definition);
}

void DashboardView::setChart(int index)
{
    const Card &card = m_cards.at(index);
    const Chart &chart = m_charts.at(index);
    if (m_barChanges.size() != m_charts.size())
        m_barChanges.resize(m_charts.size());
    m_barChanges[index].clear();
    // Compared with a publication: each bar of the stock against its people then.
    const FigureSnapshot *then = ChartChanges::comparable(chart.id) ? published() : nullptr;
    const FigureSnapshot *now =
        then ? captured(chart.asOf.isValid() ? chart.asOf : m_filter.to) : nullptr;
    if (now && !m_teamOf) {
        auto teams = ChartChanges::teams(m_db);
        if (teams)
            m_teamOf = teams.value();
        else
            showMessage(tr("The teams cannot be read: %1").arg(teams.error().toString()), true);
    }
    Chart drawn = chart;
    QStringList links;
    if (now && m_teamOf) {
        m_barChanges[index] = ChartChanges::compare(chart, m_filter, *then, *now, *m_teamOf);
        for (int c = 0; c < m_barChanges.at(index).size(); ++c) {
            const auto &change = m_barChanges.at(index).at(c);
            if (!change)
                continue;
            const QString delta = signedChange(change->toValue - change->fromValue);
            // Beside the bar: its label carries the change.
            drawn.categories[c] =
                tr("%1<br>(%2)").arg(chart.categories.at(c).toHtmlEscaped(), delta);
            // A link for each bar someone joined or left (its label says ±0 for the rest).
            if (!change->joined.isEmpty() || !change->left.isEmpty())
                links << QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(c)
                             .arg(tr("%1 %2").arg(chart.categories.at(c).toHtmlEscaped(),
                                                  delta.toHtmlEscaped()));
        }
    }
    const bool compared = !m_barChanges.at(index).isEmpty();
    card.changes->setText(!compared         ? QString()
                          : links.isEmpty() ? tr("Since %1: nobody joined or left any bar.")
                                                  .arg(m_compare->currentText().toHtmlEscaped())
                                            : tr("Since %1: %2")
                                                  .arg(m_compare->currentText().toHtmlEscaped(),
                                                       links.join(QStringLiteral(" · "))));
    card.changes->setVisible(compared);

    if (m_drawn.size() != m_charts.size())
        m_drawn.resize(m_charts.size());
    m_drawn[index] = drawn;
    QChart *qc = ChartBuilder::build(drawn);
    QChart *old = card.view->chart();
    // The view lets go of the old chart without deleting it.
    card.view->setChart(qc);
    delete old;
    connectClicks(index, qc);
    card.caption->setText(captionText(index));
    card.view->setAccessibleName(chart.title);
    card.view->setAccessibleDescription(chart.definition);
}

QVector<std::optional<FigureComparison>> DashboardView::barChanges(int chart) const
{
    return m_barChanges.value(chart);
}

QLabel *DashboardView::changesLabel(int chart) const
{
    return chart >= 0 && chart < m_cards.size() ? m_cards.at(chart).changes : nullptr;
}

void DashboardView::connectClicks(int index, QChart *qc)
{
    QChartView *view = m_cards.at(index).view;
    auto hover = [this, index, view](bool on, int series, int category) {
        if (!on) {
            view->unsetCursor();
            QToolTip::hideText();
            return;
        }
        const Chart &chart = m_charts.at(index);
        const QString where =
            chart.series.size() > 1
                ? tr("%1 · %2").arg(chart.series.value(series), chart.categories.value(category))
                : chart.categories.value(category);
        view->setCursor(Qt::PointingHandCursor);
        QToolTip::showText(
            QCursor::pos(),
            tr("%1: %2\nClick for the list.")
                .arg(where, DrillDownDialog::countText(chart.unit, chart.value(series, category))),
            view);
    };
    const auto seriesList = qc->series();
    for (QAbstractSeries *series : seriesList) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const auto sets = bars->barSets();
            for (int s = 0; s < sets.size(); ++s) {
                QBarSet *set = sets.at(s);
                connect(set, &QBarSet::clicked, this, [this, index, s, set](int bar) {
                    openDrill(index, s, ChartBuilder::barCategory(set, bar));
                });
                connect(set, &QBarSet::hovered, this, [hover, s, set](bool on, int bar) {
                    hover(on, s, ChartBuilder::barCategory(set, bar));
                });
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            const auto slices = pie->slices();
            for (QPieSlice *slice : slices) {
                const int category = ChartBuilder::sliceCategory(slice);
                connect(slice, &QPieSlice::clicked, this,
                        [this, index, category] { openDrill(index, 0, category); });
                connect(slice, &QPieSlice::hovered, this, [hover, slice, category](bool on) {
                    slice->setExploded(on);
                    hover(on, 0, category);
                });
            }
        }
    }
}

void DashboardView::showWindow(ListWindow *list)
{
    list->setAttribute(Qt::WA_DeleteOnClose);
    m_windows.removeAll(nullptr);
    m_windows << list;
    connect(list, &ListWindow::personActivated, this, [this](qint64 personId) {
        emit openPerson(personId);
        // The record opened in the main window: bring it in front of the list.
        window()->raise();
        window()->activateWindow();
    });
    list->show();
}

DrillDownDialog *DashboardView::openDrill(int chart, int series, int category)
{
    if (chart < 0 || chart >= m_charts.size())
        return nullptr;
    const Chart &c = m_charts.at(chart);
    if (series < 0 || series >= c.seriesKeys.size() || category < 0 ||
        category >= c.categoryKeys.size())
        return nullptr;
    QToolTip::hideText();
    DrillDownDialog *dialog = nullptr;
    {
        WaitCursor wait;
        dialog = new DrillDownDialog(m_db, c, series, category, m_filter);
    }
    showWindow(dialog);
    return dialog;
}

FigureChangeDialog *DashboardView::openChange(int chart, int category)
{
    const auto changes = barChanges(chart);
    if (category < 0 || category >= changes.size() || !changes.at(category))
        return nullptr;
    QToolTip::hideText();
    auto *dialog = new FigureChangeDialog(m_charts.at(chart), category, *changes.at(category),
                                          m_compare->currentText(), m_filter);
    showWindow(dialog);
    return dialog;
}

template <class Window> QList<Window *> DashboardView::windowsOf() const
{
    QList<Window *> open;
    for (const QPointer<ListWindow> &w : m_windows)
        if (auto *one = qobject_cast<Window *>(w.data()))
            open << one;
    return open;
}

QList<DrillDownDialog *> DashboardView::drillDialogs() const
{
    return windowsOf<DrillDownDialog>();
}

QList<FigureChangeDialog *> DashboardView::changeDialogs() const
{
    return windowsOf<FigureChangeDialog>();
}

QMenu *DashboardView::chartMenu(int index, QWidget *parent)
{
    if (index < 0 || index >= m_charts.size())
        return nullptr;
    const Chart &chart = m_charts.at(index);
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("chartMenu"));
    menu->addAction(tr("Save chart as &PNG…"), this, [this, index] { saveChartAs(index, false); });
    menu->addAction(tr("Save chart as P&DF…"), this, [this, index] { saveChartAs(index, true); });
    // The keyboard's way to a figure's list (the mouse clicks the bar).
    QMenu *lists = menu->addMenu(tr("&List the rows behind"));
    for (int s = 0; s < chart.series.size(); ++s) {
        for (int c = 0; c < chart.categories.size(); ++c) {
            const qint64 v = chart.value(s, c);
            if (v == 0)
                continue;
            const QString where =
                chart.series.size() > 1
                    ? tr("%1 · %2").arg(chart.series.at(s), chart.categories.at(c))
                    : chart.categories.at(c);
            lists->addAction(tr("%1: %2").arg(where, QLocale().toString(v)), this,
                             [this, index, s, c] { openDrill(index, s, c); });
        }
    }
    lists->setEnabled(!lists->isEmpty());
    const auto changes = barChanges(index);
    if (!changes.isEmpty()) {
        QMenu *since = menu->addMenu(tr("&Changes since the publication"));
        for (int c = 0; c < changes.size(); ++c)
            if (const auto &change = changes.at(c))
                since->addAction(tr("%1: %2 → %3")
                                     .arg(chart.categories.at(c))
                                     .arg(change->fromValue)
                                     .arg(change->toValue),
                                 this, [this, index, c] { openChange(index, c); });
        since->setEnabled(!since->isEmpty());
    }
    return menu;
}

void DashboardView::showChartMenu(int index, const QPoint &globalPos)
{
    std::unique_ptr<QMenu> menu(chartMenu(index, this));
    if (menu)
        menu->exec(globalPos);
}

void DashboardView::paintChart(int index, QPainter *painter, const QRectF &target) const
{
    const Card &card = m_cards.at(index);
    const QRectF source = card.view->viewport()->rect();
    // Everything scales with the chart, so the caption keeps its size beside the chart's text.
    const qreal scale = target.width() / source.width();
    QFont captionFont = QApplication::font();
    captionFont.setPixelSize(qMax(1, qRound(11 * scale)));
    painter->setFont(captionFont);
    QString caption =
        captionText(index) + QLatin1Char('\n') +
        tr("%1 · Lodestar, %2").arg(scopeText(), QFileInfo(m_db.databaseName()).fileName());
    // The picture shows each bar's change under its name: say since when.
    if (!m_barChanges.value(index).isEmpty())
        caption +=
            QLatin1Char('\n') + tr("In brackets under each bar: its change since publication %1.")
                                    .arg(m_compare->currentText());
    // The caption's height at the target's width, so the chart gets the rest.
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WordWrap);
    const QRectF captionBounds =
        painter->boundingRect(QRectF(0, 0, target.width() - 16 * scale, 1e6), caption, wrap);
    const qreal captionHeight = captionBounds.height() + 12 * scale;
    const QRectF chartRect(target.left(), target.top(), target.width(),
                           qMin(source.height() * scale, target.height() - captionHeight));
    card.view->render(painter, chartRect, source.toRect(), Qt::KeepAspectRatio);
    painter->setPen(QColor(0x4a, 0x50, 0x58));
    painter->drawText(QRectF(target.left() + 8 * scale, chartRect.bottom() + 6 * scale,
                             target.width() - 16 * scale, captionHeight),
                      caption, wrap);
}

::Status DashboardView::saveChartPng(int index, const QString &path) const
{
    if (index < 0 || index >= m_cards.size())
        return ::Status::fail(tr("No such chart"));
    const QSize shown = m_cards.at(index).view->viewport()->size();
    // Twice the pixels on screen: sharp in a slide or a document, and room for the caption.
    constexpr qreal ratio = 2.0;
    const QSizeF logical(shown.width(), shown.height() + CaptionRoom);
    QImage image((logical * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paintChart(index, &painter, QRectF(QPointF(0, 0), logical));
    }
    if (!image.save(path, "PNG"))
        return ::Status::fail(tr("Cannot write the PNG file"), path);
    return {};
}

::Status DashboardView::saveChartPdf(int index, const QString &path) const
{
    if (index < 0 || index >= m_cards.size())
        return ::Status::fail(tr("No such chart"));
    QPdfWriter writer(path);
    writer.setTitle(m_charts.at(index).title);
    writer.setCreator(QStringLiteral("Lodestar"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer))
        return ::Status::fail(tr("Cannot write the PDF file"), path);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QSize shown = m_cards.at(index).view->viewport()->size();
    // As large as the page allows, keeping the shape it has on screen.
    const QSizeF logical(shown.width(), shown.height() + CaptionRoom);
    const qreal scale = qMin(page.width() / logical.width(), page.height() / logical.height());
    const QSizeF size = logical * scale;
    paintChart(index, &painter, QRectF(QPointF((page.width() - size.width()) / 2, 0), size));
    if (!painter.end())
        return ::Status::fail(tr("Cannot write the PDF file"), path);
    return {};
}

void DashboardView::saveChartAs(int index, bool pdf)
{
    UserSettings settings(m_db, m_user);
    const QString dir = settings.value(ChartFolderKey, QDir::homePath()).toString();
    const Chart &chart = m_charts.at(index);
    const QString suggested =
        QDir(dir).filePath(QStringLiteral("%1-%2.%3")
                               .arg(fileStem(chart.id), m_filter.to.toString(Qt::ISODate),
                                    pdf ? QStringLiteral("pdf") : QStringLiteral("png")));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Save the chart as PDF") : tr("Save the chart as PNG"), suggested,
        pdf ? tr("PDF files (*.pdf)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    settings.setValue(ChartFolderKey, QFileInfo(path).absolutePath());
    const std::optional<QString> reason = ReasonDialog::ask(
        m_db, m_user, tr("Save the chart “%1” as %2").arg(chart.title, QFileInfo(path).fileName()),
        this);
    if (!reason)
        return;
    ::Status s = pdf ? saveChartPdf(index, path) : saveChartPng(index, path);
    // A chart is the dashboard report's page on its own: logged the same way, with its id.
    if (s) {
        Disclosure d = DashboardReport::disclosure(
            m_filter, pdf ? Disclosure::Kind::Report : Disclosure::Kind::Screenshot, path, *reason);
        d.filters.insert(QStringLiteral("chart"), chart.id);
        d.format = pdf ? QStringLiteral("pdf") : QStringLiteral("png");
        s = DisclosureLog::written(m_db, d);
    }
    if (!s)
        QMessageBox::warning(this, tr("Dashboard"), s.error().toString());
}

QString DashboardView::producedBy() const
{
    const QString label = context().userLabel();
    return label == m_user ? label : tr("%1 (%2)").arg(label, m_user);
}

void DashboardView::printReport()
{
    if (m_charts.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Lodestar dashboard %1").arg(m_filter.to.toString(Qt::ISODate)));
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the dashboard"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString target =
        printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName();
    const std::optional<QString> reason =
        ReasonDialog::ask(m_db, m_user, tr("Print the dashboard report on %1").arg(target), this);
    if (!reason)
        return;
    // Recorded before printing: a print that cannot be logged does not happen.
    if (const ::Status logged = AuditStore(m_db).recordDisclosure(DashboardReport::disclosure(
            m_filter,
            printer.outputFileName().isEmpty() ? Disclosure::Kind::Print : Disclosure::Kind::Report,
            target, *reason));
        !logged) {
        QMessageBox::warning(this, tr("Dashboard"),
                             tr("Nothing was printed, as the disclosure could not be recorded in "
                                "the audit trail: %1")
                                 .arg(logged.error().toString()));
        return;
    }
    const DashboardReport::Provenance provenance{
        producedBy(), m_db.databaseName(), QLocale().toString(Clock::now(), QLocale::ShortFormat),
        0, QString()};
    ::Status s;
    {
        WaitCursor wait;
        s = DashboardReport::paint(&printer, m_charts, m_filter, provenance);
    }
    if (!s)
        QMessageBox::warning(this, tr("Dashboard"), s.error().toString());
}

void DashboardView::saveReportPdf()
{
    UserSettings settings(m_db, m_user);
    const QString dir = settings.value(ReportFolderKey, QDir::homePath()).toString();
    const QString suggested = QDir(dir).filePath(
        QStringLiteral("dashboard-%1.pdf").arg(m_filter.to.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the dashboard report as PDF"),
                                                      suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(ReportFolderKey, QFileInfo(path).absolutePath());
    const std::optional<QString> reason = ReasonDialog::ask(
        m_db, m_user, tr("Save the dashboard report as %1").arg(QFileInfo(path).fileName()), this);
    if (!reason)
        return;
    const DashboardReport::Provenance provenance{
        producedBy(), m_db.databaseName(), QLocale().toString(Clock::now(), QLocale::ShortFormat),
        0, QString()};
    ::Status s;
    {
        WaitCursor wait;
        s = DashboardReport::writePdf(m_db, m_filter, provenance, path, *reason);
    }
    if (!s)
        QMessageBox::warning(this, tr("Dashboard"), s.error().toString());
}

DashboardView::~DashboardView()
{
    // The lists read through this view's connection, which goes after it.
    for (const QPointer<ListWindow> &d : std::as_const(m_windows))
        delete d.data();
}

QVector<QChartView *> DashboardView::chartViews() const
{
    QVector<QChartView *> out;
    for (const Card &card : m_cards)
        out << card.view;
    return out;
}
