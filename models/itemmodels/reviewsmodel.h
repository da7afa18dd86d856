#pragma once

#include "db/error.h"
#include "domain/review.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// One person's 3-monthly reviews, newest first: when, by whom, how much of the checklist was
// done, the outcome, the next review and the team leader's sign-off.
class ReviewsModel : public QAbstractTableModel
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
    ::Status setPersonId(qint64 personId);
    qint64 personId() const { return m_personId; }
    const Review &reviewAt(int row) const { return m_reviews.at(row); }
    // Row of the review, or -1.
    int rowOfReview(qint64 reviewId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_personId = 0;
    QVector<Review> m_reviews;
};
