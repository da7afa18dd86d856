#include "workloadmodel.h"

#include "colours.h"
#include "roles.h"

#include <QFont>
#include <QLocale>

WorkloadModel::WorkloadModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status WorkloadModel::reload()
{
    auto rows = AllocationStore(m_db).workload(m_asOf, m_team);
    beginResetModel();
    m_rows = rows ? std::move(rows.value()) : QVector<AllocationStore::Load>();
    endResetModel();
    return rows.status();
}

int WorkloadModel::rowOfOwner(const QString &owner) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).owner == owner)
            return i;
    }
    return -1;
}

int WorkloadModel::overCapacityCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const AllocationStore::Load &l) { return l.overCapacity(); }));
}

qint64 WorkloadModel::peopleCount() const
{
    qint64 n = 0;
    for (const AllocationStore::Load &l : m_rows)
        n += l.people;
    return n;
}

int WorkloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The value of a numeric column, as a number (for sorting and tests).
QVariant WorkloadModel::number(const AllocationStore::Load &l, int column) const
{
    switch (column) {
    case Band1:
    case Band2:
    case Band3:
    case Band4:
        return l.peopleByBand.value(column - Band1 + 1);
    case Detained:
        return l.peopleByBand.value(0);
    case People:
        return l.people;
    case Points:
        return l.points;
    case Capacity:
        return l.capacity;
    case Load:
        return l.capacity > 0 ? l.percent() : -1;
    case ReviewsOverdue:
        return l.reviewsOverdue;
    case BreachedThisWeek:
        return l.breachedThisWeek;
    case PreparationOverdue:
        return l.preparationOverdue;
    }
    return QVariant();
}

QVariant WorkloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AllocationStore::Load &l = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return l.displayName;
        case Team:
            return l.team;
        case Capacity:
            // An owner who is not a known user has no capacity to weigh against.
            return l.capacity > 0 ? QLocale().toString(l.capacity) : tr("Not a user");
        case Load:
            return l.capacity > 0 ? tr("%1%").arg(l.percent()) : QString();
        default:
            return QLocale().toString(number(l, column).toLongLong());
        }
    case Roles::Sort:
        if (column == Name || column == Team)
            return data(index, Qt::DisplayRole);
        return number(l, column);
    case Roles::Code:
        return l.owner;
    case Roles::Problem:
        return l.overCapacity();
    case Qt::ToolTipRole:
        if (column == Name)
            return l.owner.isEmpty() ? tr("People with no case owner") : l.owner;
        if (column == Load && l.capacity > 0)
            return tr("%1 points of a capacity of %2").arg(l.points).arg(l.capacity);
        if (column == Capacity && l.capacity == 0)
            return tr("This case owner is not in Settings → Users and Teams, so has no "
                      "capacity");
        break;
    case Qt::ForegroundRole:
        if (column == Load && l.overCapacity())
            return Colours::problem();
        if ((column == ReviewsOverdue && l.reviewsOverdue > 0) ||
            (column == PreparationOverdue && l.preparationOverdue > 0))
            return Colours::problem();
        if (column == Capacity && l.capacity == 0)
            return Colours::quiet();
        break;
    case Qt::FontRole:
        if (column == Load && l.overCapacity()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column != Name && column != Team)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return QVariant();
}

QVariant WorkloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Points:
            return tr("The people weighed by band (Settings → Workload Weights)");
        case Load:
            return tr("Points as a share of capacity; over 100% in red");
        case BreachedThisWeek:
            return tr("People with a reporting breach in the last 7 days");
        }
        return QVariant();
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Caseworker");
    case Team:
        return tr("Team");
    case Band1:
        return tr("Band 1");
    case Band2:
        return tr("Band 2");
    case Band3:
        return tr("Band 3");
    case Band4:
        return tr("Band 4");
    case Detained:
        return tr("Detained");
    case People:
        return tr("People");
    case Points:
        return tr("Points");
    case Capacity:
        return tr("Capacity");
    case Load:
        return tr("Load");
    case ReviewsOverdue:
        return tr("Reviews overdue");
    case BreachedThisWeek:
        return tr("Breached this week");
    case PreparationOverdue:
        return tr("Preparation overdue");
    }
    return QVariant();
}
