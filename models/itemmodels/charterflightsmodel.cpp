#include "charterflightsmodel.h"

#include "colours.h"
#include "displaytext.h"
#include "roles.h"

#include <QColor>

CharterFlightsModel::CharterFlightsModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status CharterFlightsModel::reload()
{
    auto rows = RemovalStore(m_db).flightSummaries();
    beginResetModel();
    m_rows = rows ? std::move(rows.value()) : QVector<RemovalStore::FlightSummary>();
    endResetModel();
    return rows.status();
}

RemovalStore::FlightSummary CharterFlightsModel::totals() const
{
    RemovalStore::FlightSummary t;
    for (const QString &reason : RemovalDirections::failureReasons())
        t.failedByReason.insert(reason, 0);
    for (const RemovalStore::FlightSummary &s : m_rows) {
        t.planned += s.planned;
        t.removed += s.removed;
        t.pending += s.pending;
        for (auto it = s.failedByReason.cbegin(); it != s.failedByReason.cend(); ++it)
            t.failedByReason[it.key()] += it.value();
    }
    return t;
}

QString CharterFlightsModel::reasonsText(const QMap<QString, qint64> &failedByReason)
{
    QStringList parts;
    // The report's order first, then anything the list does not know, as stored.
    for (const QString &reason : RemovalDirections::failureReasons()) {
        if (const qint64 n = failedByReason.value(reason); n > 0)
            parts << tr("%1 %2").arg(RemovalDirections::failureReasonName(reason)).arg(n);
    }
    for (auto it = failedByReason.cbegin(); it != failedByReason.cend(); ++it) {
        if (it.value() > 0 && !RemovalDirections::failureReasons().contains(it.key()))
            parts
                << tr("%1 %2").arg(RemovalDirections::failureReasonName(it.key())).arg(it.value());
    }
    return parts.join(tr(", "));
}

QString CharterFlightsModel::reasonOf(int column)
{
    return RemovalDirections::failureReasons().value(column - FirstReason);
}

int CharterFlightsModel::columnOf(const QString &reason)
{
    const int i = int(RemovalDirections::failureReasons().indexOf(reason));
    return i < 0 ? -1 : FirstReason + i;
}

QString CharterFlightsModel::shortReasonName(const QString &reason)
{
    if (reason == QLatin1String("fresh_asylum_claim"))
        return tr("Asylum claim");
    if (reason == QLatin1String("judicial_review"))
        return tr("JR");
    if (reason == QLatin1String("further_reps"))
        return tr("Further reps");
    if (reason == QLatin1String("not_encountered"))
        return tr("Not encountered");
    if (reason == QLatin1String("no_enforcement_visit"))
        return tr("No visit");
    return RemovalDirections::failureReasonName(reason);
}

int CharterFlightsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CharterFlightsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstReason + int(RemovalDirections::failureReasons().size());
}

QVariant CharterFlightsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RemovalStore::FlightSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Roles::Sort:
        switch (index.column()) {
        case Flight:
            return s.flight.reference;
        case Destination:
            return s.flight.destination;
        case Departs:
            if (role == Roles::Sort)
                return s.flight.departsOn;
            return DisplayText::date(s.flight.departsOn.toString(Qt::ISODate));
        case Planned:
            return s.planned;
        case Removed:
            return s.removed;
        case Failed:
            return s.failed();
        case Pending:
            return s.pending;
        default:
            return s.failedByReason.value(reasonOf(index.column()));
        }
        break;
    case Roles::Code:
        return index.column() >= FirstReason ? reasonOf(index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= Planned)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Failed && s.failed() > 0)
            return Colours::problem();
        if (index.column() >= FirstReason && s.failedByReason.value(reasonOf(index.column())) == 0)
            return QColor(0x8a, 0x8a, 0x8a); // the zeros recede, the reasons stand out
        break;
    case Qt::ToolTipRole:
        if (index.column() == Failed && s.failed() > 0)
            return reasonsText(s.failedByReason);
        if (index.column() >= FirstReason)
            return RemovalDirections::failureReasonName(reasonOf(index.column()));
        if (!s.flight.notes.isEmpty())
            return s.flight.notes;
        break;
    }
    return QVariant();
}

QVariant CharterFlightsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= FirstReason &&
        section < columnCount())
        return tr("Failed: %1").arg(RemovalDirections::failureReasonName(reasonOf(section)));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstReason && section < columnCount())
        return shortReasonName(reasonOf(section));
    switch (section) {
    case Flight:
        return tr("Flight");
    case Destination:
        return tr("Destination");
    case Departs:
        return tr("Departs");
    case Planned:
        return tr("Planned");
    case Removed:
        return tr("Removed");
    case Failed:
        return tr("Failed");
    case Pending:
        return tr("Pending");
    }
    return QVariant();
}
