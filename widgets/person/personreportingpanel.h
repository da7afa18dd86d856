#pragma once

#include "common/appcontext.h"
#include "domain/followupladder.h"
#include "domain/reportingrestriction.h"

#include "common/writeaccess.h"
#include <QSqlDatabase>

#include <QWidget>
#include <optional>

class FollowUpStepsModel;
class QLabel;
class QPushButton;
class QTableView;
class ReportingEventsModel;

// The reporting tab of a person record: where they stand (the current run of breaches, the
// ladder's next step, absconder status, a window over an hour), the reporting timeline with
// outcomes, and the follow-up steps, with Record Follow-up… and Countersign.
class PersonReportingPanel : public QWidget
{
    Q_OBJECT

public:
    PersonReportingPanel(const AppContext &context, QWidget *parent = nullptr);
    // What the signed-in user may not do to this person (PersonRecordWidget reads it once per
    // reload): the buttons of refused actions are off, their tooltip saying why.
    void setRefusals(const QMap<Permissions::Action, QString> &refusals);

    ReportingEventsModel *eventsModel() const { return m_events; }
    FollowUpStepsModel *stepsModel() const { return m_steps; }
    // Shows the person's reporting; `window` is their reporting window ("10:00-16:00").
    bool setPerson(qint64 personId, const QString &name, const QString &window,
                   const QString &centre = QString(), QString *error = nullptr);
    // The ladder's next step for the person today; nullopt when none is due.
    std::optional<FollowUpLadder::Step> dueStep() const;
    bool isAbsconder() const;
    QString summary() const;
    // "Reporting (4 breaches)": the label of the tab holding the panel.
    QString tabLabel() const;
    // The restriction in force: set in Lodestar, else CID's.
    const ReportingRestriction &restriction() const { return m_restriction; }

public slots:
    void recordFollowUp();
    void recordEvent();
    // The reason of the selected excused event.
    void excuseSelectedEvent();
    void editRestriction();
    void countersignSelected();

signals:
    void reportingChanged();

private:
    int selectedStepRow() const;
    int selectedEventRow() const;
    void refresh();
    void updateActions();

    QSqlDatabase m_db;
    QString m_user;
    qint64 m_personId = 0;
    QString m_name;
    QString m_window;
    QString m_centre;
    ReportingEventsModel *m_events;
    FollowUpStepsModel *m_steps;
    QLabel *m_summary;
    QTableView *m_eventsView;
    QTableView *m_stepsView;
    QPushButton *m_record;
    QPushButton *m_countersign;
    QPushButton *m_recordEvent;
    QPushButton *m_excuse;
    QLabel *m_restrictionLabel;
    QPushButton *m_editRestriction;
    ReportingRestriction m_restriction;
    // The person's version read with the restriction shown: Set Restriction is refused if
    // someone else changes them by hand (another restriction, an override, an allocation) since.
    int m_personVersion = 0;
    WriteAccess m_access;
};
