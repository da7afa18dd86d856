#include "traveldocsglancemodel.h"

#include "roles.h"

TravelDocsGlanceModel::TravelDocsGlanceModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status TravelDocsGlanceModel::reload()
{
    auto rows = TravelDocumentStore(m_db).atAGlance(m_asOf);
    beginResetModel();
    m_rows = rows ? rows.value() : QVector<TravelDocumentStore::Nationality>();
    endResetModel();
    return rows.status();
}

int TravelDocsGlanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TravelDocsGlanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TravelDocsGlanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TravelDocumentStore::Nationality &n = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Roles::Sort) {
        switch (index.column()) {
        case Nationality:
            return n.nationality.isEmpty() && role == Qt::DisplayRole ? tr("Not recorded")
                                                                      : n.nationality;
        case People:
            return n.people;
        case NoDocument:
            return n.noDocument;
        case InProgress:
            return n.inProgress;
        case Usable:
            return n.usable;
        case RefusedOrExpired:
            return n.refusedOrExpired;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Nationality)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant TravelDocsGlanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Nationality:
        return tr("Nationality");
    case People:
        return tr("Non-detained people");
    case NoDocument:
        return tr("Nothing sought");
    case InProgress:
        return tr("In progress");
    case Usable:
        return tr("Usable document");
    case RefusedOrExpired:
        return tr("Refused or expired");
    }
    return QVariant();
}
