#include "followupstepsmodel.h"

#include "colours.h"
#include "displaytext.h"
#include "roles.h"
#include "store/followupstore.h"

FollowUpStepsModel::FollowUpStepsModel(QSqlDatabase db, QObject *parent)
    : PersonScopedModel(std::move(db), ColumnCount, parent)
{
}

Result<QVector<FollowUpStep>> FollowUpStepsModel::readRows(qint64 personId) const
{
    return FollowUpStore(db()).forPerson(personId);
}

QVariant FollowUpStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const FollowUpStep &s = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TakenOn:
            return DisplayText::date(s.takenOn.toString(Qt::ISODate));
        case Step:
            return FollowUpLadder::name(s.step);
        case Outcome:
            if (s.outcome == FollowUpStore::reportingResumed())
                return tr("Reporting resumed");
            if (s.outcome == FollowUpStore::detained())
                return tr("Detained");
            return s.outcome;
        case RecordedBy:
            return s.recordedBy;
        case Countersigned:
            if (s.step != FollowUpLadder::AbsconderDeclaration)
                return QString();
            if (s.needsCountersignature())
                return tr("Needs a team leader's countersignature");
            return tr("%1, %2").arg(s.countersignedBy, DisplayText::dateTime(s.countersignedAt));
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!s.notes.isEmpty())
            lines << tr("Notes: %1").arg(s.notes);
        if (!s.alternativesTried.isEmpty())
            lines << tr("Alternatives tried: %1").arg(s.alternativesTried);
        lines << tr("Recorded by %1 at %2").arg(s.recordedBy, DisplayText::dateTime(s.recordedAt));
        return lines.join(QLatin1Char('\n'));
    }
    case Roles::Sort:
        return index.column() == TakenOn ? QVariant(s.takenOn) : data(index, Qt::DisplayRole);
    case Roles::Code:
        return FollowUpLadder::code(s.step);
    case Roles::Problem:
        return s.needsCountersignature();
    case Qt::ForegroundRole:
        if (index.column() == Countersigned && s.needsCountersignature())
            return Colours::problem();
        break;
    }
    return QVariant();
}

QVariant FollowUpStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TakenOn:
        return tr("Taken on");
    case Step:
        return tr("Step");
    case Outcome:
        return tr("Outcome");
    case RecordedBy:
        return tr("Recorded by");
    case Countersigned:
        return tr("Countersigned");
    }
    return QVariant();
}
