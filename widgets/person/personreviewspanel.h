#pragma once

#include "common/appcontext.h"
#include "common/writeaccess.h"
#include "domain/clock.h"
#include <QDate>
#include <QSqlDatabase>

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class ReviewsModel;

// The Reviews tab of a person record (report 7.6): when the next 3-monthly review is due (or
// since when it is overdue), every review with its checklist, outcome and sign-off; New
// Review… opens the form, a team leader signs off a review they have checked.
class PersonReviewsPanel : public QWidget
{
    Q_OBJECT

public:
    PersonReviewsPanel(const AppContext &context, QWidget *parent = nullptr);
    // What the signed-in user may not do to this person (PersonRecordWidget reads it once per
    // reload): the buttons of refused actions are off, their tooltip saying why.
    void setRefusals(const QMap<Permissions::Action, QString> &refusals);

    ReviewsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool setPerson(qint64 personId, const QString &title, QString *error = nullptr);
    QDate due() const { return m_due; }
    bool isOverdue() const;
    QString tabLabel() const;
    // The day "overdue" is judged on (today, or a test's day).
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }

public slots:
    void newReview();
    void signOffSelected();

signals:
    // A review was saved (which writes the diary) or signed off.
    void reviewsChanged();

private:
    void showStatus();
    void updateButtons();
    int selectedRow() const;

    QSqlDatabase m_db;
    QString m_user;
    bool m_teamLeader = false;
    qint64 m_personId = 0;
    QString m_title;
    QDate m_due;
    QDate m_asOf = Clock::today();
    ReviewsModel *m_model;
    QLabel *m_status;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_new;
    QPushButton *m_signOff;
    WriteAccess m_access;
};
