#include "removaloutcomedialog.h"
#include "domain/clock.h"

#include "common/conflictprompt.h"
#include "common/datefield.h"
#include "common/formrow.h"
#include "domain/daterules.h"
#include "itemmodels/colours.h"
#include "itemmodels/displaytext.h"
#include "store/removalstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RemovalOutcomeDialog::RemovalOutcomeDialog(const AppContext &context,
                                           const RemovalDirections &directions, QWidget *parent)
    : QDialog(parent), m_db(context.db()), m_user(context.user()), m_directions(directions),
      m_outcome(new QComboBox(this)),
      m_on(new DateField(QStringLiteral("outcomeOnEdit"), DateRules::removalOutcome(Clock::today()),
                         directions.outcomeOn.isValid() ? directions.outcomeOn : Clock::today(),
                         this)),
      m_reason(new QComboBox(this)), m_text(new QLineEdit(directions.failureText, this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Outcome of Removal Directions"));
    auto *what = new QLabel(tr("Set %1, removal planned %2 (%3)")
                                .arg(DisplayText::date(directions.setOn.toString(Qt::ISODate)),
                                     DisplayText::date(directions.plannedOn.toString(Qt::ISODate)),
                                     RemovalDirections::routeName(directions.route)),
                            this);
    what->setTextFormat(Qt::PlainText);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    for (const char *o : {"removed", "failed"})
        m_outcome->addItem(RemovalDirections::outcomeName(QLatin1String(o)), QLatin1String(o));
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(directions.outcome)));
    // An outcome is a fact: it happened today or before (one saved already keeps its day).
    m_on->setStoredDay(directions.outcomeOn);
    m_reason->setObjectName(QStringLiteral("failureReasonCombo"));
    m_reason->addItem(tr("Choose a reason"), QString());
    for (const QString &r : RemovalDirections::failureReasons())
        m_reason->addItem(RemovalDirections::failureReasonName(r), r);
    m_reason->setCurrentIndex(qMax(0, m_reason->findData(directions.failureReason)));
    m_text->setObjectName(QStringLiteral("failureTextEdit"));
    m_text->setPlaceholderText(tr("What happened (needed for Other)"));
    m_problem->setObjectName(QStringLiteral("outcomeProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Directions:"), what);
    FormRow::add(form, tr("&Outcome:"), m_outcome);
    FormRow::add(form, tr("&Date:"), m_on);
    FormRow::add(form, tr("&Why it failed:"), m_reason);
    FormRow::add(form, tr("What &happened:"), m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_outcome, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &RemovalOutcomeDialog::update);
    connect(m_reason, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &RemovalOutcomeDialog::update);
    connect(m_on, &DateField::dateChanged, this, &RemovalOutcomeDialog::update);
    connect(m_text, &QLineEdit::textChanged, this, &RemovalOutcomeDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RemovalOutcomeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(460, sizeHint().height());
}

RemovalDirections RemovalOutcomeDialog::directions() const
{
    RemovalDirections d = m_directions;
    d.outcome = m_outcome->currentData().toString();
    d.outcomeOn = m_on->date();
    const bool failed = d.outcome == QLatin1String("failed");
    d.failureReason = failed ? m_reason->currentData().toString() : QString();
    d.failureText = failed ? m_text->text().trimmed() : QString();
    return d;
}

QString RemovalOutcomeDialog::problemText() const
{
    return m_problem->text();
}

void RemovalOutcomeDialog::update()
{
    const bool failed = m_outcome->currentData().toString() == QLatin1String("failed");
    m_reason->setEnabled(failed);
    m_text->setEnabled(failed);
    // A day out of range is said under its field, not again here.
    const bool dayAccepted = m_on->isAcceptable();
    const QString problem = dayAccepted ? directions().problem() : QString();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(dayAccepted && problem.isEmpty());
}

void RemovalOutcomeDialog::accept()
{
    if (!DateField::acceptOrFocus({m_on}))
        return;
    const RemovalDirections d = directions();
    if (const QString problem = d.problem(); !problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    if (auto id = RemovalStore(m_db).save(d, m_user); !id) {
        m_problem->setText(id.error().toString());
        ConflictPrompt::handle(this, id.error(), [this] { reloadDirections(); });
        return;
    }
    QDialog::accept();
}

void RemovalOutcomeDialog::reloadDirections()
{
    const QString conflict = m_problem->text();
    const auto stored = RemovalStore(m_db).directions(m_directions.personId, m_directions.id);
    if (!stored) {
        m_problem->setText(stored.error().toString());
        return;
    }
    if (stored.value()) {
        m_directions = *stored.value();
        update();
        m_problem->setText(conflict + QLatin1Char('\n') +
                           tr("Reloaded: OK now saves the outcome entered here over their "
                              "version."));
        return;
    }
    m_problem->setText(tr("These removal directions are no longer on the record"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}
