#include "restrictionhistorymodel.h"

#include "displaytext.h"
#include "roles.h"
#include "store/restrictionstore.h"

RestrictionHistoryModel::RestrictionHistoryModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

Status RestrictionHistoryModel::setPersonId(qint64 personId)
{
    auto rows = RestrictionStore(m_db).history(personId);
    beginResetModel();
    m_rows = rows ? rows.value() : QVector<ReportingRestriction>();
    endResetModel();
    return rows.status();
}

int RestrictionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RestrictionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RestrictionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ReportingRestriction &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SetAt:
            return DisplayText::dateTime(r.setAt);
        case SetBy:
            return r.setBy;
        case Restriction:
            return r.summary();
        case Reason:
            return r.reason;
        }
    }
    if (role == Roles::Sort && index.column() == SetAt)
        return r.setAt;
    return QVariant();
}

QVariant RestrictionHistoryModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SetAt:
        return tr("Set");
    case SetBy:
        return tr("By");
    case Restriction:
        return tr("Restriction");
    case Reason:
        return tr("Why");
    }
    return QVariant();
}
