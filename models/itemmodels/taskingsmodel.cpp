#include "taskingsmodel.h"

#include "colours.h"
#include "displaytext.h"
#include "domain/reportingwindow.h"
#include "roles.h"

TaskingsModel::TaskingsModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

Status TaskingsModel::loadOpen(const QString &centre)
{
    m_personId = 0;
    m_centre = centre;
    return reload();
}

Status TaskingsModel::loadPerson(qint64 personId, const QString &currentWindow)
{
    m_personId = personId;
    m_currentWindow = currentWindow;
    return reload();
}

Status TaskingsModel::reload()
{
    QVector<TaskingStore::OpenItem> items;
    Status status;
    TaskingStore store(m_db);
    if (m_personId > 0) {
        auto result = store.forPerson(m_personId);
        if (result) {
            for (const Tasking &t : result.value())
                items << TaskingStore::OpenItem{t, QString(), QString()};
        } else {
            status = result.status();
        }
    } else {
        auto result = store.open(m_centre);
        if (result)
            items = std::move(result.value());
        else
            status = result.status();
    }
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    return status;
}

int TaskingsModel::openCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const auto &i) { return i.tasking.isOpen(); }));
}

int TaskingsModel::warningCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [this](const auto &i) {
        return i.tasking.needsWindowClearing(m_currentWindow);
    }));
}

int TaskingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TaskingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TaskingStore::OpenItem &item = m_items.at(index.row());
    const Tasking &t = item.tasking;
    const bool longWindow = ReportingWindow::isLong(t.reportingWindow);
    const bool warning = m_personId > 0 && t.needsWindowClearing(m_currentWindow);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Centre:
            return t.centre;
        case DueOn:
            return DisplayText::date(t.dueOn.toString(Qt::ISODate));
        case Person:
            return item.personName;
        case Reference:
            return item.personRef;
        case Kind:
            return Tasking::kindName(t.kind);
        case Window:
            if (warning)
                return tr("%1 now: over an hour, warning not cleared").arg(m_currentWindow);
            if (longWindow && t.kind == Tasking::detainOnReporting())
                return tr("%1 (over an hour; cleared by %2)")
                    .arg(t.reportingWindow, t.windowClearedBy);
            return t.reportingWindow;
        case TaskedBy:
            return t.createdBy;
        case Outcome:
            return t.isOpen() ? tr("Open") : Tasking::outcomeName(t.outcome);
        case Feedback:
            return t.feedback;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Kind || index.column() == Feedback) {
            QStringList lines;
            if (!t.instructions.isEmpty())
                lines << tr("Instructions: %1").arg(t.instructions);
            if (!t.isOpen())
                lines << tr("Feedback recorded by %1 at %2")
                             .arg(t.closedBy, DisplayText::dateTime(t.closedAt));
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case Roles::Sort:
        return index.column() == DueOn ? QVariant(t.dueOn) : data(index, Qt::DisplayRole);
    case Roles::PersonId:
        return t.personId;
    case Roles::Code:
        return index.column() == Kind ? QVariant(t.kind) : QVariant(t.outcome);
    case Roles::Problem:
        return warning || (longWindow && t.kind == Tasking::detainOnReporting());
    case Qt::ForegroundRole:
        if (index.column() == Window && (longWindow || warning))
            return Colours::problem();
        if (!t.isOpen())
            return Colours::quiet();
        break;
    }
    return QVariant();
}

QVariant TaskingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Centre:
        return tr("Centre");
    case DueOn:
        return tr("For reporting on");
    case Person:
        return tr("Person");
    case Reference:
        return tr("Reference");
    case Kind:
        return tr("Tasking");
    case Window:
        return tr("Window");
    case TaskedBy:
        return tr("Tasked by");
    case Outcome:
        return tr("Outcome");
    case Feedback:
        return tr("Centre's feedback");
    }
    return QVariant();
}
