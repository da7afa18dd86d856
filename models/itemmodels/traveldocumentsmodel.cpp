#include "traveldocumentsmodel.h"

#include "colours.h"
#include "displaytext.h"
#include "roles.h"
#include "store/traveldocumentstore.h"

TravelDocumentsModel::TravelDocumentsModel(QSqlDatabase db, QObject *parent)
    : PersonScopedModel(std::move(db), ColumnCount, parent)
{
}

Result<QVector<TravelDocument>> TravelDocumentsModel::readRows(qint64 personId) const
{
    return TravelDocumentStore(db()).forPerson(personId);
}

bool TravelDocumentsModel::hasUsable() const
{
    return std::any_of(rows().cbegin(), rows().cend(),
                       [this](const TravelDocument &d) { return d.isUsable(m_asOf); });
}

QVariant TravelDocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TravelDocument &d = rowAt(index.row());
    const auto date = [](const QDate &day) {
        return day.isValid() ? DisplayText::date(day.toString(Qt::ISODate)) : QString();
    };
    const bool expired = d.status == QLatin1String("issued") && !d.isUsable(m_asOf);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind:
            return TravelDocument::kindName(d.kind);
        case Embassy:
            return d.embassy;
        case Status:
            return expired ? tr("Expired") : TravelDocument::statusName(d.status);
        case Applied:
            return date(d.appliedOn);
        case Interview:
            if (d.interviewHeldOn.isValid())
                return tr("Held %1").arg(date(d.interviewHeldOn));
            if (d.interviewTaskedOn.isValid())
                return tr("Tasked %1").arg(date(d.interviewTaskedOn));
            return QString();
        case Expires:
            return date(d.expiresOn);
        }
        break;
    case Qt::ToolTipRole:
        return tr("Updated by %1 at %2%3")
            .arg(d.updatedBy, DisplayText::dateTime(d.updatedAt),
                 d.notes.isEmpty() ? QString() : QStringLiteral("\n") + d.notes);
    case Roles::Code:
        return d.status;
    case Roles::Problem:
        return expired || d.status == QLatin1String("refused");
    case Qt::ForegroundRole:
        if (index.column() == Status && (expired || d.status == QLatin1String("refused")))
            return Colours::problem();
        if (index.column() == Status && d.isUsable(m_asOf))
            return Colours::good();
        break;
    }
    return QVariant();
}

QVariant TravelDocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Document");
    case Embassy:
        return tr("Embassy");
    case Status:
        return tr("Status");
    case Applied:
        return tr("Applied");
    case Interview:
        return tr("Interview");
    case Expires:
        return tr("Expires");
    }
    return QVariant();
}
