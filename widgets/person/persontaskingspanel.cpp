#include "persontaskingspanel.h"
#include "domain/clock.h"

#include "common/conflictprompt.h"
#include "common/listtable.h"
#include "dialogs/taskingdialog.h"
#include "dialogs/taskingfeedbackdialog.h"
#include "itemmodels/taskingsmodel.h"
#include "store/taskingstore.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PersonTaskingsPanel::PersonTaskingsPanel(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_db(context.db()), m_user(context.user()),
      m_model(new TaskingsModel(context.db(), this)), m_table(new QTableView(this)),
      m_task(new QPushButton(tr("&Task the Centre…"), this)),
      m_feedback(new QPushButton(tr("Record &Feedback…"), this)),
      m_clearWarning(new QPushButton(tr("Clear Window &Warning…"), this))
{
    m_clearWarning->setObjectName(QStringLiteral("clearWindowWarningButton"));
    setObjectName(QStringLiteral("taskingsPanel"));
    m_task->setObjectName(QStringLiteral("taskCentreButton"));
    m_feedback->setObjectName(QStringLiteral("recordFeedbackButton"));
    m_table->setObjectName(QStringLiteral("personTaskingsTable"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table);
    // The person's own record: who they are goes without saying.
    m_table->hideColumn(TaskingsModel::Person);
    m_table->hideColumn(TaskingsModel::Reference);
    m_table->setAccessibleName(tr("Taskings of this person"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clearWarning);
    buttons->addWidget(m_feedback);
    buttons->addWidget(m_task);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_task, &QPushButton::clicked, this, &PersonTaskingsPanel::taskCentre);
    connect(m_feedback, &QPushButton::clicked, this,
            &PersonTaskingsPanel::recordFeedbackForSelected);
    connect(m_clearWarning, &QPushButton::clicked, this,
            &PersonTaskingsPanel::clearWindowWarningForSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonTaskingsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PersonTaskingsPanel::updateActions);
    using A = Permissions::Action;
    m_access.guard(m_task, A::ChangePerson);
    m_access.guard(m_feedback, A::ChangePerson);
    m_access.guard(m_clearWarning, A::ChangePerson);
}

bool PersonTaskingsPanel::setPerson(qint64 personId, const QString &name, const QString &centre,
                                    const QString &window, const QDate &nextEvent, QString *error)
{
    m_personId = personId;
    m_name = name;
    m_centre = centre;
    m_window = window;
    m_nextEvent = nextEvent;
    const Status s = m_model->loadPerson(personId, window);
    if (!s && error)
        *error = s.error().toString();
    m_table->resizeColumnsToContents();
    return s.ok();
}

QString PersonTaskingsPanel::tabLabel() const
{
    const int open = m_model->openCount();
    if (m_model->warningCount() > 0)
        return tr("Taskings (%1 open, window warning)").arg(open);
    return open > 0 ? tr("Taskings (%1 open)").arg(open) : tr("Taskings");
}

void PersonTaskingsPanel::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_task->setEnabled(m_personId > 0);
    m_feedback->setEnabled(!rows.isEmpty() && m_model->taskingAt(rows.first().row()).isOpen());
    m_clearWarning->setEnabled(
        !rows.isEmpty() && m_model->taskingAt(rows.first().row()).needsWindowClearing(m_window));
    m_access.apply();
}

void PersonTaskingsPanel::taskCentre()
{
    TaskingDialog dialog(m_personId, m_name, m_centre, m_window,
                         m_nextEvent.isValid() ? m_nextEvent : Clock::today().addDays(7), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto id = TaskingStore(m_db).create(dialog.tasking(), m_user, dialog.windowCleared());
    if (!id) {
        QMessageBox::warning(this, tr("Cannot task the centre"), id.error().toString());
        return;
    }
    m_model->reload();
    emit taskingsChanged();
}

void PersonTaskingsPanel::recordFeedbackForSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Tasking t = m_model->taskingAt(rows.first().row());
    TaskingFeedbackDialog dialog(tr("%1 at %2 on %3")
                                     .arg(Tasking::kindName(t.kind), t.centre,
                                          QLocale().toString(t.dueOn, QLocale::LongFormat)),
                                 this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = TaskingStore(m_db).recordFeedback(t.id, dialog.outcome(), dialog.feedback(),
                                                     m_user, t.version);
        !s) {
        if (!ConflictPrompt::handle(this, s.error(), [this] { m_model->reload(); }))
            QMessageBox::warning(this, tr("Cannot record the feedback"), s.error().toString());
        return;
    }
    m_model->reload();
    emit taskingsChanged();
}

void PersonTaskingsPanel::clearWindowWarningForSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_model->taskingAt(rows.first().row()).needsWindowClearing(m_window))
        return;
    const Tasking t = m_model->taskingAt(rows.first().row());
    const auto answer = QMessageBox::question(
        this, tr("Clear the Window Warning"),
        tr("%1 is tasked to detain on reporting on %2, but the reporting window is %3: an arrest "
           "team would wait all day. Have you agreed a one-hour window with the centre?")
            .arg(t.centre, QLocale().toString(t.dueOn, QLocale::LongFormat), m_window));
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = TaskingStore(m_db).clearWindowWarning(t.id, m_window, m_user, t.version); !s) {
        if (!ConflictPrompt::handle(this, s.error(), [this] { m_model->reload(); }))
            QMessageBox::warning(this, tr("Cannot clear the warning"), s.error().toString());
        return;
    }
    m_model->reload();
    emit taskingsChanged();
}

void PersonTaskingsPanel::setRefusals(const QMap<Permissions::Action, QString> &refusals)
{
    m_access.setRefusals(refusals);
    updateActions();
}
