#pragma once

#include "domain/followupladder.h"
#include "domain/followupstep.h"

#include <QDialog>
#include <optional>

class DateField;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Records a step of the follow-up ladder for one person: which step (the one due is chosen
// first), the day it was taken, its outcome and notes. What the step needs
// (FollowUpStep::problems: an outcome always, notes for a referral, the alternatives tried for
// a declaration) is said beside each field still missing it, and OK waits for it.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpDialog(qint64 personId, const QString &personName,
                   std::optional<FollowUpLadder::Step> due, QWidget *parent = nullptr);

    // The step as entered (id and recorded* left for the store).
    FollowUpStep step() const;
    void setStep(FollowUpLadder::Step step);
    // Why OK is not available (the first field's problem); empty when it is.
    QString problem() const;

private:
    void update();

    qint64 m_personId;
    QComboBox *m_step;
    DateField *m_date;
    QLineEdit *m_outcome;
    QComboBox *m_located;
    QPlainTextEdit *m_notes;
    QPlainTextEdit *m_alternatives;
    QLabel *m_alternativesLabel;
    QLabel *m_outcomeLabel;
    QLabel *m_notesLabel;
    // Beside each field, what it still needs.
    QLabel *m_outcomeProblem;
    QLabel *m_notesProblem;
    QLabel *m_alternativesProblem;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};
