#include "reoffencedialog.h"
#include "domain/clock.h"

#include "common/datefield.h"
#include "common/formrow.h"
#include "domain/daterules.h"
#include "itemmodels/colours.h"
#include "store/reoffencestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReoffenceDialog::ReoffenceDialog(const AppContext &context, qint64 personId, QWidget *parent)
    : QDialog(parent), m_db(context.db()), m_user(context.user()), m_personId(personId),
      m_today(Clock::today()),
      m_offenceOn(new DateField(QStringLiteral("offenceOnEdit"), DateRules::reoffence(m_today),
                                m_today, this)),
      m_offence(new QLineEdit(this)), m_source(new QComboBox(this)),
      m_notes(new QPlainTextEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record a Reoffence"));
    m_offence->setObjectName(QStringLiteral("offenceEdit"));
    m_offence->setPlaceholderText(tr("What was done, as the police or court put it"));
    m_offence->setMaxLength(200);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    for (const QString &code : Reoffence::sources())
        m_source->addItem(Reoffence::sourceName(code), code);
    m_notes->setObjectName(QStringLiteral("reoffenceNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Force, crime or court reference, outcome if known"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_problem->setObjectName(QStringLiteral("reoffenceProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));

    auto *form = new QFormLayout;
    FormRow::add(form, tr("&Date of offence:"), m_offenceOn);
    FormRow::add(form, tr("&Offence:"), m_offence);
    FormRow::add(form, tr("&Source:"), m_source);
    FormRow::add(form, tr("&Notes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_offenceOn, &DateField::dateChanged, this, &ReoffenceDialog::update);
    connect(m_offence, &QLineEdit::textChanged, this, &ReoffenceDialog::update);
    connect(m_source, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &ReoffenceDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReoffenceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_offence->setFocus();
    update();
    resize(460, sizeHint().height());
}

Reoffence ReoffenceDialog::reoffence() const
{
    Reoffence r;
    r.personId = m_personId;
    r.offenceOn = m_offenceOn->date();
    r.offence = m_offence->text().simplified();
    r.source = m_source->currentData().toString();
    r.notes = m_notes->toPlainText().trimmed();
    return r;
}

QString ReoffenceDialog::problemText() const
{
    // A day out of range is said under its field only.
    return m_problem->text().isEmpty() ? m_offenceOn->problem() : m_problem->text();
}

QString ReoffenceDialog::problem() const
{
    const Reoffence r = reoffence();
    if (r.offence.isEmpty())
        return tr("Say what the offence was.");
    if (!r.offenceOn.isValid())
        return tr("Give the day of the offence.");
    // The range (DateRules::reoffence, the store's too) is said under the field.
    if (!m_offenceOn->isAcceptable())
        return m_offenceOn->problem();
    if (!Reoffence::sources().contains(r.source))
        return tr("Say where Lodestar learned of the offence.");
    return QString();
}

void ReoffenceDialog::update()
{
    const QString why = problem();
    m_problem->setText(m_offenceOn->isAcceptable() ? why : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void ReoffenceDialog::accept()
{
    if (!DateField::acceptOrFocus({m_offenceOn}))
        return;
    if (const QString why = problem(); !why.isEmpty()) {
        m_problem->setText(why);
        return;
    }
    auto id = ReoffenceStore(m_db).record(reoffence(), m_user);
    if (!id) {
        // The store has the last word (a database error, a rule it checks): say it here.
        m_problem->setText(id.error().toString());
        return;
    }
    m_savedId = id.value();
    QDialog::accept();
}
