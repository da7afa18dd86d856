#pragma once

#include "store/sheetimportstore.h"

#include <QAbstractTableModel>

// What each row of a mapped team spreadsheet will become: the person it matches, the note,
// the diary entry, or why it cannot be brought in.
class SheetPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Row,
        Reference,
        Person,
        Note,
        DiaryDate,
        DiaryAction,
        Problem,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SheetPreviewModel(QObject *parent = nullptr);

    void setRows(QVector<SheetImportStore::PlannedRow> rows);
    const QVector<SheetImportStore::PlannedRow> &rows() const { return m_rows; }
    int problemCount() const;
    int unknownPersonCount() const;
    int readyCount() const; // rows that match a person and bring something in

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<SheetImportStore::PlannedRow> m_rows;
};
