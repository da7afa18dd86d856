#include "restrictionhistorymodel.h"

#include "displaytext.h"
#include "roles.h"
#include "store/restrictionstore.h"

RestrictionHistoryModel::RestrictionHistoryModel(QSqlDatabase db, QObject *parent)
    : PersonScopedModel(std::move(db), ColumnCount, parent)
{
}

Result<QVector<ReportingRestriction>> RestrictionHistoryModel::readRows(qint64 personId) const
{
    return RestrictionStore(db()).history(personId);
}

QVariant RestrictionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ReportingRestriction &r = rowAt(index.row());
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
