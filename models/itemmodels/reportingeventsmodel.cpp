#include "reportingeventsmodel.h"

#include "colours.h"
#include "displaytext.h"
#include "domain/breachrules.h"
#include "roles.h"
#include "store/reportingstore.h"

ReportingEventsModel::ReportingEventsModel(QSqlDatabase db, QObject *parent)
    : PersonScopedModel(std::move(db), ColumnCount, parent)
{
}

Result<QVector<ReportingEvent>> ReportingEventsModel::readRows(qint64 personId) const
{
    return ReportingStore(db()).forPerson(personId);
}

void ReportingEventsModel::setAsOf(const Moment &at)
{
    m_asOf = at;
    if (!rows().isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReportingEventsModel::consecutiveBreaches() const
{
    QVector<BreachRules::Event> events;
    events.reserve(rows().size());
    for (const ReportingEvent &e : rows())
        events << BreachRules::Event{e.scheduled, e.outcome};
    return BreachRules::consecutiveBreaches(events, m_asOf);
}

QString ReportingEventsModel::runStart() const
{
    // Newest first: walk back from the newest event due until a COMPLETED one.
    QString start;
    for (const ReportingEvent &e : rows()) {
        if (!BreachRules::isDue(e.scheduled, m_asOf))
            continue;
        if (e.outcome == QLatin1String("COMPLETED"))
            break;
        if (BreachRules::isBreachOutcome(e.outcome))
            start = e.scheduled;
    }
    return start;
}

QDate ReportingEventsModel::nextDue() const
{
    QString next;
    for (const ReportingEvent &e : rows()) {
        if (!BreachRules::isDue(e.scheduled, m_asOf) && (next.isEmpty() || e.scheduled < next))
            next = e.scheduled;
    }
    return QDate::fromString(next.left(10), Qt::ISODate);
}

QVariant ReportingEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ReportingEvent &e = rowAt(index.row());
    const bool due = BreachRules::isDue(e.scheduled, m_asOf);
    const bool breach = due && BreachRules::isBreachOutcome(e.outcome);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Scheduled:
            return DisplayText::dateTime(e.scheduled);
        case Centre:
            return e.centre;
        case Outcome:
            if (!due)
                return tr("Not yet due");
            if (e.outcome == QLatin1String("EXCUSED")) {
                if (e.excuseReason.isEmpty())
                    return tr("Excused: reason not recorded");
                QString reason = ReportingEvent::excuseReasonName(e.excuseReason);
                if (!e.excuseText.isEmpty())
                    reason = e.excuseReason == QLatin1String("other")
                                 ? e.excuseText
                                 : tr("%1 (%2)").arg(reason, e.excuseText);
                return tr("Excused: %1").arg(reason);
            }
            return DisplayText::reportingOutcome(e.outcome);
        case Source:
            return e.source == QLatin1String("CID") ? tr("CID") : tr("Lodestar");
        }
        break;
    case Roles::Sort:
        return index.column() == Scheduled ? QVariant(e.scheduled) : data(index, Qt::DisplayRole);
    case Roles::Code:
        return index.column() == Outcome ? QVariant(e.outcome) : QVariant();
    case Roles::Problem:
        return breach;
    case Qt::ToolTipRole:
        if (!e.recordedBy.isEmpty())
            return tr("Recorded in Lodestar by %1 at %2")
                .arg(e.recordedBy, DisplayText::dateTime(e.recordedAt));
        break;
    case Qt::ForegroundRole:
        if (breach)
            return Colours::problem();
        if (!due)
            return Colours::quiet();
        break;
    }
    return QVariant();
}

QVariant ReportingEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Scheduled:
        return tr("Due to report");
    case Centre:
        return tr("Centre");
    case Outcome:
        return tr("Outcome");
    case Source:
        return tr("From");
    }
    return QVariant();
}
