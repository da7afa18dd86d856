#include "publishedfiguresmodel.h"

#include "displaytext.h"
#include "roles.h"

PublishedFiguresModel::PublishedFiguresModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
    reload();
}

Status PublishedFiguresModel::reload()
{
    const auto list = FigureSnapshotStore(m_db).list();
    beginResetModel();
    m_rows = list ? list.value() : QVector<FigureSnapshotStore::Published>();
    endResetModel();
    return list.status();
}

int PublishedFiguresModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int PublishedFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PublishedFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PublishedFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const FigureSnapshotStore::Published &p = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == People))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Published)
        return tr("%1 UTC").arg(p.publishedAt);
    if (role != Qt::DisplayRole && role != Roles::Sort)
        return QVariant();
    const bool sort = role == Roles::Sort;
    switch (index.column()) {
    case Id:
        return p.id;
    case Published:
        return sort ? p.publishedAt : DisplayText::dateTime(p.publishedAt);
    case By:
        return p.publishedBy;
    case AsOf:
        return sort ? p.asOf : DisplayText::date(p.asOf);
    case People:
        return p.people;
    case Label:
        return p.label;
    default:
        return QVariant();
    }
}

QVariant PublishedFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Id");
    case Published:
        return tr("Published");
    case By:
        return tr("By");
    case AsOf:
        return tr("As of");
    case People:
        return tr("People");
    case Label:
        return tr("Label");
    default:
        return QVariant();
    }
}
