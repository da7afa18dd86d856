#include "mydiaryview.h"
#include "domain/clock.h"

#include "common/conflictprompt.h"
#include "common/emptylistnotice.h"
#include "common/listtable.h"
#include "common/ownerfilter.h"
#include "common/usersettings.h"
#include "itemmodels/mydiarymodel.h"
#include "itemmodels/roles.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

MyDiaryView::MyDiaryView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_user(context.user()), m_settings(context.db(), context.user()),
      m_model(new MyDiaryModel(context.db(), this)), m_table(new QTableView(this)),
      m_whose(new OwnerFilter({context.db(), context.user()}, tr("Everyone's"),
                              tr("My people and my entries"), tr("My team's people and entries"),
                              this)),
      m_summary(new QLabel(this)), m_done(new QPushButton(tr("Mark &Done"), this)),
      m_empty(new EmptyListNotice(m_table)), m_undoBar(new QWidget(this)),
      m_undoLabel(new QLabel(m_undoBar)), m_undo(new QPushButton(tr("&Undo"), m_undoBar)),
      m_undoAction(new QAction(tr("Undo Mark Done"), this))
{
    setObjectName(QStringLiteral("myDiaryView"));
    m_summary->setObjectName(QStringLiteral("myDiarySummary"));
    m_whose->setObjectName(QStringLiteral("diaryWhoseCombo"));
    m_whose->setAccessibleName(tr("Whose diary"));
    m_whose->setChoice(
        m_settings.value(QStringLiteral("diary/whose"), QStringLiteral("mine")).toString());
    m_done->setObjectName(QStringLiteral("markDoneButton"));
    m_table->setObjectName(QStringLiteral("myDiaryTable"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table);
    m_table->setAccessibleName(tr("My diary"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_whose);
    top->addWidget(m_done);
    // Under the list, where the eye goes after the row leaves it.
    m_undoLabel->setObjectName(QStringLiteral("undoDoneLabel"));
    m_undo->setObjectName(QStringLiteral("undoDoneButton"));
    m_undo->setToolTip(tr("Open the entry again (Ctrl+Z)"));
    auto *undoRow = new QHBoxLayout(m_undoBar);
    undoRow->setContentsMargins(0, 0, 0, 0);
    undoRow->addWidget(m_undoLabel, 1);
    undoRow->addWidget(m_undo);
    m_undoBar->hide();
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undoAction->setEnabled(false);
    addAction(m_undoAction);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_undoBar);

    connect(m_whose, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setValue(QStringLiteral("diary/whose"), m_whose->choice());
        reload();
    });
    connect(m_done, &QPushButton::clicked, this, &MyDiaryView::markSelectedDone);
    connect(m_undo, &QPushButton::clicked, this, &MyDiaryView::undoDone);
    connect(m_undoAction, &QAction::triggered, this, &MyDiaryView::undoDone);
    connect(m_empty, &EmptyListNotice::clearFilters, this,
            [this] { m_whose->setChoice(QStringLiteral("everyone")); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openPerson(index.data(Roles::PersonId).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_done->setEnabled(m_table->selectionModel()->hasSelection()); });
    reload();
}

void MyDiaryView::reload()
{
    m_model->setAsOf(Clock::today());
    {
        // Settings → Users and Teams may have moved the user: not a choice to remember.
        const QSignalBlocker block(m_whose);
        m_whose->refreshTeam();
    }
    m_model->setWhose(m_whose->scope());
    if (Status s = m_model->reload(); !s)
        QMessageBox::warning(this, tr("My Diary"), s.error().toString());
    m_table->resizeColumnsToContents();
    m_done->setEnabled(false);
    updateSummary();
}

void MyDiaryView::updateSummary()
{
    m_summary->setText(tr("Overdue: %1 · Today: %2 · Next 7 days: %3")
                           .arg(m_model->count(MyDiaryModel::Part::Overdue))
                           .arg(m_model->count(MyDiaryModel::Part::Today))
                           .arg(m_model->count(MyDiaryModel::Part::ThisWeek)));
    // Everyone's entries are counted only when this list is empty: what the choice hides.
    const bool everyone = m_model->whose().isEveryone();
    const int hidden =
        everyone || m_model->rowCount() > 0 ? -1 : m_model->countFor(OwnerScope::everyone());
    m_empty->update(m_model->rowCount(),
                    everyone ? QStringList()
                             : QStringList{EmptyListNotice::chosen(tr("Whose"), m_whose)},
                    hidden, tr("Nothing overdue, due today or due in the next 7 days."));
}

void MyDiaryView::markSelectedDone()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    const DiaryStore::Item item = m_model->itemAt(row); // copied: the row goes
    if (Status s = m_model->markDone(row, m_user); !s) {
        if (!ConflictPrompt::handle(this, s.error(), [this] { reload(); }))
            QMessageBox::warning(this, tr("Cannot mark the entry done"), s.error().toString());
        return;
    }
    updateSummary();
    if (m_model->rowCount() > 0)
        m_table->selectRow(qMin(row, m_model->rowCount() - 1));
    // Marking done bumps the row version once: Undo expects exactly that, so a change by
    // someone else meanwhile is refused as a conflict rather than overwritten.
    m_lastDone =
        Done{item.entry.id, item.entry.version + 1, item.entry.personId,
             tr("“%1” for %2 (%3)").arg(item.entry.title, item.personName, item.personRef)};
    m_undoLabel->setText(tr("Marked done: %1.").arg(m_lastDone->what));
    m_undoBar->show();
    m_undoAction->setEnabled(true);
    emit statusMessage(tr("Marked done: %1. Undo with Ctrl+Z in My Diary.").arg(m_lastDone->what));
    emit personChanged(item.entry.personId);
}

void MyDiaryView::undoDone()
{
    if (!m_lastDone)
        return;
    const Done done = *m_lastDone;
    m_lastDone.reset();
    m_undoBar->hide();
    m_undoAction->setEnabled(false);
    if (Status s = m_model->reopen(done.entryId, done.version, m_user); !s) {
        if (!ConflictPrompt::handle(this, s.error(), [this] { reload(); }))
            QMessageBox::warning(this, tr("Cannot open the entry again"), s.error().toString());
        return;
    }
    m_table->resizeColumnsToContents();
    updateSummary();
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->itemAt(r).entry.id == done.entryId)
            m_table->selectRow(r);
    emit statusMessage(tr("Opened again: %1.").arg(done.what));
    emit personChanged(done.personId);
}
