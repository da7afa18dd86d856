#pragma once

#include "domain/figurecomparison.h"

#include <QAbstractTableModel>
#include <QVector>

// The people behind the difference between two snapshots of one figure (issue 22): a row per
// person who joined, then per person who left, with the fact that moved them. Read-only; the
// view sorts it through a proxy on Roles::Sort.
class FigureComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Change,
        Person,
        Reason,
        WhatChanged,
        ColumnCount
    };

    explicit FigureComparisonModel(QObject *parent = nullptr);

    // Shows the people of `comparison`; nothing for none.
    void setComparison(const std::optional<FigureComparison> &comparison);
    const std::optional<FigureComparison> &comparison() const { return m_comparison; }
    // Whether row `row` is a person who joined (else one who left).
    bool joinedAt(int row) const;
    const FigureComparison::Change &changeAt(int row) const;

    // The reason in words, for the Reason column and the counts line ("band", "custody").
    static QString reasonName(FigureComparison::Reason reason);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<FigureComparison> m_comparison;
};
