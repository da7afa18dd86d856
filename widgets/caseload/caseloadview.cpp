#include "caseloadview.h"

#include "allocatedialog.h"
#include "common/emptylistnotice.h"
#include "common/keyboard.h"
#include "common/ownerfilter.h"
#include "common/usersettings.h"
#include "domain/banding.h"
#include "domain/triage.h"
#include "itemmodels/caseloadmodel.h"
#include "itemmodels/roles.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Marks the owner filter's "My team" entry (its Qt::UserRole data stays unset, so no owner's
// name can select it).
constexpr int TeamRole = Qt::UserRole + 1;

// Restores a combo box to the entry whose data equals `data`, if there is one.
void selectData(QComboBox *combo, const QVariant &data)
{
    for (int i = 0; i < combo->count(); ++i) {
        const QVariant d = combo->itemData(i);
        // Compared as text: the settings hand numbers back as strings.
        if (d.isValid() == data.isValid() && d.toString() == data.toString()) {
            combo->setCurrentIndex(i);
            return;
        }
    }
}
} // namespace

CaseloadView::CaseloadView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_db(context.db()), m_model(new CaseloadModel(context.db(), this)),
      m_currentUser(context.user()), m_search(new QLineEdit(this)), m_band(new QComboBox(this)),
      m_unit(new QComboBox(this)), m_owner(new QComboBox(this)), m_needs(new QComboBox(this)),
      m_longWindow(new QCheckBox(tr("&Window over an hour"), this)),
      m_showRemoved(new QCheckBox(tr("Show re&moved"), this)),
      m_clear(new QPushButton(tr("C&lear filters"), this)), m_table(new QTableView(this)),
      m_searchDelay(new QTimer(this)), m_empty(new EmptyListNotice(m_table)),
      m_allocate(new QAction(tr("&Allocate…"), this))
{
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search names and references (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_band->setObjectName(QStringLiteral("bandFilter"));
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_needs->setObjectName(QStringLiteral("needsFilter"));
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_longWindow->setObjectName(QStringLiteral("longWindowCheck"));
    m_longWindow->setToolTip(tr("People whose reporting window is longer than one hour: an "
                                "arrest team tasked to detain them on reporting would wait."));
    m_showRemoved->setObjectName(QStringLiteral("showRemovedCheck"));
    m_showRemoved->setToolTip(tr("Also list the people whose removal is recorded as carried "
                                 "out: they have left the non-detained stock and are not "
                                 "banded."));
    m_table->setObjectName(QStringLiteral("caseloadTable"));
    // Sized to a few words rather than to the longest unit name, so the filter bar never makes
    // the window wider than a laptop screen; the drop-down list still shows names in full.
    for (QComboBox *combo : {m_band, m_unit, m_owner, m_needs}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->view()->setTextElideMode(Qt::ElideNone);
    }

    m_band->addItem(tr("All bands"));
    for (int band = 1; band <= 4; ++band)
        m_band->addItem(Banding::label(band), band);
    m_band->addItem(tr("Not banded (detained, or no criminal case)"), 0);
    // The triage columns' filters (Triage), by the number CaseloadFilter::Needs gives them.
    using Needs = CaseloadFilter::Needs;
    m_needs->addItem(tr("Anything"), int(Needs::Any));
    m_needs->addItem(tr("In a run of breaches"), int(Needs::InRunOfBreaches));
    m_needs->addItem(tr("Diary due today or overdue"), int(Needs::DiaryDue));
    m_needs->addItem(tr("Open taskings"), int(Needs::OpenTaskings));
    m_needs->addItem(tr("No action in %n day(s)", nullptr, Triage::QuietDays), int(Needs::Quiet));
    m_needs->setToolTip(tr("Only the people who need this: each matches one of the columns "
                           "beside the band"));

    auto *bandLabel = new QLabel(tr("&Band:"), this);
    bandLabel->setBuddy(m_band);
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    auto *needsLabel = new QLabel(tr("&Needs:"), this);
    needsLabel->setBuddy(m_needs);

    // Two rows, so the bar never makes the window wider than a laptop screen: who (search,
    // band, unit, owner), then what they need and how the list is drawn.
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addSpacing(8);
    bar->addWidget(bandLabel);
    bar->addWidget(m_band);
    bar->addWidget(unitLabel);
    bar->addWidget(m_unit);
    bar->addWidget(ownerLabel);
    bar->addWidget(m_owner);
    bar->addStretch(1);
    auto *needsBar = new QHBoxLayout;
    needsBar->addWidget(needsLabel);
    needsBar->addWidget(m_needs);
    needsBar->addWidget(m_longWindow);
    needsBar->addWidget(m_showRemoved);
    needsBar->addWidget(m_clear);
    needsBar->addStretch(1);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    Keyboard::setUpList(m_table);
    m_table->verticalHeader()->hide();
    // Fixed row heights let the view size its scroll bar without asking for every row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(int(CaseloadColumn::FamilyName), Qt::AscendingOrder);
    const int widths[] = {130, 120, 85, 85,  200, 175, 95, 100, 75, 75,
                          95,  160, 70, 120, 130, 80,  95, 80,  70};
    for (int c = 0; c < int(CaseloadColumn::Count); ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->setColumnWidth(
        int(CaseloadColumn::Band),
        fittedColumnWidth(CaseloadColumn::Band, CaseloadModel::bandTexts(), true));
    m_table->setColumnWidth(int(CaseloadColumn::ReportingFrequency),
                            fittedColumnWidth(CaseloadColumn::ReportingFrequency,
                                              CaseloadModel::reportingTexts(), false));
    // What needs doing next to the band, where it is read without scrolling: the triage
    // columns follow it on screen (the model keeps them last; a layout the user saves wins).
    QHeaderView *header = m_table->horizontalHeader();
    int after = header->visualIndex(int(CaseloadColumn::Band));
    for (const CaseloadColumn c :
         {CaseloadColumn::BreachRun, CaseloadColumn::LastOutcome, CaseloadColumn::LastReported,
          CaseloadColumn::NextDiary, CaseloadColumn::LastAction, CaseloadColumn::OpenTaskings}) {
        header->moveSection(header->visualIndex(int(c)), ++after);
        // Their headers are a few words: wide enough to read them whole.
        m_table->setColumnWidth(
            int(c), qMax(m_table->columnWidth(int(c)), header->sectionSizeHint(int(c))));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(needsBar);
    layout->addWidget(m_table);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150); // one query per pause in typing, not per key
    connect(m_searchDelay, &QTimer::timeout, this, &CaseloadView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    Keyboard::connectSearch(m_search, m_table, [this] {
        if (m_searchDelay->isActive()) {
            m_searchDelay->stop();
            applyFilter();
        }
    });
    for (QComboBox *combo : {m_band, m_unit, m_owner, m_needs})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseloadView::applyFilter);
    connect(m_longWindow, &QCheckBox::toggled, this, &CaseloadView::applyFilter);
    connect(m_showRemoved, &QCheckBox::toggled, this, &CaseloadView::applyFilter);
    connect(m_clear, &QPushButton::clicked, this, &CaseloadView::clearFilters);
    connect(m_empty, &EmptyListNotice::clearFilters, this, &CaseloadView::clearFilters);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(Roles::PersonId).toLongLong())
            emit openPerson(id);
    });
    m_allocate->setObjectName(QStringLiteral("allocateAction"));
    m_allocate->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_allocate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_allocate->setToolTip(tr("Allocate the selected people to a caseworker"));
    connect(m_allocate, &QAction::triggered, this, &CaseloadView::allocateSelected);
    addAction(m_allocate);
    m_table->addAction(m_allocate);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_model, &CaseloadModel::countsChanged, this, &CaseloadView::countsChanged);
    connect(m_model, &CaseloadModel::countsChanged, this, &ViewBase::countChanged);
    // An allocation moves owners: the records and the workload show them.
    connect(this, &CaseloadView::allocated, this, [this] { emit personChanged(0); });
    connect(m_model, &CaseloadModel::countsChanged, this, &CaseloadView::updateEmptyMessage);

    fillFilterLists();
    restoreSettings();
    applyFilter();
}

