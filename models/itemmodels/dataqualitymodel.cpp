#include "dataqualitymodel.h"

#include "roles.h"

DataQualityModel::DataQualityModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status DataQualityModel::reload(bool recount)
{
    const DataQualityStore store(m_db);
    // Every issue at once: choosing an issue then narrows without another read, which on a
    // large caseload is most of a second.
    auto rows = store.list(m_asOf, std::nullopt, m_caseOwner);
    QMap<DataQualityRules::Issue, qint64> counts;
    ::Status status = rows.status();
    if (rows && m_caseOwner.isEmpty()) {
        for (const DataQualityRules::Issue issue : DataQualityRules::all())
            counts.insert(issue, 0);
        for (const DataQualityStore::Row &r : rows.value())
            ++counts[r.issue];
    } else if (!recount && m_countedOn == m_asOf) {
        counts = m_counts;
    } else if (auto counted = store.counts(m_asOf); counted) {
        counts = std::move(counted.value());
    } else if (status) {
        status = counted.status();
    }
    beginResetModel();
    m_all = rows ? std::move(rows.value()) : QVector<DataQualityStore::Row>();
    m_counts = std::move(counts);
    m_countedOn = m_counts.isEmpty() ? Moment() : m_asOf;
    narrow();
    endResetModel();
    return status;
}

void DataQualityModel::setIssue(std::optional<DataQualityRules::Issue> issue)
{
    beginResetModel();
    m_issue = issue;
    narrow();
    endResetModel();
}

void DataQualityModel::narrow()
{
    m_rows.clear();
    if (!m_issue) {
        m_rows = m_all; // shared, not copied
        return;
    }
    for (const DataQualityStore::Row &r : std::as_const(m_all)) {
        if (r.issue == *m_issue)
            m_rows << r;
    }
}

QString DataQualityModel::fixTab(DataQualityRules::Issue issue)
{
    switch (issue) {
    case DataQualityRules::Issue::WindowMissing:
    case DataQualityRules::Issue::WindowOverAnHour:
    case DataQualityRules::Issue::BlankOutcomes:
        return QStringLiteral("reporting");
    case DataQualityRules::Issue::RemovedAwaitingCid:
        return QStringLiteral("removal");
    case DataQualityRules::Issue::UnclearOwnership:
    case DataQualityRules::Issue::NoCaseOwner:
    case DataQualityRules::Issue::OverrideWithoutReason:
    case DataQualityRules::Issue::NoCriminalCase:
        break;
    }
    return QString();
}

int DataQualityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DataQualityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataQualityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const DataQualityStore::Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Issue:
            return DataQualityRules::name(r.issue);
        case Person:
            return r.name;
        case Reference:
            return r.personRef;
        case CaseOwner:
            return r.caseOwner.isEmpty() ? tr("Nobody") : r.caseOwner;
        case OwningUnit:
            return r.owningUnit;
        case Detail:
            return r.detail;
        case Fix:
            return DataQualityRules::fix(r.issue);
        }
        break;
    case Roles::Sort:
        switch (index.column()) {
        case Issue:
            return int(r.issue);
        case CaseOwner:
            return r.caseOwner;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Roles::PersonId:
        return r.personId;
    case Roles::Band:
        return r.band;
    case Roles::Code:
        if (index.column() == Issue)
            return DataQualityRules::code(r.issue);
        break;
    case Roles::Problem:
        return true;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Fix:
        case Detail:
        case Issue:
        case Person:
        case OwningUnit:
            return data(index, Qt::DisplayRole);
        default:
            break;
        }
        break;
    }
    return QVariant();
}

QVariant DataQualityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Issue:
        return tr("Issue");
    case Person:
        return tr("Person");
    case Reference:
        return tr("Reference");
    case CaseOwner:
        return tr("Case owner");
    case OwningUnit:
        return tr("Owning unit");
    case Detail:
        return tr("What is wrong");
    case Fix:
        return tr("Fix");
    }
    return QVariant();
}
