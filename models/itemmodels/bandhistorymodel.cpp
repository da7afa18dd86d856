#include "bandhistorymodel.h"

#include "displaytext.h"
#include "domain/banding.h"
#include "roles.h"
#include "store/bandoverridestore.h"

BandHistoryModel::BandHistoryModel(QSqlDatabase db, QObject *parent)
    : PersonScopedModel(std::move(db), ColumnCount, parent)
{
}

Result<QVector<BandOverride>> BandHistoryModel::readRows(qint64 personId) const
{
    return BandOverrideStore(db()).history(personId);
}

QVariant BandHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BandOverride &e = rowAt(index.row());
    switch (role) {
    case Roles::PersonId:
        return personId();
    case Roles::Band:
        // 0 marks a withdrawal: the computed band applies again.
        return e.band.value_or(0);
    case Qt::DisplayRole:
        switch (index.column()) {
        case SetAt:
            return DisplayText::dateTime(e.setAt);
        case Band:
            return e.band ? Banding::label(*e.band) : tr("Override withdrawn");
        case Reason:
            return e.reason;
        case SetBy:
            return e.setBy;
        default:
            return {};
        }
    case Roles::Sort:
        switch (index.column()) {
        case SetAt:
            return e.setAt;
        case Band:
            return e.band.value_or(0);
        case Reason:
            return e.reason;
        case SetBy:
            return e.setBy;
        default:
            return {};
        }
    case Qt::DecorationRole:
        // A swatch beside the band's name, never instead of it.
        if (index.column() == Band && e.band)
            return Banding::colour(*e.band);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Reason)
            return e.reason;
        return {};
    default:
        return {};
    }
}

QVariant BandHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SetAt:
        return tr("When");
    case Band:
        return tr("Band set");
    case Reason:
        return tr("Reason");
    case SetBy:
        return tr("By");
    default:
        return {};
    }
}
