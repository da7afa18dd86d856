#include "holdsmodel.h"

#include "colours.h"
#include "displaytext.h"
#include "domain/barrier.h"
#include "roles.h"
#include "store/progressionstore.h"

namespace {
QString dateText(const QDate &day)
{
    return day.isValid() ? DisplayText::date(day.toString(Qt::ISODate)) : QString();
}
} // namespace

HoldsModel::HoldsModel(QSqlDatabase db, QObject *parent)
    : PersonScopedModel(std::move(db), ColumnCount, parent)
{
}

Result<QVector<ProgressionHold>> HoldsModel::readRows(qint64 personId) const
{
    return ProgressionStore(db()).holdsFor(personId);
}

void HoldsModel::setAsOf(const QDate &asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    if (!rows().isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int HoldsModel::activeCount() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(),
                             [this](const ProgressionHold &h) { return h.isActive(m_asOf); }));
}

QString HoldsModel::stateText(const ProgressionHold &h) const
{
    if (h.isActive(m_asOf))
        return tr("Active");
    if (h.placedOn.isValid() && h.placedOn > m_asOf)
        return tr("Not yet placed");
    // What ended it first, as isActive checks them; the Until columns give the day.
    if (h.releasedOn.isValid() && h.releasedOn <= m_asOf)
        return tr("Released");
    if (h.untilBarrierId > 0 && h.barrierClearedOn.isValid() && h.barrierClearedOn <= m_asOf &&
        !(h.untilOn.isValid() && h.untilOn < h.barrierClearedOn))
        return tr("Ended: barrier cleared");
    return tr("Ended: date reached");
}

QVariant HoldsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ProgressionHold &h = rowAt(index.row());
    const bool active = h.isActive(m_asOf);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Reason:
            return h.reason;
        case Placed:
            return dateText(h.placedOn);
        case UntilDate:
            return dateText(h.untilOn);
        case UntilBarrier:
            if (h.untilBarrierId <= 0)
                return QString();
            if (h.barrierClearedOn.isValid())
                return tr("%1 (cleared %2)")
                    .arg(Barrier::typeName(h.barrierType), dateText(h.barrierClearedOn));
            return tr("%1 (open)").arg(Barrier::typeName(h.barrierType));
        case State:
            return stateText(h);
        case Released:
            if (!h.releasedOn.isValid())
                return QString();
            return tr("%1 by %2").arg(dateText(h.releasedOn), h.releasedBy);
        }
        break;
    case Qt::ToolTipRole:
        return tr("Placed by %1").arg(h.placedBy);
    case Roles::PersonId:
        return h.personId;
    case Roles::Code:
        return active ? QStringLiteral("active") : QStringLiteral("ended");
    case Roles::Sort:
        switch (index.column()) {
        case Placed:
            return h.placedOn;
        case UntilDate:
            return h.untilOn;
        case Released:
            return h.releasedOn;
        case State:
            return active;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (!active)
            return Colours::quiet();
        break;
    }
    return QVariant();
}

QVariant HoldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reason:
        return tr("Reason");
    case Placed:
        return tr("Placed");
    case UntilDate:
        return tr("Until");
    case UntilBarrier:
        return tr("Until cleared");
    case State:
        return tr("Status");
    case Released:
        return tr("Released");
    }
    return QVariant();
}
