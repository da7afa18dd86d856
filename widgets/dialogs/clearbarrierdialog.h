#pragma once

#include "common/appcontext.h"
#include "domain/barrier.h"

#include <QDialog>
#include <QSqlDatabase>

class DateField;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Clears a barrier recorded in Lodestar: when (today or earlier, not before it was raised), how
// (Barrier::clearances() but "closed in CID", which only an import records) and a note added to
// its notes; or certifies one of CID's under RED.0004, the one clearance Lodestar records on
// them. "Certified under RED.0004" is offered only when the person's RED.0004 notice was served
// before the barrier was raised (Barrier::isCertifiable); otherwise the option is disabled and
// the reason is said beside it. The store's refusal is shown here.
class ClearBarrierDialog : public QDialog
{
    Q_OBJECT

public:
    ClearBarrierDialog(const AppContext &context, const Barrier &barrier,
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
    DateField *m_on;
    QComboBox *m_how;
    QLineEdit *m_note;
    QLabel *m_certification; // the RED.0004 rule for this barrier, certifiable or why not
    QLabel *m_problem;
    QDate m_red0004ServedOn; // the person's earliest notice; invalid when none
    QDialogButtonBox *m_buttons;
};
