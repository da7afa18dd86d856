#include "figurecomparisonmodel.h"

#include "roles.h"

using R = FigureComparison::Reason;

FigureComparisonModel::FigureComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void FigureComparisonModel::setComparison(const std::optional<FigureComparison> &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

bool FigureComparisonModel::joinedAt(int row) const
{
    return m_comparison && row < m_comparison->joined.size();
}

const FigureComparison::Change &FigureComparisonModel::changeAt(int row) const
{
    return joinedAt(row) ? m_comparison->joined.at(row)
                         : m_comparison->left.at(row - m_comparison->joined.size());
}

QString FigureComparisonModel::reasonName(FigureComparison::Reason reason)
{
    switch (reason) {
    case R::NewInExtract:
        return tr("New in the extract");
    case R::NoLongerHeld:
        return tr("No longer held");
    case R::MissingFromExtract:
        return tr("Missing from the extract");
    case R::Removed:
        return tr("Removal");
    case R::Custody:
        return tr("Custody");
    case R::Absconder:
        return tr("Absconder");
    case R::ReportingRestriction:
        return tr("Reporting restriction");
    case R::Band:
        return tr("Band");
    case R::Owner:
        return tr("Case owner");
    case R::Unit:
        return tr("Owning unit");
    case R::Barriers:
        return tr("Barriers");
    case R::Flags:
        return tr("Flags");
    case R::DefinitionChanged:
        return tr("Definition changed");
    case R::Other:
        return tr("Other");
    }
    return QString();
}

int FigureComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_comparison)
        return 0;
    return int(m_comparison->joined.size() + m_comparison->left.size());
}

int FigureComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FigureComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const bool joined = joinedAt(index.row());
    const FigureComparison::Change &c = changeAt(index.row());
    if (role == Roles::PersonId)
        return c.personId;
    if (role == Roles::Code) {
        if (index.column() == Change)
            return joined ? QStringLiteral("joined") : QStringLiteral("left");
        if (index.column() == Reason)
            return FigureComparison::reasonKey(c.reason);
        return QVariant();
    }
    if (role == Roles::Sort) {
        switch (index.column()) {
        case Change:
            return joined ? 0 : 1; // joined first, as the figure reads: + joined − left
        case Reason:
            return int(c.reason); // the comparison's order of facts, not the alphabet
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Roles::Sort)
        return QVariant();
    switch (index.column()) {
    case Change:
        return joined ? tr("Joined") : tr("Left");
    case Person:
        return c.personRef;
    case Reason:
        return reasonName(c.reason);
    case WhatChanged:
        return c.text;
    default:
        return QVariant();
    }
}

QVariant FigureComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Change:
        return tr("Change");
    case Person:
        return tr("Person");
    case Reason:
        return tr("Reason");
    case WhatChanged:
        return tr("What changed");
    default:
        return QVariant();
    }
}
