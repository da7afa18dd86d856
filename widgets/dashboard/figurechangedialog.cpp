#include "figurechangedialog.h"

#include "common/comparisonpanel.h"
#include "domain/figuredefinitions.h"
#include "itemmodels/displaytext.h"

#include <QTableView>
#include <QVBoxLayout>

FigureChangeDialog::FigureChangeDialog(const Chart &chart, int category,
                                       const FigureComparison &comparison,
                                       const QString &publication, const DashboardFilter &filter,
                                       QWidget *parent)
    : ListWindow(parent), m_panel(new ComparisonPanel(this))
{
    setObjectName(QStringLiteral("figureChangeDialog"));
    const QString title = tr("%1 — %2: changes since %3")
                              .arg(chart.title, chart.categories.value(category), publication);
    setWindowTitle(title);
    addHeading(title, QStringLiteral("changeHeading"));
    const QDate asOf = chart.asOf.isValid() ? chart.asOf : filter.to;
    addQuiet(
        tr("From publication %1 to the dashboard's as-of date, %2. The bar counts the people "
           "of %3 on both days, each side by its own facts: someone who moved unit or owner "
           "left one bar and joined another.")
            .arg(publication, DisplayText::date(asOf.toString(Qt::ISODate)), comparison.figure),
        QStringLiteral("changeScope"));

    const FigureDefinitions::Definition *d = FigureDefinitions::definition(comparison.figure);
    m_panel->setComparison(comparison, d ? d->meaning : QString());
    m_panel->table()->setAccessibleName(title);
    connect(m_panel, &ComparisonPanel::personActivated, this, &ListWindow::personActivated);
    body()->addSpacing(4);
    body()->addWidget(m_panel, 1);
    if (m_panel->table()->model()->rowCount() > 0)
        m_panel->table()->selectRow(0);
    m_panel->table()->setFocus();
}
