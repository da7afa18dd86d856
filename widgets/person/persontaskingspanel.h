#pragma once

#include "common/appcontext.h"
#include "common/writeaccess.h"
#include <QDate>
#include <QSqlDatabase>

#include <QWidget>

class QPushButton;
class QTableView;
class TaskingsModel;

// The taskings tab of a person record: every tasking of the person's reporting centre with
// its feedback, Task the Centre… and Record Feedback….
class PersonTaskingsPanel : public QWidget
{
    Q_OBJECT

public:
    PersonTaskingsPanel(const AppContext &context, QWidget *parent = nullptr);
    // What the signed-in user may not do to this person (PersonRecordWidget reads it once per
    // reload): the buttons of refused actions are off, their tooltip saying why.
    void setRefusals(const QMap<Permissions::Action, QString> &refusals);

    TaskingsModel *model() const { return m_model; }
    // The person, their centre and window, and the day of their next reporting event.
    bool setPerson(qint64 personId, const QString &name, const QString &centre,
                   const QString &window, const QDate &nextEvent, QString *error = nullptr);
    QString tabLabel() const;

public slots:
    void taskCentre();
    void recordFeedbackForSelected();
    void clearWindowWarningForSelected();

signals:
    void taskingsChanged();

private:
    void updateActions();

    QSqlDatabase m_db;
    QString m_user;
    qint64 m_personId = 0;
    QString m_name, m_centre, m_window;
    QDate m_nextEvent;
    TaskingsModel *m_model;
    QTableView *m_table;
    QPushButton *m_task;
    QPushButton *m_feedback;
    QPushButton *m_clearWarning;
    WriteAccess m_access;
};
