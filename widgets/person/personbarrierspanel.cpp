#include "personbarrierspanel.h"

#include "common/conflictprompt.h"
#include "common/listtable.h"
#include "dialogs/barrierdialog.h"
#include "dialogs/clearbarrierdialog.h"
#include "itemmodels/personbarriersmodel.h"
#include "store/barrierstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PersonBarriersPanel::PersonBarriersPanel(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_db(context.db()), m_user(context.user()),
      m_model(new PersonBarriersModel(context.db(), this)), m_table(new QTableView(this)),
      m_record(new QPushButton(tr("Record &Barrier…"), this)),
      m_clear(new QPushButton(tr("C&lear…"), this)), m_reopen(new QPushButton(tr("Re&open"), this)),
      m_notes(new QPushButton(tr("Edit &Notes…"), this))
{
    setObjectName(QStringLiteral("barriersPanel"));
    m_record->setObjectName(QStringLiteral("recordBarrierButton"));
    m_clear->setObjectName(QStringLiteral("clearBarrierButton"));
    m_reopen->setObjectName(QStringLiteral("reopenBarrierButton"));
    m_notes->setObjectName(QStringLiteral("barrierNotesButton"));
    m_table->setObjectName(QStringLiteral("barriersTable"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Barriers to removal of this person"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_notes);
    buttons->addWidget(m_reopen);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_record, &QPushButton::clicked, this, &PersonBarriersPanel::recordBarrier);
    connect(m_clear, &QPushButton::clicked, this, &PersonBarriersPanel::clearSelected);
    connect(m_reopen, &QPushButton::clicked, this, &PersonBarriersPanel::reopenSelected);
    connect(m_notes, &QPushButton::clicked, this, &PersonBarriersPanel::editSelectedNotes);
    // Notes are the one thing every barrier, CID's too, can have edited here.
    connect(m_table, &QTableView::activated, this, &PersonBarriersPanel::editSelectedNotes);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonBarriersPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PersonBarriersPanel::updateActions);
    using A = Permissions::Action;
    m_access.guard(m_record, A::ChangePerson);
    m_access.guard(m_clear, A::ChangePerson);
    m_access.guard(m_reopen, A::ChangePerson);
    m_access.guard(m_notes, A::ChangePerson);
    updateActions();
}

bool PersonBarriersPanel::setPersonId(qint64 personId, QString *error)
{
    // The record reloads after every change: keep the barrier the user was working on selected.
    const int row = selectedRow();
    const qint64 selected = row >= 0 && personId == m_personId ? m_model->barrierAt(row).id : 0;
    m_personId = personId;
    const Status s = m_model->setPersonId(personId);
    if (!s && error)
        *error = s.error().toString();
    m_table->resizeColumnsToContents();
    if (selected)
        selectBarrier(selected);
    updateActions();
    return s.ok();
}

QString PersonBarriersPanel::tabLabel() const
{
    const int open = m_model->openCount();
    return open > 0 ? tr("Barriers (%1 open)").arg(open) : tr("Barriers");
}

int PersonBarriersPanel::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PersonBarriersPanel::selectBarrier(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void PersonBarriersPanel::updateActions()
{
    const int row = selectedRow();
    m_record->setEnabled(m_personId > 0);
    m_notes->setEnabled(row >= 0);
    if (row < 0) {
        m_clear->setEnabled(false);
        m_reopen->setEnabled(false);
        m_clear->setToolTip(tr("Select a barrier recorded in Lodestar to clear it"));
        m_reopen->setToolTip(tr("Select a cleared barrier recorded in Lodestar to reopen it"));
        m_access.apply();
        return;
    }
    const Barrier &b = m_model->barrierAt(row);
    if (b.fromCid()) {
        // Said on the buttons themselves, so nobody wonders why they are greyed out. CID clears
        // its barriers; Lodestar may certify one under RED.0004 (issue 15 rule 7), and undo that.
        const QString why =
            tr("This barrier comes from CID: CID clears it when it closes the case %1")
                .arg(b.caseRef)
                .trimmed();
        m_clear->setEnabled(b.isOpen());
        m_reopen->setEnabled(b.isCertified());
        m_clear->setToolTip(b.isOpen() ? tr("%1; here it can be certified under RED.0004").arg(why)
                                       : why);
        m_reopen->setToolTip(b.isCertified() ? tr("Undo a certification made by mistake") : why);
        m_access.apply();
        return;
    }
    m_clear->setEnabled(b.isOpen());
    m_reopen->setEnabled(!b.isOpen());
    m_clear->setToolTip(b.isOpen() ? tr("Record when and how this barrier was cleared")
                                   : tr("This barrier is cleared already"));
    m_reopen->setToolTip(b.isOpen() ? tr("This barrier is open")
                                    : tr("Undo a clearing made by mistake"));
    m_access.apply();
}

void PersonBarriersPanel::changed(qint64 selectId)
{
    setPersonId(m_personId);
    selectBarrier(selectId);
    emit barriersChanged();
}

void PersonBarriersPanel::recordBarrier()
{
    if (m_personId <= 0)
        return;
    BarrierDialog dialog({m_db, m_user}, m_personId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed(dialog.savedId());
}

void PersonBarriersPanel::clearSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_model->barrierAt(row).isOpen())
        return;
    const Barrier b = m_model->barrierAt(row);
    ClearBarrierDialog dialog({m_db, m_user}, b, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed(b.id);
}

void PersonBarriersPanel::reopenSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Barrier b = m_model->barrierAt(row);
    if (Status s = BarrierStore(m_db).reopen(m_personId, b.id, m_user, b.version); !s) {
        if (!ConflictPrompt::handle(this, s.error(), [this, &b] { changed(b.id); }))
            QMessageBox::warning(this, tr("Cannot reopen the barrier"), s.error().toString());
        return;
    }
    changed(b.id);
}

void PersonBarriersPanel::editSelectedNotes()
{
    const int row = selectedRow();
    if (row < 0 || !m_access.allows(Permissions::Action::ChangePerson)) // Enter on a row too
        return;
    const Barrier b = m_model->barrierAt(row);
    bool ok = false;
    const QString notes = QInputDialog::getMultiLineText(
        this, tr("Barrier Notes"),
        tr("&Notes on this barrier (%1):").arg(Barrier::typeName(b.type)), b.notes, &ok);
    if (!ok || notes.trimmed() == b.notes.trimmed())
        return;
    if (Status s = BarrierStore(m_db).setNotes(m_personId, b.id, notes, m_user, b.version); !s) {
        // Reload shows the other person's notes in the register; what was typed here is not
        // kept (the notes prompt has closed), so Edit Notes starts again from their text.
        if (!ConflictPrompt::handle(this, s.error(), [this, &b] { changed(b.id); }))
            QMessageBox::warning(this, tr("Cannot save the notes"), s.error().toString());
        return;
    }
    changed(b.id);
}

void PersonBarriersPanel::setRefusals(const QMap<Permissions::Action, QString> &refusals)
{
    m_access.setRefusals(refusals);
    updateActions();
}
