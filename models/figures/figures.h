#pragma once

#include "chart.h"
#include "db/error.h"
#include "domain/clock.h"
#include "domain/figuredefinitions.h"
#include "domain/moment.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

class PeopleCounter;

// The headline figures of the caseload: the one place they are computed, for
// `lodestar figures --json` and the GUI alike, so the two can never disagree.
//
// Every figure is a count of person rows selected by one SQL condition (condition()), over
// the derived columns the stores keep (custody, effective band, flag_*). The same condition
// lists the people behind a figure (personRefs()), so each number can be drilled into and
// reconciled (inspection recommendation 2).
class Figures : public FigureDefinitions
{
    Q_DECLARE_TR_FUNCTIONS(Figures)

public:
    // The as-of date: the dated figures are taken on it (each definition says which); those
    // of the present are refused before today (presentRefused).
    QDate asOf;
    // The moment the reporting figures are taken at (BreachRules): the end of the as-of date,
    // or a minute within it; events scheduled after it are pending. Dated records (reviews,
    // removals, steps, diary) are taken at its day.
    Moment moment;
    // The as-of day is before today: the figures that describe the present (Definition::present)
    // are not answered for it. They are computed all the same (as they stand now), but toJson()
    // prints each as null, with why under "refused", and value() gives -1: nothing says what
    // they were on that day, and a number mixed from two days is the inspection's complaint.
    bool presentRefused = false;
    qint64 persons = 0;
    // The non-detained stock on the as-of date (Stock): people with a criminal case, not
    // detained, not removed on or before it. Every "non-detained" figure below counts within it.
    qint64 nonDetained = 0;
    // The stock by effective band (the override where there is one), keys 1..4; they add up to
    // nonDetained.
    QMap<int, qint64> byBand;
    // The stock whose effective band is provisional: a fact not recorded could raise it
    // (Banding::missingFacts), and no override stands (an override never is).
    qint64 bandProvisional = 0;
    // People with each flag, keys as flagKeys(). Counted over all persons, detained included:
    // a flag (e.g. Zincs, Nexus High Harm) says something about the person whatever their
    // custody, and a manager asking "how many are flagged" means all of them.
    QMap<QString, qint64> flags;
    // CID cases held, and those absent from the newest import (their missing_since is set by
    // the importer and cleared when they come back).
    qint64 cases = 0;
    qint64 casesNotInLatestExtract = 0;
    // People all of whose CRIMINAL cases have an unclear owning unit (Ownership rule), removed
    // people left out: the data-quality item unclear_ownership. People without any criminal
    // case are not counted: there is no criminal ownership to be unclear.
    qint64 ownershipUnclear = 0;
    // Open barriers on the register by type, keys barrierTypeKeys(): CID's (OPEN cases of a
    // barrier type, cases missing from the latest extract included, as the band counts them)
    // and those recorded in Lodestar. These count barriers, not people: one person may have two.
    QMap<QString, qint64> openBarriersByType;
    // Removal progression (ProgressionRules, CasePreparation), on the as-of date.
    // The stock (Stock), not absconders, with no open barrier from any source, no removal
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
    // The stock whose case preparation (7.5) is past its 2-week initial or 8-week
    // final due date and not done by the as-of date.
    qint64 preparationOverdue = 0;
    // The stock with at least one open barrier (any source) and no usable travel document: the
    // document is sought while the barrier is open (report 7.10).
    qint64 documentToSeekBarrierOpen = 0;
    // Team leaders' checks (ReviewRules, DataQualityRules), on the as-of date.
    // The stock whose 3-monthly review is overdue (due before the as-of date), and
    // those due on it or within the 30 days after. Owned or not: every case is reviewed.
    qint64 reviewsOverdue = 0;
    qint64 reviewsDue30Days = 0;
    // The stock nobody owns (no case owner from CID or an allocation).
    qint64 unallocated = 0;
    // Notes drawn into a quality-assurance sample on or before the as-of date, and those marked
    // failed on or before it (notes, each counted once however many samples drew it).
    qint64 notesQaSampled = 0;
    qint64 notesQaFailed = 0;
    // Issues on the clean-up list (a person with two problems is two issues), in all and by
    // issue (DataQualityRules::code keys, all present in the JSON).
    qint64 dataQualityIssues = 0;
    QMap<QString, qint64> dataQualityByIssue;
    // People with no CRIMINAL case (not banded, not in the stock), and people removed on or
    // before the as-of date whose CID criminal case is still open and non-detained: the
    // data-quality items no_criminal_case and removed_awaiting_cid.
    qint64 personsWithoutCriminalCase = 0;
    qint64 removedAwaitingCid = 0;
    // The stock with a CRIMINAL case of 12 months' sentence or more, no deportation
    // decision (empty, NONE or PENDING) and a sentence that ended more than 12 months before
    // the as-of date (report 6.24).
    qint64 deportationDecisionOverdue = 0;
    // Reporting compliance (BreachRules, FollowUpLadder), at the moment.
    // The stock split three ways (Stock::reporting): absconders (a countersigned absconder
    // declaration with no "located" since); reporting (a restriction requiring them to report,
    // not absconders); not reporting (no restriction, or reporting not required, not
    // absconders). nonDetained = reporting + absconders + notReporting.
    qint64 reporting = 0;
    qint64 absconders = 0;
    qint64 notReporting = 0;
    // Breach events scheduled in the 7 days ending at the moment, inclusive (events, not
    // people), and the people with at least one, whatever their custody.
    qint64 breachesLast7Days = 0;
    qint64 personsBreachedLast7Days = 0;
    // The stock whose consecutive-breach count is 3 or more.
    qint64 consecutiveBreach3Plus = 0;
    // The non-compliance queue (BreachRules::queueSql): the stock in a current run of
    // breaches, however old the last breach; those of them with a breach in the last 7 days
    // (the queue's filter).
    qint64 noncomplianceQueue = 0;
    qint64 noncomplianceQueueLast7Days = 0;
    // The queue's unactioned rows (FollowUpLadder::unactionedSql): not absconders, no
    // follow-up step taken since their latest breach.
    qint64 unactionedBreaches = 0;
    // Diary entries due before the as-of date and not done by then (entries, not people).
    qint64 diaryOverdue = 0;
    // The dashboard's charts (Dashboard) for the 12 months ending on the as-of date, every
    // team and unit: the same numbers the dashboard draws and the report prints.
    QVector<Chart> charts;

