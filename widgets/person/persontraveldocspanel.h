#pragma once

#include "common/appcontext.h"
#include "common/writeaccess.h"
#include <QSqlDatabase>

#include <QWidget>

class QPushButton;
class QTableView;
class TravelDocumentsModel;

// The travel documents tab of a person record: each document sought or held, added and
// edited through TravelDocumentDialog.
class PersonTravelDocsPanel : public QWidget
{
    Q_OBJECT

public:
    PersonTravelDocsPanel(const AppContext &context, QWidget *parent = nullptr);
    // What the signed-in user may not do to this person (PersonRecordWidget reads it once per
    // reload): the buttons of refused actions are off, their tooltip saying why.
    void setRefusals(const QMap<Permissions::Action, QString> &refusals);

    TravelDocumentsModel *model() const { return m_model; }
    bool setPersonId(qint64 personId, QString *error = nullptr);
    QString tabLabel() const;

public slots:
    void addDocument();
    void editSelected();

signals:
    void documentsChanged();

private:
    void updateActions();
    void edit(int row);

    QSqlDatabase m_db;
    QString m_user;
    qint64 m_personId = 0;
    TravelDocumentsModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    WriteAccess m_access;
};
