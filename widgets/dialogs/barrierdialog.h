#pragma once

#include "common/appcontext.h"
#include "domain/barrier.h"

#include <QDialog>
#include <QSqlDatabase>

class DateField;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Records a barrier to removal by hand (source Lodestar): its type, the day it was raised and
// notes. What Barrier::problem() or the store objects to is shown here, and the dialog stays
// open until the barrier is saved or the user cancels.
class BarrierDialog : public QDialog
{
    Q_OBJECT

public:
    BarrierDialog(const AppContext &context, qint64 personId, QWidget *parent = nullptr);

    Barrier barrier() const;
    // The id of the barrier saved; 0 until then.
    qint64 savedId() const { return m_savedId; }
    QString problemText() const;

public slots:
    void accept() override;

private:
    void update();

    QSqlDatabase m_db;
    QString m_user;
    qint64 m_personId;
    qint64 m_savedId = 0;
    QComboBox *m_type;
    DateField *m_raised;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
