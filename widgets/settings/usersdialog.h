#pragma once

#include "common/appcontext.h"
#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class UsersModel;

// Settings → Users and Teams…: everyone who works the caseload, with their team, role and
// capacity; Add and Edit open a UserDialog, which saves. Everyone may look (who leads which
// team, who carries what); only an administrator is offered Add and Edit (UserStore refuses
// anyone else anyway).
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(const AppContext &context, QWidget *parent = nullptr);

    UsersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Whether a user was added or changed while the dialog was open.
    bool changed() const { return m_changed; }

public slots:
    void addUser();
    void editSelected();

private:
    void reload(const QString &select = QString());
    void updateButtons();

    QSqlDatabase m_db;
    QString m_currentUser;
    UsersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_edit;
    QString m_refusal; // why the signed-in user may not manage users; empty when they may
    bool m_changed = false;
};
