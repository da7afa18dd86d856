#include "charterflightdialog.h"
#include "domain/clock.h"

#include "common/conflictprompt.h"
#include "common/datefield.h"
#include "common/formrow.h"
#include "domain/daterules.h"
#include "itemmodels/colours.h"
#include "store/removalstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CharterFlightDialog::CharterFlightDialog(const AppContext &context, const CharterFlight &flight,
                                         QWidget *parent)
    : QDialog(parent), m_db(context.db()), m_user(context.user()), m_flight(flight),
      m_reference(new QLineEdit(flight.reference, this)),
      m_destination(new QLineEdit(flight.destination, this)),
      m_departs(new DateField(QStringLiteral("flightDepartsEdit"), this)),
      m_notes(new QPlainTextEdit(flight.notes, this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(flight.id ? tr("Charter Flight") : tr("New Charter Flight"));
    m_reference->setObjectName(QStringLiteral("flightReferenceEdit"));
    m_reference->setPlaceholderText(tr("e.g. CH-2026-14"));
    m_destination->setObjectName(QStringLiteral("flightDestinationEdit"));
    m_destination->setPlaceholderText(tr("Country or airport"));
    m_departs->setRange(DateRules::charterDeparts(Clock::today()));
    m_departs->setStoredDay(flight.departsOn);
    // A new flight is usually planned a few weeks ahead.
    m_departs->setDate(flight.departsOn.isValid() ? flight.departsOn : Clock::today().addDays(28));
    m_notes->setObjectName(QStringLiteral("flightNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_problem->setObjectName(QStringLiteral("flightProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    FormRow::add(form, tr("&Reference:"), m_reference);
    FormRow::add(form, tr("&Destination:"), m_destination);
    FormRow::add(form, tr("De&parts on:"), m_departs);
    FormRow::add(form, tr("&Notes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_reference, &QLineEdit::textChanged, this, &CharterFlightDialog::update);
    connect(m_departs, &DateField::dateChanged, this, &CharterFlightDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CharterFlightDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(440, sizeHint().height());
}

CharterFlight CharterFlightDialog::flight() const
{
    CharterFlight f = m_flight;
    f.reference = m_reference->text().trimmed();
    f.destination = m_destination->text().trimmed();
    f.departsOn = m_departs->date();
    f.notes = m_notes->toPlainText().trimmed();
    return f;
}

void CharterFlightDialog::update()
{
    const bool ok = !m_reference->text().trimmed().isEmpty();
    m_problem->setText(ok ? QString() : tr("Give the flight a reference."));
    // A day out of range is said under its field.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && m_departs->isAcceptable());
}

void CharterFlightDialog::reloadFlight()
{
    const CharterFlight mine = flight();
    const auto flights = RemovalStore(m_db).flights();
    if (!flights) {
        m_problem->setText(flights.error().toString());
        return;
    }
    for (const CharterFlight &f : flights.value()) {
        if (f.id != mine.id)
            continue;
        // Their version in the fields (with its row version); what was typed here below.
        m_flight = f;
        m_departs->setStoredDay(f.departsOn);
        m_reference->setText(f.reference);
        m_destination->setText(f.destination);
        m_departs->setDate(f.departsOn);
        m_notes->setPlainText(f.notes);
        m_problem->setText(tr("Reloaded with the stored flight. You had entered: %1 to %2, "
                              "departing %3.")
                               .arg(mine.reference, mine.destination,
                                    QLocale().toString(mine.departsOn, QLocale::ShortFormat)));
        return;
    }
    m_problem->setText(tr("The charter flight is no longer recorded"));
}

void CharterFlightDialog::accept()
{
    if (!DateField::acceptOrFocus({m_departs}))
        return;
    const auto id = RemovalStore(m_db).saveFlight(flight(), m_user);
    if (!id) {
        m_problem->setText(id.error().message);
        ConflictPrompt::handle(this, id.error(), [this] { reloadFlight(); });
        return;
    }
    m_savedId = id.value();
    QDialog::accept();
}
