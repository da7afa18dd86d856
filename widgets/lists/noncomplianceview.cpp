#include "noncomplianceview.h"

#include "common/emptylistnotice.h"
#include "common/laddersettings.h"
#include "common/listtable.h"
#include "common/ownerfilter.h"
#include "common/usersettings.h"
#include "dialogs/followupdialog.h"
#include "itemmodels/noncompliancemodel.h"
#include "itemmodels/roles.h"
#include "store/followupstore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

NoncomplianceView::NoncomplianceView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_db(context.db()), m_user(context.user()),
      m_model(new NoncomplianceModel(context.db(), this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_summary(new QLabel(this)),
      m_unactionedOnly(new QCheckBox(tr("&Unactioned only"), this)),
      m_lastWeekOnly(new QCheckBox(tr("Breached in the last &7 days"), this)),
      m_owner(new OwnerFilter({context.db(), context.user()}, tr("Everyone's"), tr("My cases"),
                              tr("My team"), this)),
      m_record(new QPushButton(tr("&Record Follow-up…"), this)),
      m_empty(new EmptyListNotice(m_table))
{
    setObjectName(QStringLiteral("noncomplianceView"));
    m_summary->setObjectName(QStringLiteral("noncomplianceSummary"));
    // Wrapped: a long summary must not make the window wider than the screen.
    m_summary->setWordWrap(true);
    m_unactionedOnly->setObjectName(QStringLiteral("unactionedOnlyCheck"));
    m_lastWeekOnly->setObjectName(QStringLiteral("breachedLastWeekCheck"));
    m_record->setObjectName(QStringLiteral("recordFollowUpButton"));
    const UserSettings settings(m_db, m_user);
    m_unactionedOnly->setChecked(
        settings.value(QStringLiteral("noncompliance/unactionedOnly"), false).toBool());
    m_lastWeekOnly->setChecked(
        settings.value(QStringLiteral("noncompliance/breachedLastWeek"), false).toBool());
    m_owner->setChoice(settings.value(QStringLiteral("noncompliance/owner")).toString());
    m_owner->setAccessibleName(tr("Owner"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Roles::Sort);
    m_table->setObjectName(QStringLiteral("noncomplianceTable"));
    m_table->setModel(m_proxy);
    ListTable::setUp(m_table);
    // The queue's own order (most urgent first) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAccessibleName(tr("Non-compliance queue"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_unactionedOnly);
    top->addWidget(m_lastWeekOnly);
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    top->addWidget(ownerLabel);
    top->addWidget(m_owner);
    top->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_unactionedOnly, &QCheckBox::toggled, this, &NoncomplianceView::applyFilter);
    connect(m_lastWeekOnly, &QCheckBox::toggled, this, &NoncomplianceView::applyFilter);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &NoncomplianceView::applyFilter);
    connect(m_record, &QPushButton::clicked, this, &NoncomplianceView::recordFollowUpForSelected);
    connect(m_empty, &EmptyListNotice::clearFilters, this, [this] {
        {
            const QSignalBlocker b1(m_unactionedOnly), b2(m_lastWeekOnly), b3(m_owner);
            m_unactionedOnly->setChecked(false);
            m_lastWeekOnly->setChecked(false);
            m_owner->setChoice(QStringLiteral("everyone"));
        }
        applyFilter();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openPerson(index.data(Roles::PersonId).toLongLong());
    });
    reload();
}

void NoncomplianceView::reload()
{
    // The clock, to the minute: an appointment later today is not a breach yet, and a window
    // left open overnight moves on.
    m_model->setAsOf(Moment::now());
    m_model->setThresholds(LadderSettings::load());
    {
        // Settings → Users and Teams may have moved the user: not a choice to remember.
        const QSignalBlocker block(m_owner);
        m_owner->refreshTeam();
    }
    setModelFilter();
    if (Status s = m_model->reload(); !s)
        QMessageBox::warning(this, tr("Non-compliance queue"), s.error().toString());
    m_table->resizeColumnsToContents();
    updateSummary();
}

void NoncomplianceView::applyFilter()
{
    UserSettings settings(m_db, m_user);
    settings.setValue(QStringLiteral("noncompliance/unactionedOnly"),
                      m_unactionedOnly->isChecked());
    settings.setValue(QStringLiteral("noncompliance/breachedLastWeek"),
                      m_lastWeekOnly->isChecked());
    settings.setValue(QStringLiteral("noncompliance/owner"), m_owner->choice());
    setModelFilter();
    updateSummary();
}

void NoncomplianceView::setModelFilter()
{
    m_model->setFilter(m_unactionedOnly->isChecked(), m_lastWeekOnly->isChecked(),
                       m_owner->scope());
}

void NoncomplianceView::updateSummary()
{
    const Moment &at = m_model->asOf();
    m_summary->setText(tr("%1 %2: %n person(s) in a run of breaches, %3 unactioned, %4 breached "
                          "in the last 7 days, %5 with Trace and Locate (listed last). Showing %6.",
                          "", m_model->totalCount())
                           .arg(QLocale().toString(at.date(), QLocale::LongFormat),
                                at.time().toString(QStringLiteral("HH:mm")))
                           .arg(m_model->unactionedCount())
                           .arg(m_model->breachedLastWeekCount())
                           .arg(m_model->withTraceLocateCount())
                           .arg(m_model->rowCount()));
    m_record->setEnabled(m_model->rowCount() > 0);
    QStringList filters;
    for (const QCheckBox *check : {m_unactionedOnly, m_lastWeekOnly})
        if (check->isChecked())
            filters << EmptyListNotice::ticked(check);
    const OwnerScope owners = m_owner->scope();
    QString hint;
    if (!owners.isEveryone()) {
        filters << EmptyListNotice::chosen(tr("Owner"), m_owner);
        // The morning of issue 16: say so when the owner filter alone leaves nobody.
        if (m_model->countWithin(owners) == 0)
            hint = owners.kind == OwnerScope::Kind::User
                       ? tr("None of your people are in the queue.")
                       : tr("None of team %1's people are in the queue.").arg(owners.name);
    }
    m_empty->update(m_model->rowCount(), filters, m_model->totalCount(),
                    tr("Nobody is in a run of breaches: every reporting event due has been "
                       "kept."),
                    hint);
}

qint64 NoncomplianceView::selectedPersonId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(Roles::PersonId).toLongLong() : 0;
}

