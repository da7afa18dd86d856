#include "usersdialog.h"

#include "common/listtable.h"
#include "itemmodels/colours.h"
#include "itemmodels/roles.h"
#include "itemmodels/usersmodel.h"
#include "store/userstore.h"
#include "userdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

UsersDialog::UsersDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent), m_db(context.db()), m_currentUser(context.user()),
      m_model(new UsersModel(m_db, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_message(new QLabel(this)),
      m_add(new QPushButton(tr("&Add…"), this)), m_edit(new QPushButton(tr("&Edit…"), this))
{
    if (const Status s = context.may(Permissions::Action::ManageUsers);
        !s && s.error().code == Permissions::Refused)
        m_refusal = s.error().message;
    setWindowTitle(tr("Users and Teams"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Roles::Sort);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_proxy);
    ListTable::setUp(m_table);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAccessibleName(tr("Users"));
    // The names take the spare width, so the capacity stays beside its header.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(UsersModel::DisplayName,
                                                      QHeaderView::Stretch);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);

    auto *add = m_add;
    add->setObjectName(QStringLiteral("addUserButton"));
    add->setEnabled(m_refusal.isEmpty());
    add->setToolTip(m_refusal);
    m_edit->setToolTip(m_refusal);
    m_edit->setObjectName(QStringLiteral("editUserButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(m_edit);
    row->addStretch(1);
    row->addWidget(buttons);

    auto *help = new QLabel(tr("Caseworkers and team leaders carry a caseload; their capacity is "
                               "in workload points (each person weighed by band). The user "
                               "name is the one they sign in with."),
                            this);
    help->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(row);

    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersDialog::editSelected);
    connect(m_table, &QTableView::activated, this, &UsersDialog::editSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersDialog::updateButtons);
    reload();
    resize(720, 420);
}

void UsersDialog::reload(const QString &select)
{
    if (Status s = m_model->reload(); !s) {
        m_message->setText(s.error().toString());
        m_message->setStyleSheet(Colours::problemStyle());
    } else if (m_model->rowCount() == 0) {
        m_message->setText(tr("No users yet. Add the caseworkers and team leaders to allocate "
                              "people to them and weigh their workload."));
        m_message->setStyleSheet(QString());
    } else if (!m_refusal.isEmpty()) {
        m_message->setText(tr("You can see the users; an administrator changes them."));
        m_message->setStyleSheet(QString());
    } else {
        m_message->clear();
    }
    m_table->resizeColumnsToContents();
    if (const int row = m_model->rowOfUser(select); row >= 0)
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    updateButtons();
}

void UsersDialog::updateButtons()
{
    m_edit->setEnabled(m_refusal.isEmpty() && m_table->selectionModel()->hasSelection());
}

void UsersDialog::addUser()
{
    if (!m_refusal.isEmpty())
        return;
    auto teams = UserStore(m_db).teams();
    AppUser fresh;
    UserDialog dialog({m_db, m_currentUser}, teams ? teams.value() : QStringList(), std::nullopt,
                      this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    reload(dialog.user().userName);
}

void UsersDialog::editSelected()
{
    if (!m_refusal.isEmpty())
        return; // Enter on a row: nothing to edit for someone who may only look
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const AppUser user = m_model->userAt(m_proxy->mapToSource(rows.first()).row());
    auto teams = UserStore(m_db).teams();
    UserDialog dialog({m_db, m_currentUser}, teams ? teams.value() : QStringList(), user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    reload(user.userName);
}
