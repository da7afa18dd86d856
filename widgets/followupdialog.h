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
// first), the day it was taken, its outcome and notes. An absconder declaration must list the
// alternatives tried; "located" says whether reporting resumed or the person was detained.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpDialog(qint64 personId, const QString &personName,
                   std::optional<FollowUpLadder::Step> due, QWidget *parent = nullptr);

    // The step as entered (id and recorded* left for the store).
    FollowUpStep step() const;
    void setStep(FollowUpLadder::Step step);
    // Why OK is not available; empty when it is.
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
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};
