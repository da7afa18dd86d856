#include "drilldowndialog.h"

#include "common/listtable.h"
#include "figures/dashboard.h"
#include "itemmodels/colours.h"
#include "itemmodels/displaytext.h"
#include "itemmodels/drilldownmodel.h"
#include "itemmodels/roles.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>
#include <limits>

namespace {
QString isoDate(const QDate &d)
{
    return DisplayText::date(d.toString(Qt::ISODate));
}
} // namespace

QString DrillDownDialog::countText(const QString &unit, qint64 n)
{
    // Each unit the dashboard counts in (Chart::unit, as Dashboard words it), with its own
    // singular; any other reads "N <unit>".
    const int i = int(qBound(qint64(0), n, qint64(std::numeric_limits<int>::max())));
    if (unit == Dashboard::tr("people"))
        return tr("%n person(s)", "", i);
    if (unit == Dashboard::tr("breaches"))
        return tr("%n breach(es)", "", i);
    if (unit == Dashboard::tr("barriers"))
        return tr("%n barrier(s)", "", i);
    if (unit == Dashboard::tr("removal directions"))
        return tr("%n removal direction(s)", "", i);
    return tr("%1 %2").arg(QLocale().toString(n), unit);
}

DrillDownDialog::DrillDownDialog(const AppContext &context, const Chart &chart, int series,
                                 int category, const DashboardFilter &filter, QWidget *parent)
    : ListWindow(parent), m_model(new DrillDownModel(context.db(), this)),
      m_table(new QTableView(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    const QString seriesLabel = chart.series.value(series);
    const QString categoryLabel = chart.categories.value(category);
    // One series needs no naming: "Non-detained people by band — Band 2".
    const QString title = chart.series.size() > 1
                              ? tr("%1 — %2 · %3").arg(chart.title, seriesLabel, categoryLabel)
                              : tr("%1 — %2").arg(chart.title, categoryLabel);
    setWindowTitle(title);
    addHeading(title, QStringLiteral("drillHeading"));

    m_count->setObjectName(QStringLiteral("drillCount"));
    QFont countFont = m_count->font();
    countFont.setBold(true);
    m_count->setFont(countFont);
    body()->addWidget(m_count);

    QStringList scope;
    scope << tr("As at %1").arg(isoDate(chart.asOf.isValid() ? chart.asOf : filter.to));
    scope << (filter.team.isEmpty() ? tr("All teams") : tr("Team %1").arg(filter.team));
    scope << (filter.owningUnit.isEmpty() ? tr("All units") : filter.owningUnit);
    scope << tr("%1 to %2").arg(isoDate(filter.from), isoDate(filter.to));
    auto *asOf = new QLabel(scope.join(QStringLiteral(" · ")), this);
    asOf->setObjectName(QStringLiteral("drillScope"));
    asOf->setWordWrap(true);
    body()->addWidget(asOf);
    addQuiet(chart.definition, QStringLiteral("drillDefinition"));

    m_table->setObjectName(QStringLiteral("drillTable"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(title);
    m_table->setToolTip(tr("Enter or a double-click opens the person."));
    body()->addSpacing(4);
    body()->addWidget(m_table, 1);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(Roles::PersonId).toLongLong(); id > 0)
            emit personActivated(id);
    });

    const Dashboard::Drill drill = Dashboard::drill(
        chart.id, filter, chart.seriesKeys.value(series), chart.categoryKeys.value(category));
    if (::Status s = m_model->setDrill(drill); !s) {
        m_count->setText(tr("The list cannot be read: %1").arg(s.error().toString()));
        m_count->setStyleSheet(Colours::problemStyle());
    } else {
        const qint64 shown = chart.value(series, category);
        QString text = countText(chart.unit, m_model->totalCount());
        // The two come from the same conditions; if the data moved since the chart was drawn,
        // say so rather than show a list that silently disagrees with the bar.
        if (m_model->totalCount() != shown)
            text += tr(" (the chart shows %1: the data has changed since; refresh the dashboard)")
                        .arg(QLocale().toString(shown));
        m_count->setText(text);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus();
}