CaseloadView::~CaseloadView()
{
    saveSettings();
}

int CaseloadView::fittedColumnWidth(CaseloadColumn column, const QStringList &texts,
                                    bool swatch) const
{
    // The rows are read a page at a time, so the widest text is found among every text the
    // column can show rather than among the rows: cut, "4 Lowest risk, not removable
    // (provisional)" lost the word that says why.
    int text = 0;
    for (const QString &t : texts)
        text = qMax(text, m_table->fontMetrics().horizontalAdvance(t));
    // Laid out as the style lays out an item: the item's margins and the text's each side (the
    // swatch sits within them), and a pixel for the grid line.
    const QStyle *style = m_table->style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    const int icon = swatch ? style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table) : 0;
    return qMax(m_table->horizontalHeader()->sectionSizeHint(int(column)),
                icon + text + 4 * margin + 1);
}

void CaseloadView::fillFilterLists()
{
    const QVariant unit = m_unit->currentData();
    const QVariant owner = m_owner->currentData();
    const bool wasTeam = m_owner->currentData(TeamRole).toBool();
    const QSignalBlocker b1(m_unit), b2(m_owner);
    m_unit->clear();
    m_unit->addItem(tr("All units"));
    m_owner->clear();
    m_owner->addItem(tr("Everyone"));
    m_owner->addItem(tr("My cases (%1)").arg(m_currentUser), m_currentUser);
    // Read again with the lists: Settings → Users and Teams may have moved the user.
    m_team = OwnerFilter::teamOf(m_db, m_currentUser);
    m_owner->addItem(QString());
    m_owner->setItemData(m_owner->count() - 1, true, TeamRole);
    OwnerFilter::setTeamItem(m_owner, m_owner->count() - 1, tr("My team"), m_team);
    const auto units = m_model->owningUnits();
    for (const QString &u : units)
        m_unit->addItem(u.isEmpty() ? tr("(no unit recorded)") : u, u);
    const auto owners = m_model->caseOwners();
    for (const QString &o : owners) {
        if (o == m_currentUser)
            continue; // already offered as "My cases"
        m_owner->addItem(o.isEmpty() ? tr("(no case owner)") : o, o);
    }
    selectData(m_unit, unit);
    selectOwner(owner, wasTeam);
}

