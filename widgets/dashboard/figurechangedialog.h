#pragma once

#include "domain/figurecomparison.h"
#include "figures/chart.h"
#include "figures/dashboardfilter.h"
#include "listwindow.h"

class ComparisonPanel;

// The change of one dashboard bar since a publication (issue 22): who joined or left the bar,
// each with the fact that changed, counted by reason; the bar's "to" is the bar itself. Enter or
// a double-click opens the person (personActivated).
class FigureChangeDialog : public ListWindow
{
    Q_OBJECT

public:
    // `publication`: how the publication is named ("#3 · 1 Dec 2026 · Quarter 3").
    FigureChangeDialog(const Chart &chart, int category, const FigureComparison &comparison,
                       const QString &publication, const DashboardFilter &filter,
                       QWidget *parent = nullptr);

    ComparisonPanel *panel() const { return m_panel; }

private:
    ComparisonPanel *m_panel;
};
