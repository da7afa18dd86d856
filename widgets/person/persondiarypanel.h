#pragma once

#include "common/appcontext.h"
#include "common/writeaccess.h"
#include <QSqlDatabase>

#include <QWidget>

class DateField;
class DiaryModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The diary tab of a person record: every dated action on the person, open ones first with
// the overdue marked, a line to add one, and Mark Done / Reopen.
class PersonDiaryPanel : public QWidget
{
    Q_OBJECT

public:
    PersonDiaryPanel(const AppContext &context, QWidget *parent = nullptr);
    // What the signed-in user may not do to this person (PersonRecordWidget reads it once per
    // reload): the buttons of refused actions are off, their tooltip saying why.
    void setRefusals(const QMap<Permissions::Action, QString> &refusals);

    DiaryModel *model() const { return m_model; }
    // Shows the diary of `personId` (0 = none); false when it could not be read.
    bool setPersonId(qint64 personId, QString *error = nullptr);
    // "Diary (2 open)": the label of the tab holding the panel.
    QString tabLabel() const;

public slots:
    void addEntry();
    void toggleDoneSelected();

signals:
    void diaryChanged();

private:
    int selectedRow() const;
    void updateActions();
    void fail(const QString &what, const QString &why);

    QString m_user;
    DiaryModel *m_model;
    DateField *m_date;
    QLineEdit *m_title;
    QPushButton *m_add;
    QTableView *m_view;
    QPushButton *m_done;
    QLabel *m_empty;
    WriteAccess m_access;
};
