#pragma once

#include "clock.h"
#include "moment.h"
#include "sqland.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>
#include <optional>

// Every headline figure, by a typed identifier rather than a key spelled in several files. A
// figure that is a family of counts (by band, by flag, by barrier type, by failure reason, by
// data-quality issue) is one identifier with a part naming the member.
enum class FigureId
{
    Persons,
    NonDetained,
    ByBand,
    BandProvisional,
    Flags,
    Cases,
    CasesNotInLatestExtract,
    OwnershipUnclear,
    OpenBarriersByType,
    DeportationDecisionOverdue,
    Reporting,
    Absconders,
    NotReporting,
    BreachesLast7Days,
    PersonsBreachedLast7Days,
    ConsecutiveBreach3Plus,
    NoncomplianceQueue,
    NoncomplianceQueueLast7Days,
    UnactionedBreaches,
    DiaryOverdue,
    RipeForProgression,
    LastMinuteBarriers,
    RemovalsPlanned,
    RemovalsSucceeded,
    RemovalsFailedByReason,
    PreparationOverdue,
    DocumentToSeekBarrierOpen,
    ReviewsOverdue,
    ReviewsDue30Days,
    Unallocated,
    NotesQaSampled,
    NotesQaFailed,
    DataQualityIssues,
    DataQualityByIssue,
    PersonsWithoutCriminalCase,
    RemovedAwaitingCid
};

// What each headline figure is: its key, its meaning in words and, for a figure that counts
// people, the SQL condition on table person that selects them. The rules themselves live in
// the domain's rule classes (Stock, BreachRules, ProgressionRules, ...); this puts them together
// per figure, one floor below the stores, so a store's list and the figure it drills into
// select with the very same condition. Figures computes the values.
class FigureDefinitions
{
    Q_DECLARE_TR_FUNCTIONS(Figures)

public:
    // One figure: its identifier, its key in toJson() ("by_band/1" for a family's member), what
    // it counts in one line, the unit it counts, and whether it counts person rows (then
    // condition() selects them and personRefs() lists them: its drill-down).
    struct Definition
    {
        FigureId id;
        QString part; // the member of a family ("1", "ZINCS", "asylum"); empty otherwise
        QString key;
        QString meaning;
        QString unit;
        bool people = false;
        // It describes the present (what CID's latest import and Lodestar's stored columns say
        // now), not the as-of date: refused for an as-of day before today (presentRefused).
        bool present = false;
        // Raised by one whenever the figure's rule changes (with the day in `changedOn`), so a
        // published snapshot taken under an older rule says so when compared (issue 22).
        int version = 1;
        QString changedOn; // ISO day of the latest change; empty for the first version
    };
    // Every figure toJson() prints, in its order: the one place each is named and explained,
    // for `figures --definitions`, captions and titles.
    static const QVector<Definition> &definitions();
    // The definition of `key` (as toJson() spells it), or nullptr.
    static const Definition *definition(const QString &key);
    static const Definition *definition(FigureId id, const QString &part = QString());
    // ZINCS, NEXUS_HH, EM, NFA: the flags the figures count, in report order.
    static const QStringList &flagKeys();
    // Barrier::types(): asylum, further_reps, appeal, judicial_review, modern_slavery (from CID
    // and recorded by hand), travel_document, embassy, medical, deportation_decision, other.
    static const QStringList &barrierTypeKeys();
    // The keys of the figures that count people (definitions() whose `people` is set).
    static QStringList figureNames();
    // The SQL condition on table person that selects the people counted by a figure at `asOf`,
    // with the values to bind to its placeholders in order; an empty condition for a figure
    // that does not count people, or an unknown key.
    struct Condition
    {
        QString sql;
        QVariantList values;
    };
    // At the moment `at`: reporting events at the moment itself, dated records at its day.
    static Condition condition(FigureId id, const Moment &at, const QString &part = QString());
    static Condition condition(FigureId id, const QDate &asOf, const QString &part = QString())
    {
        return condition(id, Moment::endOfDay(asOf), part);
    }
    static Condition condition(const QString &key, const Moment &at);
    static Condition condition(const QString &key, const QDate &asOf)
    {
        return condition(key, Moment::endOfDay(asOf));
    }
    // The condition as the parts it is the AND of (Figures counts every figure at once over
    // them); nothing for a figure that does not count people.
    static std::optional<SqlAnd> parts(FigureId id, const Moment &at, const QString &part);
    // The key of a figure in toJson(): "by_band/1" for a family's member.
    static QString key(FigureId id, const QString &part = QString());
};
