#pragma once

#include <QDialog>
#include <QSqlDatabase>
#include <optional>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;

// Asks why personal data is leaving Lodestar (issue 19: every export, report, print and
// picture is logged with a reason the user gives). One short line, required: OK stays disabled
// until something is typed. The user's last reasons are offered as completions (kept per
// database and user in UserSettings), never filled in, so each disclosure is a choice.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    // `what` says what is about to be disclosed ("Export 1,204 people to caseload.csv").
    ReasonDialog(const QSqlDatabase &db, const QString &user, const QString &what,
                 QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *field() const { return m_field; }
    QPushButton *okButton() const;

    // Shows the dialog; the reason given (and remembered), or nothing when cancelled.
    static std::optional<QString> ask(const QSqlDatabase &db, const QString &user,
                                      const QString &what, QWidget *parent);

    // How many past reasons are offered.
    static constexpr int Remembered = 10;

private:
    void remember() const;

    QSqlDatabase m_db;
    QString m_user;
    QLineEdit *m_field = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
