#include "figuredefinitions.h"

#include "barrier.h"
#include "breachrules.h"
#include "dataqualityrules.h"
#include "followupladder.h"
#include "personsummary.h"
#include "progressionrules.h"
#include "removaldirections.h"
#include "reviewrules.h"
#include "stock.h"

namespace {

QString keyOf(FigureId id)
{
    switch (id) {
    case FigureId::Persons:
        return QStringLiteral("persons");
    case FigureId::NonDetained:
        return QStringLiteral("non_detained");
    case FigureId::ByBand:
        return QStringLiteral("by_band");
    case FigureId::BandProvisional:
        return QStringLiteral("band_provisional");
    case FigureId::Flags:
        return QStringLiteral("flags");
    case FigureId::Cases:
        return QStringLiteral("cases");
    case FigureId::CasesNotInLatestExtract:
        return QStringLiteral("cases_not_in_latest_extract");
    case FigureId::OwnershipUnclear:
        return QStringLiteral("ownership_unclear");
    case FigureId::OpenBarriersByType:
        return QStringLiteral("open_barriers_by_type");
    case FigureId::DeportationDecisionOverdue:
        return QStringLiteral("deportation_decision_overdue");
    case FigureId::Reporting:
        return QStringLiteral("reporting");
    case FigureId::Absconders:
        return QStringLiteral("absconders");
    case FigureId::NotReporting:
        return QStringLiteral("not_reporting");
    case FigureId::BreachesLast7Days:
        return QStringLiteral("breaches_last_7_days");
    case FigureId::PersonsBreachedLast7Days:
        return QStringLiteral("persons_breached_last_7_days");
    case FigureId::ConsecutiveBreach3Plus:
        return QStringLiteral("consecutive_breach_3plus");
    case FigureId::NoncomplianceQueue:
        return QStringLiteral("noncompliance_queue");
    case FigureId::NoncomplianceQueueLast7Days:
        return QStringLiteral("noncompliance_queue_last_7_days");
    case FigureId::UnactionedBreaches:
        return QStringLiteral("unactioned_breaches");
    case FigureId::DiaryOverdue:
        return QStringLiteral("diary_overdue");
    case FigureId::RipeForProgression:
        return QStringLiteral("ripe_for_progression");
    case FigureId::LastMinuteBarriers:
        return QStringLiteral("last_minute_barriers");
    case FigureId::RemovalsPlanned:
        return QStringLiteral("removals_planned");
    case FigureId::RemovalsSucceeded:
        return QStringLiteral("removals_succeeded");
    case FigureId::RemovalsFailedByReason:
        return QStringLiteral("removals_failed_by_reason");
    case FigureId::PreparationOverdue:
        return QStringLiteral("preparation_overdue");
    case FigureId::DocumentToSeekBarrierOpen:
        return QStringLiteral("document_to_seek_barrier_open");
    case FigureId::ReviewsOverdue:
        return QStringLiteral("reviews_overdue");
    case FigureId::ReviewsDue30Days:
        return QStringLiteral("reviews_due_30_days");
    case FigureId::Unallocated:
        return QStringLiteral("unallocated");
    case FigureId::NotesQaSampled:
        return QStringLiteral("notes_qa_sampled");
    case FigureId::NotesQaFailed:
        return QStringLiteral("notes_qa_failed");
    case FigureId::DataQualityIssues:
        return QStringLiteral("data_quality_issues");
    case FigureId::DataQualityByIssue:
        return QStringLiteral("data_quality_by_issue");
    case FigureId::PersonsWithoutCriminalCase:
        return QStringLiteral("persons_without_criminal_case");
    case FigureId::RemovedAwaitingCid:
        return QStringLiteral("removed_awaiting_cid");
    }
    return QString();
}

QString keyOf(FigureId id, const QString &part)
{
    return part.isEmpty() ? keyOf(id) : keyOf(id) + QLatin1Char('/') + part;
}

const QStringList &flagKeyList()
{
    static const QStringList keys{QStringLiteral("ZINCS"), QStringLiteral("NEXUS_HH"),
                                  QStringLiteral("EM"), QStringLiteral("NFA")};
    return keys;
}

// The figures read off what the stored columns say now (what CID's latest import put there:
// bands, flags, cases, owning units; and the register's count of open barriers), with no
// history to take them on another day. README, "As of".
bool describesPresent(FigureId id)
{
    switch (id) {
    case FigureId::Persons:
    case FigureId::ByBand:
    case FigureId::BandProvisional:
    case FigureId::Flags:
    case FigureId::Cases:
    case FigureId::CasesNotInLatestExtract:
    case FigureId::OwnershipUnclear:
    case FigureId::RipeForProgression:
    case FigureId::DocumentToSeekBarrierOpen:
        return true;
    default:
        return false;
    }
}

QVector<FigureDefinitions::Definition> makeDefinitions()
{
    QVector<FigureDefinitions::Definition> out;
    const QString people = FigureDefinitions::tr("people");
    const auto add = [&](FigureId id, const QString &meaning, const QString &unit,
                         bool countsPeople, const QString &part = QString()) {
        const bool present = describesPresent(id);
        out << FigureDefinitions::Definition{
            id,
            part,
            keyOf(id, part),
            present
                ? FigureDefinitions::tr("%1; the present: refused for an as-of date before today")
                      .arg(meaning)
                : meaning,
            unit,
            countsPeople,
            present,
            1,
            QString()};
    };
    add(FigureId::Persons,
        FigureDefinitions::tr(
            "Every person held now, whatever their custody or cases (Lodestar keeps "
            "no history of who was held before)"),
        people, true);
    add(FigureId::NonDetained,
        FigureDefinitions::tr(
            "The non-detained stock: people with a criminal case, not detained, not "
            "removed on or before the as-of date"),
        people, true);
    for (int band = 1; band <= 4; ++band)
        add(FigureId::ByBand,
            FigureDefinitions::tr(
                "The stock in band %1 (the effective band: the override where one is "
                "set)")
                .arg(band),
            people, true, QString::number(band));
    add(FigureId::BandProvisional,
        FigureDefinitions::tr(
            "The stock whose effective band is provisional: a fact not recorded could "
            "raise it (an override never is)"),
        people, true);
    for (const QString &flag : flagKeyList())
        add(FigureId::Flags,
            FigureDefinitions::tr("People flagged %1, whatever their custody")
                .arg(Flags::label(flag)),
            people, true, flag);
    add(FigureId::Cases, FigureDefinitions::tr("CID cases held"), FigureDefinitions::tr("cases"),
        false);
    add(FigureId::CasesNotInLatestExtract,
        FigureDefinitions::tr("CID cases absent from the newest import"),
        FigureDefinitions::tr("cases"), false);
    add(FigureId::OwnershipUnclear,
        FigureDefinitions::tr(
            "People not removed all of whose criminal cases have an empty, NO UNIT, NOT "
            "IN USE or obsolete Local Immigration Team (the word LIT first) owning unit"),
        people, true);
    for (const QString &type : Barrier::types())
        add(FigureId::OpenBarriersByType,
            FigureDefinitions::tr(
                "Barriers of type \"%1\" open on the register at the end of the as-of "
                "date (CID's and Lodestar's; a case in CID's first import counts as "
                "standing already)")
                .arg(Barrier::typeName(type)),
            FigureDefinitions::tr("barriers"), false, type);
    add(FigureId::DeportationDecisionOverdue,
        FigureDefinitions::tr(
            "The stock with a criminal sentence of 12 months or more, no deportation "
            "decision, and the sentence ended over 12 months before the as-of date"),
        people, true);
    add(FigureId::Reporting,
        FigureDefinitions::tr(
            "The stock required to report (a frequency other than none), absconders "
            "left out"),
        people, true);
    add(FigureId::Absconders,
        FigureDefinitions::tr(
            "The stock with a countersigned absconder declaration and no \"located\" "
            "since"),
        people, true);
    add(FigureId::NotReporting,
        FigureDefinitions::tr(
            "The stock neither reporting nor absconders: no restriction, or reporting "
            "not required"),
        people, true);
    add(FigureId::BreachesLast7Days,
        FigureDefinitions::tr(
            "Breach events scheduled in the 7 days ending at the as-of moment (events "
            "after it are pending, not breaches)"),
        FigureDefinitions::tr("events"), false);
    add(FigureId::PersonsBreachedLast7Days,
        FigureDefinitions::tr(
            "People with a breach scheduled in the 7 days ending at the as-of moment, "
            "whatever their custody"),
        people, true);
    add(FigureId::ConsecutiveBreach3Plus,
        FigureDefinitions::tr("The stock with 3 or more breaches in a row"), people, true);
    add(FigureId::NoncomplianceQueue,
        FigureDefinitions::tr(
            "The non-compliance queue: the stock in a current run of breaches, however "
            "old the last breach"),
        people, true);
    add(FigureId::NoncomplianceQueueLast7Days,
        FigureDefinitions::tr(
            "The non-compliance queue's people with a breach in the last 7 days (its "
            "filter)"),
        people, true);
    add(FigureId::UnactionedBreaches,
        FigureDefinitions::tr(
            "The queue's unactioned rows: absconders left out, no follow-up step since "
            "the latest breach"),
        people, true);
    add(FigureId::DiaryOverdue,
        FigureDefinitions::tr("Diary entries due before the as-of date and not done by then"),
        FigureDefinitions::tr("diary entries"), false);
    add(FigureId::RipeForProgression,
        FigureDefinitions::tr(
            "The stock, absconders left out, with no barrier open now (the register "
            "as it stands), no removal directions pending or carried out, and no active "
            "hold"),
        people, true);
    add(FigureId::LastMinuteBarriers,
        FigureDefinitions::tr(
            "Barriers known to have been raised on or before the as-of date while "
            "removal directions stood (a CID barrier, whose opening day the extract "
            "does not give, when its case first appeared in an import after the "
            "directions were set)"),
        FigureDefinitions::tr("barriers"), false);
    add(FigureId::RemovalsPlanned,
        FigureDefinitions::tr("Removal directions set on or before the as-of date"),
        FigureDefinitions::tr("removal directions"), false);
    add(FigureId::RemovalsSucceeded,
        FigureDefinitions::tr(
            "Removal directions whose removal was carried out on or before the as-of "
            "date"),
        FigureDefinitions::tr("removal directions"), false);
    for (const QString &reason : RemovalDirections::failureReasons())
        add(FigureId::RemovalsFailedByReason,
            FigureDefinitions::tr("Removal directions failed on or before the as-of date: %1")
                .arg(RemovalDirections::failureReasonName(reason)),
            FigureDefinitions::tr("removal directions"), false, reason);
    add(FigureId::PreparationOverdue,
        FigureDefinitions::tr(
            "The stock whose case preparation (2 weeks initial, 8 in all) is past a due "
            "date and not done"),
        people, true);
    add(FigureId::DocumentToSeekBarrierOpen,
        FigureDefinitions::tr(
            "The stock with a barrier open now (the register as it stands) and no "
            "usable travel document: the document to seek while the barrier is open"),
        people, true);
    add(FigureId::ReviewsOverdue,
        FigureDefinitions::tr("The stock whose 3-monthly review is due before the as-of date"),
        people, true);
    add(FigureId::ReviewsDue30Days,
        FigureDefinitions::tr(
            "The stock whose review is due on the as-of date or in the 30 days after"),
        people, true);
    add(FigureId::Unallocated, FigureDefinitions::tr("The stock with no case owner"), people, true);
    add(FigureId::NotesQaSampled,
        FigureDefinitions::tr(
            "Notes drawn into a quality-assurance sample on or before the as-of date"),
        FigureDefinitions::tr("notes"), false);
    add(FigureId::NotesQaFailed,
        FigureDefinitions::tr(
            "Notes marked failed in quality assurance on or before the as-of date"),
        FigureDefinitions::tr("notes"), false);
    add(FigureId::DataQualityIssues,
        FigureDefinitions::tr(
            "Issues on the clean-up list (a person with two problems is two issues)"),
        FigureDefinitions::tr("issues"), false);
    for (const DataQualityRules::Issue issue : DataQualityRules::all())
        add(FigureId::DataQualityByIssue,
            FigureDefinitions::tr("People on the clean-up list for: %1")
                .arg(DataQualityRules::name(issue)),
            people, true, DataQualityRules::code(issue));
    add(FigureId::PersonsWithoutCriminalCase,
        FigureDefinitions::tr(
            "People with no criminal case: not foreign national offender cases, so "
            "neither banded nor in the stock"),
        people, true);
    add(FigureId::RemovedAwaitingCid,
        FigureDefinitions::tr(
            "People removed on or before the as-of date whose CID criminal case is still "
            "open and non-detained"),
        people, true);
    return out;
}

} // namespace

