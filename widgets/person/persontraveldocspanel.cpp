#include "persontraveldocspanel.h"

#include "common/conflictprompt.h"
#include "common/listtable.h"
#include "dialogs/traveldocumentdialog.h"
#include "itemmodels/traveldocumentsmodel.h"
#include "store/traveldocumentstore.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PersonTravelDocsPanel::PersonTravelDocsPanel(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_db(context.db()), m_user(context.user()),
      m_model(new TravelDocumentsModel(context.db(), this)), m_table(new QTableView(this)),
      m_add(new QPushButton(tr("&Add Document…"), this)),
      m_edit(new QPushButton(tr("&Update…"), this))
{
    setObjectName(QStringLiteral("travelDocsPanel"));
    m_add->setObjectName(QStringLiteral("addDocumentButton"));
    m_edit->setObjectName(QStringLiteral("editDocumentButton"));
    m_table->setObjectName(QStringLiteral("travelDocsTable"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table);
    m_table->setAccessibleName(tr("Travel documents of this person"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &PersonTravelDocsPanel::addDocument);
    connect(m_edit, &QPushButton::clicked, this, &PersonTravelDocsPanel::editSelected);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_access.allows(Permissions::Action::ChangePerson))
            edit(index.row());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonTravelDocsPanel::updateActions);
    m_edit->setEnabled(false);
    using A = Permissions::Action;
    m_access.guard(m_add, A::ChangePerson);
    m_access.guard(m_edit, A::ChangePerson);
}

bool PersonTravelDocsPanel::setPersonId(qint64 personId, QString *error)
{
    m_personId = personId;
    const ::Status s = m_model->setPersonId(personId);
    if (!s && error)
        *error = s.error().toString();
    m_table->resizeColumnsToContents();
    updateActions();
    return s.ok();
}

QString PersonTravelDocsPanel::tabLabel() const
{
    if (m_model->hasUsable())
        return tr("Travel documents (usable)");
    return m_model->rowCount() > 0 ? tr("Travel documents (%1)").arg(m_model->rowCount())
                                   : tr("Travel documents");
}

void PersonTravelDocsPanel::addDocument()
{
    if (m_personId <= 0)
        return;
    TravelDocument d;
    d.personId = m_personId;
    TravelDocumentDialog dialog(d, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto id = TravelDocumentStore(m_db).save(dialog.document(), m_user); !id) {
        QMessageBox::warning(this, tr("Cannot save the travel document"), id.error().toString());
        return;
    }
    setPersonId(m_personId);
    emit documentsChanged();
}

void PersonTravelDocsPanel::editSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        edit(rows.first().row());
}

void PersonTravelDocsPanel::edit(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    TravelDocumentDialog dialog(m_model->documentAt(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TravelDocument mine = dialog.document();
    if (auto id = TravelDocumentStore(m_db).save(mine, m_user); !id) {
        if (!ConflictPrompt::isConflict(id.error())) {
            QMessageBox::warning(this, tr("Cannot save the travel document"),
                                 id.error().toString());
            return;
        }
        // Reload: the list shows the other person's version, selected; the dialog has closed,
        // so Edit starts again from theirs (the message said which fields they changed).
        ConflictPrompt::handle(this, id.error(), [this, mine] {
            setPersonId(m_personId);
            for (int at = 0; at < m_model->rowCount(); ++at)
                if (m_model->documentAt(at).id == mine.id)
                    m_table->selectRow(at);
        });
        return;
    }
    setPersonId(m_personId);
    emit documentsChanged();
}

void PersonTravelDocsPanel::updateActions()
{
    m_edit->setEnabled(m_table->selectionModel()->hasSelection());
    m_access.apply();
}

void PersonTravelDocsPanel::setRefusals(const QMap<Permissions::Action, QString> &refusals)
{
    m_access.setRefusals(refusals);
    updateActions();
}
