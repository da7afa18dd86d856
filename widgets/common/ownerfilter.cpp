#include "ownerfilter.h"

#include <QStandardItemModel>

namespace {
const QString Everyone = QStringLiteral("everyone");
const QString Mine = QStringLiteral("mine");
const QString Team = QStringLiteral("team");
} // namespace

OwnerFilter::OwnerFilter(const AppContext &context, const QString &everyone, const QString &mine,
                         const QString &team, QWidget *parent)
    : QComboBox(parent), m_db(context.db()), m_user(context.user()), m_teamText(team)
{
    setObjectName(QStringLiteral("ownerFilter"));
    addItem(everyone, Everyone);
    addItem(mine, Mine);
    addItem(QString(), Team);
    refreshTeam();
}

void OwnerFilter::refreshTeam()
{
    m_team = teamOf(m_db, m_user);
    setTeamItem(this, findData(Team), m_teamText, m_team);
    if (choice() == Team && m_team.isEmpty())
        setChoice(Everyone);
}

OwnerScope OwnerFilter::scope() const
{
    const QString c = choice();
    if (c == Mine)
        return OwnerScope::user(m_user);
    if (c == Team && !m_team.isEmpty())
        return OwnerScope::team(m_team);
    return OwnerScope::everyone();
}

void OwnerFilter::setChoice(const QString &choice)
{
    const int at = findData(choice);
    setCurrentIndex(at < 0 || (choice == Team && m_team.isEmpty()) ? findData(Everyone) : at);
}

QString OwnerFilter::teamOf(QSqlDatabase db, const QString &user)
{
    // Unreadable is treated as no team: the filter then offers what it can.
    const auto found = AppContext(db, user).appUser();
    return found ? found->team.trimmed() : QString();
}

void OwnerFilter::setTeamItem(QComboBox *combo, int index, const QString &text, const QString &team)
{
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    QStandardItem *item = model ? model->item(index) : nullptr;
    if (!item)
        return;
    item->setText(team.isEmpty() ? text : tr("%1 (%2)").arg(text, team));
    item->setEnabled(!team.isEmpty());
    item->setToolTip(team.isEmpty() ? tr("You are in no team: an administrator puts you in one "
                                         "in Settings → Users and Teams.")
                                    : tr("The people owned by anyone in team %1").arg(team));
}
