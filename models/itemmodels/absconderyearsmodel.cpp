#include "absconderyearsmodel.h"

#include "roles.h"

AbsconderYearsModel::AbsconderYearsModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

Status AbsconderYearsModel::reload()
{
    auto years = AbscondersStore(m_db).byYear();
    beginResetModel();
    m_years = years ? years.value() : QVector<AbscondersStore::Year>();
    endResetModel();
    return years.status();
}

int AbsconderYearsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int AbsconderYearsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AbsconderYearsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AbscondersStore::Year &y = m_years.at(index.row());
    if (role == Qt::DisplayRole || role == Roles::Sort) {
        switch (index.column()) {
        case Year:
            return y.year;
        case Referred:
            return y.referred;
        case Located:
            return y.located;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Year)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant AbsconderYearsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Year:
        return tr("Year");
    case Referred:
        return tr("Referred to Trace and Locate");
    case Located:
        return tr("Located");
    }
    return QVariant();
}
