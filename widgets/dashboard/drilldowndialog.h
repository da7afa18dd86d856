#pragma once

#include "common/appcontext.h"
#include "figures/chart.h"
#include "figures/dashboardfilter.h"
#include "listwindow.h"

#include <QSqlDatabase>

class DrillDownModel;
class QLabel;
class QTableView;

// The list behind one bar or slice of the dashboard: exactly the rows that figure counts
// (Dashboard::drill), their number beside the chart's, as at the chart's date and with its
// definition. Enter or a double-click opens the person (personActivated); the window stays for
// the next one.
class DrillDownDialog : public ListWindow
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

private:
    DrillDownModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
};