void CaseloadView::selectOwner(const QVariant &owner, bool team)
{
    const int teamIndex = m_owner->findData(true, TeamRole);
    if (team && !m_team.isEmpty())
        m_owner->setCurrentIndex(teamIndex);
    else
        selectData(m_owner, owner);
}

void CaseloadView::clearFilters()
{
    const QSignalBlocker b1(m_band), b2(m_unit), b3(m_owner), b4(m_search), b5(m_longWindow),
        b6(m_showRemoved), b7(m_needs);
    m_search->clear();
    m_needs->setCurrentIndex(0);
    m_longWindow->setChecked(false);
    m_showRemoved->setChecked(false);
    m_band->setCurrentIndex(0);
    m_unit->setCurrentIndex(0);
    m_owner->setCurrentIndex(0);
    applyFilter();
}

void CaseloadView::applyFilter()
{
    CaseloadFilter f;
    const QVariant band = m_band->currentData();
    if (band.isValid())
        f.bands = {band.toInt()};
    const QVariant unit = m_unit->currentData();
    if (unit.isValid())
        f.owningUnit = unit.toString();
    const QVariant owner = m_owner->currentData();
    if (m_owner->currentData(TeamRole).toBool())
        f.ownerTeam = m_team;
    else if (owner.isValid())
        f.caseOwner = owner.toString();
    f.search = m_search->text();
    f.longWindowOnly = m_longWindow->isChecked();
    f.needs = CaseloadFilter::Needs(m_needs->currentData().toInt());
    f.showRemoved = m_showRemoved->isChecked();
    m_model->setFilter(f);
}

