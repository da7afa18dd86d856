#include "personreviewspanel.h"

#include "common/conflictprompt.h"
#include "common/listtable.h"
#include "dialogs/reviewdialog.h"
#include "domain/reviewrules.h"
#include "itemmodels/colours.h"
#include "itemmodels/displaytext.h"
#include "itemmodels/reviewsmodel.h"
#include "store/reviewstore.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PersonReviewsPanel::PersonReviewsPanel(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_db(context.db()), m_user(context.user()),
      m_model(new ReviewsModel(context.db(), this)), m_status(new QLabel(this)),
      m_table(new QTableView(this)), m_empty(new QLabel(m_table->viewport())),
      m_new(new QPushButton(tr("&New Review…"), this)),
      m_signOff(new QPushButton(tr("&Sign Off"), this))
{
    setObjectName(QStringLiteral("reviewsPanel"));
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_new->setObjectName(QStringLiteral("newReviewButton"));
    m_signOff->setObjectName(QStringLiteral("signOffButton"));
    m_table->setObjectName(QStringLiteral("reviewsTable"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table);
    m_table->setAccessibleName(tr("3-monthly reviews of this person"));
    m_empty->setObjectName(QStringLiteral("reviewsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    auto *emptyLayout = new QVBoxLayout(m_table->viewport());
    emptyLayout->addWidget(m_empty);

    // The role decides who may sign off; read once, as the signed-in user does not change.
    if (const auto user = context.appUser())
        m_teamLeader = user->role == QLatin1String("team_leader");
    m_signOff->setToolTip(m_teamLeader
                              ? tr("Sign off the selected review as checked (not your own)")
                              : tr("Only a team leader signs off reviews"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_signOff);
    buttons->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(m_new, &QPushButton::clicked, this, &PersonReviewsPanel::newReview);
    connect(m_signOff, &QPushButton::clicked, this, &PersonReviewsPanel::signOffSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonReviewsPanel::updateButtons);
    using A = Permissions::Action;
    m_access.guard(m_new, A::ChangePerson);
    m_access.guard(m_signOff, A::SignOffReview);
    updateButtons();
}

bool PersonReviewsPanel::setPerson(qint64 personId, const QString &title, QString *error)
{
    m_personId = personId;
    m_title = title;
    QStringList errors;
    if (const ::Status s = m_model->setPersonId(personId); !s)
        errors << s.error().toString();
    m_due = QDate();
    if (personId > 0) {
        auto due = ReviewStore(m_db).dueFor(personId);
        if (due)
            m_due = due.value();
        else
            errors << due.error().toString();
    }
    if (error)
        *error = errors.join(QLatin1Char('\n'));
    m_table->resizeColumnsToContents();
    m_new->setEnabled(personId > 0);
    showStatus();
    updateButtons();
    return errors.isEmpty();
}

bool PersonReviewsPanel::isOverdue() const
{
    return ReviewRules::isOverdue(m_due, m_asOf);
}

QString PersonReviewsPanel::tabLabel() const
{
    if (isOverdue())
        return tr("Reviews (overdue)");
    return m_model->rowCount() > 0 ? tr("Reviews (%1)").arg(m_model->rowCount()) : tr("Reviews");
}

void PersonReviewsPanel::showStatus()
{
    const QString day = DisplayText::date(m_due.toString(Qt::ISODate));
    // Why the date is what it is: the base of the rule.
    const QString from =
        m_model->rowCount() > 0
            ? tr("3 months after the last review")
            : tr("never reviewed: 3 months after allocation, or after coming onto the caseload");
    if (!m_due.isValid()) {
        m_status->setText(tr("No review date: the day this person came onto the caseload is not "
                             "known."));
        m_status->setStyleSheet(QString());
    } else if (isOverdue()) {
        m_status->setText(
            QStringLiteral("<b>%1</b> (%2)")
                .arg(tr("Review overdue since %1").arg(day).toHtmlEscaped(), from.toHtmlEscaped()));
        m_status->setStyleSheet(Colours::problemStyle());
    } else {
        const qint64 in = m_asOf.daysTo(m_due);
        QString soon;
        if (ReviewRules::isDueSoon(m_due, m_asOf))
            soon = in == 0   ? tr(", today")
                   : in == 1 ? tr(", tomorrow")
                             : tr(", in %1 days").arg(in);
        m_status->setText(QStringLiteral("<b>%1</b>%2 (%3)")
                              .arg(tr("Review due %1").arg(day).toHtmlEscaped(),
                                   soon.toHtmlEscaped(), from.toHtmlEscaped()));
        m_status->setStyleSheet(QString());
    }
    m_empty->setText(m_model->rowCount() > 0
                         ? QString()
                         : tr("No review recorded yet.\nNew Review… records the first one."));
    m_empty->setVisible(m_model->rowCount() == 0);
}

int PersonReviewsPanel::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PersonReviewsPanel::updateButtons()
{
    const int row = selectedRow();
    m_signOff->setEnabled(m_teamLeader && row >= 0 && !m_model->reviewAt(row).isSignedOff());
    m_access.apply();
}

void PersonReviewsPanel::newReview()
{
    if (m_personId <= 0)
        return;
    ReviewDialog dialog({m_db, m_user}, m_personId, m_title, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 saved = dialog.savedId();
    setPerson(m_personId, m_title);
    if (const int row = m_model->rowOfReview(saved); row >= 0)
        m_table->selectRow(row);
    emit reviewsChanged();
}

void PersonReviewsPanel::signOffSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const qint64 id = m_model->reviewAt(row).id;
    if (::Status s = ReviewStore(m_db).signOff(id, m_user, m_model->reviewAt(row).version); !s) {
        if (!ConflictPrompt::handle(this, s.error(), [this] { setPerson(m_personId, m_title); }))
            QMessageBox::warning(this, tr("Cannot sign off the review"), s.error().toString());
        return;
    }
    setPerson(m_personId, m_title);
    if (const int at = m_model->rowOfReview(id); at >= 0)
        m_table->selectRow(at);
    emit reviewsChanged();
}

void PersonReviewsPanel::setRefusals(const QMap<Permissions::Action, QString> &refusals)
{
    m_access.setRefusals(refusals);
    updateButtons();
}
