#include "traveldocumentdialog.h"
#include "domain/clock.h"

#include "common/datefield.h"
#include "common/formrow.h"
#include "domain/daterules.h"
#include "itemmodels/colours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

// Optional, as a date not known is left unticked (not a "Not set" special value, whose day
// was the edit's minimum and so clamped any earlier day typed); a day the document already
// holds is kept as it stands.
DateField *TravelDocumentDialog::dateField(const char *objectName, const QString &checkText,
                                           const DateRange &range, const QDate &date)
{
    auto *field = new DateField(QLatin1String(objectName), this);
    field->setRange(range);
    field->setOptional(checkText, Clock::today());
    field->setDate(date);
    field->setStoredDay(date);
    connect(field, &DateField::dateChanged, this, &TravelDocumentDialog::update);
    return field;
}

TravelDocumentDialog::TravelDocumentDialog(const TravelDocument &document, QWidget *parent)
    : QDialog(parent), m_document(document), m_kind(new QComboBox(this)),
      m_embassy(new QLineEdit(document.embassy, this)), m_status(new QComboBox(this)),
      m_applied(dateField("appliedEdit", tr("Applied"), DateRules::documentApplied(Clock::today()),
                          document.appliedOn)),
      m_tasked(dateField("interviewTaskedEdit", tr("Tasked"),
                         DateRules::documentInterviewTasked(Clock::today()),
                         document.interviewTaskedOn)),
      m_held(dateField("interviewHeldEdit", tr("Held"),
                       DateRules::documentInterviewHeld(Clock::today()), document.interviewHeldOn)),
      m_expires(dateField("expiresEdit", tr("Known"), DateRules::documentExpires(Clock::today()),
                          document.expiresOn)),
      m_notes(new QLineEdit(document.notes, this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(document.id ? tr("Travel Document") : tr("Add a Travel Document"));
    m_kind->setObjectName(QStringLiteral("documentKindCombo"));
    for (const char *k : {"etd", "passport"})
        m_kind->addItem(TravelDocument::kindName(QLatin1String(k)), QLatin1String(k));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(document.kind)));
    m_embassy->setObjectName(QStringLiteral("embassyEdit"));
    m_status->setObjectName(QStringLiteral("documentStatusCombo"));
    for (const QString &s : TravelDocument::statuses())
        m_status->addItem(TravelDocument::statusName(s), s);
    m_status->setCurrentIndex(qMax(0, m_status->findData(document.status)));
    m_problem->setObjectName(QStringLiteral("documentProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    FormRow::add(form, tr("&Document:"), m_kind);
    FormRow::add(form, tr("&Embassy:"), m_embassy);
    FormRow::add(form, tr("&Status:"), m_status);
    FormRow::add(form, tr("&Applied on:"), m_applied);
    FormRow::add(form, tr("Interview &tasked on:"), m_tasked);
    FormRow::add(form, tr("Interview &held on:"), m_held);
    FormRow::add(form, tr("E&xpires on:"), m_expires);
    FormRow::add(form, tr("&Notes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_kind, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &TravelDocumentDialog::update);
    connect(m_status, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &TravelDocumentDialog::update);
    // A day out of range keeps the dialog open, the focus on the field saying why.
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (DateField::acceptOrFocus({m_applied, m_tasked, m_held, m_expires}))
            QDialog::accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(460, sizeHint().height());
}

void TravelDocumentDialog::setStatus(const QString &status)
{
    m_status->setCurrentIndex(m_status->findData(status));
}

void TravelDocumentDialog::setDate(const char *objectName, const QDate &date)
{
    if (auto *field = findChild<DateField *>(QLatin1String(objectName)))
        field->setDate(date);
}

TravelDocument TravelDocumentDialog::document() const
{
    TravelDocument d = m_document;
    d.kind = m_kind->currentData().toString();
    d.embassy = m_embassy->text().trimmed();
    d.status = m_status->currentData().toString();
    d.appliedOn = m_applied->date();
    d.interviewTaskedOn = m_tasked->date();
    d.interviewHeldOn = m_held->date();
    d.expiresOn = m_expires->date();
    d.notes = m_notes->text().trimmed();
    return d;
}

void TravelDocumentDialog::update()
{
    // A day out of range is said under its field, not again here.
    const bool daysAccepted = DateField::allAcceptable({m_applied, m_tasked, m_held, m_expires});
    const QString problem = daysAccepted ? document().problem() : QString();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(daysAccepted && problem.isEmpty());
}
