#include "taskingdialog.h"
#include "domain/clock.h"

#include "common/datefield.h"
#include "domain/daterules.h"
#include "domain/reportingwindow.h"
#include "itemmodels/colours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

TaskingDialog::TaskingDialog(qint64 personId, const QString &personName, const QString &centre,
                             const QString &window, const QDate &nextEvent, QWidget *parent)
    : QDialog(parent), m_personId(personId), m_window(window), m_kind(new QComboBox(this)),
      m_centre(new QLineEdit(centre, this)),
      m_date(new DateField(QStringLiteral("taskingDateEdit"),
                           DateRules::taskingEvent(Clock::today()), nextEvent, this)),
      m_instructions(new QPlainTextEdit(this)), m_warning(new QLabel(this)),
      m_clear(new QCheckBox(tr("I have agreed a one-hour &window with the centre"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Task the Reporting Centre: %1").arg(personName));
    m_kind->setObjectName(QStringLiteral("taskingKindCombo"));
    for (const QString &kind : Tasking::kinds())
        m_kind->addItem(Tasking::kindName(kind), kind);
    m_centre->setObjectName(QStringLiteral("taskingCentreEdit"));
    m_instructions->setObjectName(QStringLiteral("taskingInstructionsEdit"));
    m_instructions->setTabChangesFocus(true);
    m_instructions->setMaximumHeight(90);
    m_warning->setObjectName(QStringLiteral("longWindowWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(Colours::boldProblemStyle());
    m_clear->setObjectName(QStringLiteral("clearWindowCheck"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Task the Centre"));

    auto *form = new QFormLayout;
    const auto labelled = [&](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, buddy);
    };
    labelled(tr("&Tasking:"), m_kind);
    labelled(tr("&Centre:"), m_centre);
    labelled(tr("For the reporting &event on:"), m_date);
    labelled(tr("&Instructions:"), m_instructions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_clear);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_kind, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &TaskingDialog::update);
    connect(m_centre, &QLineEdit::textChanged, this, &TaskingDialog::update);
    connect(m_clear, &QCheckBox::toggled, this, &TaskingDialog::update);
    connect(m_date, &DateField::dateChanged, this, &TaskingDialog::update);
    // A day out of range keeps the dialog open, the focus on the field saying why.
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (DateField::acceptOrFocus({m_date}))
            QDialog::accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

void TaskingDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
}

bool TaskingDialog::windowCleared() const
{
    // Not isVisible(): once the dialog has closed, nothing in it is visible.
    return m_kind->currentData().toString() == Tasking::detainOnReporting() &&
           ReportingWindow::isLong(m_window) && m_clear->isChecked();
}

Tasking TaskingDialog::tasking() const
{
    Tasking t;
    t.personId = m_personId;
    t.kind = m_kind->currentData().toString();
    t.centre = m_centre->text().trimmed();
    t.dueOn = m_date->date();
    t.instructions = m_instructions->toPlainText().trimmed();
    t.reportingWindow = m_window;
    return t;
}

QString TaskingDialog::problem() const
{
    if (m_centre->text().trimmed().isEmpty())
        return tr("Say which reporting centre is tasked.");
    const bool warn = m_kind->currentData().toString() == Tasking::detainOnReporting() &&
                      ReportingWindow::isLong(m_window);
    if (warn && !m_clear->isChecked())
        return tr("Clear the window warning first.");
    return QString();
}

void TaskingDialog::update()
{
    const bool warn = m_kind->currentData().toString() == Tasking::detainOnReporting() &&
                      ReportingWindow::isLong(m_window);
    m_warning->setVisible(warn);
    m_clear->setVisible(warn);
    m_warning->setText(tr("The reporting window %1 is longer than one hour: an arrest team tasked "
                          "to detain would wait all day (report 6.66). Agree a one-hour window "
                          "with the centre first.")
                           .arg(m_window));
    // A day out of range is said under its field.
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem().isEmpty() && m_date->isAcceptable());
}
