#pragma once

#include "common/appcontext.h"
#include "domain/reoffence.h"

#include "common/writeaccess.h"
#include <QSqlDatabase>

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class ReoffencesModel;

// The Reoffences tab of a person record (recommendation 5): offences committed while in the
// community, newest first. Record Reoffence… opens the form; Remove takes out one recorded in
// error after asking, and offers Undo until the next change, so a slip costs nothing.
class PersonReoffencesPanel : public QWidget
{
    Q_OBJECT

public:
    PersonReoffencesPanel(const AppContext &context, QWidget *parent = nullptr);
    // What the signed-in user may not do to this person (PersonRecordWidget reads it once per
    // reload): the buttons of refused actions are off, their tooltip saying why.
    void setRefusals(const QMap<Permissions::Action, QString> &refusals);

    ReoffencesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool setPersonId(qint64 personId, QString *error = nullptr);
    int count() const;
    QString tabLabel() const;

public slots:
    void recordReoffence();
    // Asks, then removes the selected reoffence; Undo puts it back.
    void removeSelected();
    // Records the last removed reoffence again, with its recorder and time.
    void undoRemove();

signals:
    void reoffencesChanged();

private:
    int selectedRow() const;
    void selectReoffence(qint64 id);
    void updateActions();
    void showUndo(const QString &text);
    void changed(qint64 selectId);

    QSqlDatabase m_db;
    QString m_user;
    qint64 m_personId = 0;
    std::optional<Reoffence> m_removed;
    ReoffencesModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_status;
    QPushButton *m_undo;
    QPushButton *m_record;
    QPushButton *m_remove;
    WriteAccess m_access;
};
