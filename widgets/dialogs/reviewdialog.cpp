#include "reviewdialog.h"

#include "common/datefield.h"
#include "common/formrow.h"
#include "domain/daterules.h"
#include "domain/reviewrules.h"
#include "itemmodels/colours.h"
#include "store/reviewstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReviewDialog::ReviewDialog(const AppContext &context, qint64 personId, const QString &personTitle,
                           QWidget *parent, const QDate &today)
    : QDialog(parent), m_db(context.db()), m_personId(personId), m_user(context.user()),
      m_today(today), m_barriers(new QCheckBox(tr("&Barriers to removal checked"), this)),
      m_compliance(new QCheckBox(tr("Reporting &compliance checked"), this)),
      m_document(new QCheckBox(tr("&Travel document progressed"), this)),
      m_band(new QCheckBox(tr("B&and confirmed"), this)),
      m_nextAction(new QCheckBox(tr("Ne&xt action set"), this)), m_notes(new QPlainTextEdit(this)),
      m_outcome(new QComboBox(this)),
      m_reviewedOn(new DateField(QStringLiteral("reviewedOnEdit"), this)),
      m_nextReview(new DateField(QStringLiteral("nextReviewEdit"), this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(personTitle.isEmpty() ? tr("3-Monthly Review")
                                         : tr("3-Monthly Review — %1").arg(personTitle));
    m_barriers->setObjectName(QStringLiteral("barriersCheck"));
    m_compliance->setObjectName(QStringLiteral("complianceCheck"));
    m_document->setObjectName(QStringLiteral("documentCheck"));
    m_band->setObjectName(QStringLiteral("bandCheck"));
    m_nextAction->setObjectName(QStringLiteral("nextActionCheck"));
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What the review found and what happens next"));
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    for (const QString &o : Review::outcomes())
        m_outcome->addItem(Review::outcomeName(o), o);
    // Not in the future, not before the person's first case (the day the caseload first held
    // them: ReviewStore::firstCaseOn); the next review after it, within 3 months. Each field
    // says its range under it and refuses a day outside it without changing what was typed.
    const Result<QDate> firstCase = ReviewStore(m_db).firstCaseOn(m_personId);
    if (!firstCase)
        m_problem->setText(firstCase.error().toString());
    m_reviewedOn->setRange(DateRules::reviewedOn(firstCase ? firstCase.value() : QDate(), m_today));
    m_reviewedOn->setDate(m_today);
    m_problem->setObjectName(QStringLiteral("reviewProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);

    auto *checklist = new QGroupBox(tr("Checklist"), this);
    auto *checks = new QVBoxLayout(checklist);
    for (QCheckBox *c : {m_barriers, m_compliance, m_document, m_band, m_nextAction})
        checks->addWidget(c);

    auto *form = new QFormLayout;
    FormRow::add(form, tr("&Notes:"), m_notes);
    FormRow::add(form, tr("&Outcome:"), m_outcome);
    FormRow::add(form, tr("&Reviewed on:"), m_reviewedOn);
    FormRow::add(form, tr("Next re&view on:"), m_nextReview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(checklist);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_reviewedOn, &DateField::dateChanged, this, &ReviewDialog::reviewedOnChanged);
    connect(m_nextReview, &DateField::dateChanged, this, &ReviewDialog::update);
    // None of the checks and no notes is refused (Review::problem): said as it happens.
    for (QCheckBox *c : {m_barriers, m_compliance, m_document, m_band, m_nextAction})
        connect(c, &QCheckBox::toggled, this, &ReviewDialog::update);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ReviewDialog::update);
    connect(m_outcome, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &ReviewDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reviewedOnChanged();
    m_nextReview->setDate(ReviewRules::dueDate(m_reviewedOn->date()));
    update();
    resize(480, sizeHint().height());
}

void ReviewDialog::reviewedOnChanged()
{
    const QDate on = m_reviewedOn->date();
    const bool wasLatest = m_nextReview->date() == m_nextReview->range().latest;
    m_nextReview->setRange(DateRules::nextReview(on));
    // Keep "3 months on" when it was chosen, as the date moves.
    if (wasLatest)
        m_nextReview->setDate(m_nextReview->range().latest);
    update();
}

Review ReviewDialog::review() const
{
    Review r;
    r.personId = m_personId;
    r.reviewedOn = m_reviewedOn->date();
    r.reviewer = m_user;
    r.barriersChecked = m_barriers->isChecked();
    r.complianceChecked = m_compliance->isChecked();
    r.documentProgressed = m_document->isChecked();
    r.bandConfirmed = m_band->isChecked();
    r.nextActionSet = m_nextAction->isChecked();
    r.notes = m_notes->toPlainText().trimmed();
    r.outcome = m_outcome->currentData().toString();
    r.nextReviewOn = m_nextReview->date();
    return r;
}

void ReviewDialog::update()
{
    // A day out of range is said under its field, not again here.
    const bool daysAccepted = DateField::allAcceptable({m_reviewedOn, m_nextReview});
    const QString problem = daysAccepted ? review().problem(m_today) : QString();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(daysAccepted && problem.isEmpty());
}

void ReviewDialog::accept()
{
    if (!DateField::acceptOrFocus({m_reviewedOn, m_nextReview}))
        return;
    if (const QString problem = review().problem(m_today); !problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    auto id = ReviewStore(m_db).save(review(), m_user);
    if (!id) {
        m_problem->setText(id.error().toString());
        return;
    }
    m_savedId = id.value();
    QDialog::accept();
}
