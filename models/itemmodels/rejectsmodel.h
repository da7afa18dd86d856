#pragma once

#include "domain/importsummary.h"

#include <QAbstractTableModel>
#include <QVector>

// The rows an import rejected (file, line, reason), for the results dialog and its CSV.
class RejectsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        File,
        Line,
        Reason,
        ColumnCount
    };

    explicit RejectsModel(QObject *parent = nullptr);

    void setRows(const QVector<ImportSummary::Row> &rows);
    const QVector<ImportSummary::Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<ImportSummary::Row> m_rows;
};
