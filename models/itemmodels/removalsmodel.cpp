#include "removalsmodel.h"

#include "colours.h"
#include "displaytext.h"
#include "roles.h"

namespace {
QString dateText(const QDate &d)
{
    return d.isValid() ? DisplayText::date(d.toString(Qt::ISODate)) : QString();
}
} // namespace

RemovalsModel::RemovalsModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status RemovalsModel::reload()
{
    auto rows = RemovalStore(m_db).list(m_pendingOnly);
    beginResetModel();
    m_rows = rows ? std::move(rows.value()) : QVector<RemovalStore::Row>();
    endResetModel();
    return rows.status();
}

int RemovalsModel::pendingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const RemovalStore::Row &r) { return r.directions.isPending(); }));
}

int RemovalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RemovalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemovalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RemovalStore::Row &r = m_rows.at(index.row());
    const RemovalDirections &d = r.directions;
    const bool failed = d.outcome == QLatin1String("failed");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Person:
            return r.name;
        case Reference:
            return r.personRef;
        case SetOn:
            return dateText(d.setOn);
        case PlannedOn:
            return dateText(d.plannedOn);
        case Route:
            if (d.route == QLatin1String("charter") && !d.flightReference.isEmpty())
                return tr("Charter %1").arg(d.flightReference);
            return RemovalDirections::routeName(d.route);
        case Red0004:
            return dateText(d.red0004ServedOn);
        case Outcome:
            if (d.isPending())
                return RemovalDirections::outcomeName(d.outcome);
            return tr("%1 %2").arg(RemovalDirections::outcomeName(d.outcome),
                                   dateText(d.outcomeOn));
        case Reason:
            if (!failed)
                return QString();
            // "Other" says nothing by itself: what happened is the reason then. Otherwise the
            // account of what happened is in the tooltip, keeping the column to a few words.
            if (d.failureReason == QLatin1String("other") && !d.failureText.isEmpty()) {
                // A few words of it: the whole account is in the tooltip.
                constexpr int Shown = 48;
                const QString text = d.failureText.size() > Shown
                                         ? d.failureText.left(Shown).trimmed() + QChar(0x2026)
                                         : d.failureText;
                return tr("%1: %2").arg(RemovalDirections::failureReasonName(d.failureReason),
                                        text);
            }
            return RemovalDirections::failureReasonName(d.failureReason);
        case CaseOwner:
            return r.caseOwner;
        }
        break;
    case Roles::Sort:
        switch (index.column()) {
        case SetOn:
            return d.setOn;
        case PlannedOn:
            return d.plannedOn;
        case Red0004:
            return d.red0004ServedOn;
        case Outcome:
            // Pending first, then by the day of the outcome.
            return d.isPending() ? QDate(1, 1, 1) : d.outcomeOn;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Roles::PersonId:
        return d.personId;
    case Roles::Code:
        switch (index.column()) {
        case Route:
            return d.route;
        case Outcome:
            return d.outcome;
        case Reason:
            return d.failureReason;
        default:
            break;
        }
        break;
    case Roles::Problem:
        return failed;
    case Qt::ForegroundRole:
        if ((index.column() == Outcome || index.column() == Reason) && failed)
            return Colours::problem();
        if (index.column() == Outcome && d.outcome == QLatin1String("removed"))
            return Colours::good();
        break;
    case Qt::ToolTipRole:
        if (index.column() == Reason && failed && !d.failureText.isEmpty())
            return d.failureText;
        if (!d.notes.isEmpty())
            return d.notes;
        break;
    }
    return QVariant();
}

QVariant RemovalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Red0004)
        return tr("The day a RED.0004 notice was served (report 7.14)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person:
        return tr("Person");
    case Reference:
        return tr("Reference");
    case SetOn:
        return tr("Set");
    case PlannedOn:
        return tr("Planned");
    case Route:
        return tr("Route");
    case Red0004:
        return tr("RED.0004");
    case Outcome:
        return tr("Outcome");
    case Reason:
        return tr("Why it failed");
    case CaseOwner:
        return tr("Case owner");
    }
    return QVariant();
}
