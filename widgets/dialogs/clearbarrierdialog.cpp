#include "clearbarrierdialog.h"
#include "domain/clock.h"

#include "common/conflictprompt.h"
#include "common/datefield.h"
#include "common/formrow.h"
#include "domain/daterules.h"
#include "itemmodels/colours.h"
#include "itemmodels/displaytext.h"
#include "store/barrierstore.h"
#include "store/removalstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

ClearBarrierDialog::ClearBarrierDialog(const AppContext &context, const Barrier &barrier,
                                       QWidget *parent)
    : QDialog(parent), m_db(context.db()), m_user(context.user()), m_barrier(barrier),
      m_on(new DateField(QStringLiteral("clearedOnEdit"), this)), m_how(new QComboBox(this)),
      m_note(new QLineEdit(this)), m_certification(new QLabel(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(barrier.fromCid() ? tr("Certify a CID Barrier") : tr("Clear a Barrier"));
    // CID's say "first seen in CID on …": the extract gives no day raised.
    auto *what =
        new QLabel(tr("%1, %2").arg(Barrier::typeName(barrier.type), barrier.standingText()), this);
    what->setToolTip(barrier.standingNote());
    what->setObjectName(QStringLiteral("clearedBarrierLabel"));
    what->setTextFormat(Qt::PlainText);
    // The store refuses a day after today and before the barrier stood, as the range does.
    m_on->setRange(DateRules::barrierCleared(barrier.standingSince(), barrier.raisedOn.isValid(),
                                             Clock::today()));
    m_on->setDate(Clock::today());
    m_how->setObjectName(QStringLiteral("clearedHowCombo"));
    // CID clears its own barriers; Lodestar records only a certification on them.
    for (const QString &h : Barrier::clearances())
        if (h != QLatin1String("closed_in_cid") &&
            (!barrier.fromCid() || h == QLatin1String("certified")))
            m_how->addItem(Barrier::clearanceName(h), h);
    // The RED.0004 rule, said whether or not the option is chosen (issue 15 rule 7).
    m_certification->setObjectName(QStringLiteral("certificationLabel"));
    m_certification->setWordWrap(true);
    const Result<QDate> served = RemovalStore(m_db).firstRed0004Served(barrier.personId);
    m_red0004ServedOn = served ? served.value() : QDate();
    QString why = served ? Barrier::certificationProblem(barrier, m_red0004ServedOn)
                         : served.error().toString();
    if (why.isEmpty()) {
        m_certification->setText(
            tr("A RED.0004 notice was served on %1, before this barrier was raised: it can be "
               "certified under RED.0004.")
                .arg(DisplayText::date(m_red0004ServedOn.toString(Qt::ISODate))));
    } else {
        m_certification->setText(why);
        const int certified = m_how->findData(QStringLiteral("certified"));
        if (auto *items = qobject_cast<QStandardItemModel *>(m_how->model());
            items && certified >= 0) {
            items->item(certified)->setEnabled(false);
            m_how->setItemData(certified, why, Qt::ToolTipRole);
        }
    }
    m_note->setObjectName(QStringLiteral("clearNoteEdit"));
    m_note->setPlaceholderText(tr("Added to the barrier's notes"));
    m_problem->setObjectName(QStringLiteral("clearProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(barrier.fromCid() ? tr("C&ertify Barrier") : tr("C&lear Barrier"));

    auto *form = new QFormLayout;
    form->addRow(tr("Barrier:"), what);
    FormRow::add(form, barrier.fromCid() ? tr("Certified &on:") : tr("Cleared &on:"), m_on);
    FormRow::add(form, tr("&How:"), m_how);
    form->addRow(QString(), m_certification);
    FormRow::add(form, tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_on, &DateField::dateChanged, this, &ClearBarrierDialog::update);
    connect(m_how, &QComboBox::currentIndexChanged, this, &ClearBarrierDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClearBarrierDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(440, sizeHint().height());
}

QDate ClearBarrierDialog::clearedOn() const
{
    return m_on->date();
}

QString ClearBarrierDialog::how() const
{
    return m_how->currentData().toString();
}

QString ClearBarrierDialog::note() const
{
    return m_note->text().trimmed();
}

QString ClearBarrierDialog::problemText() const
{
    return m_problem->text();
}

void ClearBarrierDialog::update()
{
    // Barrier::problem() holds the rule for a barrier cleared as it stands (CID's are checked
    // as Lodestar's would be: the certification is Lodestar's record), and
    // Barrier::certificationProblem the RED.0004 rule.
    if (!m_on->isAcceptable()) { // said under the field
        m_problem->clear();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    Barrier b = m_barrier;
    b.source = QStringLiteral("lodestar");
    b.raisedOn = m_barrier.standingSince(); // CID's: not cleared before first seen in CID
    b.clearedOn = clearedOn();
    b.clearedHow = how();
    QString problem = b.problem();
    if (problem.isEmpty() && b.clearedHow == QLatin1String("certified"))
        problem = Barrier::certificationProblem(m_barrier, m_red0004ServedOn);
    // The RED.0004 reason is said once, beside the option.
    m_problem->setText(problem == m_certification->text() ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ClearBarrierDialog::accept()
{
    if (!DateField::acceptOrFocus({m_on}))
        return;
    const Status s = BarrierStore(m_db).clear(m_barrier.personId, m_barrier.id, clearedOn(), how(),
                                              note(), m_user, m_barrier.version);
    if (!s) {
        m_problem->setText(s.error().toString());
        ConflictPrompt::handle(this, s.error(), [this] { reloadBarrier(); });
        return;
    }
    QDialog::accept();
}

void ClearBarrierDialog::reloadBarrier()
{
    // The barrier as it stands now, with its new version; the date, how and note typed here
    // stay, so clearing it again (if it is still open) is one click.
    const auto barriers = BarrierStore(m_db).forPerson(m_barrier.personId);
    if (!barriers) {
        m_problem->setText(barriers.error().toString());
        return;
    }
    for (const Barrier &b : barriers.value()) {
        if (b.id != m_barrier.id)
            continue;
        m_barrier = b;
        update();
        if (!b.isOpen()) {
            m_problem->setText(tr("It was cleared on %1 (%2): there is nothing left to clear")
                                   .arg(DisplayText::date(b.clearedOn.toString(Qt::ISODate)),
                                        Barrier::clearanceName(b.clearedHow)));
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        }
        return;
    }
    m_problem->setText(tr("The barrier is no longer on the register"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}
