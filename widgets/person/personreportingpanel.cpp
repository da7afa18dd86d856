#include "personreportingpanel.h"

#include "common/conflictprompt.h"
#include "common/laddersettings.h"
#include "common/listtable.h"
#include "dialogs/followupdialog.h"
#include "dialogs/recordeventdialog.h"
#include "dialogs/restrictiondialog.h"
#include "domain/reportingwindow.h"
#include "itemmodels/displaytext.h"
#include "itemmodels/followupstepsmodel.h"
#include "itemmodels/reportingeventsmodel.h"
#include "store/followupstore.h"
#include "store/personstore.h"
#include "store/reportingstore.h"
#include "store/restrictionstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    ListTable::setUp(view);
    return view;
}
} // namespace

PersonReportingPanel::PersonReportingPanel(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_db(context.db()), m_user(context.user()),
      m_events(new ReportingEventsModel(context.db(), this)),
      m_steps(new FollowUpStepsModel(context.db(), this)), m_summary(new QLabel(this)),
      m_record(new QPushButton(tr("Record &Follow-up…"), this)),
      m_countersign(new QPushButton(tr("Co&untersign"), this)),
      m_recordEvent(new QPushButton(tr("Record &Event…"), this)),
      m_excuse(new QPushButton(tr("E&xcuse Reason…"), this)), m_restrictionLabel(new QLabel(this)),
      m_editRestriction(new QPushButton(tr("Edit Re&striction…"), this))
{
    m_restrictionLabel->setObjectName(QStringLiteral("restrictionLabel"));
    m_restrictionLabel->setTextFormat(Qt::PlainText);
    m_restrictionLabel->setWordWrap(true);
    m_editRestriction->setObjectName(QStringLiteral("editRestrictionButton"));
    m_recordEvent->setObjectName(QStringLiteral("recordEventButton"));
    m_excuse->setObjectName(QStringLiteral("excuseReasonButton"));
    setObjectName(QStringLiteral("reportingPanel"));
    m_summary->setObjectName(QStringLiteral("reportingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_record->setObjectName(QStringLiteral("recordFollowUpButton"));
    m_countersign->setObjectName(QStringLiteral("countersignButton"));
    m_countersign->setToolTip(
        tr("An absconder declaration counts once a team leader other than whoever recorded it "
           "has countersigned it."));
    m_eventsView = makeTable(this, QStringLiteral("reportingEventsView"), m_events);
    m_eventsView->setAccessibleName(tr("Reporting events"));
    m_eventsView->setColumnWidth(ReportingEventsModel::Scheduled, 140);
    m_eventsView->setColumnWidth(ReportingEventsModel::Centre, 130);
    m_stepsView = makeTable(this, QStringLiteral("followUpStepsView"), m_steps);
    m_stepsView->setAccessibleName(tr("Follow-up steps"));
    m_stepsView->setColumnWidth(FollowUpStepsModel::TakenOn, 100);
    m_stepsView->setColumnWidth(FollowUpStepsModel::Step, 220);

    auto *events = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(events);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addWidget(m_eventsView, 1);
    auto *eventButtons = new QHBoxLayout;
    eventButtons->addStretch(1);
    eventButtons->addWidget(m_excuse);
    eventButtons->addWidget(m_recordEvent);
    eventsLayout->addLayout(eventButtons);
    auto *steps = new QWidget(this);
    auto *stepsLayout = new QVBoxLayout(steps);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(m_stepsView, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_countersign);
    buttons->addWidget(m_record);
    stepsLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(events);
    split->addWidget(steps);
    split->setSizes({480, 620});
    auto *restrictionRow = new QHBoxLayout;
    restrictionRow->addWidget(m_restrictionLabel, 1);
    restrictionRow->addWidget(m_editRestriction);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(restrictionRow);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_record, &QPushButton::clicked, this, &PersonReportingPanel::recordFollowUp);
    connect(m_countersign, &QPushButton::clicked, this, &PersonReportingPanel::countersignSelected);
    connect(m_stepsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonReportingPanel::updateActions);
    connect(m_eventsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonReportingPanel::updateActions);
    connect(m_recordEvent, &QPushButton::clicked, this, &PersonReportingPanel::recordEvent);
    connect(m_editRestriction, &QPushButton::clicked, this, &PersonReportingPanel::editRestriction);
    connect(m_excuse, &QPushButton::clicked, this, &PersonReportingPanel::excuseSelectedEvent);
    connect(m_steps, &QAbstractItemModel::modelReset, this, &PersonReportingPanel::updateActions);
    using A = Permissions::Action;
    m_access.guard(m_record, A::ChangePerson);
    m_access.guard(m_recordEvent, A::ChangePerson);
    m_access.guard(m_excuse, A::ChangePerson);
    m_access.guard(m_editRestriction, A::ChangePerson);
    m_access.guard(m_countersign, A::Countersign);
}

bool PersonReportingPanel::setPerson(qint64 personId, const QString &name, const QString &window,
                                     const QString &centre, QString *error)
{
    m_centre = centre;
    m_personId = personId;
    m_name = name;
    m_window = window;
    // The clock, to the minute: an appointment later today is pending, not a breach.
    m_events->setAsOf(Moment::now());
    QStringList errors;
    if (Status s = m_events->setPersonId(personId); !s)
        errors << s.error().toString();
    if (Status s = m_steps->setPersonId(personId); !s)
        errors << s.error().toString();
    m_restriction = ReportingRestriction();
    m_restriction.personId = personId;
    m_restriction.centre = centre;
    m_restriction.window = window;
    m_personVersion = 0;
    if (personId > 0) {
        if (auto v = PersonStore(m_db).versions({personId}); v)
            m_personVersion = v.value().value(personId);
        else
            errors << v.error().toString();
        if (auto r = RestrictionStore(m_db).current(personId); r)
            m_restriction = r.value();
        else
            errors << r.error().toString();
    }
    m_window = m_restriction.window;
    m_centre = m_restriction.centre;
    if (error)
        *error = errors.join(QLatin1Char('\n'));
    refresh();
    return errors.isEmpty();
}

std::optional<FollowUpLadder::Step> PersonReportingPanel::dueStep() const
{
    const QDate start = QDate::fromString(m_events->runStart().left(10), Qt::ISODate);
    QVector<FollowUpLadder::Record> sinceRun;
    for (const FollowUpStep &s : m_steps->steps()) {
        if (start.isValid() && s.takenOn >= start && s.takenOn <= m_events->asOf().date())
            sinceRun << s.record();
    }
    return FollowUpLadder::dueStep(m_events->consecutiveBreaches(), sinceRun,
                                   LadderSettings::load());
}

bool PersonReportingPanel::isAbsconder() const
{
    QVector<FollowUpLadder::Record> records;
    for (const FollowUpStep &s : m_steps->steps())
        records << s.record();
    return FollowUpLadder::isAbsconder(records, m_events->asOf().date());
}

QString PersonReportingPanel::summary() const
{
    QStringList parts;
    const int run = m_events->consecutiveBreaches();
    if (isAbsconder())
        parts << tr("Absconder: referred to Trace and Locate until located.");
    if (run > 0)
        parts << tr("%n breach(es) in a row since %1.", "", run)
                     .arg(DisplayText::dateTime(m_events->runStart()));
    else if (m_events->rowCount() > 0)
        parts << tr("No breach since the last report.");
    else
        parts << tr("No reporting events recorded.");
    if (const auto due = dueStep())
        parts << tr("Next step due: %1.").arg(FollowUpLadder::name(*due));
    if (ReportingWindow::isLong(m_window))
        parts << tr("The reporting window %1 is longer than one hour.").arg(m_window);
    return parts.join(QLatin1Char(' '));
}

QString PersonReportingPanel::tabLabel() const
{
    const int run = m_events->consecutiveBreaches();
    return run > 0 ? tr("Reporting (%n in a row)", "", run) : tr("Reporting");
}

void PersonReportingPanel::refresh()
{
    m_restrictionLabel->setText(m_restriction.fromCid()
                                    ? tr("Restriction (from CID): %1").arg(m_restriction.summary())
                                    : tr("Restriction (set by %1, %2): %3")
                                          .arg(m_restriction.setBy,
                                               DisplayText::dateTime(m_restriction.setAt),
                                               m_restriction.summary()));
    m_summary->setText(summary());
    m_eventsView->resizeColumnToContents(ReportingEventsModel::Outcome);
    updateActions();
}

int PersonReportingPanel::selectedStepRow() const
{
    const QModelIndexList rows = m_stepsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PersonReportingPanel::editRestriction()
{
    if (m_personId <= 0)
        return;
    RestrictionDialog dialog(m_db, m_restriction, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Checked against the person as the panel read them with the restriction it shows.
    if (auto id = RestrictionStore(m_db).set(dialog.restriction(), m_user, m_personVersion); !id) {
        // Reload shows the restriction now in force (the other person's); the dialog has
        // closed, so Set Restriction starts again from theirs.
        if (!ConflictPrompt::handle(this, id.error(), [this] {
                setPerson(m_personId, m_name, m_window, m_centre);
                emit reportingChanged();
            }))
            QMessageBox::warning(this, tr("Cannot set the restriction"), id.error().toString());
        return;
    }
    setPerson(m_personId, m_name, m_window, m_centre);
    emit reportingChanged();
}

int PersonReportingPanel::selectedEventRow() const
{
    const QModelIndexList rows = m_eventsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PersonReportingPanel::recordEvent()
{
    if (m_personId <= 0)
        return;
    RecordEventDialog dialog(m_personId, m_centre, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto id = ReportingStore(m_db).record(dialog.event(), m_user); !id) {
        QMessageBox::warning(this, tr("Cannot record the event"), id.error().toString());
        return;
    }
    m_events->reload();
    refresh();
    emit reportingChanged();
}

void PersonReportingPanel::excuseSelectedEvent()
{
    const int row = selectedEventRow();
    if (row < 0 || m_events->eventAt(row).outcome != QLatin1String("EXCUSED"))
        return;
    RecordEventDialog dialog(m_events->eventAt(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportingEvent e = dialog.event();
    if (Status s = ReportingStore(m_db).setExcuse(e.id, e.excuseReason, e.excuseText, m_user,
                                                  m_events->eventAt(row).version);
        !s) {
        const auto reload = [this] {
            m_events->reload();
            refresh();
        };
        if (!ConflictPrompt::handle(this, s.error(), reload))
            QMessageBox::warning(this, tr("Cannot record the reason"), s.error().toString());
        return;
    }
    m_events->reload();
    refresh();
    emit reportingChanged();
}

void PersonReportingPanel::updateActions()
{
    const int eventRow = selectedEventRow();
    m_recordEvent->setEnabled(m_personId > 0);
    m_excuse->setEnabled(eventRow >= 0 &&
                         m_events->eventAt(eventRow).outcome == QLatin1String("EXCUSED"));
    const int row = selectedStepRow();
    m_record->setEnabled(m_personId > 0);
    m_countersign->setEnabled(row >= 0 && m_steps->stepAt(row).needsCountersignature());
    m_access.apply();
}

void PersonReportingPanel::recordFollowUp()
{
    if (m_personId <= 0)
        return;
    FollowUpDialog dialog(m_personId, m_name, dueStep(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto id = FollowUpStore(m_db).record(dialog.step(), m_user, LadderSettings::load());
    if (!id) {
        QMessageBox::warning(this, tr("Cannot record the follow-up"), id.error().toString());
        return;
    }
    m_steps->reload();
    refresh();
    emit reportingChanged();
}

void PersonReportingPanel::countersignSelected()
{
    const int row = selectedStepRow();
    if (row < 0)
        return;
    const FollowUpStep step = m_steps->stepAt(row);
    const auto answer = QMessageBox::question(
        this, tr("Countersign the Absconder Declaration"),
        tr("Countersign the absconder declaration of %1 recorded by %2?\n\nAlternatives tried: "
           "%3")
            .arg(DisplayText::date(step.takenOn.toString(Qt::ISODate)), step.recordedBy,
                 step.alternativesTried));
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = FollowUpStore(m_db).countersign(step.id, m_user, step.version); !s) {
        const auto reload = [this] {
            m_steps->reload();
            refresh();
        };
        if (!ConflictPrompt::handle(this, s.error(), reload))
            QMessageBox::warning(this, tr("Cannot countersign"), s.error().toString());
        return;
    }
    m_steps->reload();
    refresh();
    emit reportingChanged();
}

void PersonReportingPanel::setRefusals(const QMap<Permissions::Action, QString> &refusals)
{
    m_access.setRefusals(refusals);
    updateActions();
}
