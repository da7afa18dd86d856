#include "progressionmodel.h"

#include "colours.h"
#include "displaytext.h"
#include "domain/banding.h"
#include "domain/barrier.h"
#include "roles.h"

namespace {
QString dateText(const QDate &d)
{
    return d.isValid() ? DisplayText::date(d.toString(Qt::ISODate)) : QString();
}

// The date the preparation's status turns on: the stage's due date, or the day it was done.
QDate preparationDate(const CasePreparation &p, CasePreparation::Status s)
{
    switch (s) {
    case CasePreparation::Status::NotStarted:
        return QDate();
    case CasePreparation::Status::Initial:
    case CasePreparation::Status::InitialOverdue:
        return p.initialDue();
    case CasePreparation::Status::Finalising:
    case CasePreparation::Status::FinalisingOverdue:
        return p.finalDue();
    case CasePreparation::Status::Prepared:
        return p.finalisedOn;
    }
    return QDate();
}

// The steps in their shown order, first step foremost: a bit set would sort a lone step after
// the pairs that begin with an earlier one.
int stepsOrder(ProgressionRules::Steps steps)
{
    int key = 0;
    for (const ProgressionRules::Step s : ProgressionRules::stepList(steps))
        key = key * 128 + int(s);
    return key;
}
} // namespace

ProgressionModel::ProgressionModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status ProgressionModel::reload()
{
    auto rows = ProgressionStore(m_db).list(m_list, m_asOf, m_caseOwner);
    beginResetModel();
    m_rows = rows ? std::move(rows.value()) : QVector<ProgressionStore::Row>();
    endResetModel();
    return rows.status();
}

QString ProgressionModel::decisionName(ProgressionRules::Decision d)
{
    switch (d) {
    case ProgressionRules::Decision::None:
        return tr("No decision");
    case ProgressionRules::Decision::Pending:
        return tr("Pending");
    case ProgressionRules::Decision::Served:
        return tr("Served");
    case ProgressionRules::Decision::OrderSigned:
        return tr("Order signed");
    }
    return QString();
}

QString ProgressionModel::documentName(ProgressionRules::Document d)
{
    switch (d) {
    case ProgressionRules::Document::None:
        return tr("Nothing sought");
    case ProgressionRules::Document::RefusedOrExpired:
        return tr("Refused or expired");
    case ProgressionRules::Document::InProgress:
        return tr("In progress");
    case ProgressionRules::Document::Usable:
        return tr("Usable");
    }
    return QString();
}

QString ProgressionModel::barriersText(const QStringList &types)
{
    QStringList names;
    for (const QString &t : types)
        names << Barrier::typeName(t);
    return names.join(tr(", ", "between two barriers' names"));
}

QString ProgressionModel::preparationText(const CasePreparation &p, const QDate &asOf)
{
    const CasePreparation::Status s = p.status(asOf);
    const QDate on = preparationDate(p, s);
    if (!on.isValid())
        return CasePreparation::statusName(s);
    if (s == CasePreparation::Status::Prepared)
        return tr("%1 on %2").arg(CasePreparation::statusName(s), dateText(on));
    return tr("%1, due %2").arg(CasePreparation::statusName(s), dateText(on));
}

int ProgressionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgressionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ProgressionStore::Row &r = m_rows.at(index.row());
    const CasePreparation::Status prep = r.preparation.status(m_asOf);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Person:
            return r.name;
        case Reference:
            return r.personRef;
        case Band:
            // Short, with the colour beside it and the full label in the tooltip: the
            // worklists need the width for the next step and the preparation.
            return r.band > 0 ? tr("Band %1").arg(r.band) : tr("Not banded");
        case CaseOwner:
            return r.caseOwner;
        case NextStep:
            // The list of documents to seek is about the document: its step alone.
            if (m_list == ProgressionStore::List::DocumentToSeek) {
                const auto step = ProgressionRules::documentStep(r.document);
                return step ? ProgressionRules::stepName(*step) : QString();
            }
            return ProgressionRules::stepsName(r.next);
        case Barriers:
            return barriersText(r.barrierTypes);
        case Decision:
            return decisionName(r.decision);
        case TravelDocument:
            return documentName(r.document);
        case Preparation:
            return preparationText(r.preparation, m_asOf);
        case SentenceEnd:
            return dateText(r.sentenceEnd);
        case OnHoldUntil:
            if (r.holdUntil.isValid())
                return dateText(r.holdUntil);
            return r.onHold ? tr("On hold") : QString();
        }
        break;
    case Roles::Sort:
        switch (index.column()) {
        case Band:
            return r.band > 0 ? r.band : 9;
        case NextStep:
            return m_list == ProgressionStore::List::DocumentToSeek ? int(r.document)
                                                                    : stepsOrder(r.next);
        case Decision:
            return int(r.decision);
        case TravelDocument:
            return int(r.document);
        case Preparation:
            return preparationDate(r.preparation, prep);
        case SentenceEnd:
            return r.sentenceEnd;
        case OnHoldUntil:
            return r.holdUntil.isValid() ? r.holdUntil : (r.onHold ? QDate(9999, 12, 31) : QDate());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Roles::PersonId:
        return r.personId;
    case Roles::Band:
        return r.band;
    case Roles::Problem:
        return r.preparation.isOverdue(m_asOf);
    case Qt::ForegroundRole:
        if (index.column() == Preparation && r.preparation.isOverdue(m_asOf))
            return Colours::problem();
        break;
    case Qt::DecorationRole:
        if (index.column() == Band && r.band > 0)
            return Banding::colour(r.band);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Person && r.nexusHighHarm)
            return tr("Nexus High Harm");
        if (index.column() == Band && r.band > 0)
            return Banding::label(r.band);
        if (index.column() == Decision)
            return tr("Deportation decision: %1").arg(decisionName(r.decision));
        if (index.column() == Preparation)
            return preparationText(r.preparation, m_asOf);
        if (index.column() == Barriers)
            return barriersText(r.barrierTypes);
        break;
    }
    return QVariant();
}

QVariant ProgressionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person:
        return tr("Person");
    case Reference:
        return tr("Reference");
    case Band:
        return tr("Band");
    case CaseOwner:
        return tr("Case owner");
    case NextStep:
        return m_list == ProgressionStore::List::DocumentToSeek ? tr("Document step")
                                                                : tr("Next step");
    case Barriers:
        return tr("Open barriers");
    case Decision:
        return tr("Decision");
    case TravelDocument:
        return tr("Travel document");
    case Preparation:
        return tr("Case preparation");
    case SentenceEnd:
        return tr("Sentence ended");
    case OnHoldUntil:
        return tr("On hold until");
    }
    return QVariant();
}
