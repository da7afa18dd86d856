#pragma once

#include "chart.h"
#include "db/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

// The headline figures of the caseload: the one place they are computed, for
// `lodestar figures --json` and the GUI alike, so the two can never disagree.
//
// Every figure is a count of person rows selected by one SQL condition (condition()), over
// the derived columns the stores keep (custody, effective band, flag_*). The same condition
// lists the people behind a figure (personRefs()), so each number can be drilled into and
// reconciled (inspection recommendation 2).
class Figures
{
    Q_DECLARE_TR_FUNCTIONS(Figures)

public:
    // The snapshot date the figures are reported as at. The counts are of the database as it
    // stands (the stored columns keep no history), so this labels the snapshot, it does not
    // filter it.
    QDate asOf;
    qint64 persons = 0;
    qint64 nonDetained = 0;
    // Non-detained people by effective band (the override where there is one), keys 1..4;
    // they add up to nonDetained.
    QMap<int, qint64> byBand;
    // Non-detained people whose effective band is provisional: a fact not recorded could
    // raise it (Banding::missingFacts), and no override stands (an override never is).
    qint64 bandProvisional = 0;
    // People with each flag, keys as flagKeys(). Counted over all persons, detained included:
    // a flag (e.g. Zincs, Nexus High Harm) says something about the person whatever their
    // custody, and a manager asking "how many are flagged" means all of them.
    QMap<QString, qint64> flags;
    // CID cases held, and those absent from the newest import (their missing_since is set by
    // the importer and cleared when they come back).
    qint64 cases = 0;
    qint64 casesNotInLatestExtract = 0;
    // People all of whose CRIMINAL cases have an unclear owning unit (Ownership rule). People
    // without any criminal case are not counted: there is no criminal ownership to be unclear.
    qint64 ownershipUnclear = 0;
    // Open barriers on the register by type, keys barrierTypeKeys(): CID's (OPEN cases of a
    // barrier type, cases missing from the latest extract included, as the band counts them)
    // and those recorded in Lodestar. These count barriers, not people: one person may have two.
    QMap<QString, qint64> openBarriersByType;
    // Removal progression (ProgressionRules, CasePreparation), on the as-of date.
    // Non-detained people, not absconders, with no open barrier from any source, no removal
    // directions pending (nor a removal done), and no active hold.
    qint64 ripeForProgression = 0;
    // Barriers raised on or before the as-of date while removal directions stood (open or
    // cleared since): barriers, not people.
    qint64 lastMinuteBarriers = 0;
    // Removal directions set on or before the as-of date; those removed on or before it; those
    // failed on or before it, by reason (RemovalDirections::failureReasons(), all present).
    qint64 removalsPlanned = 0;
    qint64 removalsSucceeded = 0;
    QMap<QString, qint64> removalsFailedByReason;
    // Non-detained people whose case preparation (7.5) is past its 2-week initial or 8-week
    // final due date and not done by the as-of date.
    qint64 preparationOverdue = 0;
    // Team leaders' checks (ReviewRules, DataQualityRules), on the as-of date.
    // Non-detained people whose 3-monthly review is overdue (due before the as-of date), and
    // those due on it or within the 30 days after. Owned or not: every case is reviewed.
    qint64 reviewsOverdue = 0;
    qint64 reviewsDue30Days = 0;
    // Non-detained people nobody owns (no case owner from CID or an allocation).
    qint64 unallocated = 0;
    // Notes drawn into a quality-assurance sample on or before the as-of date, and those marked
    // failed on or before it (notes, each counted once however many samples drew it).
    qint64 notesQaSampled = 0;
    qint64 notesQaFailed = 0;
    // Issues on the clean-up list (a person with two problems is two issues), in all and by
    // issue (DataQualityRules::code keys, all present in the JSON).
    qint64 dataQualityIssues = 0;
    QMap<QString, qint64> dataQualityByIssue;
    // Non-detained people with a CRIMINAL case of 12 months' sentence or more, no deportation
    // decision (empty, NONE or PENDING) and a sentence that ended more than 12 months before
    // the as-of date (report 6.24).
    qint64 deportationDecisionOverdue = 0;
    // Reporting compliance (BreachRules, FollowUpLadder), on the as-of date.
    // Non-detained people with a reporting frequency (not empty, not NONE), absconders left out.
    qint64 reporting = 0;
    // Non-detained people whose countersigned absconder declaration has no "located" since.
    qint64 absconders = 0;
    // Breach events scheduled in the 7 days ending on the as-of date, inclusive (events, not
    // people), and the people with at least one.
    qint64 breachesLast7Days = 0;
    qint64 personsBreachedLast7Days = 0;
    // Non-detained people whose consecutive-breach count is 3 or more.
    qint64 consecutiveBreach3Plus = 0;
    // Non-detained people, not absconders, in a run of breaches with no follow-up step taken
    // since their latest breach.
    qint64 unactionedBreaches = 0;
    // Diary entries due before the as-of date and not done by then (entries, not people).
    qint64 diaryOverdue = 0;
    // The dashboard's charts (Dashboard) for the 12 months ending on the as-of date, every
    // team and unit: the same numbers the dashboard draws and the report prints.
    QVector<Chart> charts;

    static Result<Figures> compute(QSqlDatabase db, const QDate &asOf);

    // {"as_of":"YYYY-MM-DD","persons":n,"non_detained":n,"by_band":{"1":n,..,"4":n},
    //  "flags":{"ZINCS":n,"NEXUS_HH":n,"EM":n,"NFA":n}, ...,
    //  "charts":{"<chart id>":{"from":..,"to":..,"values":{"<series key>":
    //  {"<category key>":n}}}}}, every key always present.
    QJsonObject toJson() const;

    // ZINCS, NEXUS_HH, EM, NFA: the flags the figures count, in report order.
    static const QStringList &flagKeys();
    // Barrier::types(): asylum, further_reps, appeal, judicial_review, modern_slavery (from CID
    // and recorded by hand), travel_document, embassy, medical, deportation_decision, other.
    static const QStringList &barrierTypeKeys();
    // Names of the figures that count people, as paths into toJson(): "persons",
    // "non_detained", "by_band/1".."4", "band_provisional", "flags/ZINCS", "flags/NEXUS_HH",
    // "flags/EM", "flags/NFA", "ownership_unclear", "deportation_decision_overdue", "reporting",
    // "absconders", "persons_breached_last_7_days", "consecutive_breach_3plus",
    // "unactioned_breaches", "ripe_for_progression", "preparation_overdue", "reviews_overdue",
    // "reviews_due_30_days", "unallocated", and "data_quality_by_issue/<issue code>".
    static QStringList figureNames();
    // The SQL condition on table person that selects the people counted by `figure` (one of
    // figureNames()) at `asOf`, with the values to bind to its placeholders in order; an empty
    // condition for an unknown name.
    struct Condition
    {
        QString sql;
        QVariantList values;
    };
    static Condition condition(const QString &figure, const QDate &asOf);
    // The person references behind `figure`, in order: the drill-down of a number.
    static Result<QStringList> personRefs(QSqlDatabase db, const QString &figure,
                                          const QDate &asOf = QDate::currentDate());
};
