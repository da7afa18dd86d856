#include "barrierdialog.h"
#include "domain/clock.h"

#include "common/datefield.h"
#include "common/formrow.h"
#include "domain/daterules.h"
#include "itemmodels/colours.h"
#include "store/barrierstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

BarrierDialog::BarrierDialog(const AppContext &context, qint64 personId, QWidget *parent)
    : QDialog(parent), m_db(context.db()), m_user(context.user()), m_personId(personId),
      m_type(new QComboBox(this)), m_raised(new DateField(QStringLiteral("raisedEdit"), this)),
      m_notes(new QPlainTextEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record a Barrier"));
    m_type->setObjectName(QStringLiteral("barrierTypeCombo"));
    for (const QString &t : Barrier::types())
        m_type->addItem(Barrier::typeName(t), t);
    // The store refuses a day outside the same range (BarrierStore::addInTransaction).
    m_raised->setRange(DateRules::barrierRaised(Clock::today()));
    m_raised->setDate(Clock::today());
    m_notes->setObjectName(QStringLiteral("barrierNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What stands in the way, reference numbers, who to chase"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_problem->setObjectName(QStringLiteral("barrierProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));

    auto *form = new QFormLayout;
    FormRow::add(form, tr("&Barrier:"), m_type);
    FormRow::add(form, tr("&Raised on:"), m_raised);
    FormRow::add(form, tr("&Notes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_type, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &BarrierDialog::update);
    connect(m_raised, &DateField::dateChanged, this, &BarrierDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BarrierDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(440, sizeHint().height());
}

Barrier BarrierDialog::barrier() const
{
    Barrier b;
    b.personId = m_personId;
    b.type = m_type->currentData().toString();
    b.raisedOn = m_raised->date();
    b.notes = m_notes->toPlainText().trimmed();
    return b;
}

QString BarrierDialog::problemText() const
{
    return m_problem->text();
}

void BarrierDialog::update()
{
    // A day out of range is said under its field, not again here.
    const bool dayAccepted = m_raised->isAcceptable();
    const QString problem = dayAccepted ? barrier().problem() : QString();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(dayAccepted && problem.isEmpty());
}

void BarrierDialog::accept()
{
    if (!DateField::acceptOrFocus({m_raised}))
        return;
    const Barrier b = barrier();
    if (const QString problem = b.problem(); !problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    auto id = BarrierStore(m_db).add(b, m_user);
    if (!id) {
        // The store has the last word (a date in the future, a database error): say it here.
        m_problem->setText(id.error().toString());
        return;
    }
    m_savedId = id.value();
    QDialog::accept();
}
