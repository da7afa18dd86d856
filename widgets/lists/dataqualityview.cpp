#include "dataqualityview.h"

#include "common/emptylistnotice.h"
#include "common/listtable.h"
#include "common/usersettings.h"
#include "domain/dataqualityrules.h"
#include "itemmodels/dataqualitymodel.h"
#include "itemmodels/roles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

DataQualityView::DataQualityView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_user(context.user()), m_settings(context.db(), context.user()),
      m_model(new DataQualityModel(context.db(), this)), m_issue(new QComboBox(this)),
      m_myCases(new QCheckBox(tr("&My cases"), this)), m_fix(new QPushButton(tr("&Fix…"), this)),
      m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_empty(new EmptyListNotice(m_table))
{
    setObjectName(QStringLiteral("dataQualityView"));
    m_issue->setObjectName(QStringLiteral("issueFilter"));
    m_issue->setAccessibleName(tr("Issue"));
    m_myCases->setObjectName(QStringLiteral("myCasesCheck"));
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_fix->setToolTip(tr("Open the person's record where this is put right (Enter)"));
    m_summary->setObjectName(QStringLiteral("dataQualitySummary"));
    m_summary->setWordWrap(true);

    m_issue->addItem(tr("All issues"), QString());
    for (const DataQualityRules::Issue issue : DataQualityRules::all())
        m_issue->addItem(DataQualityRules::name(issue), DataQualityRules::code(issue));

    const int at =
        m_issue->findData(m_settings.value(QStringLiteral("dataQuality/issue"), QString()));
    m_issue->setCurrentIndex(at >= 0 ? at : 0);
    m_myCases->setChecked(m_settings.value(QStringLiteral("dataQuality/myCases"), false).toBool());

    m_table->setObjectName(QStringLiteral("dataQualityTable"));
    // The store's order (issue, then name), unsorted: a sort over 100,000 rows would take
    // longer than reading them.
    m_table->setModel(m_model);
    ListTable::setUp(m_table);
    m_table->setAccessibleName(tr("Records needing attention"));

    auto *issueLabel = new QLabel(tr("&Issue:"), this);
    issueLabel->setBuddy(m_issue);
    auto *filters = new QHBoxLayout;
    filters->addWidget(issueLabel);
    filters->addWidget(m_issue);
    filters->addWidget(m_myCases);
    filters->addStretch(1);
    filters->addWidget(m_fix);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_issue, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &DataQualityView::issueChanged);
    connect(m_myCases, &QCheckBox::toggled, this, &DataQualityView::myCasesChanged);
    connect(m_fix, &QPushButton::clicked, this, &DataQualityView::fixCurrent);
    connect(m_empty, &EmptyListNotice::clearFilters, this, [this] {
        m_issue->setCurrentIndex(0);
        m_myCases->setChecked(false);
    });
    connect(m_table, &QTableView::activated, this, &DataQualityView::fixCurrent);
    reload();
}

void DataQualityView::issueChanged()
{
    m_settings.setValue(QStringLiteral("dataQuality/issue"), m_issue->currentData().toString());
    // The rows of every issue are held: narrowing needs no reading.
    m_model->setIssue(chosenIssue());
    showRows();
}

void DataQualityView::myCasesChanged()
{
    m_settings.setValue(QStringLiteral("dataQuality/myCases"), m_myCases->isChecked());
    load(false);
}

std::optional<DataQualityRules::Issue> DataQualityView::chosenIssue() const
{
    const QString code = m_issue->currentData().toString();
    for (const DataQualityRules::Issue issue : DataQualityRules::all()) {
        if (DataQualityRules::code(issue) == code)
            return issue;
    }
    return std::nullopt;
}

void DataQualityView::reload()
{
    load(true);
}

void DataQualityView::load(bool recount)
{
    // The clock, to the minute (blank outcomes are those due by now, BreachRules); a window
    // left open overnight moves on.
    m_model->setAsOf(Moment::now());
    m_model->setIssue(chosenIssue());
    m_model->setCaseOwner(m_myCases->isChecked() ? m_user : QString());
    if (::Status s = m_model->reload(recount); !s)
        QMessageBox::warning(this, tr("Data Quality"), s.error().toString());
    showRows();
}

void DataQualityView::showRows()
{
    m_table->resizeColumnsToContents();
    // The fix is the last column and fills the rest: long names, units and details must not
    // push it off the screen (their full text is in the tooltip).
    for (const auto &[column, widest] : {std::pair{int(DataQualityModel::Person), 200},
                                         std::pair{int(DataQualityModel::OwningUnit), 160},
                                         std::pair{int(DataQualityModel::Detail), 220}})
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), widest));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    m_fix->setEnabled(m_model->rowCount() > 0);
    updateSummary();
}

void DataQualityView::fixCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const DataQualityStore::Row &row = m_model->rowAt(current.row());
    emit openPersonTab(row.personId, DataQualityModel::fixTab(row.issue));
}

void DataQualityView::updateSummary()
{
    // Over the whole caseload whatever the filter: the size of each problem.
    QStringList parts;
    qint64 total = 0;
    const auto &counts = m_model->counts();
    for (const DataQualityRules::Issue issue : DataQualityRules::all()) {
        const qint64 n = counts.value(issue, 0);
        total += n;
        parts << tr("%1: %2").arg(DataQualityRules::name(issue), QLocale().toString(n));
    }
    QString text = total == 0 ? tr("No records need attention across the caseload.")
                              : tr("Across the caseload: %1.").arg(parts.join(tr("; ")));
    text += QLatin1Char(' ') + tr("Shown: %1.").arg(QLocale().toString(m_model->rowCount()));
    m_summary->setText(text);

    // The counts are everyone's, of every issue: what the filters hide when nothing shows.
    QStringList filters;
    if (m_issue->currentIndex() > 0)
        filters << EmptyListNotice::chosen(tr("Issue"), m_issue);
    if (m_myCases->isChecked())
        filters << EmptyListNotice::ticked(m_myCases);
    m_empty->update(m_model->rowCount(), filters, int(total),
                    tr("Nothing to clean up.\nEvery person has a clear owning unit and a case "
                       "owner, every band override has its reason, every reporting window is set "
                       "and within an hour, and every reporting event due has its outcome."));
}
