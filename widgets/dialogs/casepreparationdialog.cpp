#include "casepreparationdialog.h"
#include "domain/clock.h"

#include "common/conflictprompt.h"
#include "common/datefield.h"
#include "common/formrow.h"
#include "domain/daterules.h"
#include "itemmodels/colours.h"
#include "itemmodels/displaytext.h"
#include "store/progressionstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString dateText(const QDate &day)
{
    return DisplayText::date(day.toString(Qt::ISODate));
}
} // namespace

CasePreparationDialog::CasePreparationDialog(const AppContext &context,
                                             const CasePreparation &preparation, QWidget *parent)
    : QDialog(parent), m_db(context.db()), m_user(context.user()), m_preparation(preparation),
      m_allocated(new DateField(
          QStringLiteral("allocatedOnEdit"), DateRules::preparationAllocated(Clock::today()),
          preparation.allocatedOn.isValid() ? preparation.allocatedOn : Clock::today(), this)),
      m_initial(new DateField(QStringLiteral("initialDoneEdit"),
                              DateRules::preparationDone(Clock::today()), QDate(), this)),
      m_final(new DateField(QStringLiteral("finalisedEdit"),
                            DateRules::preparationDone(Clock::today()), QDate(), this)),
      m_status(new QLabel(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Case Preparation"));
    m_initial->setOptional(tr("Done"), Clock::today());
    m_initial->setDate(preparation.initialDoneOn);
    m_final->setOptional(tr("Done"), Clock::today());
    m_final->setDate(preparation.finalisedOn);
    m_status->setObjectName(QStringLiteral("preparationStatusLabel"));
    m_status->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("preparationProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    FormRow::add(form, tr("&Allocated on:"), m_allocated);
    FormRow::add(form, tr("&Initial preparation:"), m_initial);
    FormRow::add(form, tr("&Finalised:"), m_final);
    form->addRow(tr("Status:"), m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (DateField *field : {m_allocated, m_initial, m_final})
        connect(field, &DateField::dateChanged, this, &CasePreparationDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CasePreparationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(460, sizeHint().height());
}

CasePreparation CasePreparationDialog::preparation() const
{
    CasePreparation p = m_preparation;
    p.allocatedOn = m_allocated->date();
    p.initialDoneOn = m_initial->date();
    p.finalisedOn = m_final->date();
    return p;
}

QString CasePreparationDialog::problemText() const
{
    return m_problem->text();
}

void CasePreparationDialog::update()
{
    const CasePreparation p = preparation();
    m_status->setText(tr("%1. Initial preparation due %2, finalised due %3.")
                          .arg(CasePreparation::statusName(p.status(Clock::today())),
                               dateText(p.initialDue()), dateText(p.finalDue())));
    // A day out of range is said under its field, not again here.
    const bool daysAccepted = DateField::allAcceptable({m_allocated, m_initial, m_final});
    const QString problem = daysAccepted ? p.problem() : QString();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(daysAccepted && problem.isEmpty());
}

void CasePreparationDialog::accept()
{
    if (!DateField::acceptOrFocus({m_allocated, m_initial, m_final}))
        return;
    const CasePreparation p = preparation();
    if (const QString problem = p.problem(); !problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    if (Status s = ProgressionStore(m_db).savePreparation(p, m_user); !s) {
        m_problem->setText(s.error().toString());
        ConflictPrompt::handle(this, s.error(), [this] { reloadPreparation(); });
        return;
    }
    QDialog::accept();
}

void CasePreparationDialog::reloadPreparation()
{
    const CasePreparation mine = preparation();
    const auto doneText = [](const QDate &day) {
        return day.isValid() ? dateText(day) : tr("not done");
    };
    const auto stored = ProgressionStore(m_db).preparation(m_preparation.personId);
    if (!stored) {
        m_problem->setText(stored.error().toString());
        return;
    }
    // Their version goes into the fields (with its row version, so OK now saves over it
    // knowingly); the dates typed here stay readable below, to enter again where they differ.
    CasePreparation theirs;
    theirs.personId = m_preparation.personId;
    if (stored.value())
        theirs = *stored.value();
    m_preparation = theirs;
    m_allocated->setDate(theirs.allocatedOn.isValid() ? theirs.allocatedOn : Clock::today());
    m_initial->setDate(theirs.initialDoneOn);
    m_final->setDate(theirs.finalisedOn);
    update();
    m_problem->setText(tr("Reloaded with the stored dates. You had entered: allocated %1, "
                          "initial preparation %2, finalised %3.")
                           .arg(dateText(mine.allocatedOn), doneText(mine.initialDoneOn),
                                doneText(mine.finalisedOn)));
}
