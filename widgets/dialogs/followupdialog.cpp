#include "followupdialog.h"
#include "domain/clock.h"

#include "common/datefield.h"
#include "domain/daterules.h"
#include "itemmodels/colours.h"
#include "store/followupstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

FollowUpDialog::FollowUpDialog(qint64 personId, const QString &personName,
                               std::optional<FollowUpLadder::Step> due, QWidget *parent)
    : QDialog(parent), m_personId(personId), m_step(new QComboBox(this)),
      m_date(new DateField(QStringLiteral("takenOnEdit"), DateRules::followupTaken(Clock::today()),
                           Clock::today(), this)),
      m_outcome(new QLineEdit(this)), m_located(new QComboBox(this)),
      m_notes(new QPlainTextEdit(this)), m_alternatives(new QPlainTextEdit(this)),
      m_alternativesLabel(new QLabel(tr("&Alternatives tried:"), this)),
      m_outcomeLabel(new QLabel(tr("&Outcome:"), this)),
      m_notesLabel(new QLabel(tr("&Notes:"), this)), m_outcomeProblem(new QLabel(this)),
      m_notesProblem(new QLabel(this)), m_alternativesProblem(new QLabel(this)),
      m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record Follow-up: %1").arg(personName));
    m_step->setObjectName(QStringLiteral("stepCombo"));
    for (int s = 0; s < FollowUpLadder::StepCount; ++s) {
        const auto step = FollowUpLadder::Step(s);
        QString text = FollowUpLadder::name(step);
        if (due && *due == step)
            text = tr("%1 (due)").arg(text);
        m_step->addItem(text, s);
    }
    m_outcome->setObjectName(QStringLiteral("outcomeEdit"));
    m_located->setObjectName(QStringLiteral("locatedCombo"));
    m_located->addItem(tr("Reporting resumed"), FollowUpStore::reportingResumed());
    m_located->addItem(tr("Detained"), FollowUpStore::detained());
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_alternatives->setObjectName(QStringLiteral("alternativesEdit"));
    m_alternatives->setTabChangesFocus(true);
    m_alternatives->setMaximumHeight(80);
    m_alternatives->setPlaceholderText(
        tr("Every procedure tried to re-establish contact: calls, letters, visits, arrest team…"));
    m_hint->setObjectName(QStringLiteral("followUpHint"));
    m_hint->setWordWrap(true);
    m_outcomeProblem->setObjectName(QStringLiteral("outcomeProblem"));
    m_notesProblem->setObjectName(QStringLiteral("notesProblem"));
    m_alternativesProblem->setObjectName(QStringLiteral("alternativesProblem"));

    // A field and, under it, what it still needs.
    const auto withProblem = [](QWidget *field, QWidget *more, QLabel *problem) {
        problem->setWordWrap(true);
        problem->setStyleSheet(Colours::problemStyle());
        problem->hide();
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(field);
        if (more)
            column->addWidget(more);
        column->addWidget(problem);
        return column;
    };
    auto *form = new QFormLayout;
    auto *stepLabel = new QLabel(tr("&Step:"), this);
    stepLabel->setBuddy(m_step);
    auto *dateLabel = new QLabel(tr("&Taken on:"), this);
    dateLabel->setBuddy(m_date);
    m_notesLabel->setBuddy(m_notes);
    m_outcomeLabel->setBuddy(m_outcome);
    m_alternativesLabel->setBuddy(m_alternatives);
    form->addRow(stepLabel, m_step);
    form->addRow(dateLabel, m_date);
    form->addRow(m_outcomeLabel, withProblem(m_outcome, m_located, m_outcomeProblem));
    form->addRow(m_notesLabel, withProblem(m_notes, nullptr, m_notesProblem));
    form->addRow(m_alternativesLabel, withProblem(m_alternatives, nullptr, m_alternativesProblem));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // Spare height below the fields: a message stays right under its field.
    layout->addStretch(1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_step, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &FollowUpDialog::update);
    connect(m_alternatives, &QPlainTextEdit::textChanged, this, &FollowUpDialog::update);
    connect(m_outcome, &QLineEdit::textChanged, this, &FollowUpDialog::update);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &FollowUpDialog::update);
    connect(m_date, &DateField::dateChanged, this, &FollowUpDialog::update);
    // A day out of range keeps the dialog open, the focus on the field saying why.
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (DateField::acceptOrFocus({m_date}))
            QDialog::accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setStep(due.value_or(FollowUpLadder::VerbalWarning));
    update();
}

