#include "sheetmappingmodel.h"

#include "roles.h"

SheetMappingModel::SheetMappingModel(QObject *parent) : QAbstractTableModel(parent) {}

void SheetMappingModel::setSheet(const Sheet &sheet, const SheetMapping &mapping)
{
    beginResetModel();
    m_headers = sheet.headers;
    m_mapping = mapping;
    m_examples = QStringList();
    // The first value of each column, from the first rows: enough to recognise it.
    for (int c = 0; c < m_headers.size(); ++c) {
        QString example;
        for (int r = 0; r < sheet.rows.size() && r < 50 && example.isEmpty(); ++r) {
            if (c < sheet.rows.at(r).cells.size())
                example = sheet.rows.at(r).cells.at(c).simplified();
        }
        m_examples << example;
    }
    endResetModel();
}

QString SheetMappingModel::columnLetter(int column)
{
    QString out;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        out.prepend(QChar(u'A' + (n - 1) % 26));
    return out;
}

int SheetMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int SheetMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SheetMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int r = index.row();
    switch (index.column()) {
    case SheetColumn:
        if (role == Qt::DisplayRole)
            return tr("%1 \u00b7 %2").arg(columnLetter(r), m_headers.at(r).simplified());
        if (role == Roles::Sort)
            return r;
        break;
    case Example:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_examples.value(r);
        break;
    case MapsTo:
        if (role == Qt::DisplayRole)
            return SheetMapping::fieldName(m_mapping.field(r));
        if (role == Qt::EditRole || role == Roles::Code)
            return int(m_mapping.field(r));
        if (role == Qt::ToolTipRole)
            return tr("Double-click or press F2 to choose what this column becomes");
        break;
    }
    return QVariant();
}

bool SheetMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != MapsTo ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int f = value.toInt(&ok);
    if (!ok || f < 0 || f >= SheetMapping::FieldCount)
        return false;
    if (m_mapping.field(index.row()) == SheetMapping::Field(f))
        return true;
    m_mapping.setField(index.row(), SheetMapping::Field(f));
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Roles::Code});
    emit mappingChanged();
    return true;
}

Qt::ItemFlags SheetMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == MapsTo)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SheetMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SheetColumn:
        return tr("Sheet column");
    case Example:
        return tr("Example");
    case MapsTo:
        return tr("Becomes");
    }
    return QVariant();
}
