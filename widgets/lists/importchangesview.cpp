#include "importchangesview.h"

#include "common/emptylistnotice.h"
#include "common/keyboard.h"
#include "itemmodels/displaytext.h"
#include "itemmodels/importchangesmodel.h"
#include "itemmodels/roles.h"
#include "store/importstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

ImportChangesView::ImportChangesView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_db(context.db()), m_currentUser(context.user()),
      m_model(new ImportChangesModel(context.db(), this)), m_import(new QComboBox(this)),
      m_owner(new QComboBox(this)), m_kind(new QComboBox(this)), m_table(new QTableView(this)),
      m_empty(new EmptyListNotice(m_table))
{
    m_import->setObjectName(QStringLiteral("changesImportFilter"));
    m_owner->setObjectName(QStringLiteral("changesOwnerFilter"));
    m_kind->setObjectName(QStringLiteral("changesKindFilter"));
    m_table->setObjectName(QStringLiteral("changesTable"));

    // "My cases" first: the morning's look is at one's own people.
    m_owner->addItem(tr("My cases (%1)").arg(m_currentUser), m_currentUser);
    m_owner->addItem(tr("Everyone"));
    m_kind->addItem(tr("All changes"));
    for (ImportChange::Kind kind : ImportChange::allKinds())
        m_kind->addItem(ImportChange::kindLabel(kind), int(kind));

    auto *bar = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        bar->addWidget(label);
        bar->addWidget(combo);
    };
    labelled(tr("&Import:"), m_import);
    labelled(tr("&Owner:"), m_owner);
    labelled(tr("C&hange:"), m_kind);
    bar->addStretch(1);

    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    Keyboard::setUpList(m_table);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {220, 95, 170, 200, 200};
    for (int c = 0; c < 5; ++c)
        m_table->setColumnWidth(c, widths[c]);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    for (QComboBox *combo : {m_import, m_owner, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportChangesView::apply);
    // Which import is not a filter: each is a list of its own.
    connect(m_empty, &EmptyListNotice::clearFilters, this, [this] {
        {
            const QSignalBlocker b1(m_owner), b2(m_kind);
            m_owner->setCurrentIndex(m_owner->findData(QVariant()));
            m_kind->setCurrentIndex(0);
        }
        apply();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(Roles::PersonId).toLongLong())
            emit openPerson(id);
    });
    reload();
}

void ImportChangesView::reload()
{
    const auto history = ImportStore(m_db).history();
    {
        const QSignalBlocker blocker(m_import);
        m_import->clear();
        if (history) {
            for (const ImportRecord &r : history.value())
                m_import->addItem(
                    tr("%1 — %2 (%3)")
                        .arg(DisplayText::dateTime(r.startedAt), r.casesFile, r.importedBy),
                    r.id);
        }
        if (m_import->count() == 0)
            m_import->addItem(tr("No import yet"));
    }
    if (!history)
        QMessageBox::warning(this, tr("What changed"), history.error().toString());
    apply();
}

void ImportChangesView::apply()
{
    const qint64 importId = m_import->currentData().toLongLong();
    std::optional<QString> owner;
    if (m_owner->currentData().isValid())
        owner = m_owner->currentData().toString();
    std::optional<ImportChange::Kind> kind;
    if (m_kind->currentData().isValid())
        kind = ImportChange::Kind(m_kind->currentData().toInt());
    if (Status s = m_model->show(importId, owner, kind); !s)
        QMessageBox::warning(this, tr("What changed"), s.error().toString());
    // With no import there is nothing for the filters to hide.
    QStringList filters;
    if (owner && importId > 0)
        filters << EmptyListNotice::chosen(tr("Owner"), m_owner);
    if (kind && importId > 0)
        filters << EmptyListNotice::chosen(tr("Change"), m_kind);
    m_empty->update(m_model->rowCount(), filters, -1,
                    importId > 0 ? tr("This import changed nothing for anyone.")
                                 : tr("No CID extract has been imported yet."));
}
