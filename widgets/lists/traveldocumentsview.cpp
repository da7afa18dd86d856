#include "traveldocumentsview.h"
#include "domain/clock.h"

#include "common/listtable.h"
#include "itemmodels/roles.h"
#include "itemmodels/traveldocsglancemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

TravelDocumentsView::TravelDocumentsView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_model(new TravelDocsGlanceModel(context.db(), this)),
      m_table(new QTableView(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("travelDocumentsView"));
    m_summary->setObjectName(QStringLiteral("travelDocsSummary"));
    m_summary->setWordWrap(true);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Roles::Sort);
    m_table->setObjectName(QStringLiteral("travelDocsGlanceTable"));
    m_table->setModel(proxy);
    ListTable::setUp(m_table);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setAccessibleName(tr("Travel documents by nationality"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    reload();
}

void TravelDocumentsView::reload()
{
    m_model->setAsOf(Clock::today());
    if (::Status s = m_model->reload(); !s)
        QMessageBox::warning(this, tr("Travel Documents"), s.error().toString());
    m_table->resizeColumnsToContents();
    qint64 people = 0, usable = 0, none = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        people += m_model->rowAt(r).people;
        usable += m_model->rowAt(r).usable;
        none += m_model->rowAt(r).noDocument;
    }
    m_summary->setText(tr("Non-detained people by nationality and where their travel document "
                          "stands, each counted once at their most advanced document: %1 "
                          "people, %2 with a usable document, %3 with nothing sought yet.")
                           .arg(people)
                           .arg(usable)
                           .arg(none));
}
