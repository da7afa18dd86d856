#pragma once

#include "domain/figurecomparison.h"

#include <QWidget>

class EmptyListNotice;
class FigureComparisonModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// One people figure compared between two snapshots (issue 22), as the Published Figures view
// and a dashboard bar's change both show it: the values with how the difference adds up (and a
// changed definition), the count by reason, and every person who joined or left with the fact
// that changed, sortable. Enter or a double-click on a person emits personActivated.
class ComparisonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonPanel(QWidget *parent = nullptr);

    FigureComparisonModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *headerLabel() const { return m_header; }
    QLabel *reasonsLabel() const { return m_reasons; }

    // Shows `comparison`; `meaning` (the figure's definition) is the headline's tooltip.
    void setComparison(const FigureComparison &comparison, const QString &meaning);
    // Nothing compared, `text` in its place as a problem.
    void showProblem(const QString &text);
    void clear();

signals:
    void personActivated(qint64 personId);

private:
    FigureComparisonModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_header;
    QLabel *m_reasons;
    QTableView *m_table;
    EmptyListNotice *m_empty;
};
