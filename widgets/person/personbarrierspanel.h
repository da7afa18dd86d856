#pragma once

#include "common/appcontext.h"
#include "common/writeaccess.h"
#include <QSqlDatabase>

#include <QWidget>

class PersonBarriersModel;
class QPushButton;
class QTableView;

// The barriers tab of a person record: the register of what stands in the way of removal, from
// CID and recorded here. Barriers recorded here are cleared and reopened here; CID's follow the
// extract. Every change moves the person's band (3 or 4), so the record reloads on
// barriersChanged.
class PersonBarriersPanel : public QWidget
{
    Q_OBJECT

public:
    PersonBarriersPanel(const AppContext &context, QWidget *parent = nullptr);
    // What the signed-in user may not do to this person (PersonRecordWidget reads it once per
    // reload): the buttons of refused actions are off, their tooltip saying why.
    void setRefusals(const QMap<Permissions::Action, QString> &refusals);

    PersonBarriersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool setPersonId(qint64 personId, QString *error = nullptr);
    QString tabLabel() const;

public slots:
    void recordBarrier();
    void clearSelected();
    void reopenSelected();
    void editSelectedNotes();

signals:
    void barriersChanged();

private:
    int selectedRow() const;
    void selectBarrier(qint64 id);
    void updateActions();
    void changed(qint64 selectId);

    QSqlDatabase m_db;
    QString m_user;
    qint64 m_personId = 0;
    PersonBarriersModel *m_model;
    QTableView *m_table;
    QPushButton *m_record;
    QPushButton *m_clear;
    QPushButton *m_reopen;
    QPushButton *m_notes;
    WriteAccess m_access;
};