void FollowUpDialog::setStep(FollowUpLadder::Step step)
{
    m_step->setCurrentIndex(m_step->findData(int(step)));
}

FollowUpStep FollowUpDialog::step() const
{
    FollowUpStep s;
    s.personId = m_personId;
    s.step = FollowUpLadder::Step(m_step->currentData().toInt());
    s.takenOn = m_date->date();
    s.outcome = s.step == FollowUpLadder::Located ? m_located->currentData().toString()
                                                  : m_outcome->text().trimmed();
    s.notes = m_notes->toPlainText().trimmed();
    if (s.step == FollowUpLadder::AbsconderDeclaration)
        s.alternativesTried = m_alternatives->toPlainText().trimmed();
    return s;
}

QString FollowUpDialog::problem() const
{
    const auto problems = step().problems();
    return problems.isEmpty() ? QString() : problems.first().message;
}

void FollowUpDialog::update()
{
    const auto step = FollowUpLadder::Step(m_step->currentData().toInt());
    const bool declaration = step == FollowUpLadder::AbsconderDeclaration;
    const bool located = step == FollowUpLadder::Located;
    m_alternatives->setVisible(declaration);
    m_alternativesLabel->setVisible(declaration);
    m_outcome->setVisible(!located);
    m_located->setVisible(located);
    m_outcomeLabel->setBuddy(located ? static_cast<QWidget *>(m_located) : m_outcome);
    // What to write, for the step chosen.
    switch (step) {
    case FollowUpLadder::VerbalWarning:
        m_outcome->setPlaceholderText(tr("e.g. spoke to him, will report on Monday"));
        break;
    case FollowUpLadder::WarningLetter:
        m_outcome->setPlaceholderText(tr("e.g. sent to the last known address"));
        break;
    case FollowUpLadder::ArrestReferral:
        m_outcome->setPlaceholderText(tr("e.g. accepted by the arrest team, visit planned"));
        break;
    case FollowUpLadder::AbsconderDeclaration:
        m_outcome->setPlaceholderText(tr("e.g. whereabouts unknown since the last visit"));
        break;
    default:
        m_outcome->setPlaceholderText(tr("e.g. referral accepted, their reference"));
        break;
    }
    const bool needsNotes = FollowUpLadder::needsNotes(step);
    m_notesLabel->setText(needsNotes ? tr("&Notes (required):") : tr("&Notes:"));
    m_notes->setPlaceholderText(needsNotes ? tr("What was passed on: last known address, "
                                                "associates, photographs, risks…")
                                           : QString());
    QString hint;
    if (declaration)
        hint = tr("The declaration counts once a team leader has countersigned it.");
    else if (step == FollowUpLadder::WarningLetter)
        hint = tr("A follow-up of the letter goes into the diary.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());

    // Each missing field says so beside itself; OK waits for all of them.
    const auto problems = this->step().problems();
    for (const auto &[field, label] :
         {std::pair{FollowUpStep::Field::Outcome, m_outcomeProblem},
          std::pair{FollowUpStep::Field::Notes, m_notesProblem},
          std::pair{FollowUpStep::Field::Alternatives, m_alternativesProblem}}) {
        QString message;
        for (const FollowUpStep::Problem &p : problems)
            if (p.field == field)
                message = p.message;
        label->setText(message);
        label->setVisible(!message.isEmpty());
        // Read out with the field by screen readers.
        QWidget *input = field == FollowUpStep::Field::Outcome ? static_cast<QWidget *>(m_outcome)
                         : field == FollowUpStep::Field::Notes ? static_cast<QWidget *>(m_notes)
                                                               : m_alternatives;
        input->setAccessibleDescription(message);
    }
    // The date field says its own problem under itself (DateField).
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problems.isEmpty() && m_date->isAcceptable());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(problems.isEmpty() ? QString() : problems.first().message);
}
