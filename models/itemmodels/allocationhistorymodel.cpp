#include "allocationhistorymodel.h"

#include "displaytext.h"
#include "roles.h"
#include "store/allocationstore.h"
#include "store/userstore.h"

AllocationHistoryModel::AllocationHistoryModel(QSqlDatabase db, QObject *parent)
    : PersonScopedModel(std::move(db), ColumnCount, parent)
{
}

Result<QVector<Allocation>> AllocationHistoryModel::readRows(qint64 personId) const
{
    return AllocationStore(db()).history(personId);
}

::Status AllocationHistoryModel::readExtras(qint64, QHash<QString, QString> &names) const
{
    // Without the users the history still reads, by user name.
    if (auto users = UserStore(db()).labels(); users)
        names = std::move(users.value());
    return {};
}

QString AllocationHistoryModel::label(const QString &userName) const
{
    if (userName.isEmpty())
        return tr("(nobody)");
    return extras().value(userName, userName);
}

QVariant AllocationHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Allocation &a = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return DisplayText::date(a.allocatedOn.toString(Qt::ISODate));
        case From:
            return label(a.fromOwner);
        case To:
            return label(a.toOwner);
        case Reason:
            return a.reason;
        case By:
            return label(a.allocatedBy);
        }
        break;
    case Roles::Code:
        // The user names behind the shown names.
        switch (index.column()) {
        case From:
            return a.fromOwner;
        case To:
            return a.toOwner;
        case By:
            return a.allocatedBy;
        }
        break;
    case Roles::Sort:
        if (index.column() == When)
            return a.allocatedOn;
        return data(index, Qt::DisplayRole);
    case Roles::PersonId:
        return a.personId;
    case Qt::ToolTipRole:
        return tr("Recorded by %1 at %2").arg(a.allocatedBy, DisplayText::dateTime(a.allocatedAt));
    }
    return QVariant();
}

QVariant AllocationHistoryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("Allocated on");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Reason:
        return tr("Reason");
    case By:
        return tr("Allocated by");
    }
    return QVariant();
}
