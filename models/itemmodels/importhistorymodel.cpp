#include "importhistorymodel.h"

#include "displaytext.h"
#include "roles.h"
#include "store/importstore.h"

ImportHistoryModel::ImportHistoryModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
    reload();
}

Status ImportHistoryModel::reload()
{
    const auto history = ImportStore(m_db).history();
    beginResetModel();
    m_records = history ? history.value() : QVector<ImportRecord>();
    endResetModel();
    return history.status();
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ImportRecord &r = m_records.at(index.row());
    if (role == Qt::ToolTipRole) {
        if (index.column() == CasesFile)
            return tr("SHA-256 %1").arg(r.casesSha256);
        if (index.column() == ReportingFile && !r.reportingFile.isEmpty())
            return tr("SHA-256 %1").arg(r.reportingSha256);
        return QVariant();
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Rows)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Roles::Sort)
        return QVariant();
    const bool sort = role == Roles::Sort;
    switch (index.column()) {
    case Started:
        return sort ? r.startedAt : DisplayText::dateTime(r.startedAt);
    case By:
        return r.importedBy;
    case CasesFile:
        return r.casesFile;
    case ReportingFile:
        return r.reportingFile;
    case Rows:
        return r.casesRows + r.reportingRows;
    case Rejected:
        return r.casesRejected + r.reportingRejected;
    case PeopleAdded:
        return r.personsAdded;
    case CasesAdded:
        return r.casesAdded;
    case CasesUpdated:
        return r.casesUpdated;
    case CasesUnchanged:
        return r.casesUnchanged;
    case EventsAdded:
        return r.eventsAdded;
    case NotInExtract:
        return r.casesNotInExtract;
    default:
        return QVariant();
    }
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Imported");
    case By:
        return tr("By");
    case CasesFile:
        return tr("Cases file");
    case ReportingFile:
        return tr("Reporting file");
    case Rows:
        return tr("Rows");
    case Rejected:
        return tr("Rejected");
    case PeopleAdded:
        return tr("People added");
    case CasesAdded:
        return tr("Cases added");
    case CasesUpdated:
        return tr("Updated");
    case CasesUnchanged:
        return tr("Unchanged");
    case EventsAdded:
        return tr("Events added");
    case NotInExtract:
        return tr("Not in extract");
    default:
        return QVariant();
    }
}
