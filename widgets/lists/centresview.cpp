#include "centresview.h"

#include "common/conflictprompt.h"
#include "common/listtable.h"
#include "common/usersettings.h"
#include "dialogs/taskingfeedbackdialog.h"
#include "itemmodels/roles.h"
#include "itemmodels/taskingsmodel.h"
#include "store/taskingstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CentresView::CentresView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_db(context.db()), m_user(context.user()),
      m_model(new TaskingsModel(context.db(), this)), m_centres(new QComboBox(this)),
      m_table(new QTableView(this)), m_summary(new QLabel(this)),
      m_feedback(new QPushButton(tr("Record &Feedback…"), this))
{
    setObjectName(QStringLiteral("centresView"));
    m_centres->setObjectName(QStringLiteral("centreCombo"));
    m_centres->setMinimumContentsLength(24);
    m_summary->setObjectName(QStringLiteral("centresSummary"));
    m_feedback->setObjectName(QStringLiteral("recordFeedbackButton"));
    m_table->setObjectName(QStringLiteral("taskingsTable"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table);
    m_table->setAccessibleName(tr("Open taskings"));

    auto *centreLabel = new QLabel(tr("&Centre:"), this);
    centreLabel->setBuddy(m_centres);
    auto *top = new QHBoxLayout;
    top->addWidget(centreLabel);
    top->addWidget(m_centres);
    top->addWidget(m_summary, 1);
    top->addWidget(m_feedback);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_centres, QOverload<int>::of(&QComboBox::activated), this, [this] {
        UserSettings(m_db, m_user)
            .setValue(QStringLiteral("centres/centre"), m_centres->currentData());
        showCentre();
    });
    connect(m_feedback, &QPushButton::clicked, this, &CentresView::recordFeedbackForSelected);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openPerson(index.data(Roles::PersonId).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_feedback->setEnabled(m_table->selectionModel()->hasSelection()); });
    reload();
}

void CentresView::reload()
{
    const QString wanted =
        m_centres->count() > 0
            ? m_centres->currentData().toString()
            : UserSettings(m_db, m_user).value(QStringLiteral("centres/centre")).toString();
    m_centres->clear();
    m_centres->addItem(tr("All centres"), QString());
    if (auto centres = TaskingStore(m_db).centresWithOpenTaskings(); centres) {
        for (const QString &c : centres.value())
            m_centres->addItem(c, c);
    }
    m_centres->setCurrentIndex(qMax(0, m_centres->findData(wanted)));
    showCentre();
}

void CentresView::showCentre()
{
    if (Status s = m_model->loadOpen(m_centres->currentData().toString()); !s)
        QMessageBox::warning(this, tr("Reporting Centres"), s.error().toString());
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n open tasking(s)", "", m_model->rowCount()));
    m_feedback->setEnabled(false);
}

void CentresView::recordFeedbackForSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Tasking t = m_model->taskingAt(rows.first().row());
    TaskingFeedbackDialog dialog(
        tr("%1 for %2 on %3")
            .arg(Tasking::kindName(t.kind),
                 m_model->index(rows.first().row(), TaskingsModel::Person).data().toString(),
                 QLocale().toString(t.dueOn, QLocale::LongFormat)),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = TaskingStore(m_db).recordFeedback(t.id, dialog.outcome(), dialog.feedback(),
                                                     m_user, t.version);
        !s) {
        // Reload: the list shows the tasking as the other person left it.
        if (!ConflictPrompt::handle(this, s.error(), [this] { reload(); }))
            QMessageBox::warning(this, tr("Cannot record the feedback"), s.error().toString());
        return;
    }
    reload();
    emit personChanged(t.personId);
}
