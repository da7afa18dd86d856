#include "barrierregistermodel.h"

#include "colours.h"
#include "displaytext.h"
#include "domain/banding.h"
#include "roles.h"

#include <QFont>

BarrierRegisterModel::BarrierRegisterModel(QSqlDatabase db, QObject *parent)
    : PagedListModel(ColumnCount, parent), m_db(std::move(db))
{
}

::Status BarrierRegisterModel::reload()
{
    ::Status status = reset();
    auto byType = BarrierStore(m_db).openByType(m_asOf);
    m_openByType = byType ? byType.value() : QMap<QString, qint64>();
    return status ? byType.status() : status;
}

Result<qint64> BarrierRegisterModel::readTotal() const
{
    return BarrierStore(m_db).count(m_filter);
}

Result<QVector<BarrierStore::Row>> BarrierRegisterModel::readPage(qint64 offset, int limit) const
{
    std::optional<BarrierStore::Cursor> after;
    if (offset > 0) {
        const Barrier &last = rowAt(int(offset) - 1).barrier;
        after = BarrierStore::Cursor{last.standingSince().toString(Qt::ISODate), last.id};
    }
    return BarrierStore(m_db).list(m_filter, after, limit);
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

QVariant BarrierRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const BarrierStore::Row &r = rowAt(index.row());
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
