#include "allocatedialog.h"
#include "domain/clock.h"

#include "common/conflictprompt.h"
#include "common/datefield.h"
#include "common/formrow.h"
#include "domain/daterules.h"
#include "itemmodels/colours.h"
#include "store/allocationstore.h"
#include "store/personstore.h"
#include "store/userstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AllocateDialog::AllocateDialog(const AppContext &context, const QVector<qint64> &personIds,
                               const QHash<qint64, int> &versions, QWidget *parent)
    : QDialog(parent), m_db(context.db()), m_personIds(personIds), m_versions(versions),
      m_currentUser(context.user()), m_what(new QLabel(this)), m_owner(new QComboBox(this)),
      m_reason(new QLineEdit(this)), m_on(new DateField(QStringLiteral("allocatedOnEdit"), this)),
      m_preview(new QLabel(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Allocate"));
    m_what->setObjectName(QStringLiteral("allocateWhat"));
    m_what->setText(tr("Allocate %n selected people to a caseworker.", "", int(personIds.size())));
    m_owner->setObjectName(QStringLiteral("caseworkerCombo"));
    m_owner->setPlaceholderText(tr("Choose a caseworker"));
    m_owner->setMinimumContentsLength(28);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Optional, e.g. rebalancing the team's workload"));
    // An allocation takes effect today or earlier (AllocationStore refuses the same days).
    m_on->setRange(DateRules::allocationEffective(Clock::today()));
    m_on->setDate(Clock::today());
    m_preview->setObjectName(QStringLiteral("allocatePreview"));
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 3);
    m_problem->setObjectName(QStringLiteral("allocateProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    FormRow::add(form, tr("&Caseworker:"), m_owner);
    FormRow::add(form, tr("&Reason:"), m_reason);
    FormRow::add(form, tr("&Allocated on:"), m_on);
    auto *effect = new QLabel(tr("Effect on workload:"), this);
    form->addRow(effect, m_preview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Allocate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AllocateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &AllocateDialog::updatePreview);
    connect(m_on, &DateField::dateChanged, this, &AllocateDialog::updatePreview);

    fillCaseworkers();
    updatePreview();
    setMinimumWidth(480);
}

void AllocateDialog::fillCaseworkers()
{
    auto users = UserStore(m_db).users();
    auto loads = AllocationStore(m_db).workload(Clock::today());
    if (!users || !loads) {
        m_problem->setText(!users ? users.error().toString() : loads.error().toString());
        return;
    }
    QHash<QString, int> percent;
    for (const AllocationStore::Load &l : loads.value())
        percent.insert(l.owner, l.percent());
    for (const AppUser &u : users.value()) {
        m_users.insert(u.userName);
        // Managers do not carry a caseload.
        if (u.role != QLatin1String("caseworker") && u.role != QLatin1String("team_leader"))
            continue;
        const QString team = u.team.isEmpty() ? QString() : tr(", %1").arg(u.team);
        m_owner->addItem(tr("%1 — %2%%3").arg(u.label()).arg(percent.value(u.userName)).arg(team),
                         u.userName);
        m_owner->setItemData(
            m_owner->count() - 1,
            tr("%1 (%2), capacity %3 points").arg(u.label(), u.userName).arg(u.capacity),
            Qt::ToolTipRole);
    }
    if (m_owner->count() == 0)
        m_problem->setText(tr("There is nobody to allocate to yet: add caseworkers in Settings "
                              "→ Users and Teams."));
    m_owner->setCurrentIndex(-1);
}

QString AllocateDialog::toOwner() const
{
    return m_owner->currentData().toString();
}

void AllocateDialog::setToOwner(const QString &userName)
{
    m_owner->setCurrentIndex(m_owner->findData(userName));
}

void AllocateDialog::updatePreview()
{
    const QString owner = toOwner();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!owner.isEmpty() && !m_personIds.isEmpty() && m_on->isAcceptable());
    if (owner.isEmpty()) {
        m_preview->setText(tr("<i>Choose a caseworker to see the effect.</i>"));
        return;
    }
    auto effects = AllocationStore(m_db).preview(m_personIds, owner);
    if (!effects) {
        m_preview->setText(effects.error().toString().toHtmlEscaped());
        return;
    }
    QStringList lines;
    for (const AllocationStore::Effect &e : effects.value()) {
        const QString name = e.displayName.toHtmlEscaped();
        if (!m_users.contains(e.owner)) {
            // CID's owner who is no user here: no capacity to weigh a change against.
            lines << tr("%1: loses people (not a user, no capacity)").arg(name);
            continue;
        }
        QString change = WorkloadRules::change(e.beforePercent, e.afterPercent).toHtmlEscaped();
        if (e.overCapacityAfter)
            change = Colours::problemHtml(tr("<b>%1</b> (over capacity)").arg(change));
        lines << tr("<b>%1</b>: %2").arg(name, change);
    }
    m_preview->setText(lines.join(QStringLiteral("<br>")));
}

void AllocateDialog::reloadPeople()
{
    // The caseworker, reason and date chosen here stay; the preview follows the new owners.
    if (auto v = PersonStore(m_db).versions(m_personIds); v)
        m_versions = v.value();
    else
        m_problem->setText(v.error().toString());
    updatePreview();
}

void AllocateDialog::accept()
{
    if (!DateField::acceptOrFocus({m_on}))
        return;
    const auto moved = AllocationStore(m_db).allocate(m_personIds, toOwner(), m_reason->text(),
                                                      m_on->date(), m_currentUser, m_versions);
    if (!moved) {
        m_problem->setText(moved.error().toString());
        ConflictPrompt::handle(this, moved.error(), [this] { reloadPeople(); });
        return;
    }
    m_moved = moved.value();
    QDialog::accept();
}
