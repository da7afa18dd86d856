#pragma once

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
    PersonTaskingsPanel(QSqlDatabase db, const QString &currentUser, QWidget *parent = nullptr);

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
};
