#include "personremovalpanel.h"

#include "common/conflictprompt.h"
#include "common/listtable.h"
#include "dialogs/casepreparationdialog.h"
#include "dialogs/holddialog.h"
#include "dialogs/removaldirectionsdialog.h"
#include "dialogs/removaloutcomedialog.h"
#include "itemmodels/colours.h"
#include "itemmodels/displaytext.h"
#include "itemmodels/holdsmodel.h"
#include "itemmodels/removaldirectionsmodel.h"
#include "store/barrierstore.h"
#include "store/progressionstore.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString dateText(const QDate &day)
{
    return day.isValid() ? DisplayText::date(day.toString(Qt::ISODate)) : QString();
}
} // namespace

PersonRemovalPanel::PersonRemovalPanel(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_db(context.db()), m_user(context.user()),
      m_directions(new RemovalDirectionsModel(context.db(), this)),
      m_holds(new HoldsModel(context.db(), this))
{
    setObjectName(QStringLiteral("removalPanel"));
    m_holds->setAsOf(m_asOf);
    // Side by side: the lower tabs of the record are short and wide.
    // A splitter, so whoever needs the wide holds or directions table can widen it.
    auto *parts = new QSplitter(Qt::Horizontal, this);
    parts->setObjectName(QStringLiteral("removalSplitter"));
    parts->setChildrenCollapsible(false);
    parts->addWidget(buildDirections());
    parts->addWidget(buildHolds());
    parts->addWidget(buildPreparation());
    parts->setStretchFactor(0, 5);
    parts->setStretchFactor(1, 5);
    parts->setStretchFactor(2, 2);
    parts->setSizes({500, 500, 220});
    auto *layout = new QHBoxLayout(this);
    // The group boxes bring margins of their own; every pixel of height is a row of a table.
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(parts);
    using A = Permissions::Action;
    m_access.guard(m_setDirections, A::ChangePerson);
    m_access.guard(m_recordOutcome, A::ChangePerson);
    m_access.guard(m_editDirections, A::ChangePerson);
    m_access.guard(m_placeHold, A::ChangePerson);
    m_access.guard(m_releaseHold, A::ChangePerson);
    m_access.guard(m_editPreparation, A::ChangePerson);
    updateActions();
}

QGroupBox *PersonRemovalPanel::buildDirections()
{
    auto *box = new QGroupBox(tr("Removal directions"), this);
    m_directionsTable = new QTableView(box);
    m_directionsTable->setObjectName(QStringLiteral("directionsTable"));
    m_directionsTable->setModel(m_directions);
    ListTable::setUp(m_directionsTable);
    m_directionsTable->setWordWrap(false);
    m_directionsTable->setAccessibleName(tr("Removal directions of this person"));
    // The notes are in each row's tooltip and the edit dialog; the columns that matter fit.
    m_directionsTable->hideColumn(RemovalDirectionsModel::Notes);
    m_setDirections = new QPushButton(tr("Set &Directions…"), box);
    m_setDirections->setObjectName(QStringLiteral("setDirectionsButton"));
    m_recordOutcome = new QPushButton(tr("Record O&utcome…"), box);
    m_recordOutcome->setObjectName(QStringLiteral("recordOutcomeButton"));
    m_editDirections = new QPushButton(tr("&Edit Directions…"), box);
    m_editDirections->setObjectName(QStringLiteral("editDirectionsButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_editDirections);
    buttons->addWidget(m_recordOutcome);
    buttons->addWidget(m_setDirections);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_directionsTable, 1);
    layout->addLayout(buttons);
    connect(m_setDirections, &QPushButton::clicked, this, &PersonRemovalPanel::setDirections);
    connect(m_recordOutcome, &QPushButton::clicked, this, &PersonRemovalPanel::recordOutcome);
    connect(m_editDirections, &QPushButton::clicked, this,
            &PersonRemovalPanel::editSelectedDirections);
    connect(m_directionsTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_access.allows(Permissions::Action::ChangePerson))
            editDirections(index.row());
    });
    connect(m_directionsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonRemovalPanel::updateActions);
    return box;
}

