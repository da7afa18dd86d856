#include "laddersettingsdialog.h"

#include "itemmodels/colours.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QSpinBox *spin(QWidget *parent, const char *name, int max, const QString &suffix)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(0, max);
    s->setSuffix(suffix);
    return s;
}
} // namespace

LadderSettingsDialog::LadderSettingsDialog(const FollowUpLadder::Thresholds &current,
                                           QWidget *parent)
    : QDialog(parent), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Follow-up Ladder"));
    const QString breaches = tr(" breaches in a row");
    m_verbal = spin(this, "verbalWarningSpin", 99, breaches);
    m_letter = spin(this, "warningLetterSpin", 99, breaches);
    m_arrest = spin(this, "arrestReferralSpin", 99, breaches);
    m_absconder = spin(this, "absconderSpin", 99, breaches);
    m_followUpDays = spin(this, "letterFollowUpSpin", 90, tr(" days"));
    m_problem->setObjectName(QStringLiteral("ladderProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    const auto row = [&](const QString &text, QSpinBox *box) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        form->addRow(label, box);
        connect(box, QOverload<int>::of(&QSpinBox::valueChanged), this,
                &LadderSettingsDialog::update);
    };
    row(FollowUpLadder::name(FollowUpLadder::VerbalWarning) + tr(" &from:"), m_verbal);
    row(FollowUpLadder::name(FollowUpLadder::WarningLetter) + tr(" f&rom:"), m_letter);
    row(FollowUpLadder::name(FollowUpLadder::ArrestReferral) + tr(" fr&om:"), m_arrest);
    row(FollowUpLadder::name(FollowUpLadder::AbsconderDeclaration) + tr(" from:"), m_absconder);
    row(tr("Follow up a warning letter &after:"), m_followUpDays);
    auto *help = new QLabel(tr("A step is due once a person's run of consecutive breaches "
                               "reaches its count. Band 1 and Nexus High Harm people are "
                               "urgent from their first breach whatever these say."),
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
            [this] { setThresholds(FollowUpLadder::Thresholds()); });
    setThresholds(current);
}

void LadderSettingsDialog::setThresholds(const FollowUpLadder::Thresholds &t)
{
    m_verbal->setValue(t.verbalWarning);
    m_letter->setValue(t.warningLetter);
    m_arrest->setValue(t.arrestReferral);
    m_absconder->setValue(t.absconderDeclaration);
    m_followUpDays->setValue(t.letterFollowUpDays);
    update();
}

FollowUpLadder::Thresholds LadderSettingsDialog::thresholds() const
{
    FollowUpLadder::Thresholds t;
    t.verbalWarning = m_verbal->value();
    t.warningLetter = m_letter->value();
    t.arrestReferral = m_arrest->value();
    t.absconderDeclaration = m_absconder->value();
    t.letterFollowUpDays = m_followUpDays->value();
    return t;
}

void LadderSettingsDialog::update()
{
    const QString problem = thresholds().problem();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
