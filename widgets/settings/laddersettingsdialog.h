#pragma once

#include "domain/followupladder.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

// Settings → Follow-up Ladder…: the consecutive-breach counts that make each step due and the
// days before a warning letter's follow-up, with the guidance's defaults one click away.
class LadderSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LadderSettingsDialog(const FollowUpLadder::Thresholds &current,
                                  QWidget *parent = nullptr);

    FollowUpLadder::Thresholds thresholds() const;
    void setThresholds(const FollowUpLadder::Thresholds &t);

private:
    void update();

    QSpinBox *m_verbal;
    QSpinBox *m_letter;
    QSpinBox *m_arrest;
    QSpinBox *m_absconder;
    QSpinBox *m_followUpDays;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