QGroupBox *PersonRemovalPanel::buildHolds()
{
    auto *box = new QGroupBox(tr("Progression hold"), this);
    m_holdsTable = new QTableView(box);
    m_holdsTable->setObjectName(QStringLiteral("holdsTable"));
    m_holdsTable->setModel(m_holds);
    ListTable::setUp(m_holdsTable);
    m_holdsTable->setWordWrap(false);
    m_holdsTable->setAccessibleName(tr("Holds on this person's progression"));
    m_placeHold = new QPushButton(tr("Place &Hold…"), box);
    m_placeHold->setObjectName(QStringLiteral("placeHoldButton"));
    m_releaseHold = new QPushButton(tr("&Release Hold"), box);
    m_releaseHold->setObjectName(QStringLiteral("releaseHoldButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_releaseHold);
    buttons->addWidget(m_placeHold);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_holdsTable, 1);
    layout->addLayout(buttons);
    connect(m_placeHold, &QPushButton::clicked, this, &PersonRemovalPanel::placeHold);
    connect(m_releaseHold, &QPushButton::clicked, this, &PersonRemovalPanel::releaseSelectedHold);
    connect(m_holdsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonRemovalPanel::updateActions);
    return box;
}

QGroupBox *PersonRemovalPanel::buildPreparation()
{
    auto *box = new QGroupBox(tr("Case preparation"), this);
    m_preparationStatus = new QLabel(box);
    m_preparationStatus->setObjectName(QStringLiteral("preparationStatus"));
    m_preparationStatus->setTextFormat(Qt::PlainText);
    QFont bold = m_preparationStatus->font();
    bold.setBold(true);
    m_preparationStatus->setFont(bold);
    m_preparationDates = new QLabel(box);
    m_preparationDates->setObjectName(QStringLiteral("preparationDates"));
    m_preparationDates->setTextFormat(Qt::PlainText);
    m_preparationDates->setWordWrap(true);
    m_preparationDates->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_preparationDates->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editPreparation = new QPushButton(tr("Edit &Preparation…"), box);
    m_editPreparation->setObjectName(QStringLiteral("editPreparationButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_editPreparation);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_preparationStatus);
    layout->addWidget(m_preparationDates, 1);
    layout->addLayout(buttons);
    connect(m_editPreparation, &QPushButton::clicked, this, &PersonRemovalPanel::editPreparation);
    return box;
}

bool PersonRemovalPanel::setPersonId(qint64 personId, QString *error)
{
    m_personId = personId;
    QStringList errors;
    if (Status s = m_directions->setPersonId(personId); !s)
        errors << s.error().toString();
    if (Status s = m_holds->setPersonId(personId); !s)
        errors << s.error().toString();
    m_preparation.reset();
    if (personId > 0) {
        if (auto p = ProgressionStore(m_db).preparation(personId))
            m_preparation = p.value();
        else
            errors << p.error().toString();
    }
    m_directionsTable->resizeColumnsToContents();
    m_holdsTable->resizeColumnsToContents();
    showPreparation();
    updateActions();
    if (!errors.isEmpty() && error)
        *error = errors.join(QLatin1Char('\n'));
    return errors.isEmpty();
}

QString PersonRemovalPanel::tabLabel() const
{
    QStringList what;
    if (m_directions->pendingRow() >= 0)
        what << tr("directions pending");
    if (m_holds->activeCount() > 0)
        what << tr("on hold");
    if (m_preparation && m_preparation->isOverdue(m_asOf))
        what << tr("preparation overdue");
    return what.isEmpty() ? tr("Removal") : tr("Removal (%1)").arg(what.join(QStringLiteral(", ")));
}

void PersonRemovalPanel::showPreparation()
{
    if (!m_preparation) {
        m_preparationStatus->setText(
            CasePreparation::statusName(CasePreparation::Status::NotStarted));
        m_preparationDates->setText(
            tr("Record the day the case was allocated to start the 8-week target."));
        m_preparationStatus->setForegroundRole(QPalette::WindowText);
        return;
    }
    const CasePreparation &p = *m_preparation;
    m_preparationStatus->setText(CasePreparation::statusName(p.status(m_asOf)));
    // Overdue in red, as elsewhere in the record.
    QPalette pal = m_preparationStatus->palette();
    pal.setColor(QPalette::WindowText,
                 p.isOverdue(m_asOf) ? Colours::problem() : palette().color(QPalette::WindowText));
    m_preparationStatus->setPalette(pal);
    QStringList lines;
    lines << tr("Allocated %1").arg(dateText(p.allocatedOn));
    lines << (p.initialDoneOn.isValid()
                  ? tr("Initial done %1 (due %2)")
                        .arg(dateText(p.initialDoneOn), dateText(p.initialDue()))
                  : tr("Initial due %1").arg(dateText(p.initialDue())));
    lines << (p.finalisedOn.isValid()
                  ? tr("Finalised %1 (due %2)").arg(dateText(p.finalisedOn), dateText(p.finalDue()))
                  : tr("Finalising due %1").arg(dateText(p.finalDue())));
    m_preparationDates->setText(lines.join(QLatin1Char('\n')));
}

int PersonRemovalPanel::selectedDirectionsRow() const
{
    const QModelIndexList rows = m_directionsTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

int PersonRemovalPanel::selectedHoldRow() const
{
    const QModelIndexList rows = m_holdsTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PersonRemovalPanel::updateActions()
{
    const bool known = m_personId > 0;
    const int pending = m_directions->pendingRow();
    const int row = selectedDirectionsRow();
    m_setDirections->setEnabled(known && pending < 0);
    m_setDirections->setToolTip(pending >= 0
                                    ? tr("Directions are pending: record their outcome first")
                                    : tr("Set new removal directions"));
    // The outcome is for the pending directions, whichever row is selected.
    m_recordOutcome->setEnabled(known && pending >= 0);
    m_recordOutcome->setToolTip(pending >= 0 ? tr("Record whether the pending directions removed "
                                                  "the person or failed")
                                             : tr("No directions are pending"));
    m_editDirections->setEnabled(row >= 0);
    const int hold = selectedHoldRow();
    m_placeHold->setEnabled(known);
    m_releaseHold->setEnabled(hold >= 0 && m_holds->isActive(hold));
    m_releaseHold->setToolTip(hold >= 0 && !m_holds->isActive(hold)
                                  ? tr("This hold has ended")
                                  : tr("End the selected hold today"));
    m_editPreparation->setEnabled(known);
    m_access.apply();
}

void PersonRemovalPanel::changed()
{
    setPersonId(m_personId);
    emit removalChanged();
}

void PersonRemovalPanel::setDirections()
{
    if (m_personId <= 0)
        return;
    RemovalDirections d;
    d.personId = m_personId;
    RemovalDirectionsDialog dialog({m_db, m_user}, d, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed();
}

void PersonRemovalPanel::recordOutcome()
{
    const int row = m_directions->pendingRow();
    if (row < 0)
        return;
    RemovalOutcomeDialog dialog({m_db, m_user}, m_directions->directionsAt(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed();
}

void PersonRemovalPanel::editSelectedDirections()
{
    editDirections(selectedDirectionsRow());
}

void PersonRemovalPanel::editDirections(int row)
{
    if (row < 0 || row >= m_directions->rowCount())
        return;
    RemovalDirectionsDialog dialog({m_db, m_user}, m_directions->directionsAt(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed();
}

void PersonRemovalPanel::placeHold()
{
    if (m_personId <= 0)
        return;
    QVector<Barrier> open;
    auto barriers = BarrierStore(m_db).forPerson(m_personId);
    if (!barriers) {
        QMessageBox::warning(this, tr("Cannot place a hold"), barriers.error().toString());
        return;
    }
    for (const Barrier &b : barriers.value())
        if (b.isOpen())
            open << b;
    HoldDialog dialog({m_db, m_user}, m_personId, open, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed();
}

void PersonRemovalPanel::releaseSelectedHold()
{
    const int row = selectedHoldRow();
    if (row < 0 || !m_holds->isActive(row))
        return;
    const ProgressionHold hold = m_holds->holdAt(row);
    if (Status s = ProgressionStore(m_db).releaseHold(m_personId, hold.id, m_user, hold.version);
        !s) {
        if (!ConflictPrompt::handle(this, s.error(), [this] { changed(); }))
            QMessageBox::warning(this, tr("Cannot release the hold"), s.error().toString());
        return;
    }
    changed();
}

void PersonRemovalPanel::editPreparation()
{
    if (m_personId <= 0)
        return;
    CasePreparation p;
    p.personId = m_personId;
    CasePreparationDialog dialog({m_db, m_user}, m_preparation.value_or(p), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed();
}

void PersonRemovalPanel::setRefusals(const QMap<Permissions::Action, QString> &refusals)
{
    m_access.setRefusals(refusals);
    updateActions();
}
