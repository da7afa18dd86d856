#include "removaldirectionsdialog.h"
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

RemovalDirectionsDialog::RemovalDirectionsDialog(const AppContext &context,
                                                 const RemovalDirections &directions,
                                                 QWidget *parent)
    : QDialog(parent), m_db(context.db()), m_user(context.user()), m_directions(directions),
      m_setOn(new DateField(QStringLiteral("setOnEdit"), DateRules::directionsSet(Clock::today()),
                            directions.setOn.isValid() ? directions.setOn : Clock::today(), this)),
      // Two weeks ahead is a usual lead time for a scheduled flight; the user picks the day.
      m_plannedOn(new DateField(
          QStringLiteral("plannedOnEdit"), DateRules::directionsPlanned(Clock::today()),
          directions.plannedOn.isValid() ? directions.plannedOn : Clock::today().addDays(14),
          this)),
      m_route(new QComboBox(this)), m_flight(new QComboBox(this)),
      m_red0004(new DateField(QStringLiteral("red0004Edit"),
                              DateRules::red0004Served(Clock::today()), QDate(), this)),
      m_notes(new QLineEdit(directions.notes, this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(directions.id ? tr("Removal Directions") : tr("Set Removal Directions"));
    m_route->setObjectName(QStringLiteral("routeCombo"));
    for (const char *r : {"scheduled", "charter"})
        m_route->addItem(RemovalDirections::routeName(QLatin1String(r)), QLatin1String(r));
    m_route->setCurrentIndex(qMax(0, m_route->findData(directions.route)));
    m_flight->setObjectName(QStringLiteral("charterFlightCombo"));
    m_flight->addItem(tr("Choose a flight"), qint64(0));
    if (auto flights = RemovalStore(m_db).flights()) {
        for (const CharterFlight &f : flights.value())
            m_flight->addItem(tr("%1 to %2, %3")
                                  .arg(f.reference, f.destination,
                                       DisplayText::date(f.departsOn.toString(Qt::ISODate))),
                              f.id);
    } else {
        m_problem->setText(flights.error().toString());
    }
    m_flight->setCurrentIndex(qMax(0, m_flight->findData(directions.charterFlightId)));
    m_red0004->setOptional(tr("Served"), Clock::today());
    m_red0004->setDate(directions.red0004ServedOn);
    // Directions saved before these ranges keep their days (a removal planned over a year on).
    m_setOn->setStoredDay(directions.setOn);
    m_plannedOn->setStoredDay(directions.plannedOn);
    m_red0004->setStoredDay(directions.red0004ServedOn);
    m_notes->setObjectName(QStringLiteral("directionsNotesEdit"));
    m_problem->setObjectName(QStringLiteral("directionsProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    FormRow::add(form, tr("&Set on:"), m_setOn);
    FormRow::add(form, tr("&Planned removal:"), m_plannedOn);
    FormRow::add(form, tr("&Route:"), m_route);
    FormRow::add(form, tr("Charter &flight:"), m_flight);
    FormRow::add(form, tr("RED.000&4:"), m_red0004);
    FormRow::add(form, tr("&Notes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (DateField *field : {m_setOn, m_plannedOn, m_red0004})
        connect(field, &DateField::dateChanged, this, &RemovalDirectionsDialog::update);
    connect(m_route, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &RemovalDirectionsDialog::update);
    connect(m_flight, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &RemovalDirectionsDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RemovalDirectionsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_problem->text().isEmpty())
        update();
    resize(460, sizeHint().height());
}

RemovalDirections RemovalDirectionsDialog::directions() const
{
    RemovalDirections d = m_directions;
    d.setOn = m_setOn->date();
    d.plannedOn = m_plannedOn->date();
    d.route = m_route->currentData().toString();
    d.charterFlightId =
        d.route == QLatin1String("charter") ? m_flight->currentData().toLongLong() : 0;
    d.red0004ServedOn = m_red0004->date();
    d.notes = m_notes->text().trimmed();
    return d;
}

QString RemovalDirectionsDialog::problemText() const
{
    return m_problem->text();
}

bool RemovalDirectionsDialog::canSave() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void RemovalDirectionsDialog::update()
{
    m_flight->setEnabled(m_route->currentData().toString() == QLatin1String("charter"));
    // A day out of range is said under its field, not again here.
    const bool daysAccepted = DateField::allAcceptable({m_setOn, m_plannedOn, m_red0004});
    const QString problem = daysAccepted ? directions().problem() : QString();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(daysAccepted && problem.isEmpty());
}

void RemovalDirectionsDialog::accept()
{
    if (!DateField::acceptOrFocus({m_setOn, m_plannedOn, m_red0004}))
        return;
    const RemovalDirections d = directions();
    if (const QString problem = d.problem(); !problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    auto id = RemovalStore(m_db).save(d, m_user);
    if (!id) {
        m_problem->setText(id.error().toString());
        ConflictPrompt::handle(this, id.error(), [this] { reloadDirections(); });
        return;
    }
    m_savedId = id.value();
    QDialog::accept();
}

void RemovalDirectionsDialog::reloadDirections()
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
                           tr("Reloaded: OK now saves what is entered here over their version."));
        return;
    }
    m_problem->setText(tr("These removal directions are no longer on the record"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}
