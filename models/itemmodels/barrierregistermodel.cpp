#include "barrierregistermodel.h"

#include "colours.h"
#include "displaytext.h"
#include "domain/banding.h"
#include "roles.h"

#include <QFont>

BarrierRegisterModel::BarrierRegisterModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status BarrierRegisterModel::reload()
{
    BarrierStore store(m_db);
    auto total = store.count(m_filter);
    auto first = store.list(m_filter, std::nullopt, PageSize);
    auto byType = store.openByType(m_asOf);
    beginResetModel();
    m_rows = first ? std::move(first.value()) : QVector<BarrierStore::Row>();
    m_total = total && first ? total.value() : m_rows.size();
    m_fetchStatus = ::Status();
    // Whoever listens to modelReset may ask for more at once; rows inserted while the reset is
    // still being announced would reach them out of order, so those asks wait for a scroll.
    m_busy = true;
    endResetModel();
    m_busy = false;
    m_openByType = byType ? byType.value() : QMap<QString, qint64>();
    if (!total)
        return total.status();
    if (!first)
        return first.status();
    return byType.status();
}

bool BarrierRegisterModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && m_rows.size() < m_total && m_fetchStatus.ok();
}

void BarrierRegisterModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_fetchStatus = fetchPage();
}

::Status BarrierRegisterModel::fetchPage()
{
    if (m_rows.isEmpty())
        return {};
    const Barrier &last = m_rows.constLast().barrier;
    auto page = BarrierStore(m_db).list(
        m_filter, BarrierStore::Cursor{last.standingSince().toString(Qt::ISODate), last.id},
        PageSize);
    if (!page)
        return page.status();
    if (page.value().isEmpty()) {
        // The register shrank under us (another writer): stop asking.
        m_total = m_rows.size();
        return {};
    }
    const int first = int(m_rows.size());
    // Listeners to the insertion signals may ask for more: not until this page is in.
    m_busy = true;
    beginInsertRows(QModelIndex(), first, first + int(page.value().size()) - 1);
    m_rows += page.value();
    endInsertRows();
    m_busy = false;
    return {};
}

::Status BarrierRegisterModel::fetchAll()
{
    while (canFetchMore(QModelIndex()))
        if (::Status s = fetchPage(); !s)
            return s;
    return {};
}

qint64 BarrierRegisterModel::openTotal() const
{
    qint64 n = 0;
    for (const qint64 v : m_openByType)
        n += v;
    return n;
}

int BarrierRegisterModel::daysOpen(const Barrier &b) const
{
    // From the day it is known to stand: for CID's (first seen), at least this many.
    const QDate since = b.standingSince();
    if (!since.isValid())
        return 0;
    const QDate end = b.isOpen() ? m_asOf : b.clearedOn;
    return int(qMax<qint64>(0, since.daysTo(end)));
}

int BarrierRegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BarrierRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BarrierRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const BarrierStore::Row &r = m_rows.at(index.row());
    const Barrier &b = r.barrier;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Person:
            return r.name;
        case Reference:
            return r.personRef;
        case Type:
            return Barrier::typeName(b.type);
        case Source:
            // CID's barriers name the case that raised them.
            if (b.fromCid())
                return b.caseRef.isEmpty()
                           ? Barrier::sourceName(b.source)
                           : tr("%1 (%2)").arg(Barrier::sourceName(b.source), b.caseRef);
            return Barrier::sourceName(b.source);
        case Raised:
            // CID's: "first seen in CID on …", never the import day as the day raised.
            return b.standingText(true);
        case DaysOpen:
            // Counted from the day first seen, a CID barrier has stood at least that long.
            return b.raisedOn.isValid() ? QString::number(daysOpen(b))
                                        : tr("%1+", "at least this many days").arg(daysOpen(b));
        case Cleared:
            if (b.isOpen())
                return tr("Open");
            return tr("%1, %2").arg(DisplayText::date(b.clearedOn.toString(Qt::ISODate)),
                                    Barrier::clearanceName(b.clearedHow));
        case LastMinute:
            return b.lastMinute ? tr("Last-minute") : QString();
        case CaseOwner:
            return r.caseOwner;
        case Nationality:
            return r.nationality;
        case Band:
            return r.band > 0 ? Banding::label(r.band) : tr("Not banded");
        }
        break;
    case Roles::Sort:
        switch (index.column()) {
        case Raised:
            return b.standingSince();
        case DaysOpen:
            return daysOpen(b);
        case Cleared:
            return b.isOpen() ? QDate(9999, 12, 31) : b.clearedOn;
        case LastMinute:
            return b.lastMinute ? 0 : 1;
        case Band:
            return r.band > 0 ? r.band : 9;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Roles::PersonId:
        return b.personId;
    case Roles::Band:
        return r.band;
    case Roles::Code:
        switch (index.column()) {
        case Type:
            return b.type;
        case Source:
            return b.source;
        case Cleared:
            return b.clearedHow;
        default:
            break;
        }
        break;
    case Roles::Problem:
        return b.lastMinute;
    case Qt::ForegroundRole:
        if (index.column() == LastMinute && b.lastMinute)
            return Colours::problem();
        if (!b.isOpen())
            return Colours::quiet(); // cleared: quieter, the text still says so
        break;
    case Qt::FontRole:
        if (index.column() == LastMinute && b.lastMinute) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Band && r.band > 0)
            return Banding::colour(r.band);
        break;
    case Qt::ToolTipRole:
        if (!b.raisedOn.isValid() && (index.column() == Raised || index.column() == DaysOpen))
            return b.standingNote();
        if (!b.notes.isEmpty())
            return b.notes;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DaysOpen)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return QVariant();
}

QVariant BarrierRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The order and the two columns it rests on, said where they are read (issue 16).
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole &&
        (section == Raised || section == DaysOpen))
        return tr("The day raised for barriers recorded in Lodestar. CID's extract gives no day "
                  "a case was opened: its barriers show the day first seen in CID and have stood "
                  "at least the days shown (\"+\"). The register runs from the longest known to "
                  "stand.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person:
        return tr("Person");
    case Reference:
        return tr("Reference");
    case Type:
        return tr("Barrier");
    case Source:
        return tr("Source");
    case Raised:
        return tr("Raised");
    case DaysOpen:
        return tr("Days open");
    case Cleared:
        return tr("Cleared");
    case LastMinute:
        return tr("Last-minute");
    case CaseOwner:
        return tr("Case owner");
    case Nationality:
        return tr("Nationality");
    case Band:
        return tr("Band");
    }
    return QVariant();
}
