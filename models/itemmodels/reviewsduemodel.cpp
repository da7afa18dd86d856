#include "reviewsduemodel.h"

#include "colours.h"
#include "displaytext.h"
#include "domain/banding.h"
#include "domain/reviewrules.h"
#include "roles.h"

ReviewsDueModel::ReviewsDueModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

void ReviewsDueModel::setQuery(ReviewStore::Due which, const QString &owner, bool anyOwner)
{
    m_hasQuery = true;
    m_which = which;
    m_owner = owner;
    m_anyOwner = anyOwner;
}

Status ReviewsDueModel::reload()
{
    if (!m_hasQuery) {
        clear();
        return {};
    }
    auto rows = ReviewStore(m_db).due(m_asOf, m_which, m_owner, m_anyOwner);
    beginResetModel();
    m_rows = rows ? std::move(rows.value()) : QVector<ReviewStore::DueRow>();
    endResetModel();
    return rows.status();
}

void ReviewsDueModel::clear()
{
    m_hasQuery = false;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ReviewsDueModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const ReviewStore::DueRow &r) {
        return ReviewRules::isOverdue(r.due, m_asOf);
    }));
}

int ReviewsDueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewsDueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewsDueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ReviewStore::DueRow &r = m_rows.at(index.row());
    const auto date = [](const QDate &day) {
        return day.isValid() ? DisplayText::date(day.toString(Qt::ISODate)) : QString();
    };
    const bool overdue = ReviewRules::isOverdue(r.due, m_asOf);
    const qint64 late = overdue ? r.due.daysTo(m_asOf) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Person:
            return r.name;
        case Reference:
            return r.personRef;
        case Owner:
            return r.caseOwner.isEmpty() ? tr("(no case owner)") : r.caseOwner;
        case Band:
            return r.band > 0 ? Banding::label(r.band) : tr("Not banded");
        case LastReviewed:
            return r.lastReviewed.isValid() ? date(r.lastReviewed) : tr("never");
        case Due:
            return date(r.due);
        case DaysOverdue:
            if (overdue)
                return late;
            {
                // Spelt out rather than %n: the plural forms live in translations not yet made.
                const qint64 in = m_asOf.daysTo(r.due);
                return in == 0   ? tr("due today")
                       : in == 1 ? tr("due tomorrow")
                                 : tr("due in %1 days").arg(in);
            }
        case AwaitingSignOff:
            return r.unsignedReviewId > 0 ? tr("Yes") : QString();
        }
        break;
    case Roles::Sort:
        switch (index.column()) {
        case Band:
            return r.band > 0 ? r.band : 9;
        case LastReviewed:
            return r.lastReviewed;
        case Due:
            return r.due;
        case DaysOverdue:
            return m_asOf.isValid() && r.due.isValid() ? r.due.daysTo(m_asOf) : 0;
        case AwaitingSignOff:
            return r.unsignedReviewId > 0 ? 1 : 0;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Roles::PersonId:
        return r.personId;
    case Roles::Band:
        return r.band;
    case Roles::Problem:
        return overdue;
    case Qt::ForegroundRole:
        if ((index.column() == DaysOverdue || index.column() == Due) && overdue)
            return Colours::problem();
        if (index.column() == DaysOverdue ||
            (index.column() == LastReviewed && !r.lastReviewed.isValid()))
            return Colours::quiet();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DaysOverdue)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return QVariant();
}

QVariant ReviewsDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person:
        return tr("Person");
    case Reference:
        return tr("Reference");
    case Owner:
        return tr("Case owner");
    case Band:
        return tr("Band");
    case LastReviewed:
        return tr("Last reviewed");
    case Due:
        return tr("Review due");
    case DaysOverdue:
        return tr("Days overdue");
    case AwaitingSignOff:
        return tr("Awaiting sign-off");
    }
    return QVariant();
}
