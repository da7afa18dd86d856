#include "abscondersview.h"
#include "domain/clock.h"

#include "common/listtable.h"
#include "itemmodels/abscondersmodel.h"
#include "itemmodels/absconderyearsmodel.h"
#include "itemmodels/roles.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

AbscondersView::AbscondersView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_model(new AbscondersModel(context.db(), this)),
      m_years(new AbsconderYearsModel(context.db(), this)), m_table(new QTableView(this)),
      m_yearsTable(new QTableView(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("abscondersView"));
    m_summary->setObjectName(QStringLiteral("abscondersSummary"));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Roles::Sort);
    ListTable::setUp(m_table);
    ListTable::setUp(m_yearsTable);
    m_table->setObjectName(QStringLiteral("abscondersTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setAccessibleName(tr("Absconders"));
    m_yearsTable->setObjectName(QStringLiteral("absconderYearsTable"));
    m_yearsTable->setModel(m_years);
    m_yearsTable->setAccessibleName(tr("Referred and located by year"));

    auto *listBox = new QGroupBox(tr("Absconders today"), this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_summary);
    listLayout->addWidget(m_table, 1);
    auto *yearsBox = new QGroupBox(tr("Trace and Locate by year"), this);
    auto *yearsLayout = new QVBoxLayout(yearsBox);
    yearsLayout->addWidget(m_yearsTable, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(listBox);
    split->addWidget(yearsBox);
    split->setSizes({900, 420});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openPerson(index.data(Roles::PersonId).toLongLong());
    });
    reload();
}

void AbscondersView::reload()
{
    m_model->setAsOf(Clock::today());
    Status s = m_model->reload();
    if (s)
        s = m_years->reload();
    if (!s)
        QMessageBox::warning(this, tr("Absconders"), s.error().toString());
    m_table->resizeColumnsToContents();
    m_yearsTable->resizeColumnsToContents();
    m_summary->setText(tr("%n absconder(s): declared, countersigned and not located since.", "",
                          m_model->rowCount()));
}
