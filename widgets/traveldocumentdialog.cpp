#include "traveldocumentdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// The earliest date an edit can show stands for "not set".
const QDate NotSet(2000, 1, 1);
} // namespace

QDateEdit *TravelDocumentDialog::dateEdit(const char *objectName, const QDate &date)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    edit->setMinimumDate(NotSet);
    edit->setSpecialValueText(tr("Not set"));
    edit->setDate(date.isValid() ? date : NotSet);
    connect(edit, &QDateEdit::dateChanged, this, &TravelDocumentDialog::update);
    return edit;
}

TravelDocumentDialog::TravelDocumentDialog(const TravelDocument &document, QWidget *parent)
    : QDialog(parent), m_document(document), m_kind(new QComboBox(this)),
      m_embassy(new QLineEdit(document.embassy, this)), m_status(new QComboBox(this)),
      m_applied(dateEdit("appliedEdit", document.appliedOn)),
      m_tasked(dateEdit("interviewTaskedEdit", document.interviewTaskedOn)),
      m_held(dateEdit("interviewHeldEdit", document.interviewHeldOn)),
      m_expires(dateEdit("expiresEdit", document.expiresOn)),
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
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    const auto row = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Document:"), m_kind);
    row(tr("&Embassy:"), m_embassy);
    row(tr("&Status:"), m_status);
    row(tr("&Applied on:"), m_applied);
    row(tr("Interview &tasked on:"), m_tasked);
    row(tr("Interview &held on:"), m_held);
    row(tr("E&xpires on:"), m_expires);
    row(tr("&Notes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_kind, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &TravelDocumentDialog::update);
    connect(m_status, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &TravelDocumentDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
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
    if (auto *edit = findChild<QDateEdit *>(QLatin1String(objectName)))
        edit->setDate(date.isValid() ? date : NotSet);
}

TravelDocument TravelDocumentDialog::document() const
{
    const auto dateOf = [](const QDateEdit *e) {
        return e->date() == NotSet ? QDate() : e->date();
    };
    TravelDocument d = m_document;
    d.kind = m_kind->currentData().toString();
    d.embassy = m_embassy->text().trimmed();
    d.status = m_status->currentData().toString();
    d.appliedOn = dateOf(m_applied);
    d.interviewTaskedOn = dateOf(m_tasked);
    d.interviewHeldOn = dateOf(m_held);
    d.expiresOn = dateOf(m_expires);
    d.notes = m_notes->text().trimmed();
    return d;
}

void TravelDocumentDialog::update()
{
    const QString problem = document().problem();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
