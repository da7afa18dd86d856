#pragma once

#include "domain/barrier.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Clears a barrier recorded in Lodestar: when (today or earlier, not before it was raised), how
// (Barrier::clearances() but "closed in CID", which only an import records) and a note added to
// its notes. The store's refusal is shown here.
class ClearBarrierDialog : public QDialog
{
    Q_OBJECT

public:
    ClearBarrierDialog(QSqlDatabase db, const Barrier &barrier, const QString &currentUser,
                       QWidget *parent = nullptr);

    QDate clearedOn() const;
    QString how() const;
    QString note() const;
    QString problemText() const;

public slots:
    void accept() override;

    // Reads the barrier again after a refused save (ConflictPrompt's Reload).
    void reloadBarrier();

private:
    void update();

    QSqlDatabase m_db;
    QString m_user;
    Barrier m_barrier;
    QDateEdit *m_on;
    QComboBox *m_how;
    QLineEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
