#include "abscondersmodel.h"

#include "colours.h"
#include "displaytext.h"
#include "roles.h"

AbscondersModel::AbscondersModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

Status AbscondersModel::reload()
{
    auto rows = AbscondersStore(m_db).current(m_asOf);
    beginResetModel();
    m_rows = rows ? rows.value() : QVector<AbscondersStore::Absconder>();
    endResetModel();
    return rows.status();
}

int AbscondersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AbscondersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AbscondersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AbscondersStore::Absconder &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Person:
            return a.name;
        case Reference:
            return a.personRef;
        case CaseOwner:
            return a.caseOwner;
        case Declared:
            return DisplayText::date(a.declaredOn.toString(Qt::ISODate));
        case Referred:
            return a.referredOn.isValid() ? DisplayText::date(a.referredOn.toString(Qt::ISODate))
                                          : tr("Not referred yet");
        }
        break;
    case Roles::Sort:
        if (index.column() == Declared)
            return a.declaredOn;
        if (index.column() == Referred)
            return a.referredOn;
        return data(index, Qt::DisplayRole);
    case Roles::PersonId:
        return a.personId;
    case Roles::Problem:
        return !a.referredOn.isValid();
    case Qt::ForegroundRole:
        if (index.column() == Referred && !a.referredOn.isValid())
            return Colours::problem();
        break;
    }
    return QVariant();
}

QVariant AbscondersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person:
        return tr("Person");
    case Reference:
        return tr("Reference");
    case CaseOwner:
        return tr("Case owner");
    case Declared:
        return tr("Declared");
    case Referred:
        return tr("Trace and Locate");
    }
    return QVariant();
}
