#include "persondiarypanel.h"
#include "domain/clock.h"

#include "common/conflictprompt.h"
#include "common/datefield.h"
#include "common/listtable.h"
#include "common/usersettings.h"
#include "domain/daterules.h"
#include "itemmodels/diarymodel.h"
#include "itemmodels/roles.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PersonDiaryPanel::PersonDiaryPanel(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_user(context.user()), m_model(new DiaryModel(context.db(), this)),
      m_date(new DateField(QStringLiteral("diaryDateEdit"), this)), m_title(new QLineEdit(this)),
      m_add(new QPushButton(tr("Add to &Diary"), this)), m_view(new QTableView(this)),
      m_done(new QPushButton(tr("Mark &Done"), this)),
      m_empty(new QLabel(tr("Nothing in the diary for this person."), this))
{
    setObjectName(QStringLiteral("diaryPanel"));
    // A week ahead unless the user has chosen another default lead time.
    const int leadDays = UserSettings(context.db(), context.user())
                             .value(QStringLiteral("diary/defaultLeadDays"), 7)
                             .toInt();
    m_date->setRange(DateRules::diaryDue(Clock::today()));
    m_date->setDate(Clock::today().addDays(leadDays));
    m_date->edit()->setAccessibleName(tr("Due date"));
    m_title->setObjectName(QStringLiteral("diaryTitleEdit"));
    m_title->setPlaceholderText(tr("Next action, e.g. chase the ETD interview"));
    m_title->setAccessibleName(tr("Diary action"));
    m_add->setObjectName(QStringLiteral("addDiaryButton"));
    m_done->setObjectName(QStringLiteral("diaryDoneButton"));
    m_empty->setObjectName(QStringLiteral("diaryEmptyLabel"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(QStringLiteral("diaryView"));
    m_view->setModel(m_model);
    ListTable::setUp(m_view);
    m_view->setColumnWidth(DiaryModel::Due, 110);
    m_view->setColumnWidth(DiaryModel::Action, 320);
    m_view->setColumnWidth(DiaryModel::Source, 220);
    m_view->setAccessibleName(tr("Diary of this person"));

    // The field's hint and refusal sit under it: the row keeps its line at the top.
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_date, 0, Qt::AlignTop);
    addRow->addWidget(m_title, 1, Qt::AlignTop);
    addRow->addWidget(m_add, 0, Qt::AlignTop);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_empty);
    actions->addStretch(1);
    actions->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(addRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_add, &QPushButton::clicked, this, &PersonDiaryPanel::addEntry);
    connect(m_title, &QLineEdit::returnPressed, this, &PersonDiaryPanel::addEntry);
    connect(m_title, &QLineEdit::textChanged, this, &PersonDiaryPanel::updateActions);
    connect(m_date, &DateField::dateChanged, this, &PersonDiaryPanel::updateActions);
    connect(m_done, &QPushButton::clicked, this, &PersonDiaryPanel::toggleDoneSelected);
    connect(m_view, &QTableView::doubleClicked, this, &PersonDiaryPanel::toggleDoneSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonDiaryPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PersonDiaryPanel::updateActions);
    using A = Permissions::Action;
    m_access.guard(m_add, A::ChangePerson);
    m_access.guard(m_done, A::ChangePerson);
    updateActions();
}

bool PersonDiaryPanel::setPersonId(qint64 personId, QString *error)
{
    const Status s = m_model->setPersonId(personId);
    if (!s && error)
        *error = s.error().toString();
    return s.ok();
}

QString PersonDiaryPanel::tabLabel() const
{
    const int open = m_model->openCount();
    const int overdue = m_model->overdueCount();
    if (overdue > 0)
        return tr("Diary (%1 open, %2 overdue)").arg(open).arg(overdue);
    if (open > 0)
        return tr("Diary (%1 open)").arg(open);
    return tr("Diary");
}

int PersonDiaryPanel::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PersonDiaryPanel::updateActions()
{
    const int row = selectedRow();
    m_add->setEnabled(!m_title->text().trimmed().isEmpty() && m_date->isAcceptable());
    m_done->setEnabled(row >= 0);
    m_done->setText(row >= 0 && m_model->entryAt(row).isDone() ? tr("&Reopen") : tr("Mark &Done"));
    m_empty->setVisible(m_model->rowCount() == 0);
    m_access.apply();
}

void PersonDiaryPanel::fail(const QString &what, const QString &why)
{
    QMessageBox::warning(this, what, why);
}

void PersonDiaryPanel::addEntry()
{
    const QString title = m_title->text().trimmed();
    // Enter in the line of someone who may only read: nothing to add.
    if (title.isEmpty() || !m_access.allows(Permissions::Action::ChangePerson))
        return;
    if (!DateField::acceptOrFocus({m_date}))
        return;
    // A day in the past is allowed (a reminder of something already late), but the entry opens
    // overdue: the user says so first, and No is the default.
    if (m_date->needsConfirmation()) {
        QMessageBox ask(QMessageBox::Question, tr("Add a Diary Entry in the Past?"),
                        m_date->confirmation(), QMessageBox::Yes | QMessageBox::No, this);
        ask.setObjectName(QStringLiteral("diaryPastQuestion"));
        ask.setDefaultButton(QMessageBox::No);
        if (ask.exec() != QMessageBox::Yes)
            return;
    }
    if (Status s = m_model->addEntry(m_date->date(), title, m_user); !s) {
        fail(tr("Cannot add the diary entry"), s.error().toString());
        return;
    }
    m_title->clear();
    emit diaryChanged();
}

void PersonDiaryPanel::toggleDoneSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_access.allows(Permissions::Action::ChangePerson)) // a double-click too
        return;
    const qint64 id = m_model->entryAt(row).id;
    const bool done = !m_model->entryAt(row).isDone();
    if (Status s = m_model->setDone(row, done, m_user); !s) {
        if (!ConflictPrompt::handle(this, s.error(), [this] { m_model->reload(); }))
            fail(tr("Cannot update the diary entry"), s.error().toString());
        return;
    }
    // Keep the same entry selected after the reload moved it.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->entryAt(r).id == id)
            m_view->selectRow(r);
    }
    emit diaryChanged();
}

void PersonDiaryPanel::setRefusals(const QMap<Permissions::Action, QString> &refusals)
{
    m_access.setRefusals(refusals);
    updateActions();
}
