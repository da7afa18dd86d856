#include "importhistoryview.h"

#include "common/keyboard.h"
#include "itemmodels/importhistorymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

ImportHistoryView::ImportHistoryView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_model(new ImportHistoryModel(context.db(), this)),
      m_table(new QTableView(this))
{
    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    Keyboard::setUpList(m_table);
    m_table->verticalHeader()->hide();
    // A few hundred imports a year: sizing to the contents costs nothing here.
    m_table->resizeColumnsToContents();

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every CID import, newest first. Hover over a file name for its "
                                "SHA-256 fingerprint."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table);
}

void ImportHistoryView::reload()
{
    if (Status s = m_model->reload(); !s)
        QMessageBox::warning(this, tr("Import history"), s.error().toString());
    m_table->resizeColumnsToContents();
}
