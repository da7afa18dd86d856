#include "removalsview.h"
#include "domain/clock.h"

#include "common/emptylistnotice.h"
#include "common/listtable.h"
#include "common/usersettings.h"
#include "dialogs/charterflightdialog.h"
#include "itemmodels/charterflightsmodel.h"
#include "itemmodels/removalsmodel.h"
#include "itemmodels/roles.h"
#include "store/removalstore.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// A quiet message centred in a table's viewport, shown while the table is empty.
QLabel *emptyLabel(QTableView *table, const char *objectName)
{
    auto *label = new QLabel(table->viewport());
    label->setObjectName(QLatin1String(objectName));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false); // the quieter, disabled text colour, as on the caseload
    label->hide();
    auto *layout = new QVBoxLayout(table->viewport());
    layout->addWidget(label);
    return label;
}

QTableView *sortedTable(QAbstractItemModel *model, const char *objectName, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Roles::Sort);
    auto *table = new QTableView(parent);
    table->setObjectName(QLatin1String(objectName));
    table->setModel(proxy);
    ListTable::setUp(table);
    // The store's own order until a header is clicked.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    return table;
}
} // namespace

RemovalsView::RemovalsView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_db(context.db()), m_user(context.user()),
      m_model(new RemovalsModel(context.db(), this)),
      m_flights(new CharterFlightsModel(context.db(), this)),
      m_table(sortedTable(m_model, "removalsTable", this)),
      m_flightsTable(sortedTable(m_flights, "charterFlightsTable", this)),
      m_summary(new QLabel(this)), m_flightsSummary(new QLabel(this)),
      m_empty(new EmptyListNotice(m_table)),
      m_flightsEmpty(emptyLabel(m_flightsTable, "flightsEmptyMessage")),
      m_pendingOnly(new QCheckBox(tr("&Pending only"), this)),
      m_newFlight(new QPushButton(tr("&New Charter Flight…"), this))
{
    setObjectName(QStringLiteral("removalsView"));
    m_summary->setObjectName(QStringLiteral("removalsSummary"));
    m_summary->setWordWrap(true);
    m_flightsSummary->setObjectName(QStringLiteral("flightsSummary"));
    m_flightsSummary->setWordWrap(true);
    m_pendingOnly->setObjectName(QStringLiteral("pendingOnlyCheck"));
    m_newFlight->setObjectName(QStringLiteral("newFlightButton"));
    m_table->setAccessibleName(tr("Removal directions"));
    m_flightsTable->setAccessibleName(tr("Charter flights"));
    m_pendingOnly->setChecked(
        UserSettings(m_db, m_user).value(QStringLiteral("removals/pendingOnly"), false).toBool());

    auto *directionsBox = new QGroupBox(tr("Removal directions"), this);
    auto *directionsTop = new QHBoxLayout;
    directionsTop->addWidget(m_summary, 1);
    directionsTop->addWidget(m_pendingOnly);
    auto *directionsLayout = new QVBoxLayout(directionsBox);
    directionsLayout->addLayout(directionsTop);
    directionsLayout->addWidget(m_table, 1);
    auto *flightsBox = new QGroupBox(tr("Charter flights"), this);
    auto *flightsTop = new QHBoxLayout;
    flightsTop->addWidget(m_flightsSummary, 1);
    flightsTop->addWidget(m_newFlight);
    auto *flightsLayout = new QVBoxLayout(flightsBox);
    flightsLayout->addLayout(flightsTop);
    flightsLayout->addWidget(m_flightsTable, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(directionsBox);
    split->addWidget(flightsBox);
    split->setSizes({520, 300});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_pendingOnly, &QCheckBox::toggled, this, [this](bool on) {
        UserSettings(m_db, m_user).setValue(QStringLiteral("removals/pendingOnly"), on);
        reload();
    });
    connect(m_empty, &EmptyListNotice::clearFilters, this,
            [this] { m_pendingOnly->setChecked(false); });
    connect(m_newFlight, &QPushButton::clicked, this, &RemovalsView::newFlight);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openPerson(index.data(Roles::PersonId).toLongLong());
    });
    reload();
}

void RemovalsView::reload()
{
    m_model->setPendingOnly(m_pendingOnly->isChecked());
    ::Status s = m_model->reload();
    if (s)
        s = m_flights->reload();
    if (!s)
        QMessageBox::warning(this, tr("Removals"), s.error().toString());
    m_table->resizeColumnsToContents();
    m_flightsTable->resizeColumnsToContents();
    updateSummaries();
}

void RemovalsView::newFlight()
{
    CharterFlightDialog dialog({m_db, m_user}, CharterFlight(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    for (int r = 0; r < m_flights->rowCount(); ++r) {
        if (m_flights->rowAt(r).flight.id == dialog.savedId()) {
            auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_flightsTable->model());
            m_flightsTable->selectRow(proxy->mapFromSource(m_flights->index(r, 0)).row());
            break;
        }
    }
}

void RemovalsView::updateSummaries()
{
    const QLocale locale;
    const auto totals = RemovalStore(m_db).totals(Clock::today());
    qint64 failed = 0;
    if (totals) {
        for (const qint64 n : totals.value().failedByReason)
            failed += n;
    }
    const int pending = m_model->pendingCount();
    // Counts after colons: no plural to get wrong before the translations catch up.
    m_summary->setText(
        totals ? tr("Pending: %1. To date, directions set: %2; removed: %3; "
                    "failed: %4.")
                     .arg(locale.toString(pending), locale.toString(totals.value().planned),
                          locale.toString(totals.value().succeeded), locale.toString(failed))
               : tr("Pending: %1.").arg(locale.toString(pending)));
    m_empty->update(m_model->rowCount(),
                    m_pendingOnly->isChecked() ? QStringList{EmptyListNotice::ticked(m_pendingOnly)}
                                               : QStringList(),
                    totals ? int(totals.value().planned) : -1,
                    tr("No removal directions have been recorded yet.\nThey are set on a "
                       "person's record."),
                    tr("No removal directions are pending."));

    const RemovalStore::FlightSummary all = m_flights->totals();
    m_flightsSummary->setText(
        m_flights->rowCount() == 0
            ? tr("No charter flights.")
            : tr("Charter flights: %1. People planned on them: %2; removed: %3; failed: %4; "
                 "pending: %5.")
                  .arg(locale.toString(m_flights->rowCount()), locale.toString(all.planned),
                       locale.toString(all.removed), locale.toString(all.failed()),
                       locale.toString(all.pending)));
    if (m_flights->rowCount() > 0) {
        m_flightsEmpty->hide();
    } else {
        m_flightsEmpty->setText(tr("No charter flights have been recorded yet.\nUse New Charter "
                                   "Flight… to add one; people are put on it with their removal "
                                   "directions."));
        m_flightsEmpty->show();
    }
}
