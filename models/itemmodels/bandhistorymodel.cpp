#include "bandhistorymodel.h"

#include "displaytext.h"
#include "domain/banding.h"
#include "roles.h"
#include "store/bandoverridestore.h"

BandHistoryModel::BandHistoryModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

Status BandHistoryModel::setPersonId(qint64 personId)
{
    m_personId = personId;
    return reload();
}

Status BandHistoryModel::reload()
{
    QVector<BandOverride> entries;
    Status status;
    if (m_personId > 0) {
        auto result = BandOverrideStore(m_db).history(m_personId);
        if (result)
            entries = std::move(result.value());
        else
            status = result.status();
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    return status;
}

int BandHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BandHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BandHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BandOverride &e = m_entries.at(index.row());
    switch (role) {
    case Roles::PersonId:
        return m_personId;
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