void CaseloadView::updateEmptyMessage(int visible, int total)
{
    // The narrowing filters only: Show removed widens the list.
    QStringList filters;
    if (!m_search->text().trimmed().isEmpty())
        filters << tr("Search = “%1”").arg(m_search->text().trimmed());
    if (m_band->currentIndex() > 0)
        filters << EmptyListNotice::chosen(tr("Band"), m_band);
    if (m_unit->currentIndex() > 0)
        filters << EmptyListNotice::chosen(tr("Unit"), m_unit);
    if (m_owner->currentIndex() > 0)
        filters << EmptyListNotice::chosen(tr("Owner"), m_owner);
    if (m_needs->currentIndex() > 0)
        filters << EmptyListNotice::chosen(tr("Needs"), m_needs);
    if (m_longWindow->isChecked())
        filters << EmptyListNotice::ticked(m_longWindow);
    m_empty->update(visible, filters, total,
                    tr("No people yet.\nUse File → Import CID Extract, or File → Fill with Demo "
                       "Data to try Lodestar."));
}

void CaseloadView::refresh()
{
    fillFilterLists();
    m_model->refresh();
}

QString CaseloadView::countText() const
{
    return tr("%1 of %2 people")
        .arg(QLocale().toString(m_model->visibleCount()),
             QLocale().toString(m_model->totalCount()));
}

QWidget *CaseloadView::defaultFocus() const
{
    return m_table;
}

void CaseloadView::refreshKeepingPlace()
{
    // Someone else's change moves a row a little (a new band, a name) or not at all. The pages
    // are read lazily, so people are looked for only this near where they were.
    constexpr int Near = 64;
    // A huge selection (Ctrl+A) is not worth a search per person: the current row is kept.
    constexpr int MaxKept = 200;
    QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = selection->currentIndex();
    const qint64 currentId = current.isValid() ? m_model->personIdAt(current.row()) : 0;
    QVector<QPair<qint64, int>> selected;
    const QModelIndexList rows = selection->selectedRows();
    if (rows.size() <= MaxKept) {
        for (const QModelIndex &row : rows) {
            if (const qint64 id = m_model->personIdAt(row.row()))
                selected.append({id, row.row()});
        }
    }
    const int top = m_table->rowAt(0);
    const int across = m_table->horizontalScrollBar()->value();

    refresh();

    const auto rowNear = [this](qint64 id, int was) {
        for (int d = 0; d <= Near; ++d) {
            if (was - d >= 0 && m_model->personIdAt(was - d) == id)
                return was - d;
            if (d > 0 && was + d < m_model->rowCount() && m_model->personIdAt(was + d) == id)
                return was + d;
        }
        return -1;
    };
    m_table->doItemsLayout();
    if (top >= 0 && m_model->rowCount() > 0)
        m_table->scrollTo(m_model->index(qMin(top, m_model->rowCount() - 1), 0),
                          QAbstractItemView::PositionAtTop);
    m_table->horizontalScrollBar()->setValue(across);
    if (currentId) {
        if (const int r = rowNear(currentId, current.row()); r >= 0)
            selection->setCurrentIndex(m_model->index(r, current.column()),
                                       QItemSelectionModel::NoUpdate);
    }
    QItemSelection restored;
    for (const auto &[id, was] : std::as_const(selected)) {
        if (const int r = rowNear(id, was); r >= 0)
            restored.select(m_model->index(r, 0), m_model->index(r, m_model->columnCount() - 1));
    }
    if (!restored.isEmpty())
        selection->select(restored, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QVector<qint64> CaseloadView::selectedPersonIds() const
{
    QVector<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const qint64 id = m_model->personIdAt(row.row()))
            ids << id;
    }
    return ids;
}

