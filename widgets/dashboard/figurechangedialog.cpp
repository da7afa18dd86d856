#include "figurechangedialog.h"

#include "common/comparisonpanel.h"
#include "domain/figuredefinitions.h"
#include "itemmodels/displaytext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

FigureChangeDialog::FigureChangeDialog(const Chart &chart, int category,
                                       const FigureComparison &comparison,
                                       const QString &publication, const DashboardFilter &filter,
                                       QWidget *parent)
    : QDialog(parent, Qt::Window), m_panel(new ComparisonPanel(this))
{
    setObjectName(QStringLiteral("figureChangeDialog"));
    setAttribute(Qt::WA_QuitOnClose, false);
    const QString title = tr("%1 — %2: changes since %3")
                              .arg(chart.title, chart.categories.value(category), publication);
    setWindowTitle(title);

    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("changeHeading"));
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    const QDate asOf = chart.asOf.isValid() ? chart.asOf : filter.to;
    auto *scope = new QLabel(
        tr("From publication %1 to the dashboard's as-of date, %2. The bar counts the people of "
           "%3 on both days, each side by its own facts: someone who moved unit or owner left one "
           "bar and joined another.")
            .arg(publication, DisplayText::date(asOf.toString(Qt::ISODate)), comparison.figure),
        this);
    scope->setObjectName(QStringLiteral("changeScope"));
    scope->setWordWrap(true);
    scope->setStyleSheet(QStringLiteral("color: #4a5058;")); // quieter than the figure

    const FigureDefinitions::Definition *d = FigureDefinitions::definition(comparison.figure);
    m_panel->setComparison(comparison, d ? d->meaning : QString());
    m_panel->table()->setAccessibleName(title);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter belongs to the list (open the person), not to Close.
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_panel, &ComparisonPanel::personActivated, this, &FigureChangeDialog::personActivated);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(scope);
    layout->addSpacing(4);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    if (m_panel->table()->model()->rowCount() > 0)
        m_panel->table()->selectRow(0);
    m_panel->table()->setFocus();
    resize(960, 600);
}
