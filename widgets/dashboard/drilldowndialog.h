#pragma once

#include "common/appcontext.h"
#include "figures/chart.h"
#include "figures/dashboardfilter.h"

#include <QDialog>
#include <QSqlDatabase>

class DrillDownModel;
class QLabel;
class QTableView;

// The list behind one bar or slice of the dashboard: exactly the rows that figure counts
// (Dashboard::drill), their number beside the chart's, as at the chart's date and with its
// definition. Enter or a double-click opens the person; the dialog stays for the next one.
// A window of its own (Qt::Window; DashboardView gives it no parent), not a dialog held above
// the main window, so that the person's record comes in front of it; it does not keep Lodestar
// open by itself.
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    DrillDownDialog(const AppContext &context, const Chart &chart, int series, int category,
                    const DashboardFilter &filter, QWidget *parent = nullptr);

    DrillDownModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *countLabel() const { return m_count; }

    // "12 people", "1 breach": a count in the chart's unit.
    static QString countText(const QString &unit, qint64 n);

signals:
    void personActivated(qint64 personId);

private:
    DrillDownModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
};
