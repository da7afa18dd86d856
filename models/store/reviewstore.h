#pragma once

#include "db/error.h"
#include "domain/ownerscope.h"
#include "domain/review.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

// Owns the SQL of the 3-monthly reviews (table review) and of the team leader's review check
// built on ReviewRules: who is overdue, who is due within 30 days, per caseworker.
class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)

public:
    explicit ReviewStore(QSqlDatabase db);

    // Saves a new review, checked by Review::problem(today) (DateRules::reviewedOn without the
    // person's first case: history brought in from elsewhere, the demo's, may be older than
    // the import that first brought the person, so only the form holds that bound); its next
    // review goes into the
    // diary (the person's earlier open review entries are marked done).
    Result<qint64> save(const Review &review, const QString &user);
    Result<qint64> saveInTransaction(const Review &review, const QString &user, const QDate &today,
                                     const QString &now);
    // The person's reviews, newest first.
    Result<QVector<Review>> forPerson(qint64 personId) const;
    // When the person's next review is due (ReviewRules on their base); invalid when no base
    // date is known.
    Result<QDate> dueFor(qint64 personId) const;
    // The person's first case as the caseload knows it, the earliest day a review of them can
    // carry (DateRules::reviewedOn): the earliest of the day their first CID case was first
    // seen, their first allocation and the day they came onto the caseload. CID's extract
    // carries no opening date, so a case older than the first import counts from that import.
    // Invalid for no such person.
    Result<QDate> firstCaseOn(qint64 personId) const;
    // A team leader signs off a review they have checked: not their own, once.
    // Refused (EditConflict::Code) unless the review is still at `expectedVersion`, as read.
    Status signOff(qint64 reviewId, const QString &teamLeader, int expectedVersion);
    // Checks the version the same (the demo passes that of the review it has just saved).
    Status signOffInTransaction(qint64 reviewId, const QString &teamLeader, const QString &now,
                                int expectedVersion);
    static QString diaryKind(qint64 personId);

    // The review check, one row per case owner.
    struct CheckRow
    {
        QString owner; // empty: nobody owns them
        QString displayName;
        QString team;
        qint64 people = 0;
        qint64 overdue = 0;
        qint64 dueSoon = 0;         // due within 30 days
        qint64 awaitingSignOff = 0; // reviews not yet signed off
    };
    // `team` narrows to the owners of one team when not empty.
    Result<QVector<CheckRow>> check(const QDate &asOf, const QString &team = {}) const;

    // A person on the check, with their due date.
    struct DueRow
    {
        qint64 personId = 0;
        QString personRef;
        QString name;
        QString caseOwner;
        int band = 0;
        QDate lastReviewed; // invalid: never reviewed
        QDate due;
        qint64 unsignedReviewId = 0; // their latest review, when it awaits sign-off
    };
    enum class Due
    {
        Overdue,
        Soon,
        Both
    };
    // The people overdue and/or due within 30 days, most overdue first; `owner` narrows to one
    // case owner (an empty string: the people nobody owns), `anyOwner` lists everyone's.
    Result<QVector<DueRow>> due(const QDate &asOf, Due which, const QString &owner,
                                bool anyOwner = false) const;

    // The reviews not yet signed off of `owners`' people in the stock on `asOf` (what the
    // review check counts as awaiting sign-off), oldest first: a team leader's to check and sign.
    struct Unsigned
    {
        qint64 reviewId = 0;
        qint64 personId = 0;
        QString personRef;
        QString name;
        int band = 0;
        QDate reviewedOn;
        QString reviewer;
    };
    Result<QVector<Unsigned>> awaitingSignOff(const QDate &asOf, const OwnerScope &owners) const;

private:
    QSqlDatabase m_db;
};
