#include "reoffencesmodel.h"

#include "displaytext.h"
#include "roles.h"
#include "store/reoffencestore.h"

ReoffencesModel::ReoffencesModel(QSqlDatabase db, QObject *parent)
    : PersonScopedModel(std::move(db), ColumnCount, parent)
{
}

Result<QVector<Reoffence>> ReoffencesModel::readRows(qint64 personId) const
{
    return ReoffenceStore(db()).forPerson(personId);
}

int ReoffencesModel::rowOf(qint64 id) const
{
    for (int i = 0; i < rows().size(); ++i)
        if (rowAt(i).id == id)
            return i;
    return -1;
}

QVariant ReoffencesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Reoffence &r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OffenceOn:
            return DisplayText::date(r.offenceOn.toString(Qt::ISODate));
        case Offence:
            return r.offence;
        case Source:
            return Reoffence::sourceName(r.source);
        case Notes:
            // One line in the table; the whole text is in the tooltip.
            return r.notes.section(QLatin1Char('\n'), 0, 0);
        case RecordedBy:
            return r.recordedBy;
        }
        break;
    case Qt::ToolTipRole: {
        QStringList tip;
        tip << tr("Recorded by %1 at %2").arg(r.recordedBy, DisplayText::dateTime(r.recordedAt));
        if (!r.notes.isEmpty())
            tip << r.notes;
        return tip.join(QLatin1Char('\n'));
    }
    case Roles::PersonId:
        return r.personId;
    case Roles::Code:
        return index.column() == Source ? QVariant(r.source) : QVariant();
    case Roles::Sort:
        switch (index.column()) {
        case OffenceOn:
            return r.offenceOn;
        case RecordedBy:
            return r.recordedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return QVariant();
}

QVariant ReoffencesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OffenceOn:
        return tr("Date");
    case Offence:
        return tr("Offence");
    case Source:
        return tr("Source");
    case Notes:
        return tr("Notes");
    case RecordedBy:
        return tr("Recorded by");
    }
    return QVariant();
}
