#include "sheetpreviewmodel.h"

#include "colours.h"
#include "displaytext.h"
#include "roles.h"

SheetPreviewModel::SheetPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void SheetPreviewModel::setRows(QVector<SheetImportStore::PlannedRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int SheetPreviewModel::problemCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const auto &r) {
        return !r.plan.problem.isEmpty() && !r.unknownPerson;
    }));
}

int SheetPreviewModel::unknownPersonCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const auto &r) { return r.unknownPerson; }));
}

int SheetPreviewModel::readyCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const auto &r) {
        return r.plan.problem.isEmpty() && r.person && r.plan.hasContent();
    }));
}

int SheetPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SheetPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SheetPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const SheetImportStore::PlannedRow &r = m_rows.at(index.row());
    const bool problem = !r.plan.problem.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Row:
            return r.plan.line;
        case Reference:
            return r.plan.personRef;
        case Person:
            if (r.person)
                return r.person->name;
            return r.unknownPerson ? tr("Not found") : QString();
        case Note:
            // One line in the table; the whole note in the tooltip.
            return role == Qt::DisplayRole
                       ? QString(r.plan.note).replace(QLatin1Char('\n'), QStringLiteral(" \u00b7 "))
                       : r.plan.note;
        case DiaryDate:
            return r.plan.diaryDate.isValid()
                       ? DisplayText::date(r.plan.diaryDate.toString(Qt::ISODate))
                       : QString();
        case DiaryAction:
            return r.plan.diaryTitle;
        case Problem:
            if (problem)
                return r.plan.problem;
            return r.plan.hasContent() ? QString() : tr("Nothing to bring in");
        }
        break;
    case Roles::Sort:
        if (index.column() == Row)
            return r.plan.line;
        if (index.column() == DiaryDate)
            return r.plan.diaryDate;
        return data(index, Qt::DisplayRole);
    case Roles::PersonId:
        return r.person ? QVariant(r.person->id) : QVariant();
    case Roles::Problem:
        return problem;
    case Qt::ForegroundRole:
        if (problem)
            return Colours::problem();
        break;
    }
    return QVariant();
}

QVariant SheetPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Row:
        return tr("Row");
    case Reference:
        return tr("Reference");
    case Person:
        return tr("Person");
    case Note:
        return tr("Note");
    case DiaryDate:
        return tr("Diary date");
    case DiaryAction:
        return tr("Diary action");
    case Problem:
        return tr("Problem");
    }
    return QVariant();
}
