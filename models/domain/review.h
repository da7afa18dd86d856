#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

// A 3-monthly review of a person's case (report 7.6): the checklist, what was found, the
// outcome, and the next review date (at most 3 months ahead). A team leader signs it off once
// checked.
struct Review
{
    Q_DECLARE_TR_FUNCTIONS(Review)

public:
    qint64 id = 0;
    qint64 personId = 0;
    QDate reviewedOn;
    QString reviewer;
    bool barriersChecked = false;
    bool complianceChecked = false;
    bool documentProgressed = false;
    bool bandConfirmed = false;
    bool nextActionSet = false;
    QString notes;
    QString outcome = QStringLiteral("on_track"); // one of outcomes()
    QDate nextReviewOn;
    QString signedOffBy;
    QString signedOffAt;
    int version = 0; // the row version read: a sign-off must match it

    bool isSignedOff() const { return !signedOffAt.isEmpty(); }
    int checkedCount() const;
    // on_track, action_needed, escalated.
    static const QStringList &outcomes();
    static QString outcomeName(const QString &outcome);
    // Why it cannot be saved on `today`: no date or one in the future, no outcome, none of the
    // checks and no notes, a next review not after this one or more than 3 months ahead of it.
    QString problem(const QDate &today) const;
};
