#include "personbarriersmodel.h"

#include "colours.h"
#include "displaytext.h"
#include "roles.h"
#include "store/barrierstore.h"

namespace {
QString dateText(const QDate &day)
{
    return day.isValid() ? DisplayText::date(day.toString(Qt::ISODate)) : QString();
}
} // namespace

PersonBarriersModel::PersonBarriersModel(QSqlDatabase db, QObject *parent)
    : PersonScopedModel(std::move(db), ColumnCount, parent)
{
}

Result<QVector<Barrier>> PersonBarriersModel::readRows(qint64 personId) const
{
    return BarrierStore(db()).forPerson(personId);
}

int PersonBarriersModel::rowOf(qint64 id) const
{
    for (int i = 0; i < rows().size(); ++i)
        if (rowAt(i).id == id)
            return i;
    return -1;
}

int PersonBarriersModel::openCount() const
{
    return int(
        std::count_if(rows().cbegin(), rows().cend(), [](const Barrier &b) { return b.isOpen(); }));
}

QVector<Barrier> PersonBarriersModel::openBarriers() const
{
    QVector<Barrier> out;
    for (const Barrier &b : rows())
        if (b.isOpen())
            out << b;
    return out;
}

QVariant PersonBarriersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Barrier &b = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Type:
            return Barrier::typeName(b.type);
        case Source:
            // The case reference is what a caseworker looks up in CID.
            if (b.fromCid() && !b.caseRef.isEmpty())
                return tr("%1 (%2)").arg(Barrier::sourceName(b.source), b.caseRef);
            return Barrier::sourceName(b.source);
        case Raised:
            // CID's: "first seen in CID on …", never the import day as the day raised.
            return b.standingText(true);
        case State:
            if (b.isOpen())
                return tr("Open");
            // CID's case is still open: the certification is what stops it blocking removal.
            if (b.fromCid() && b.isCertified())
                return tr("Certified %1, open in CID").arg(dateText(b.clearedOn));
            return tr("Cleared %1").arg(dateText(b.clearedOn));
        case ClearedHow:
            return b.isOpen() ? QString() : Barrier::clearanceName(b.clearedHow);
        case LastMinute:
            return b.lastMinute ? tr("Last-minute") : QString();
        case Notes:
            // One line in the table; the whole text is in the tooltip.
            return b.notes.section(QLatin1Char('\n'), 0, 0);
        }
        break;
    case Qt::ToolTipRole: {
        QStringList tip;
        tip << tr("Recorded by %1 at %2")
                   .arg(b.recordedBy.isEmpty() ? tr("CID import") : b.recordedBy,
                        DisplayText::dateTime(b.recordedAt));
        if (const QString note = b.standingNote(); !note.isEmpty())
            tip << note;
        if (b.lastMinute)
            tip << tr("Raised while removal directions stood");
        if (b.fromCid() && b.isCertified())
            tip << tr("From CID: certified under RED.0004 in Lodestar, so it no longer blocks "
                      "removal; marked so until CID closes the case");
        else if (b.fromCid())
            tip << tr("From CID: cleared when CID closes the case; can be certified under "
                      "RED.0004 here");
        if (!b.notes.isEmpty())
            tip << b.notes;
        return tip.join(QLatin1Char('\n'));
    }
    case Roles::PersonId:
        return b.personId;
    case Roles::Code:
        switch (index.column()) {
        case Source:
            return b.source;
        case State:
            return b.isOpen() ? QStringLiteral("open") : QStringLiteral("cleared");
        case ClearedHow:
            return b.clearedHow;
        default:
            return b.type;
        }
    case Roles::Sort:
        switch (index.column()) {
        case Raised:
            return b.standingSince();
        case State:
            return b.clearedOn;
        case LastMinute:
            return b.lastMinute;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Roles::Problem:
        return b.lastMinute;
    case Qt::ForegroundRole:
        if (index.column() == State && b.isOpen())
            return Colours::problem();
        if (index.column() == LastMinute && b.lastMinute)
            return Colours::problem();
        if (!b.isOpen())
            return Colours::quiet();
        break;
    }
    return QVariant();
}

QVariant PersonBarriersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Type:
        return tr("Barrier");
    case Source:
        return tr("Source");
    case Raised:
        return tr("Raised");
    case State:
        return tr("Status");
    case ClearedHow:
        return tr("How cleared");
    case LastMinute:
        return tr("Last-minute");
    case Notes:
        return tr("Notes");
    }
    return QVariant();
}
