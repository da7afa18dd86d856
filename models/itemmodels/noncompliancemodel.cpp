#include "noncompliancemodel.h"

#include "colours.h"
#include "displaytext.h"
#include "domain/banding.h"
#include "roles.h"
#include "store/noncompliancestore.h"

#include <QFont>

NoncomplianceModel::NoncomplianceModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

Status NoncomplianceModel::reload()
{
    auto rows = NoncomplianceStore(m_db).queue(m_asOf, m_thresholds);
    m_all = rows ? std::move(rows.value()) : QVector<NoncomplianceRow>();
    applyFilter();
    return rows.status();
}

void NoncomplianceModel::setFilter(bool unactionedOnly, bool breachedLastWeekOnly,
                                   const OwnerScope &owners)
{
    m_unactionedOnly = unactionedOnly;
    m_breachedLastWeekOnly = breachedLastWeekOnly;
    m_owners = owners;
    applyFilter();
}

void NoncomplianceModel::applyFilter()
{
    beginResetModel();
    m_rows.clear();
    for (const NoncomplianceRow &r : std::as_const(m_all)) {
        if ((!m_unactionedOnly || r.unactioned) &&
            (!m_breachedLastWeekOnly || r.breachedLastWeek()) &&
            m_owners.contains(r.caseOwner, r.ownerTeam))
            m_rows << r;
    }
    endResetModel();
}

int NoncomplianceModel::rowOfPerson(qint64 personId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).personId == personId)
            return i;
    }
    return -1;
}

int NoncomplianceModel::unactionedCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [](const NoncomplianceRow &r) { return r.unactioned; }));
}

int NoncomplianceModel::breachedLastWeekCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [](const NoncomplianceRow &r) { return r.breachedLastWeek(); }));
}

int NoncomplianceModel::withTraceLocateCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [](const NoncomplianceRow &r) { return r.withTraceLocate(); }));
}

int NoncomplianceModel::countWithin(const OwnerScope &owners) const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [&](const NoncomplianceRow &r) {
        return owners.contains(r.caseOwner, r.ownerTeam);
    }));
}

int NoncomplianceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NoncomplianceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoncomplianceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const NoncomplianceRow &r = m_rows.at(index.row());
    const auto status = [&] {
        if (r.absconder)
            return tr("Absconder");
        if (r.unactioned)
            return tr("Unactioned");
        return tr("Followed up");
    };
    const auto lastStep = [&] {
        const auto step = FollowUpLadder::fromCode(r.lastStep);
        return step ? tr("%1, %2").arg(FollowUpLadder::name(*step),
                                       DisplayText::date(r.lastStepOn.toString(Qt::ISODate)))
                    : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Urgency:
            if (!r.urgent())
                return QString();
            return r.nexusHighHarm ? tr("Urgent: Nexus High Harm") : tr("Urgent: band 1");
        case Person:
            return r.name;
        case Reference:
            return r.personRef;
        case Band:
            return r.band > 0 ? Banding::label(r.band) : tr("Not banded");
        case Consecutive:
            return r.consecutive;
        case ThisWeek:
            return r.breachesThisWeek;
        case LastBreach:
            return DisplayText::dateTime(r.lastBreach);
        case LastStep:
            return lastStep();
        case NextStep:
            if (r.withTraceLocate())
                return tr("None: with Trace and Locate since %1")
                    .arg(DisplayText::date(r.withTraceLocateSince.toString(Qt::ISODate)));
            return r.due ? FollowUpLadder::name(*r.due) : QString();
        case State:
            return status();
        case CaseOwner:
            return r.caseOwner;
        case Centre:
            return r.centre;
        }
        break;
    case Roles::Sort:
        switch (index.column()) {
        case Urgency:
            return r.urgent() ? 0 : 1;
        case Band:
            return r.band > 0 ? r.band : 9;
        case Consecutive:
            return r.consecutive;
        case ThisWeek:
            return r.breachesThisWeek;
        case LastBreach:
            return r.lastBreach;
        case LastStep:
            return r.lastStepOn;
        case NextStep:
            return r.due ? int(*r.due) : -1;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Roles::PersonId:
        return r.personId;
    case Roles::Band:
        return r.band;
    case Roles::Problem:
        return r.unactioned;
    case Qt::ToolTipRole:
        if (r.withTraceLocate())
            return tr("Referred to Trace and Locate on %1 and not located since: listed after the "
                      "people still to act on.")
                .arg(DisplayText::date(r.withTraceLocateSince.toString(Qt::ISODate)));
        break;
    case Qt::ForegroundRole:
        // Quieter: the Trace and Locate team has them.
        if (r.withTraceLocate())
            return Colours::quiet();
        if (index.column() == State && r.unactioned)
            return Colours::problem();
        if (index.column() == Urgency && r.urgent())
            return Colours::problem();
        break;
    case Qt::FontRole:
        if (!r.withTraceLocate() && ((index.column() == State && r.unactioned) ||
                                     (index.column() == Urgency && r.urgent()))) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Consecutive || index.column() == ThisWeek)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return QVariant();
}

QVariant NoncomplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Urgency:
        return tr("Urgency");
    case Person:
        return tr("Person");
    case Reference:
        return tr("Reference");
    case Band:
        return tr("Band");
    case Consecutive:
        return tr("Breaches in a row");
    case ThisWeek:
        return tr("Last 7 days");
    case LastBreach:
        return tr("Last breach");
    case LastStep:
        return tr("Last follow-up");
    case NextStep:
        return tr("Next step due");
    case State:
        return tr("Status");
    case CaseOwner:
        return tr("Case owner");
    case Centre:
        return tr("Reporting centre");
    }
    return QVariant();
}
