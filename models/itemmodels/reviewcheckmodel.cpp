#include "reviewcheckmodel.h"

#include "colours.h"
#include "roles.h"

#include <QFont>
#include <QLocale>

ReviewCheckModel::ReviewCheckModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

Status ReviewCheckModel::reload()
{
    auto rows = ReviewStore(m_db).check(m_asOf, m_team);
    beginResetModel();
    m_rows = rows ? std::move(rows.value()) : QVector<ReviewStore::CheckRow>();
    endResetModel();
    return rows.status();
}

int ReviewCheckModel::rowOfOwner(const QString &owner) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).owner == owner)
            return i;
    }
    return -1;
}

qint64 ReviewCheckModel::totalOverdue() const
{
    qint64 n = 0;
    for (const ReviewStore::CheckRow &r : m_rows)
        n += r.overdue;
    return n;
}

qint64 ReviewCheckModel::totalDueSoon() const
{
    qint64 n = 0;
    for (const ReviewStore::CheckRow &r : m_rows)
        n += r.dueSoon;
    return n;
}

int ReviewCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ReviewStore::CheckRow &r = m_rows.at(index.row());
    const auto number = [&]() -> qint64 {
        switch (index.column()) {
        case People:
            return r.people;
        case Overdue:
            return r.overdue;
        case DueSoon:
            return r.dueSoon;
        case AwaitingSignOff:
            return r.awaitingSignOff;
        }
        return 0;
    };
    const bool isNumber = index.column() >= People;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Caseworker:
            return r.displayName;
        case Team:
            return r.team;
        default:
            return QLocale().toString(number());
        }
    case Roles::Sort:
        if (isNumber)
            return number();
        return data(index, Qt::DisplayRole);
    case Roles::Code:
        return r.owner;
    case Roles::Problem:
        return r.overdue > 0;
    case Qt::ToolTipRole:
        if (index.column() == Caseworker && !r.owner.isEmpty())
            return r.owner;
        break;
    case Qt::ForegroundRole:
        if (index.column() == Overdue && r.overdue > 0)
            return Colours::problem();
        break;
    case Qt::FontRole:
        if (index.column() == Overdue && r.overdue > 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (isNumber)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return QVariant();
}

QVariant ReviewCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Caseworker:
        return tr("Caseworker");
    case Team:
        return tr("Team");
    case People:
        return tr("People");
    case Overdue:
        return tr("Reviews overdue");
    case DueSoon:
        return tr("Due in 30 days");
    case AwaitingSignOff:
        return tr("Awaiting sign-off");
    }
    return QVariant();
}
