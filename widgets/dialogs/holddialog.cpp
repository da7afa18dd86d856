#include "holddialog.h"
#include "domain/clock.h"

#include "common/datefield.h"
#include "common/formrow.h"
#include "domain/daterules.h"
#include "itemmodels/colours.h"
#include "store/progressionstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

HoldDialog::HoldDialog(const AppContext &context, qint64 personId,
                       const QVector<Barrier> &openBarriers, QWidget *parent)
    : QDialog(parent), m_db(context.db()), m_user(context.user()), m_personId(personId),
      m_reason(new QLineEdit(this)),
      m_until(new DateField(QStringLiteral("holdUntilEdit"), DateRules::holdUntil(Clock::today()),
                            QDate(), this)),
      m_barrier(new QComboBox(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Place a Hold on Progression"));
    m_reason->setObjectName(QStringLiteral("holdReasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. until the judicial review is decided"));
    // Four weeks is a usual time to look again; the user picks the day.
    m_until->setOptional(tr("Until"), Clock::today().addDays(28));
    m_barrier->setObjectName(QStringLiteral("holdBarrierCombo"));
    m_barrier->addItem(tr("No barrier"), qint64(0));
    for (const Barrier &b : openBarriers)
        m_barrier->addItem(tr("%1, %2").arg(Barrier::typeName(b.type), b.standingText()), b.id);
    m_barrier->setEnabled(!openBarriers.isEmpty());
    if (openBarriers.isEmpty())
        m_barrier->setToolTip(tr("The person has no open barrier to wait for"));
    m_problem->setObjectName(QStringLiteral("holdProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Place Hold"));

    auto *hint = new QLabel(tr("The person leaves the progression queues until the date arrives "
                               "or the barrier clears, whichever comes first."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    FormRow::add(form, tr("&Reason:"), m_reason);
    FormRow::add(form, tr("Until a &date:"), m_until);
    FormRow::add(form, tr("Until a &barrier clears:"), m_barrier);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_reason, &QLineEdit::textChanged, this, &HoldDialog::update);
    connect(m_until, &DateField::dateChanged, this, &HoldDialog::update);
    connect(m_barrier, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &HoldDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HoldDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(460, sizeHint().height());
}

ProgressionHold HoldDialog::hold() const
{
    ProgressionHold h;
    h.personId = m_personId;
    h.reason = m_reason->text().trimmed();
    h.placedOn = Clock::today();
    h.untilOn = m_until->date();
    h.untilBarrierId = m_barrier->currentData().toLongLong();
    return h;
}

QString HoldDialog::problemText() const
{
    return m_problem->text();
}

bool HoldDialog::setUntilBarrier(qint64 barrierId)
{
    const int i = m_barrier->findData(barrierId);
    if (i < 0)
        return false;
    m_barrier->setCurrentIndex(i);
    return true;
}

void HoldDialog::update()
{
    // A day out of range is said under its field, not again here.
    const bool dayAccepted = m_until->isAcceptable();
    const QString problem = dayAccepted ? hold().problem() : QString();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(dayAccepted && problem.isEmpty());
}

void HoldDialog::accept()
{
    if (!DateField::acceptOrFocus({m_until}))
        return;
    const ProgressionHold h = hold();
    if (const QString problem = h.problem(); !problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    auto id = ProgressionStore(m_db).placeHold(h, m_user);
    if (!id) {
        m_problem->setText(id.error().toString());
        return;
    }
    m_savedId = id.value();
    QDialog::accept();
}
