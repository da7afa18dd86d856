#include "recordeventdialog.h"
#include "domain/clock.h"

#include "common/datefield.h"
#include "common/formrow.h"
#include "domain/daterules.h"
#include "itemmodels/colours.h"
#include "store/reportingstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RecordEventDialog::RecordEventDialog(qint64 personId, const QString &centre, QWidget *parent)
    : QDialog(parent)
{
    m_event.personId = personId;
    m_event.centre = centre;
    m_event.scheduled = Clock::now().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    m_event.outcome = QStringLiteral("COMPLETED");
    setWindowTitle(tr("Record a Reporting Event"));
    build();
}

RecordEventDialog::RecordEventDialog(const ReportingEvent &excused, QWidget *parent)
    : QDialog(parent), m_event(excused), m_reasonOnly(true)
{
    setWindowTitle(tr("Why the Event Was Excused"));
    build();
}

void RecordEventDialog::build()
{
    m_when = new DateField(QStringLiteral("eventWhenEdit"), this, DateField::Kind::DateTime);
    // An event is recorded once its day has come, or excused ahead of it (update() sets the
    // range with the outcome); one already held is not ours to re-date.
    m_when->setDateTime(QDateTime::fromString(m_event.scheduled, Qt::ISODate));
    m_centre = new QLineEdit(m_event.centre, this);
    m_centre->setObjectName(QStringLiteral("eventCentreEdit"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("eventOutcomeCombo"));
    m_outcome->addItem(tr("Reported"), QStringLiteral("COMPLETED"));
    m_outcome->addItem(tr("No show"), QStringLiteral("NO_SHOW"));
    m_outcome->addItem(tr("Excused"), QStringLiteral("EXCUSED"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("excuseReasonCombo"));
    for (const QString &r : ReportingEvent::excuseReasons())
        m_reason->addItem(ReportingEvent::excuseReasonName(r), r);
    m_text = new QLineEdit(m_event.excuseText, this);
    m_text->setObjectName(QStringLiteral("excuseTextEdit"));
    m_text->setPlaceholderText(tr("e.g. hospital appointment, letter seen"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("eventProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    FormRow::add(form, tr("&When:"), m_when);
    FormRow::add(form, tr("&Centre:"), m_centre);
    FormRow::add(form, tr("&Outcome:"), m_outcome);
    m_reasonLabel = FormRow::add(form, tr("&Reason:"), m_reason);
    m_textLabel = FormRow::add(form, tr("&Details:"), m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    setOutcome(m_event.outcome);
    if (!m_event.excuseReason.isEmpty())
        m_reason->setCurrentIndex(m_reason->findData(m_event.excuseReason));
    // Only the reason is ours to give for an event already held.
    m_when->setEnabled(!m_reasonOnly);
    m_centre->setEnabled(!m_reasonOnly);
    m_outcome->setEnabled(!m_reasonOnly);

    connect(m_outcome, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &RecordEventDialog::update);
    connect(m_reason, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &RecordEventDialog::update);
    connect(m_text, &QLineEdit::textChanged, this, &RecordEventDialog::update);
    connect(m_when, &DateField::dateChanged, this, &RecordEventDialog::update);
    // A day out of range keeps the dialog open, the focus on the field saying why.
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (DateField::acceptOrFocus({m_when}))
            QDialog::accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(460, sizeHint().height());
}

void RecordEventDialog::setOutcome(const QString &outcome)
{
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(outcome)));
}

void RecordEventDialog::setReason(const QString &reason, const QString &text)
{
    m_reason->setCurrentIndex(m_reason->findData(reason));
    m_text->setText(text);
}

ReportingEvent RecordEventDialog::event() const
{
    ReportingEvent e = m_event;
    if (!m_reasonOnly) {
        e.scheduled = m_when->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        e.centre = m_centre->text().trimmed();
        e.outcome = m_outcome->currentData().toString();
    }
    const bool excused = e.outcome == QLatin1String("EXCUSED");
    e.excuseReason = excused ? m_reason->currentData().toString() : QString();
    e.excuseText = excused ? m_text->text().trimmed() : QString();
    return e;
}

QString RecordEventDialog::problem() const
{
    const ReportingEvent e = event();
    if (e.outcome != QLatin1String("EXCUSED"))
        return QString();
    return ReportingStore::excuseProblem(e.excuseReason, e.excuseText);
}

void RecordEventDialog::update()
{
    const bool excused = m_outcome->currentData().toString() == QLatin1String("EXCUSED");
    if (!m_reasonOnly)
        m_when->setRange(DateRules::reportingEvent(Clock::today(), excused));
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_reason, m_reasonLabel, m_text, m_textLabel})
        w->setVisible(excused);
    const QString p = problem();
    m_problem->setText(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty() && m_when->isAcceptable());
}
