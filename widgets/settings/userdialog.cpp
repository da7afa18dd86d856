#include "userdialog.h"

#include "common/conflictprompt.h"
#include "common/formrow.h"
#include "itemmodels/colours.h"
#include "store/userstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

UserDialog::UserDialog(const AppContext &context, const QStringList &teams,
                       const std::optional<AppUser> &existing, QWidget *parent)
    : QDialog(parent), m_db(context.db()), m_currentUser(context.user()),
      m_editing(existing.has_value()), m_userName(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)), m_team(new QComboBox(this)), m_role(new QComboBox(this)),
      m_capacity(new QSpinBox(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_editing ? tr("Edit User") : tr("Add User"));
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setPlaceholderText(tr("The user's sign-in name, e.g. sokafor"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setPlaceholderText(tr("e.g. Sam Okafor"));
    m_team->setObjectName(QStringLiteral("teamCombo"));
    // A new team is typed in; the teams in use are offered.
    m_team->setEditable(true);
    m_team->addItem(QString());
    m_team->addItems(teams);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (const QString &role : AppUser::roles())
        m_role->addItem(AppUser::roleName(role), role);
    m_capacity->setObjectName(QStringLiteral("capacitySpin"));
    m_capacity->setRange(1, 100000);
    m_capacity->setSuffix(tr(" points"));
    m_capacity->setToolTip(tr("The workload points this person can carry: their people weighed "
                              "by band (Settings → Workload Weights)"));
    m_problem->setObjectName(QStringLiteral("userProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    FormRow::add(form, tr("&User name:"), m_userName);
    FormRow::add(form, tr("&Display name:"), m_displayName);
    FormRow::add(form, tr("&Team:"), m_team);
    FormRow::add(form, tr("&Role:"), m_role);
    FormRow::add(form, tr("&Capacity:"), m_capacity);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_userName, &QLineEdit::textChanged, this, &UserDialog::update);
    connect(m_capacity, &QSpinBox::valueChanged, this, &UserDialog::update);

    setUser(existing.value_or(AppUser()));
    // The user name is the key others point at (case owners, notes): not renamed here.
    m_userName->setReadOnly(m_editing);
    setMinimumWidth(420);
}

void UserDialog::setUser(const AppUser &u)
{
    m_version = u.version;
    m_userName->setText(u.userName);
    m_displayName->setText(u.displayName);
    m_team->setCurrentText(u.team);
    m_role->setCurrentIndex(qMax(0, m_role->findData(u.role)));
    m_capacity->setValue(u.capacity);
    update();
}

AppUser UserDialog::user() const
{
    AppUser u;
    u.userName = m_userName->text().trimmed();
    u.displayName = m_displayName->text().trimmed();
    u.team = m_team->currentText().trimmed();
    u.role = m_role->currentData().toString();
    u.capacity = m_capacity->value();
    u.version = m_version;
    return u;
}

void UserDialog::update()
{
    // Only a blank user name waits quietly; other problems are said as they arise.
    const AppUser u = user();
    const QString problem = u.userName.isEmpty() ? QString() : u.problem();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!u.userName.isEmpty() && problem.isEmpty());
}

void UserDialog::reloadUser()
{
    const AppUser mine = user();
    const auto stored = UserStore(m_db).find(mine.userName);
    if (!stored || !stored.value()) {
        m_problem->setText(stored ? tr("%1 is no longer a user").arg(mine.userName)
                                  : stored.error().toString());
        return;
    }
    setUser(*stored.value());
    m_problem->setText(tr("Reloaded with the stored details. You had entered: %1, team %2, %3, "
                          "capacity %4.")
                           .arg(mine.label(), mine.team.isEmpty() ? tr("none") : mine.team,
                                AppUser::roleName(mine.role))
                           .arg(mine.capacity));
}

void UserDialog::accept()
{
    const AppUser u = user();
    if (!m_editing) {
        // Adding must not overwrite someone who already has the name.
        auto found = UserStore(m_db).find(u.userName);
        if (!found) {
            m_problem->setText(found.error().toString());
            return;
        }
        if (found.value()) {
            m_problem->setText(tr("There is already a user '%1' (%2): edit them instead")
                                   .arg(u.userName, found.value()->label()));
            return;
        }
    }
    if (Status s = UserStore(m_db).save(u, m_currentUser); !s) {
        m_problem->setText(s.error().toString());
        ConflictPrompt::handle(this, s.error(), [this] { reloadUser(); });
        return;
    }
    QDialog::accept();
}
