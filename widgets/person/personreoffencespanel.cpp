#include "personreoffencespanel.h"

#include "common/listtable.h"
#include "db/transaction.h"
#include "dialogs/reoffencedialog.h"
#include "itemmodels/displaytext.h"
#include "itemmodels/reoffencesmodel.h"
#include "store/reoffencestore.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PersonReoffencesPanel::PersonReoffencesPanel(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_db(context.db()), m_user(context.user()),
      m_model(new ReoffencesModel(context.db(), this)), m_table(new QTableView(this)),
      m_empty(new QLabel(m_table->viewport())), m_status(new QLabel(this)),
      m_undo(new QPushButton(tr("&Undo"), this)),
      m_record(new QPushButton(tr("Record &Reoffence…"), this)),
      m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(QStringLiteral("reoffencesPanel"));
    m_table->setObjectName(QStringLiteral("reoffencesTable"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Reoffences of this person"));
    m_empty->setObjectName(QStringLiteral("reoffencesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->setText(tr("No reoffences recorded. Record one when the police, a court or "
                        "probation report an offence committed in the community."));
    auto *emptyLayout = new QVBoxLayout(m_table->viewport());
    emptyLayout->addWidget(m_empty);
    m_status->setObjectName(QStringLiteral("reoffenceStatus"));
    m_status->setWordWrap(true);
    m_undo->setObjectName(QStringLiteral("undoRemoveButton"));
    m_undo->setToolTip(tr("Record the removed reoffence again, as it was"));
    m_record->setObjectName(QStringLiteral("recordReoffenceButton"));
    m_remove->setObjectName(QStringLiteral("removeReoffenceButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_undo);
    buttons->addSpacing(12);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_record, &QPushButton::clicked, this, &PersonReoffencesPanel::recordReoffence);
    connect(m_remove, &QPushButton::clicked, this, &PersonReoffencesPanel::removeSelected);
    connect(m_undo, &QPushButton::clicked, this, &PersonReoffencesPanel::undoRemove);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonReoffencesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PersonReoffencesPanel::updateActions);
    showUndo(QString());
    using A = Permissions::Action;
    m_access.guard(m_record, A::ChangePerson);
    m_access.guard(m_remove, A::ChangePerson);
    m_access.guard(m_undo, A::ChangePerson);
    updateActions();
}

bool PersonReoffencesPanel::setPersonId(qint64 personId, QString *error)
{
    // The record reloads after changes elsewhere: keep the selection, and the Undo only for
    // the person it belongs to.
    const int row = selectedRow();
    const qint64 selected = row >= 0 && personId == m_personId ? m_model->reoffenceAt(row).id : 0;
    if (personId != m_personId) {
        m_removed.reset();
        showUndo(QString());
    }
    m_personId = personId;
    const Status s = m_model->setPersonId(personId);
    if (!s && error)
        *error = s.error().toString();
    m_table->resizeColumnsToContents();
    if (selected)
        selectReoffence(selected);
    updateActions();
    return s.ok();
}

int PersonReoffencesPanel::count() const
{
    return m_model->rowCount();
}

QString PersonReoffencesPanel::tabLabel() const
{
    const int n = count();
    return n > 0 ? tr("Reoffences (%1)").arg(n) : tr("Reoffences");
}

int PersonReoffencesPanel::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PersonReoffencesPanel::selectReoffence(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void PersonReoffencesPanel::updateActions()
{
    m_record->setEnabled(m_personId > 0);
    const bool selected = selectedRow() >= 0;
    m_remove->setEnabled(selected);
    m_remove->setToolTip(selected ? tr("Remove the selected reoffence, recorded in error")
                                  : tr("Select a reoffence to remove it"));
    m_empty->setVisible(m_personId > 0 && m_model->rowCount() == 0);
    m_access.apply();
}

void PersonReoffencesPanel::showUndo(const QString &text)
{
    m_status->setText(text);
    m_undo->setVisible(m_removed.has_value());
}

void PersonReoffencesPanel::changed(qint64 selectId)
{
    setPersonId(m_personId);
    if (selectId)
        selectReoffence(selectId);
    emit reoffencesChanged();
}

void PersonReoffencesPanel::recordReoffence()
{
    if (m_personId <= 0)
        return;
    ReoffenceDialog dialog({m_db, m_user}, m_personId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Something new recorded: the removed one is no longer the last thing to undo.
    m_removed.reset();
    showUndo(QString());
    changed(dialog.savedId());
}

void PersonReoffencesPanel::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Reoffence r = m_model->reoffenceAt(row);
    const QString what =
        tr("%1 on %2").arg(r.offence, DisplayText::date(r.offenceOn.toString(Qt::ISODate)));
    const auto answer = QMessageBox::question(
        this, tr("Remove Reoffence"),
        tr("Remove the reoffence \"%1\"?\n\nRemove only a reoffence recorded in error; it no "
           "longer counts in the reoffending figures.")
            .arg(what),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = ReoffenceStore(m_db).remove(r.id); !s) {
        QMessageBox::warning(this, tr("Cannot remove the reoffence"), s.error().toString());
        return;
    }
    m_removed = r;
    showUndo(tr("Removed \"%1\".").arg(what));
    changed(0);
}

void PersonReoffencesPanel::undoRemove()
{
    if (!m_removed)
        return;
    const Reoffence r = *m_removed;
    // Put back as it was: its recorder and time, not whoever undid the removal and when.
    const QString by = r.recordedBy.isEmpty() ? m_user : r.recordedBy;
    ReoffenceStore store(m_db);
    auto id = r.recordedAt.isEmpty() ? store.record(r, by) : Transaction::run(m_db, [&] {
        return store.recordInTransaction(r, by, r.recordedAt);
    });
    if (!id) {
        QMessageBox::warning(this, tr("Cannot undo the removal"), id.error().toString());
        return;
    }
    m_removed.reset();
    showUndo(tr("Reoffence put back."));
    changed(id.value());
}

void PersonReoffencesPanel::setRefusals(const QMap<Permissions::Action, QString> &refusals)
{
    m_access.setRefusals(refusals);
    updateActions();
}