    static Result<Figures> compute(QSqlDatabase db, const Moment &at);
    // The same with the people already counted by PeopleCounter(at)'s mask (mask, people with
    // it): a snapshot's capture has read every person's mask, and the figures count those.
    static Result<Figures> compute(QSqlDatabase db, const Moment &at,
                                   const QVector<QPair<quint64, qint64>> &byMask);
    // The two halves of compute(), which reads them at once on two connections where it can
    // (SideRead). others(): every figure that is not a count of people (events, cases, notes,
    // barriers, removals) and the charts. withPeople(): those completed with the people
    // counted by PeopleCounter(f.moment)'s mask.
    static Result<Figures> others(QSqlDatabase db, const Moment &at);
    // Only the people figures of `keys` at `at` (a key that is not one is left out), counted by
    // the same pass as compute()'s evaluating only their parts: Today's headline figures.
    static Result<QHash<QString, qint64>> people(QSqlDatabase db, const Moment &at,
                                                 const QStringList &keys);
    static Result<Figures> withPeople(Figures f, const QVector<QPair<quint64, qint64>> &byMask);

private:
    // The people counted by `counter`'s mask, in one pass over person.
    static Result<QVector<QPair<quint64, qint64>>> countByMask(QSqlDatabase db,
                                                               const PeopleCounter &counter);

public:
    // At the end of the as-of date.
    static Result<Figures> compute(QSqlDatabase db, const QDate &asOf)
    {
        return compute(db, Moment::endOfDay(asOf));
    }

    // The value of the figure `key` (a path into toJson(), "by_band/1"); -1 for no such key or
    // a figure refused (presentRefused).
    qint64 value(const QString &key) const;

    // {"as_of":"YYYY-MM-DD" (or "YYYY-MM-DDTHH:MM" for a moment within the
    // day),"persons":n,"non_detained":n,"by_band":{"1":n,..,"4":n},
    //  "flags":{"ZINCS":n,"NEXUS_HH":n,"EM":n,"NFA":n}, ...,
    //  "charts":{"<chart id>":{"from":..,"to":..,"values":{"<series key>":
    //  {"<category key>":n}}}}}, every key always present. For a past as-of day
    //  (presentRefused) each present figure is null ("by_band":null) and "refused" maps its
    //  top-level key to the reason; "refused" is there only then.
    QJsonObject toJson() const;

    // The person references behind `figure`, in order: the drill-down of a number.
    static Result<QStringList> personRefs(QSqlDatabase db, const QString &figure, const Moment &at);
    static Result<QStringList> personRefs(QSqlDatabase db, const QString &figure,
                                          const QDate &asOf = Clock::today())
    {
        return personRefs(db, figure, Moment::endOfDay(asOf));
    }
};
