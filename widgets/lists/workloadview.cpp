#include "workloadview.h"
#include "domain/clock.h"

#include "common/emptylistnotice.h"
#include "common/listtable.h"
#include "common/usersettings.h"
#include "itemmodels/caseloadmodel.h"
#include "itemmodels/colours.h"
#include "itemmodels/roles.h"
#include "itemmodels/workloadmodel.h"
#include "store/allocationstore.h"
#include "store/userstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

WorkloadView::WorkloadView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_db(context.db()), m_settings(m_db, context.user()),
      m_model(new WorkloadModel(m_db, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_people(new CaseloadModel(m_db, this)), m_team(new QComboBox(this)),
      m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_empty(new EmptyListNotice(m_table)), m_peopleLabel(new QLabel(this)),
      m_peopleTable(new QTableView(this)), m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("workloadView"));
    m_team->setObjectName(QStringLiteral("teamFilter"));
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setObjectName(QStringLiteral("workloadSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Roles::Sort);
    m_table->setObjectName(QStringLiteral("workloadTable"));
    m_table->setModel(m_proxy);
    ListTable::setUp(m_table);
    // Heaviest load first (the store's order) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAccessibleName(tr("Workload by caseworker"));

    m_peopleLabel->setObjectName(QStringLiteral("workloadPeopleLabel"));
    m_peopleLabel->setWordWrap(true);
    m_peopleTable->setObjectName(QStringLiteral("workloadPeopleTable"));
    m_peopleTable->setModel(m_people);
    ListTable::setUp(m_peopleTable);
    m_peopleTable->setWordWrap(false);
    m_peopleTable->setSortingEnabled(true);
    m_peopleTable->sortByColumn(int(CaseloadColumn::Band), Qt::AscendingOrder);
    // Every row has the same owner: the column says nothing here.
    m_peopleTable->setColumnHidden(int(CaseloadColumn::CaseOwner), true);
    m_peopleTable->setAccessibleName(tr("The selected caseworker's people"));
    m_peopleLabel->setBuddy(m_peopleTable);

    auto *teamLabel = new QLabel(tr("&Team:"), this);
    teamLabel->setBuddy(m_team);
    auto *top = new QHBoxLayout;
    top->addWidget(teamLabel);
    top->addWidget(m_team);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_peopleLabel);
    lowerLayout->addWidget(m_peopleTable, 1);
    m_splitter->setObjectName(QStringLiteral("workloadSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    fillTeams();
    const int team = m_team->findData(m_settings.value(QStringLiteral("workload/team")).toString());
    m_team->setCurrentIndex(qMax(0, team));
    m_splitter->restoreState(m_settings.value(QStringLiteral("workload/splitter")).toByteArray());

    connect(m_team, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setValue(QStringLiteral("workload/team"), m_team->currentData().toString());
        reload();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkloadView::showSelectedPeople);
    connect(m_empty, &EmptyListNotice::clearFilters, this, [this] { m_team->setCurrentIndex(0); });
    // Enter on a caseworker goes down to their people.
    connect(m_table, &QTableView::activated, this,
            [this] { m_peopleTable->setFocus(Qt::OtherFocusReason); });
    connect(m_peopleTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(Roles::PersonId).toLongLong())
            emit openPerson(id);
    });
    reload();
}

WorkloadView::~WorkloadView()
{
    m_settings.setValue(QStringLiteral("workload/splitter"), m_splitter->saveState());
}

void WorkloadView::fillTeams()
{
    const QString current = m_team->currentData().toString();
    const QSignalBlocker block(m_team);
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    if (auto teams = UserStore(m_db).teams(); teams) {
        for (const QString &t : teams.value())
            m_team->addItem(t, t);
    }
    m_team->setCurrentIndex(qMax(0, m_team->findData(current)));
}

QString WorkloadView::selectedOwner() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return QString();
    return current.siblingAtColumn(0).data(Roles::Code).toString();
}

void WorkloadView::selectOwner(const QString &owner)
{
    const int row = m_model->rowOfOwner(owner);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
}

void WorkloadView::reload()
{
    const bool hadSelection = m_table->selectionModel()->currentIndex().isValid();
    const QString owner = selectedOwner();
    fillTeams();
    m_model->setAsOf(Clock::today()); // a window left open overnight moves on
    m_model->setTeam(m_team->currentData().toString());
    if (::Status s = m_model->reload(); !s)
        QMessageBox::warning(this, tr("Workload"), s.error().toString());
    m_table->resizeColumnsToContents();
    updateSummary();
    // Keep the caseworker looked at; else the heaviest load, so the lower list is never idle.
    if (hadSelection && m_model->rowOfOwner(owner) >= 0)
        selectOwner(owner);
    else if (m_proxy->rowCount() > 0)
        selectOwner(m_proxy->index(0, 0).data(Roles::Code).toString());
    showSelectedPeople();
}

void WorkloadView::showSelectedPeople()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_peopleLabel->setText(tr("Select a caseworker to see their people."));
        m_peopleTable->hide();
        return;
    }
    const AllocationStore::Load &l = m_model->loadAt(m_proxy->mapToSource(current).row());
    CaseloadFilter f;
    f.caseOwner = l.owner; // "" selects the people with no case owner
    m_people->setFilter(f);
    m_peopleTable->show();
    // A caseworker has a few hundred people at most: sizing to them all is cheap.
    m_peopleTable->resizeColumnsToContents();
    const QString people = QLocale().toString(l.people);
    if (l.people == 0)
        m_peopleLabel->setText(
            tr("%1 has nobody allocated. Allocate people from the caseload (select them, then "
               "Allocate…, Ctrl+L).")
                .arg(l.displayName));
    else if (l.owner.isEmpty())
        m_peopleLabel->setText(
            tr("&People with no case owner (%1); Enter opens a person.").arg(people));
    else
        m_peopleLabel->setText(
            tr("&People of %1 (%2); Enter opens a person.").arg(l.displayName, people));
    m_peopleTable->setVisible(l.people > 0);
}

void WorkloadView::updateSummary()
{
    const int n = m_model->rowCount();
    const QString team = m_team->currentData().toString();
    QString weights;
    if (auto w = AllocationStore(m_db).weights(); w)
        weights = tr("Weights: band 1 = %1, band 2 = %2, band 3 = %3, band 4 = %4, detained = "
                     "%5 points.")
                      .arg(w.value().weight(1))
                      .arg(w.value().weight(2))
                      .arg(w.value().weight(3))
                      .arg(w.value().weight(4))
                      .arg(w.value().weight(0));
    const int over = m_model->overCapacityCount();
    m_summary->setText(tr("%n case owners, ", "", n) +
                       tr("%1 people; ").arg(QLocale().toString(m_model->peopleCount())) +
                       (over > 0 ? Colours::problemHtml(tr("<b>%n over capacity</b>", "", over)) +
                                       QStringLiteral(". ")
                                 : tr("nobody over capacity. ")) +
                       weights.toHtmlEscaped());
    m_empty->update(n,
                    team.isEmpty() ? QStringList()
                                   : QStringList{EmptyListNotice::chosen(tr("Team"), m_team)},
                    -1,
                    tr("No caseworkers and nobody allocated yet.\nAdd the caseworkers in "
                       "Settings → Users and Teams, then allocate people from the caseload "
                       "(Ctrl+L)."),
                    tr("Nobody in team %1 carries a caseload: add caseworkers to the team in "
                       "Settings → Users and Teams.")
                        .arg(team));
}
