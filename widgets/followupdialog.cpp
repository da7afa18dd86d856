#include "followupdialog.h"

#include "datefield.h"
#include "domain/daterules.h"
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
      m_date(new DateField(QStringLiteral("takenOnEdit"),
                           DateRules::followupTaken(QDate::currentDate()), QDate::currentDate(),
                           this)),
      m_outcome(new QLineEdit(this)), m_located(new QComboBox(this)),
      m_notes(new QPlainTextEdit(this)), m_alternatives(new QPlainTextEdit(this)),
      m_alternativesLabel(new QLabel(tr("&Alternatives tried:"), this)),
      m_outcomeLabel(new QLabel(tr("&Outcome:"), this)), m_hint(new QLabel(this)),
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
    m_outcome->setPlaceholderText(tr("e.g. spoke to him, will report on Monday"));
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

    auto *outcomeRow = new QVBoxLayout;
    outcomeRow->setContentsMargins(0, 0, 0, 0);
    outcomeRow->addWidget(m_outcome);
    outcomeRow->addWidget(m_located);
    auto *form = new QFormLayout;
    auto *stepLabel = new QLabel(tr("&Step:"), this);
    stepLabel->setBuddy(m_step);
    auto *dateLabel = new QLabel(tr("&Taken on:"), this);
    dateLabel->setBuddy(m_date);
    auto *notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);
    m_outcomeLabel->setBuddy(m_outcome);
    m_alternativesLabel->setBuddy(m_alternatives);
    form->addRow(stepLabel, m_step);
    form->addRow(dateLabel, m_date);
    form->addRow(m_outcomeLabel, outcomeRow);
    form->addRow(notesLabel, m_notes);
    form->addRow(m_alternativesLabel, m_alternatives);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_step, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &FollowUpDialog::update);
    connect(m_alternatives, &QPlainTextEdit::textChanged, this, &FollowUpDialog::update);
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
    const FollowUpStep s = step();
    if (s.step == FollowUpLadder::AbsconderDeclaration && s.alternativesTried.isEmpty())
        return tr("List the alternatives tried before declaring an absconder.");
    return QString();
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
    QString hint;
    if (declaration)
        hint = tr("The declaration counts once a team leader has countersigned it.");
    else if (step == FollowUpLadder::WarningLetter)
        hint = tr("A follow-up of the letter goes into the diary.");
    const QString problem = this->problem();
    m_hint->setText(problem.isEmpty() ? hint : problem);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && m_date->isAcceptable());
}
