#include "barriersview.h"
#include "domain/clock.h"

#include "common/emptylistnotice.h"
#include "common/listtable.h"
#include "common/usersettings.h"
#include "domain/barrier.h"
#include "itemmodels/barrierregistermodel.h"
#include "itemmodels/roles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
void selectData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}
} // namespace

BarriersView::BarriersView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_user(context.user()), m_settings(context.db(), context.user()),
      m_model(new BarrierRegisterModel(context.db(), this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_summary(new QLabel(this)), m_empty(new EmptyListNotice(m_table)),
      m_state(new QComboBox(this)), m_type(new QComboBox(this)), m_source(new QComboBox(this)),
      m_lastMinute(new QCheckBox(tr("&Last-minute only"), this)),
      m_myCases(new QCheckBox(tr("&My cases"), this))
{
    setObjectName(QStringLiteral("barriersView"));
    m_summary->setObjectName(QStringLiteral("barriersSummary"));
    m_summary->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("barrierStateFilter"));
    m_type->setObjectName(QStringLiteral("barrierTypeFilter"));
    m_source->setObjectName(QStringLiteral("barrierSourceFilter"));
    m_lastMinute->setObjectName(QStringLiteral("lastMinuteCheck"));
    m_lastMinute->setToolTip(tr("Barriers raised while removal directions stood (report "
                                "7.12-7.15)."));
    m_myCases->setObjectName(QStringLiteral("myCasesCheck"));

    m_state->addItem(tr("Open barriers"), true);
    m_state->addItem(tr("Open and cleared"), false);
    m_type->addItem(tr("Every type"), QString());
    for (const QString &t : Barrier::types())
        m_type->addItem(Barrier::typeName(t), t);
    m_source->addItem(tr("Any source"), QString());
    m_source->addItem(Barrier::sourceName(QStringLiteral("cid")), QStringLiteral("cid"));
    m_source->addItem(Barrier::sourceName(QStringLiteral("lodestar")), QStringLiteral("lodestar"));
    m_state->setAccessibleName(tr("Barrier state"));
    m_type->setAccessibleName(tr("Barrier type"));
    m_source->setAccessibleName(tr("Barrier source"));

    const UserSettings &settings = m_settings;
    selectData(m_state, settings.value(QStringLiteral("barriers/openOnly"), true).toBool());
    selectData(m_type, settings.value(QStringLiteral("barriers/type"), QString()).toString());
    selectData(m_source, settings.value(QStringLiteral("barriers/source"), QString()).toString());
    m_lastMinute->setChecked(settings.value(QStringLiteral("barriers/lastMinute"), false).toBool());
    m_myCases->setChecked(settings.value(QStringLiteral("barriers/myCases"), false).toBool());

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Roles::Sort);
    m_table->setObjectName(QStringLiteral("barriersTable"));
    m_table->setModel(m_proxy);
    ListTable::setUp(m_table);
    // The register's own order, longest-standing first: it is read a page at a time as the
    // table scrolls, so a header click could only sort the rows read so far.
    m_table->setSortingEnabled(false);
    m_table->setAccessibleName(tr("Barriers to removal"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_state);
    filters->addWidget(m_type);
    filters->addWidget(m_source);
    filters->addWidget(m_lastMinute);
    filters->addWidget(m_myCases);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    for (QComboBox *combo : {m_state, m_type, m_source})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this,
                &BarriersView::filterChanged);
    connect(m_lastMinute, &QCheckBox::toggled, this, &BarriersView::filterChanged);
    connect(m_myCases, &QCheckBox::toggled, this, &BarriersView::filterChanged);
    connect(m_empty, &EmptyListNotice::clearFilters, this, [this] {
        {
            const QSignalBlocker b1(m_state), b2(m_type), b3(m_source), b4(m_lastMinute),
                b5(m_myCases);
            m_state->setCurrentIndex(0); // open barriers: the register's default
            m_type->setCurrentIndex(0);
            m_source->setCurrentIndex(0);
            m_lastMinute->setChecked(false);
            m_myCases->setChecked(false);
        }
        filterChanged();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openPerson(index.data(Roles::PersonId).toLongLong());
    });
    reload();
}

void BarriersView::filterChanged()
{
    UserSettings &settings = m_settings;
    settings.setValue(QStringLiteral("barriers/openOnly"), m_state->currentData().toBool());
    settings.setValue(QStringLiteral("barriers/type"), m_type->currentData().toString());
    settings.setValue(QStringLiteral("barriers/source"), m_source->currentData().toString());
    settings.setValue(QStringLiteral("barriers/lastMinute"), m_lastMinute->isChecked());
    settings.setValue(QStringLiteral("barriers/myCases"), m_myCases->isChecked());
    reload();
}

void BarriersView::reload()
{
    BarrierStore::Filter f;
    f.openOnly = m_state->currentData().toBool();
    f.type = m_type->currentData().toString();
    f.source = m_source->currentData().toString();
    f.lastMinuteOnly = m_lastMinute->isChecked();
    f.caseOwner = m_myCases->isChecked() ? m_user : QString();
    m_model->setAsOf(Clock::today()); // a window left open overnight moves on
    m_model->setFilter(f);
    if (::Status s = m_model->reload(); !s)
        QMessageBox::warning(this, tr("Barriers to Removal"), s.error().toString());
    m_table->setColumnHidden(BarrierRegisterModel::Cleared, f.openOnly);
    m_table->resizeColumnsToContents();
    updateSummary();
}

void BarriersView::updateSummary()
{
    // The counts are over the whole caseload, most common type first: the shape of the problem
    // whatever the filter shows.
    QVector<QPair<qint64, QString>> byType;
    const QMap<QString, qint64> &open = m_model->openByType();
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        if (it.value() > 0)
            byType.append({it.value(), it.key()});
    }
    std::stable_sort(byType.begin(), byType.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &t : std::as_const(byType))
        parts << tr("%1 %2").arg(Barrier::typeName(t.second)).arg(QLocale().toString(t.first));
    const qint64 total = m_model->openTotal();
    QString text = total == 0 ? tr("No open barriers across the caseload.")
                              : tr("Open barriers across the caseload: %1 (%2).")
                                    .arg(QLocale().toString(total), parts.join(tr(", ")));
    // The whole filtered register, not the rows read so far.
    text += QLatin1Char(' ') + tr("Shown: %1.").arg(QLocale().toString(m_model->totalCount()));
    m_summary->setText(text);

    // The state is not listed: open barriers only is the register's default, not a narrowing.
    const BarrierStore::Filter &f = m_model->filter();
    QStringList filters;
    if (!f.type.isEmpty())
        filters << EmptyListNotice::chosen(tr("Type"), m_type);
    if (!f.source.isEmpty())
        filters << EmptyListNotice::chosen(tr("Source"), m_source);
    for (const QCheckBox *check : {m_lastMinute, m_myCases})
        if (check->isChecked())
            filters << EmptyListNotice::ticked(check);
    m_empty->update(int(m_model->rowCount()), filters, f.openOnly ? int(total) : -1,
                    f.openOnly ? tr("No open barriers to removal on the caseload.\nBarriers come "
                                    "from CID's asylum, further representations, appeal, "
                                    "judicial review and modern slavery cases, or are recorded "
                                    "on a person's record.")
                               : tr("No barriers to removal have been recorded yet.\nBarriers "
                                    "come from CID's extract or are recorded on a person's "
                                    "record."));
}
