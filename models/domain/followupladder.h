#pragma once

#include "moment.h"
#include "sqland.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariantList>
#include <QVector>
#include <optional>

// The follow-up ladder for reporting breaches, from the guidance the report describes
// (7.23-7.28): phone contact and a verbal warning, a Failure to Report warning letter, referral
// to an arrest team, an absconder declaration when every procedure has failed, referral to the
// Trace and Locate team, and located (reporting resumed, or detained).
//
// The thresholds that make a step due are settings. Defaults (a choice, documented here): the
// verbal warning at the first breach, the letter at the second, the arrest team at the third
// consecutive breach (the point at which the unit acted in practice, 7.26), and the absconder
// declaration at the fifth. Trace and Locate is due once a declaration counts; located has
// no threshold.
class FollowUpLadder
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpLadder)

public:
    enum Step
    {
        VerbalWarning,
        WarningLetter,
        ArrestReferral,
        AbsconderDeclaration,
        TraceLocateReferral,
        Located,
        StepCount
    };

    struct Thresholds
    {
        int verbalWarning = 1;
        int warningLetter = 2;
        int arrestReferral = 3;
        int absconderDeclaration = 5;
        // Days after a warning letter when its follow-up falls due in the diary.
        int letterFollowUpDays = 7;

        // The consecutive-breach count at which `step` becomes due; 0 for steps without one.
        int threshold(Step step) const;
        // Why these thresholds cannot be used (not rising, below 1); empty when they can.
        QString problem() const;
    };

    // A step recorded on a person.
    struct Record
    {
        Step step = VerbalWarning;
        QDate takenOn;
        // When a team leader countersigned it; AbsconderDeclaration only, invalid until then.
        QDate countersignedOn;

        bool countersigned() const { return countersignedOn.isValid(); }
    };

    // What recording a step needs besides its date (issue 16: a step recorded with nothing said
    // was accepted): an outcome, always (for "located", whether reporting resumed or the person
    // was detained); notes for the referrals, which hand the person to another team, saying what
    // was passed on (feedback between teams is easily lost, report 6.59-6.62); and the
    // alternatives tried for an absconder declaration (7.23).
    static bool needsNotes(Step step);

    static QString code(Step step);
    static std::optional<Step> fromCode(const QString &code);
    static QString name(Step step);

    // The next step due for a person with `consecutive` breaches in their current run, who
    // has had the steps `sinceRunBegan` recorded since it began: the highest step whose
    // threshold the count has reached, when no step that high has been recorded yet; nullopt
    // when nothing is due. A countersigned declaration makes Trace and Locate due.
    static std::optional<Step> dueStep(int consecutive, const QVector<Record> &sinceRunBegan,
                                       const Thresholds &t);

    // The day the person was referred to Trace and Locate in this run, when no "located" step
    // has been recorded on or after it; invalid otherwise. The team has them, and nothing on the
    // ladder is due (dueStep): the queue lists them after the people still to act on.
    static QDate withTraceLocateSince(const QVector<Record> &sinceRunBegan);

    // Unactioned (the rule of the unactioned_breaches figure, a choice documented there): not
    // detained, not an absconder, in a run of breaches, and no step taken on or after the day
    // of the latest breach. `latestStep` is invalid when no step was ever taken.
    static bool isUnactioned(bool nonDetained, bool absconder, int consecutive,
                             const QDate &latestBreach, const QDate &latestStep);
    // SQL twin of isUnactioned, the one definition the queue's "Unactioned" and the
    // unactioned_breaches figure both use: a condition on the person table aliased `person`,
    // within BreachRules::queueSql's people (it includes that condition). Binds
    // unactionedValues(at). Steps are dated, so one taken on the moment's day counts.
    static QString unactionedSql(const QString &person);
    static QVariantList unactionedValues(const Moment &at);
    // unactionedSql as parts: BreachRules::queueParts, then absconderSql and
    // stepSinceLatestBreachSql, both negated.
    static SqlAnd unactionedParts(const QString &person, const Moment &at);
    // A step taken on or after the day of the person's latest breach, and on or before the
    // moment's day (person row aliased `person`); binds stepSinceLatestBreachValues(at).
    static QString stepSinceLatestBreachSql(const QString &person);
    static QVariantList stepSinceLatestBreachValues(const Moment &at);

    // Absconder on `asOf`: an absconder declaration taken and countersigned on or before it,
    // with no "located" step on or after the declaration (and on or before `asOf`).
    static bool isAbsconder(const QVector<Record> &steps, const QDate &asOf);
    // SQL twin of isAbsconder for the person whose id is `personId`; binds absconderValues.
    static QString absconderSql(const QString &personId);
    // absconderSql's three values for the as-of day.
    static QVariantList absconderValues(const QDate &asOf);
};
