#pragma once

#include "domain/workloadrules.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

// Settings → Workload Weights…: the points each band (and the detained) weighs in a
// caseworker's load, checked by Weights::problem() before OK is offered.
class WorkloadWeightsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkloadWeightsDialog(const WorkloadRules::Weights &current,
                                   QWidget *parent = nullptr);

    WorkloadRules::Weights weights() const;
    void setWeights(const WorkloadRules::Weights &w);

private:
    void update();

    QSpinBox *m_spins[5]; // index 0: detained, 1..4: bands
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
