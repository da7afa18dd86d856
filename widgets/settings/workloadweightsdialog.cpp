#include "workloadweightsdialog.h"

#include "itemmodels/colours.h"

#include "domain/banding.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

WorkloadWeightsDialog::WorkloadWeightsDialog(const WorkloadRules::Weights &current, QWidget *parent)
    : QDialog(parent), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Workload Weights"));
    auto *form = new QFormLayout;
    for (int band = 0; band <= 4; ++band) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("weightSpin%1").arg(band));
        // Wider than Weights::problem() allows, so a wrong value is explained, not refused.
        spin->setRange(0, 999);
        spin->setSuffix(tr(" points"));
        m_spins[band] = spin;
        connect(spin, &QSpinBox::valueChanged, this, &WorkloadWeightsDialog::update);
    }
    for (int band = 1; band <= 4; ++band) {
        // "Band &1, highest risk:": the digit is the mnemonic.
        auto *label =
            new QLabel(tr("Band &%1 (%2):").arg(band).arg(Banding::label(band).mid(2)), this);
        label->setBuddy(m_spins[band]);
        form->addRow(label, m_spins[band]);
    }
    auto *detained = new QLabel(tr("Not banded (&detained):"), this);
    detained->setBuddy(m_spins[0]);
    form->addRow(detained, m_spins[0]);

    m_problem->setObjectName(QStringLiteral("weightsProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);
    auto *help = new QLabel(tr("Each person weighs the points of their band in their case "
                               "owner's load, which is shown as a share of the owner's "
                               "capacity. Band 1 is the heaviest. The weights are kept in the "
                               "database, so the whole team shares them."),
                            this);
    help->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setWeights(WorkloadRules::Weights()); });
    setWeights(current);
    setMinimumWidth(420);
}

void WorkloadWeightsDialog::setWeights(const WorkloadRules::Weights &w)
{
    for (int band = 0; band <= 4; ++band)
        m_spins[band]->setValue(w.weight(band));
    update();
}

WorkloadRules::Weights WorkloadWeightsDialog::weights() const
{
    WorkloadRules::Weights w;
    for (int band = 0; band <= 4; ++band)
        w.byBand[band] = m_spins[band]->value();
    return w;
}

void WorkloadWeightsDialog::update()
{
    const QString problem = weights().problem();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
