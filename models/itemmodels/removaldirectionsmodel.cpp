#include "removaldirectionsmodel.h"

#include "colours.h"
#include "displaytext.h"
#include "roles.h"
#include "store/removalstore.h"

namespace {
QString dateText(const QDate &day)
{
    return day.isValid() ? DisplayText::date(day.toString(Qt::ISODate)) : QString();
}
} // namespace

RemovalDirectionsModel::RemovalDirectionsModel(QSqlDatabase db, QObject *parent)
    : PersonScopedModel(std::move(db), ColumnCount, parent)
{
}

Result<QVector<RemovalDirections>> RemovalDirectionsModel::readRows(qint64 personId) const
{
    return RemovalStore(db()).forPerson(personId);
}

int RemovalDirectionsModel::pendingRow() const
{
    for (int i = 0; i < rows().size(); ++i)
        if (rowAt(i).isPending())
            return i;
    return -1;
}

QVariant RemovalDirectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RemovalDirections &d = rowAt(index.row());
    const bool failed = d.outcome == QLatin1String("failed");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SetOn:
            return dateText(d.setOn);
        case PlannedOn:
            return dateText(d.plannedOn);
        case Route:
            if (d.route == QLatin1String("charter") && !d.flightReference.isEmpty())
                return tr("%1 %2").arg(RemovalDirections::routeName(d.route), d.flightReference);
            return RemovalDirections::routeName(d.route);
        case Red0004:
            return d.red0004ServedOn.isValid() ? tr("Served %1").arg(dateText(d.red0004ServedOn))
                                               : tr("Not served");
        case Outcome:
            if (d.isPending())
                return RemovalDirections::outcomeName(d.outcome);
            return tr("%1 %2").arg(RemovalDirections::outcomeName(d.outcome),
                                   dateText(d.outcomeOn));
        case FailureReason:
            if (!failed)
                return QString();
            if (d.failureText.trimmed().isEmpty())
                return RemovalDirections::failureReasonName(d.failureReason);
            return tr("%1: %2").arg(RemovalDirections::failureReasonName(d.failureReason),
                                    d.failureText.trimmed());
        case Notes:
            return d.notes.section(QLatin1Char('\n'), 0, 0);
        }
        break;
    case Qt::ToolTipRole:
        return tr("Updated by %1 at %2%3")
            .arg(d.updatedBy, DisplayText::dateTime(d.updatedAt),
                 d.notes.isEmpty() ? QString() : QStringLiteral("\n") + d.notes);
    case Roles::PersonId:
        return d.personId;
    case Roles::Code:
        switch (index.column()) {
        case Route:
            return d.route;
        case FailureReason:
            return d.failureReason;
        default:
            return d.outcome;
        }
    case Roles::Sort:
        switch (index.column()) {
        case SetOn:
            return d.setOn;
        case PlannedOn:
            return d.plannedOn;
        case Red0004:
            return d.red0004ServedOn;
        case Outcome:
            return d.outcomeOn;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Roles::Problem:
        return failed;
    case Qt::ForegroundRole:
        if (index.column() == Outcome && failed)
            return Colours::problem();
        if (index.column() == Outcome && d.outcome == QLatin1String("removed"))
            return Colours::good();
        break;
    }
    return QVariant();
}

QVariant RemovalDirectionsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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
    case FailureReason:
        return tr("Why it failed");
    case Notes:
        return tr("Notes");
    }
    return QVariant();
}