void NoncomplianceView::recordFollowUpForSelected()
{
    const qint64 personId = selectedPersonId();
    const int row = m_model->rowOfPerson(personId);
    if (row < 0)
        return;
    // Copied: the reload below replaces the rows.
    const NoncomplianceRow r = m_model->rowAt(row);
    FollowUpDialog dialog(personId, r.name, r.due, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const FollowUpStep step = dialog.step();
    const FollowUpLadder::Thresholds thresholds = m_model->thresholds();
    const auto id = FollowUpStore(m_db).record(step, m_user, thresholds);
    if (!id) {
        QMessageBox::warning(this, tr("Cannot record the follow-up"), id.error().toString());
        return;
    }
    reload();
    // Said, so a row that leaves the list (no longer unactioned) does not go without a word.
    QString said =
        tr("Recorded '%1' for %2 (%3).").arg(FollowUpLadder::name(step.step), r.name, r.personRef);
    if (step.step == FollowUpLadder::WarningLetter)
        said += QLatin1Char(' ') +
                tr("Its follow-up is in the diary for %1.")
                    .arg(QLocale().toString(step.takenOn.addDays(thresholds.letterFollowUpDays),
                                            QStringLiteral("d MMM yyyy")));
    if (const int again = m_model->rowOfPerson(personId); again >= 0)
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(again, 0)).row());
    else
        said += QLatin1Char(' ') + tr("The filters now hide them.");
    emit statusMessage(said);
    emit personChanged(personId);
}
