#pragma once

#include "usersettings.h"

#include <QSqlDatabase>
#include <QWidget>

class EmptyListNotice;
class MyDiaryModel;
class OwnerFilter;
class QLabel;
class QPushButton;
class QTableView;

// View → My Diary: the signed-in user's overdue entries, today's and the next 7 days', on
// the people they own or that they wrote (or everyone's). Mark Done clears one; Enter opens
// the person.
class MyDiaryView : public QWidget
{
    Q_OBJECT

public:
    MyDiaryView(QSqlDatabase db, const QString &currentUser, QWidget *parent = nullptr);

    MyDiaryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    void reload();
    void markSelectedDone();

signals:
    void openPerson(qint64 personId);
    void personChanged(qint64 personId);

private:
    void updateSummary();

    QString m_user;
    UserSettings m_settings;
    MyDiaryModel *m_model;
    QTableView *m_table;
    OwnerFilter *m_whose;
    QLabel *m_summary;
    QPushButton *m_done;
    EmptyListNotice *m_empty;
};
