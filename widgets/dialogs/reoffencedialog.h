#pragma once

#include "common/appcontext.h"
#include "domain/reoffence.h"

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>

class DateField;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Records an offence a person committed while in the community (recommendation 5): the day,
// what was done, where Lodestar learned of it, notes. Record stays disabled, with the reason
// shown, until the offence is said and the day is not after today; what the store still
// objects to is shown here and the dialog stays open.
class ReoffenceDialog : public QDialog
{
    Q_OBJECT

public:
    ReoffenceDialog(const AppContext &context, qint64 personId, QWidget *parent = nullptr);

    Reoffence reoffence() const;
    // Why the entry cannot be recorded yet; empty when it can.
    QString problemText() const;
    // The id of the reoffence recorded; 0 until then.
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    QString problem() const;
    void update();

    QSqlDatabase m_db;
    QString m_user;
    qint64 m_personId;
    QDate m_today;
    qint64 m_savedId = 0;
    DateField *m_offenceOn;
    QLineEdit *m_offence;
    QComboBox *m_source;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
