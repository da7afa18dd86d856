#pragma once

#include "common/appcontext.h"
#include "domain/appuser.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Add or edit one user: user name, display name, team, role and capacity. OK saves through
// UserStore; a refusal is shown here and the dialog stays open, the entries kept.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` set: edit that user (the user name is their key and stays as it is).
    UserDialog(const AppContext &context, const QStringList &teams,
               const std::optional<AppUser> &existing = std::nullopt, QWidget *parent = nullptr);

    AppUser user() const;
    void setUser(const AppUser &user);

public slots:
    void accept() override;

    // Reads the user again after a refused save (ConflictPrompt's Reload): their stored
    // details go into the fields, what was entered here is listed below them.
    void reloadUser();

private:
    void update();

    QSqlDatabase m_db;
    QString m_currentUser;
    bool m_editing;
    // The edited user's row version as read (0 for a new user): the save is refused if
    // someone else changed them since.
    int m_version = 0;
    QLineEdit *m_userName;
    QLineEdit *m_displayName;
    QComboBox *m_team;
    QComboBox *m_role;
    QSpinBox *m_capacity;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
