#include "comparisonpanel.h"

#include "common/emptylistnotice.h"
#include "common/listtable.h"
#include "itemmodels/colours.h"
#include "itemmodels/figurecomparisonmodel.h"
#include "itemmodels/roles.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ComparisonPanel::ComparisonPanel(QWidget *parent)
    : QWidget(parent), m_model(new FigureComparisonModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_header(new QLabel(this)),
      m_reasons(new QLabel(this)), m_table(new QTableView(this)),
      m_empty(new EmptyListNotice(m_table, QStringLiteral("changesEmpty")))
{
    m_header->setObjectName(QStringLiteral("comparisonHeader"));
    m_reasons->setObjectName(QStringLiteral("comparisonReasons"));
    m_table->setObjectName(QStringLiteral("comparisonTable"));

    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Roles::Sort);
    m_table->setModel(m_proxy);
    ListTable::setUp(m_table);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAccessibleName(tr("People who joined or left the figure"));
    m_table->setToolTip(tr("Enter opens the person."));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(Roles::PersonId).toLongLong())
            emit personActivated(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_reasons);
    layout->addWidget(m_table, 1);
}

void ComparisonPanel::setComparison(const FigureComparison &comparison, const QString &meaning)
{
    m_header->setStyleSheet(QString());
    QString header = comparison.headline();
    if (!comparison.definitionNote.isEmpty())
        header += QStringLiteral("  ") + tr("(%1)").arg(comparison.definitionNote);
    m_header->setText(header);
    m_header->setToolTip(meaning);

    const auto counts = [](const QVector<FigureComparison::Change> &changes) {
        QStringList parts;
        for (const auto &[reason, count] : FigureComparison::byReason(changes))
            parts << tr("%1 %2").arg(FigureComparisonModel::reasonName(reason)).arg(count);
        return parts.join(QStringLiteral(", "));
    };
    QStringList lines;
    if (!comparison.joined.isEmpty())
        lines << tr("Joined: %1.").arg(counts(comparison.joined));
    if (!comparison.left.isEmpty())
        lines << tr("Left: %1.").arg(counts(comparison.left));
    m_reasons->setText(lines.join(QLatin1Char(' ')));
    m_reasons->setVisible(!lines.isEmpty());

    m_model->setComparison(comparison);
    m_empty->update(m_model->rowCount(), {}, -1,
                    tr("Nobody joined or left %1 between the two.").arg(comparison.figure));
    m_table->resizeColumnsToContents();
}

void ComparisonPanel::showProblem(const QString &text)
{
    m_model->setComparison(std::nullopt);
    m_header->setStyleSheet(Colours::problemStyle());
    m_header->setText(text);
    m_header->setToolTip(QString());
    m_reasons->clear();
    m_empty->update(0, {}, -1, QString());
}

void ComparisonPanel::clear()
{
    m_model->setComparison(std::nullopt);
    m_header->clear();
    m_header->setToolTip(QString());
    m_reasons->clear();
    m_empty->update(0, {}, -1, QString());
}
