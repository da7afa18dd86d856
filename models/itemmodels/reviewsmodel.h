#pragma once

#include "db/error.h"
#include "domain/review.h"
#include "personscopedmodel.h"

#include <QSqlDatabase>
#include <QVector>

// One person's 3-monthly reviews, newest first: when, by whom, how much of the checklist was
// done, the outcome, the next review and the team leader's sign-off.
class ReviewsModel : public PersonScopedModel<Review>
{
    Q_OBJECT

public:
    enum Column
    {
        ReviewedOn,
        Reviewer,
        Checklist,
        Outcome,
        NextReview,
        SignedOff,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ReviewsModel(QSqlDatabase db, QObject *parent = nullptr);
    const Review &reviewAt(int row) const { return rowAt(row); }
    // Row of the review, or -1.
    int rowOfReview(qint64 reviewId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QVector<Review>> readRows(qint64 personId) const override;
};
