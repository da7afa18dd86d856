#include "reviewsmodel.h"

#include "colours.h"
#include "displaytext.h"
#include "roles.h"
#include "store/reviewstore.h"

ReviewsModel::ReviewsModel(QSqlDatabase db, QObject *parent)
    : PersonScopedModel(std::move(db), ColumnCount, parent)
{
}

Result<QVector<Review>> ReviewsModel::readRows(qint64 personId) const
{
    return ReviewStore(db()).forPerson(personId);
}

int ReviewsModel::rowOfReview(qint64 reviewId) const
{
    for (int i = 0; i < rows().size(); ++i) {
        if (rowAt(i).id == reviewId)
            return i;
    }
    return -1;
}

QVariant ReviewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Review &r = rowAt(index.row());
    const auto date = [](const QDate &day) {
        return day.isValid() ? DisplayText::date(day.toString(Qt::ISODate)) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReviewedOn:
            return date(r.reviewedOn);
        case Reviewer:
            return r.reviewer;
        case Checklist:
            return tr("%1 of %2").arg(r.checkedCount()).arg(5);
        case Outcome:
            return Review::outcomeName(r.outcome);
        case NextReview:
            return date(r.nextReviewOn);
        case SignedOff:
            return r.isSignedOff()
                       ? tr("%1, %2").arg(r.signedOffBy, DisplayText::dateTime(r.signedOffAt))
                       : tr("Awaiting sign-off");
        }
        break;
    case Qt::ToolTipRole:
        return r.notes.isEmpty() ? QVariant() : QVariant(r.notes);
    case Roles::Sort:
        switch (index.column()) {
        case ReviewedOn:
            return r.reviewedOn;
        case Checklist:
            return r.checkedCount();
        case NextReview:
            return r.nextReviewOn;
        case SignedOff:
            return r.signedOffAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Roles::Code:
        return r.outcome;
    case Roles::PersonId:
        return r.personId;
    case Qt::ForegroundRole:
        if (index.column() == SignedOff && !r.isSignedOff())
            return Colours::quiet();
        if (index.column() == Outcome && r.outcome == QLatin1String("escalated"))
            return Colours::problem();
        break;
    }
    return QVariant();
}

QVariant ReviewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReviewedOn:
        return tr("Reviewed on");
    case Reviewer:
        return tr("Reviewer");
    case Checklist:
        return tr("Checklist");
    case Outcome:
        return tr("Outcome");
    case NextReview:
        return tr("Next review");
    case SignedOff:
        return tr("Signed off");
    }
    return QVariant();
}
