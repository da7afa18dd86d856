#include "rejectsmodel.h"

#include "roles.h"

RejectsModel::RejectsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RejectsModel::setRows(const QVector<ImportSummary::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RejectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ImportSummary::Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Roles::Sort) {
        switch (index.column()) {
        case File:
            return r.file;
        case Line:
            return r.line;
        case Reason:
            return r.reason;
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return r.reason;
    return QVariant();
}

QVariant RejectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case Reason:
        return tr("Reason");
    default:
        return QVariant();
    }
}
