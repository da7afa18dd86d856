#include "progressionview.h"
#include "domain/clock.h"

#include "common/emptylistnotice.h"
#include "common/listtable.h"
#include "common/usersettings.h"
#include "itemmodels/progressionmodel.h"
#include "itemmodels/roles.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

using List = ProgressionStore::List;

ProgressionView::ProgressionView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_user(context.user()), m_settings(context.db(), context.user()),
      m_model(new ProgressionModel(context.db(), this)), m_proxy(new QSortFilterProxyModel(this)),
      m_lists(new QTabBar(this)), m_table(new QTableView(this)), m_summary(new QLabel(this)),
      m_empty(new EmptyListNotice(m_table)), m_myCases(new QCheckBox(tr("&My cases"), this))
{
    setObjectName(QStringLiteral("progressionView"));
    m_summary->setObjectName(QStringLiteral("progressionSummary"));
    m_summary->setWordWrap(true);
    m_lists->setObjectName(QStringLiteral("progressionLists"));
    m_myCases->setObjectName(QStringLiteral("myCasesCheck"));

    // In the order of ProgressionStore::List: the tab index is the list.
    m_lists->addTab(tr("Ripe for progression"));
    m_lists->addTab(tr("Preparation overdue"));
    m_lists->addTab(tr("Deportation decisions overdue"));
    m_lists->addTab(tr("Documents to seek, barrier open"));
    m_lists->setTabToolTip(0, tr("Non-detained people, not absconders, with no open barrier, no "
                                 "removal directions pending and no hold (report 6.69)."));
    m_lists->setTabToolTip(1, tr("Case preparation past its 2-week initial or 8-week final due "
                                 "date (report 7.5)."));
    m_lists->setTabToolTip(2, tr("A sentence of 12 months or more that ended over a year ago, "
                                 "and no deportation decision (report 6.24)."));
    m_lists->setTabToolTip(3, tr("Travel documents to seek while a barrier is open: non-detained "
                                 "people with an open barrier and no usable travel document, so "
                                 "that the document is ready when the barrier clears (report "
                                 "7.10)."));
    m_lists->setExpanding(false);
    m_lists->setDrawBase(false);

    m_lists->setCurrentIndex(qBound(
        0, m_settings.value(QStringLiteral("progression/list"), 0).toInt(), m_lists->count() - 1));
    m_myCases->setChecked(m_settings.value(QStringLiteral("progression/myCases"), false).toBool());

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Roles::Sort);
    m_table->setObjectName(QStringLiteral("progressionTable"));
    m_table->setModel(m_proxy);
    ListTable::setUp(m_table);
    // The list's own order (band 1 first, longest overdue first) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAccessibleName(tr("Removal progression worklist"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_lists);
    top->addStretch(1);
    top->addWidget(m_myCases);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_lists, &QTabBar::currentChanged, this, &ProgressionView::filterChanged);
    connect(m_myCases, &QCheckBox::toggled, this, &ProgressionView::filterChanged);
    // The list chosen is not a filter: each tab is a list of its own.
    connect(m_empty, &EmptyListNotice::clearFilters, this,
            [this] { m_myCases->setChecked(false); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openPerson(index.data(Roles::PersonId).toLongLong());
    });
    reload();
}

bool ProgressionView::showPart(const QString &part)
{
    if (part != QLatin1String("documents_to_seek"))
        return false;
    showList(ProgressionStore::List::DocumentToSeek);
    return true;
}

void ProgressionView::showList(List list)
{
    m_lists->setCurrentIndex(int(list)); // filterChanged reloads on a change
}

void ProgressionView::filterChanged()
{
    m_settings.setValue(QStringLiteral("progression/list"), m_lists->currentIndex());
    m_settings.setValue(QStringLiteral("progression/myCases"), m_myCases->isChecked());
    // Each list has its own order: a header clicked on one means nothing on the next.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    reload();
}

void ProgressionView::reload()
{
    const List list = List(qMax(0, m_lists->currentIndex()));
    m_model->setList(list);
    m_model->setAsOf(Clock::today()); // a window left open overnight moves on
    m_model->setCaseOwner(m_myCases->isChecked() ? m_user : QString());
    if (::Status s = m_model->reload(); !s)
        QMessageBox::warning(this, tr("Removal Progression"), s.error().toString());
    // The sentence end matters to the decisions list only; nobody on hold is ripe.
    m_table->setColumnHidden(ProgressionModel::SentenceEnd, list != List::DecisionOverdue);
    // The hold column only where someone on the list is on hold: the width is needed.
    bool anyOnHold = false;
    for (int r = 0; r < m_model->rowCount() && !anyOnHold; ++r)
        anyOnHold = m_model->rowAt(r).onHold;
    m_table->setColumnHidden(ProgressionModel::OnHoldUntil, list == List::Ripe || !anyOnHold);
    // The barriers are the documents-to-seek list's reason; the width goes to them there.
    m_table->setColumnHidden(ProgressionModel::Barriers, list != List::DocumentToSeek);
    m_table->setColumnHidden(ProgressionModel::Preparation, list == List::DocumentToSeek);
    m_table->resizeColumnsToContents();
    updateSummary();
}

void ProgressionView::updateSummary()
{
    const int n = m_model->rowCount();
    const bool mine = !m_model->caseOwner().isEmpty();
    // The count first, then what puts a person on the list: the rule is the figure's.
    QString rule;
    switch (m_model->list()) {
    case List::Ripe:
        rule = tr("Non-detained, not absconders, no open barrier from any source, no removal "
                  "directions pending, not on hold. Band 1 first.");
        break;
    case List::PreparationOverdue:
        rule = tr("Case preparation past its due date: 2 weeks from allocation for the initial "
                  "preparation, 8 weeks to finalise. Longest overdue first.");
        break;
    case List::DecisionOverdue:
        rule = tr("Non-detained, a criminal sentence of 12 months or more that ended over a "
                  "year ago, no deportation decision. Longest since sentence end first.");
        break;
    case List::DocumentToSeek:
        rule = tr("Non-detained, at least one open barrier from any source, no usable travel "
                  "document: seek the document while the barrier is open. Band 1 first, then "
                  "nothing sought, refused or expired, in progress.");
        break;
    }
    const QString count = mine ? tr("Your people on this list: %1").arg(QLocale().toString(n))
                               : tr("People on this list: %1").arg(QLocale().toString(n));
    const QString text = tr("%1. %2").arg(count, rule);
    m_summary->setText(text);
    QString why;
    switch (m_model->list()) {
    case List::Ripe:
        why = tr("Nobody is ripe for progression.\nEveryone non-detained has an open barrier, "
                 "removal directions pending, a hold, or is an absconder.");
        break;
    case List::PreparationOverdue:
        why = tr("No case preparation is overdue.\nEvery allocated case is within its 2 and 8 "
                 "weeks, or prepared.");
        break;
    case List::DecisionOverdue:
        why = tr("No deportation decision is overdue.");
        break;
    case List::DocumentToSeek:
        why = tr("No travel document to seek while a barrier is open.\nEveryone non-detained "
                 "with an open barrier holds a usable travel document.");
        break;
    }
    // Everyone's count on the list is not read: how many My cases hides is not known.
    m_empty->update(n, mine ? QStringList{EmptyListNotice::ticked(m_myCases)} : QStringList(), -1,
                    why);
}
