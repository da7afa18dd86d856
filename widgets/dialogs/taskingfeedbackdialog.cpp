#include "taskingfeedbackdialog.h"

#include "domain/tasking.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

TaskingFeedbackDialog::TaskingFeedbackDialog(const QString &what, QWidget *parent)
    : QDialog(parent), m_outcome(new QComboBox(this)), m_feedback(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Centre's Feedback"));
    m_outcome->setObjectName(QStringLiteral("feedbackOutcomeCombo"));
    for (const QString &o : Tasking::outcomes())
        m_outcome->addItem(Tasking::outcomeName(o), o);
    m_feedback->setObjectName(QStringLiteral("feedbackEdit"));
    m_feedback->setTabChangesFocus(true);
    m_feedback->setPlaceholderText(tr("What the centre did and found"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    auto *outcomeLabel = new QLabel(tr("&Outcome:"), this);
    outcomeLabel->setBuddy(m_outcome);
    auto *feedbackLabel = new QLabel(tr("&Feedback:"), this);
    feedbackLabel->setBuddy(m_feedback);
    form->addRow(outcomeLabel, m_outcome);
    form->addRow(feedbackLabel, m_feedback);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(what, this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

QString TaskingFeedbackDialog::outcome() const
{
    return m_outcome->currentData().toString();
}

QString TaskingFeedbackDialog::feedback() const
{
    return m_feedback->toPlainText().trimmed();
}

void TaskingFeedbackDialog::setOutcome(const QString &outcome)
{
    m_outcome->setCurrentIndex(m_outcome->findData(outcome));
}