QHash<qint64, int> CaseloadView::selectedPersonVersions() const
{
    QHash<qint64, int> versions;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        if (const qint64 id = m_model->personIdAt(row.row()))
            versions.insert(id, m_model->personVersionAt(row.row()));
    return versions;
}

void CaseloadView::allocateSelected()
{
    const QVector<qint64> ids = selectedPersonIds();
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Allocate"),
                                 tr("Select the people to allocate first (Ctrl+click or "
                                    "Shift+click for several)."));
        return;
    }
    // Checked against the people as the caseload shows them: one changed by hand since the
    // rows were read is a conflict, and the dialog's Reload reads them again.
    AllocateDialog dialog({m_db, m_currentUser}, ids, selectedPersonVersions(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit allocated();
}

void CaseloadView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseloadView::restoreSettings()
{
    const UserSettings settings(m_db, m_currentUser);
    const QSignalBlocker b1(m_band), b2(m_unit), b3(m_owner), b4(m_longWindow), b5(m_showRemoved),
        b6(m_needs);
    m_longWindow->setChecked(settings.value(QStringLiteral("caseload/longWindow"), false).toBool());
    m_showRemoved->setChecked(
        settings.value(QStringLiteral("caseload/showRemoved"), false).toBool());
    selectData(m_band, settings.value(QStringLiteral("caseload/band")));
    selectData(m_unit, settings.value(QStringLiteral("caseload/unit")));
    selectData(m_needs, settings.value(QStringLiteral("caseload/needs"), 0));
    if (settings.contains(QStringLiteral("caseload/owner")) ||
        settings.contains(QStringLiteral("caseload/ownerTeam"))) {
        selectOwner(settings.value(QStringLiteral("caseload/owner")),
                    settings.value(QStringLiteral("caseload/ownerTeam"), false).toBool());
    } else {
        applyRoleDefaults();
    }
    // A layout saved with another set of columns (before the triage columns) would put the
    // sections in the wrong places: the defaults serve until the user arranges them again.
    const QByteArray header = settings.value(QStringLiteral("caseload/header")).toByteArray();
    if (!header.isEmpty() &&
        settings.value(QStringLiteral("caseload/headerColumns")).toInt() == m_model->columnCount())
        m_table->horizontalHeader()->restoreState(header);
}

void CaseloadView::applyRoleDefaults()
{
    // Until the user chooses otherwise (issue 23): a caseworker's own people and a team
    // leader's team, most urgent first (by band, then the run of breaches, then the next diary
    // date: the band column's order); everyone else sees the whole caseload by name.
    const std::optional<AppUser> me = AppContext(m_db, m_currentUser).appUser();
    const QString role = me ? me->role : QString();
    if (role == QLatin1String("caseworker")) {
        selectData(m_owner, m_currentUser);
    } else if (role == QLatin1String("team_leader") && !m_team.isEmpty()) {
        selectOwner(QVariant(), true);
    } else {
        return;
    }
    m_table->sortByColumn(int(CaseloadColumn::Band), Qt::AscendingOrder);
}

void CaseloadView::saveSettings() const
{
    UserSettings settings(m_db, m_currentUser);
    settings.setValue(QStringLiteral("caseload/band"), m_band->currentData());
    settings.setValue(QStringLiteral("caseload/unit"), m_unit->currentData());
    settings.setValue(QStringLiteral("caseload/owner"), m_owner->currentData());
    settings.setValue(QStringLiteral("caseload/ownerTeam"),
                      m_owner->currentData(TeamRole).toBool());
    settings.setValue(QStringLiteral("caseload/longWindow"), m_longWindow->isChecked());
    settings.setValue(QStringLiteral("caseload/showRemoved"), m_showRemoved->isChecked());
    settings.setValue(QStringLiteral("caseload/needs"), m_needs->currentData());
    settings.setValue(QStringLiteral("caseload/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("caseload/headerColumns"), m_model->columnCount());
}
