#pragma once

#include "domain/sheet.h"
#include "domain/sheetmapping.h"

#include <QAbstractTableModel>

// The columns of a team spreadsheet, one row each, with an example value and the Lodestar
// field it maps to; the field is editable (Qt::EditRole takes a SheetMapping::Field).
class SheetMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SheetColumn,
        Example,
        MapsTo,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SheetMappingModel(QObject *parent = nullptr);

    void setSheet(const Sheet &sheet, const SheetMapping &mapping);
    const SheetMapping &mapping() const { return m_mapping; }
    const QStringList &headers() const { return m_headers; }

    // "A", "B", … "AA": the letter a spreadsheet shows above the column.
    static QString columnLetter(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void mappingChanged();

private:
    QStringList m_headers;
    QStringList m_examples;
    SheetMapping m_mapping;
};
