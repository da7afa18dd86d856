#include "personcasesmodel.h"

#include "displaytext.h"
#include "roles.h"
#include "store/personstore.h"

PersonCasesModel::PersonCasesModel(QSqlDatabase db, QObject *parent)
    : PersonScopedModel(std::move(db), ColumnCount, parent)
{
}

Result<QVector<CidCase>> PersonCasesModel::readRows(qint64 personId) const
{
    return PersonStore(db()).cases(personId);
}

QVariant PersonCasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CidCase &c = rowAt(index.row());

    if (role == Roles::PersonId)
        return personId();
    if (role == Qt::TextAlignmentRole)
        return index.column() == Sentence ? int(Qt::AlignRight | Qt::AlignVCenter)
                                          : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Type && c.isOpenBarrier())
            return tr("Open %1 case: a barrier to removal").arg(DisplayText::caseType(c.caseType));
        if (index.column() == Sentence && !c.offence.isEmpty())
            return tr("Offence: %1").arg(c.offence);
        return {};
    }

    // The stored code, for filters and tests; Sort adds numbers as numbers.
    QString code;
    switch (index.column()) {
    case CaseRef:
        code = c.caseRef;
        break;
    case Type:
        code = c.caseType;
        break;
    case CaseStatus:
        code = c.caseStatus;
        break;
    case OwningUnit:
        code = c.owningUnit;
        break;
    case CaseOwner:
        code = c.caseOwner;
        break;
    case Mappa:
        code = c.mappaLevel;
        break;
    case Harm:
        code = c.harm;
        break;
    case Sentence:
        code = c.sentenceMonths ? QString::number(*c.sentenceMonths) : QString();
        break;
    case Custody:
        code = c.custody;
        break;
    case Deportation:
        code = c.deportationDecision;
        break;
    case CaseFlags:
        code = c.flags;
        break;
    default:
        break;
    }
    if (role == Roles::Code)
        return code;
    if (role == Roles::Sort) {
        if (index.column() == Sentence)
            return c.sentenceMonths ? QVariant(*c.sentenceMonths) : QVariant(-1);
        return code;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Type:
        return DisplayText::caseType(c.caseType);
    case CaseStatus:
        return DisplayText::caseStatus(c.caseStatus);
    case Mappa:
        return DisplayText::mappaLevel(c.mappaLevel);
    case Harm:
        return DisplayText::harm(c.harm);
    case Sentence:
        return c.sentenceMonths ? QString::number(*c.sentenceMonths) : QString();
    case Custody:
        return DisplayText::custody(c.custody);
    case Deportation:
        return DisplayText::deportationDecision(c.deportationDecision);
    case CaseFlags:
        return DisplayText::caseFlags(c.flags);
    default:
        return code;
    }
}

QVariant PersonCasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseRef:
        return tr("Case ref");
    case Type:
        return tr("Type");
    case CaseStatus:
        return tr("Status");
    case OwningUnit:
        return tr("Owning unit");
    case CaseOwner:
        return tr("Case owner");
    case Mappa:
        return tr("MAPPA");
    case Harm:
        return tr("Harm");
    case Sentence:
        return tr("Sentence (months)");
    case Custody:
        return tr("Custody");
    case Deportation:
        return tr("Deportation decision");
    case CaseFlags:
        return tr("Flags");
    default:
        return {};
    }
}
