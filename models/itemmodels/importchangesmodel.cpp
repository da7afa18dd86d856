#include "importchangesmodel.h"

#include "displaytext.h"
#include "domain/banding.h"
#include "roles.h"

ImportChangesModel::ImportChangesModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

Status ImportChangesModel::show(qint64 importId, const std::optional<QString> &owner,
                                const std::optional<ImportChange::Kind> &kind)
{
    const auto rows = ImportStore(m_db).changes(importId, owner, kind);
    beginResetModel();
    m_rows = rows ? rows.value() : QVector<ImportStore::ChangeRow>();
    endResetModel();
    return rows.status();
}

int ImportChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportChangesModel::valueText(const ImportStore::ChangeRow &r, const QString &value) const
{
    if (r.change.kind == ImportChange::Kind::BandChanged)
        return Banding::label(value.toInt());
    if (r.change.kind == ImportChange::Kind::CustodyChanged)
        return value.isEmpty() ? tr("(none)") : DisplayText::custody(value);
    if ((r.change.kind == ImportChange::Kind::OwnerChanged ||
         r.change.kind == ImportChange::Kind::UnitChanged) &&
        value.isEmpty())
        return tr("(none)");
    return value;
}

QVariant ImportChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ImportStore::ChangeRow &r = m_rows.at(index.row());
    if (role == Roles::PersonId)
        return r.change.personId;
    if (role == Roles::Code && index.column() == Change)
        return ImportChange::kindCode(r.change.kind);
    if (role == Qt::DecorationRole && r.change.kind == ImportChange::Kind::BandChanged &&
        (index.column() == Before || index.column() == After))
        return Banding::colour(
            (index.column() == Before ? r.change.before : r.change.after).toInt());
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Person:
        return r.givenNames.isEmpty() ? r.familyName : tr("%1, %2").arg(r.familyName, r.givenNames);
    case PersonRef:
        return r.personRef;
    case Change:
        return ImportChange::kindLabel(r.change.kind);
    case Before:
        return r.change.kind == ImportChange::Kind::BandChanged ||
                       r.change.kind == ImportChange::Kind::OwnerChanged ||
                       r.change.kind == ImportChange::Kind::UnitChanged ||
                       r.change.kind == ImportChange::Kind::CustodyChanged
                   ? valueText(r, r.change.before)
                   : QString();
    case After:
        return r.change.kind == ImportChange::Kind::BandChanged ||
                       r.change.kind == ImportChange::Kind::OwnerChanged ||
                       r.change.kind == ImportChange::Kind::UnitChanged ||
                       r.change.kind == ImportChange::Kind::CustodyChanged
                   ? valueText(r, r.change.after)
                   : QString();
    case Detail:
        if (r.change.kind == ImportChange::Kind::BandChanged)
            return tr("by the rule: %1")
                .arg(Banding::ruleName(Banding::ruleFromCode(r.change.detail)));
        if (r.change.kind == ImportChange::Kind::BarrierOpened ||
            r.change.kind == ImportChange::Kind::BarrierClosed) {
            // Stored as "TYPE case_ref".
            const int space = r.change.detail.indexOf(QLatin1Char(' '));
            return tr("%1, case %2")
                .arg(DisplayText::caseType(r.change.detail.left(space)),
                     r.change.detail.mid(space + 1));
        }
        return r.change.detail;
    default:
        return QVariant();
    }
}

QVariant ImportChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person:
        return tr("Person");
    case PersonRef:
        return tr("Person ref");
    case Change:
        return tr("Change");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Detail:
        return tr("Detail");
    default:
        return QVariant();
    }
}