const QStringList &FigureDefinitions::flagKeys()
{
    return flagKeyList();
}

const QStringList &FigureDefinitions::barrierTypeKeys()
{
    return Barrier::types();
}

const QVector<FigureDefinitions::Definition> &FigureDefinitions::definitions()
{
    // Built once, in the language loaded when first asked.
    static const QVector<Definition> all = makeDefinitions();
    return all;
}

const FigureDefinitions::Definition *FigureDefinitions::definition(const QString &key)
{
    for (const Definition &d : definitions())
        if (d.key == key)
            return &d;
    return nullptr;
}

const FigureDefinitions::Definition *FigureDefinitions::definition(FigureId id, const QString &part)
{
    return definition(keyOf(id, part));
}

QString FigureDefinitions::key(FigureId id, const QString &part)
{
    return keyOf(id, part);
}

QStringList FigureDefinitions::figureNames()
{
    QStringList names;
    for (const Definition &d : definitions())
        if (d.people)
            names << d.key;
    return names;
}

FigureDefinitions::Condition FigureDefinitions::condition(const QString &key, const Moment &at)
{
    const Definition *d = definition(key);
    return d ? condition(d->id, at, d->part) : Condition{};
}

namespace {

using Part = SqlAnd::Part;

// The people a figure counts at the moment `at`, as the parts its condition is the AND of;
// nothing for a figure that does not count people. Reporting events are taken at the moment
// itself, dated records at its day.
std::optional<SqlAnd> peopleParts(FigureId id, const Moment &at, const QString &part)
{
    const QDate asOf = at.date();
    const QString day = asOf.toString(Qt::ISODate);
    const QString person = QStringLiteral("person");
    // Within the stock (Stock).
    const SqlAnd stock = Stock::parts(person, asOf);
    const auto inStock = [&](const QString &sql, const QVariantList &values = {}) {
        return stock + SqlAnd{{sql, values}};
    };
    const auto dataQuality = [&](DataQualityRules::Issue issue) {
        return DataQualityRules::parts(issue, at);
    };
    // Reporting compliance: the rules and their SQL live in BreachRules and FollowUpLadder.
    const Part absconder{FollowUpLadder::absconderSql(QStringLiteral("person.id")),
                         FollowUpLadder::absconderValues(asOf)};
    const Part notAbsconder{absconder.sql, absconder.values, true};
    const Part requiresReporting{Stock::requiresReportingSql(person)};
    // The week's breaches found once on their partial index, then one lookup a person.
    const Part breachedLastWeek{
        QStringLiteral("person.id IN (SELECT e.person_id FROM reporting_event e WHERE %1 AND %2)")
            .arg(BreachRules::lastWeekSql(QStringLiteral("e")),
                 BreachRules::breachOutcomeSql(QStringLiteral("e"))),
        BreachRules::lastWeekValues(at)};
    // Reviews: due on the reviewer's set date or 3 months after the base, the 3 months
    // compared on the base date, which is exact at month ends (ReviewRules).
    const auto dueBefore = [&](const QDate &d, bool negated = false) {
        return Part{ReviewRules::dueBeforeSql(person), ReviewRules::dueBeforeValues(d), negated};
    };
    switch (id) {
    case FigureId::Persons:
        // The present, whatever the as-of date: the stock on a past day is taken from the
        // people held now (custody and cases as the latest import has them), so "every person"
        // must be too, or the stock could exceed it.
        return SqlAnd();
    case FigureId::NonDetained:
        return stock;
    case FigureId::ByBand: {
        bool ok = false;
        const int band = part.toInt(&ok);
        if (!ok || band < 1 || band > 4)
            return std::nullopt;
        return inStock(QStringLiteral("person.band = %1").arg(band));
    }
    case FigureId::BandProvisional:
        // The computed band could rise (its missing facts are stored in band_provisional) and
        // no override stands over it.
        return inStock(QStringLiteral("person.band IS NOT NULL AND person.band_provisional <> 0 "
                                      "AND person.band_override IS NULL"));
    case FigureId::Flags:
        if (!flagKeyList().contains(part))
            return std::nullopt;
        return SqlAnd{{QStringLiteral("person.flag_%1 <> 0").arg(part.toLower())}};
    case FigureId::OwnershipUnclear:
        // The clean-up list's item, word for word.
        return dataQuality(DataQualityRules::Issue::UnclearOwnership);
    case FigureId::DeportationDecisionOverdue:
        // The rule and its stored column live in ProgressionRules.
        return inStock(ProgressionRules::decisionOverdueSql(person),
                       ProgressionRules::decisionOverdueValues(asOf));
    case FigureId::Absconders:
        return stock + SqlAnd{absconder};
    case FigureId::Reporting:
        return stock + SqlAnd{requiresReporting, notAbsconder};
    case FigureId::NotReporting:
        return stock + SqlAnd{{requiresReporting.sql, {}, true}, notAbsconder};
    case FigureId::PersonsBreachedLast7Days:
        // Every person with a breach in the week, whatever their custody, to match
        // breaches_last_7_days, which counts every breach event of the week.
        return SqlAnd{breachedLastWeek};
    case FigureId::ConsecutiveBreach3Plus:
        // In a run (the queue's condition), and 3 or more breaches in it.
        return BreachRules::queueParts(person, at) << Part{
                   QStringLiteral("%1 >= 3").arg(BreachRules::consecutiveCountSql(person)),
                   BreachRules::consecutiveCountValues(at), false, BreachRules::inRunSql(person)};
    // The queue and its unactioned rows: the very conditions NoncomplianceStore selects with.
    case FigureId::NoncomplianceQueue:
        return BreachRules::queueParts(person, at);
    case FigureId::NoncomplianceQueueLast7Days:
        return BreachRules::queueParts(person, at) << breachedLastWeek;
    case FigureId::UnactionedBreaches:
        return FollowUpLadder::unactionedParts(person, at);
    case FigureId::RipeForProgression:
        // The rules and their SQL live in ProgressionRules (which starts from the stock).
        return ProgressionRules::ripeParts(person, asOf);
    case FigureId::PreparationOverdue:
        return inStock(ProgressionRules::preparationOverdueSql(QStringLiteral("person.id")),
                       ProgressionRules::preparationValues(asOf));
    case FigureId::DocumentToSeekBarrierOpen:
        // The same condition the list selects with (ProgressionStore, List::DocumentToSeek).
        return inStock(ProgressionRules::documentToSeekSql(person),
                       ProgressionRules::documentToSeekValues(asOf));
    case FigureId::ReviewsOverdue:
        return stock + SqlAnd{dueBefore(asOf)};
    case FigureId::ReviewsDue30Days:
        return stock +
               SqlAnd{dueBefore(asOf, true), dueBefore(asOf.addDays(ReviewRules::SoonDays + 1))};
    case FigureId::Unallocated:
        return inStock(QStringLiteral("person.case_owner IS NULL OR TRIM(person.case_owner) = ''"));
    case FigureId::DataQualityByIssue:
        for (const DataQualityRules::Issue issue : DataQualityRules::all())
            if (DataQualityRules::code(issue) == part)
                return dataQuality(issue);
        return std::nullopt;
    case FigureId::PersonsWithoutCriminalCase:
        return dataQuality(DataQualityRules::Issue::NoCriminalCase);
    case FigureId::RemovedAwaitingCid:
        return dataQuality(DataQualityRules::Issue::RemovedAwaitingCid);
    case FigureId::Cases:
    case FigureId::CasesNotInLatestExtract:
    case FigureId::OpenBarriersByType:
    case FigureId::BreachesLast7Days:
    case FigureId::DiaryOverdue:
    case FigureId::LastMinuteBarriers:
    case FigureId::RemovalsPlanned:
    case FigureId::RemovalsSucceeded:
    case FigureId::RemovalsFailedByReason:
    case FigureId::NotesQaSampled:
    case FigureId::NotesQaFailed:
    case FigureId::DataQualityIssues:
        break; // not counts of people
    }
    return std::nullopt;
}

} // namespace

std::optional<SqlAnd> FigureDefinitions::parts(FigureId id, const Moment &at, const QString &part)
{
    return peopleParts(id, at, part);
}

FigureDefinitions::Condition FigureDefinitions::condition(FigureId id, const Moment &at,
                                                          const QString &part)
{
    const std::optional<SqlAnd> parts = peopleParts(id, at, part);
    if (!parts)
        return {};
    return {parts->sql(), parts->values()};
}
