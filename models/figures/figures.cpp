#include "figures.h"
#include "domain/clock.h"

#include "dashboard.h"

#include "domain/barrier.h"
#include "domain/breachrules.h"
#include "domain/codes.h"
#include "domain/dataqualityrules.h"
#include "domain/followupladder.h"
#include "domain/ownership.h"
#include "domain/personsummary.h"
#include "domain/progressionrules.h"
#include "domain/removaldirections.h"
#include "domain/reviewrules.h"
#include "domain/stock.h"
#include "store/barrierstore.h"
#include "store/removalstore.h"

#include <QHash>
#include <QJsonValue>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <climits>
#include <optional>

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

QVector<Figures::Definition> makeDefinitions()
{
    QVector<Figures::Definition> out;
    const QString people = Figures::tr("people");
    const auto add = [&](FigureId id, const QString &meaning, const QString &unit,
                         bool countsPeople, const QString &part = QString()) {
        const bool present = describesPresent(id);
        out << Figures::Definition{
            id,
            part,
            keyOf(id, part),
            present ? Figures::tr("%1; the present: refused for an as-of date before today")
                          .arg(meaning)
                    : meaning,
            unit,
            countsPeople,
            present};
    };
    add(FigureId::Persons,
        Figures::tr("Every person held now, whatever their custody or cases (Lodestar keeps "
                    "no history of who was held before)"),
        people, true);
    add(FigureId::NonDetained,
        Figures::tr("The non-detained stock: people with a criminal case, not detained, not "
                    "removed on or before the as-of date"),
        people, true);
    for (int band = 1; band <= 4; ++band)
        add(FigureId::ByBand,
            Figures::tr("The stock in band %1 (the effective band: the override where one is "
                        "set)")
                .arg(band),
            people, true, QString::number(band));
    add(FigureId::BandProvisional,
        Figures::tr("The stock whose effective band is provisional: a fact not recorded could "
                    "raise it (an override never is)"),
        people, true);
    for (const QString &flag : flagKeyList())
        add(FigureId::Flags,
            Figures::tr("People flagged %1, whatever their custody").arg(Flags::label(flag)),
            people, true, flag);
    add(FigureId::Cases, Figures::tr("CID cases held"), Figures::tr("cases"), false);
    add(FigureId::CasesNotInLatestExtract, Figures::tr("CID cases absent from the newest import"),
        Figures::tr("cases"), false);
    add(FigureId::OwnershipUnclear,
        Figures::tr("People not removed all of whose criminal cases have an empty, NO UNIT, NOT "
                    "IN USE or obsolete Local Immigration Team (the word LIT first) owning unit"),
        people, true);
    for (const QString &type : Barrier::types())
        add(FigureId::OpenBarriersByType,
            Figures::tr("Barriers of type \"%1\" open on the register at the end of the as-of "
                        "date (CID's and Lodestar's; a case in CID's first import counts as "
                        "standing already)")
                .arg(Barrier::typeName(type)),
            Figures::tr("barriers"), false, type);
    add(FigureId::DeportationDecisionOverdue,
        Figures::tr("The stock with a criminal sentence of 12 months or more, no deportation "
                    "decision, and the sentence ended over 12 months before the as-of date"),
        people, true);
    add(FigureId::Reporting,
        Figures::tr("The stock required to report (a frequency other than none), absconders "
                    "left out"),
        people, true);
    add(FigureId::Absconders,
        Figures::tr("The stock with a countersigned absconder declaration and no \"located\" "
                    "since"),
        people, true);
    add(FigureId::NotReporting,
        Figures::tr("The stock neither reporting nor absconders: no restriction, or reporting "
                    "not required"),
        people, true);
    add(FigureId::BreachesLast7Days,
        Figures::tr("Breach events scheduled in the 7 days ending at the as-of moment (events "
                    "after it are pending, not breaches)"),
        Figures::tr("events"), false);
    add(FigureId::PersonsBreachedLast7Days,
        Figures::tr("People with a breach scheduled in the 7 days ending at the as-of moment, "
                    "whatever their custody"),
        people, true);
    add(FigureId::ConsecutiveBreach3Plus, Figures::tr("The stock with 3 or more breaches in a row"),
        people, true);
    add(FigureId::NoncomplianceQueue,
        Figures::tr("The non-compliance queue: the stock in a current run of breaches, however "
                    "old the last breach"),
        people, true);
    add(FigureId::NoncomplianceQueueLast7Days,
        Figures::tr("The non-compliance queue's people with a breach in the last 7 days (its "
                    "filter)"),
        people, true);
    add(FigureId::UnactionedBreaches,
        Figures::tr("The queue's unactioned rows: absconders left out, no follow-up step since "
                    "the latest breach"),
        people, true);
    add(FigureId::DiaryOverdue,
        Figures::tr("Diary entries due before the as-of date and not done by then"),
        Figures::tr("diary entries"), false);
    add(FigureId::RipeForProgression,
        Figures::tr("The stock, absconders left out, with no barrier open now (the register "
                    "as it stands), no removal directions pending or carried out, and no active "
                    "hold"),
        people, true);
    add(FigureId::LastMinuteBarriers,
        Figures::tr("Barriers known to have been raised on or before the as-of date while "
                    "removal directions stood (a CID barrier, whose opening day the extract "
                    "does not give, when its case first appeared in an import after the "
                    "directions were set)"),
        Figures::tr("barriers"), false);
    add(FigureId::RemovalsPlanned,
        Figures::tr("Removal directions set on or before the as-of date"),
        Figures::tr("removal directions"), false);
    add(FigureId::RemovalsSucceeded,
        Figures::tr("Removal directions whose removal was carried out on or before the as-of "
                    "date"),
        Figures::tr("removal directions"), false);
    for (const QString &reason : RemovalDirections::failureReasons())
        add(FigureId::RemovalsFailedByReason,
            Figures::tr("Removal directions failed on or before the as-of date: %1")
                .arg(RemovalDirections::failureReasonName(reason)),
            Figures::tr("removal directions"), false, reason);
    add(FigureId::PreparationOverdue,
        Figures::tr("The stock whose case preparation (2 weeks initial, 8 in all) is past a due "
                    "date and not done"),
        people, true);
    add(FigureId::DocumentToSeekBarrierOpen,
        Figures::tr("The stock with a barrier open now (the register as it stands) and no "
                    "usable travel document: the document to seek while the barrier is open"),
        people, true);
    add(FigureId::ReviewsOverdue,
        Figures::tr("The stock whose 3-monthly review is due before the as-of date"), people, true);
    add(FigureId::ReviewsDue30Days,
        Figures::tr("The stock whose review is due on the as-of date or in the 30 days after"),
        people, true);
    add(FigureId::Unallocated, Figures::tr("The stock with no case owner"), people, true);
    add(FigureId::NotesQaSampled,
        Figures::tr("Notes drawn into a quality-assurance sample on or before the as-of date"),
        Figures::tr("notes"), false);
    add(FigureId::NotesQaFailed,
        Figures::tr("Notes marked failed in quality assurance on or before the as-of date"),
        Figures::tr("notes"), false);
    add(FigureId::DataQualityIssues,
        Figures::tr("Issues on the clean-up list (a person with two problems is two issues)"),
        Figures::tr("issues"), false);
    for (const DataQualityRules::Issue issue : DataQualityRules::all())
        add(FigureId::DataQualityByIssue,
            Figures::tr("People on the clean-up list for: %1").arg(DataQualityRules::name(issue)),
            people, true, DataQualityRules::code(issue));
    add(FigureId::PersonsWithoutCriminalCase,
        Figures::tr("People with no criminal case: not foreign national offender cases, so "
                    "neither banded nor in the stock"),
        people, true);
    add(FigureId::RemovedAwaitingCid,
        Figures::tr("People removed on or before the as-of date whose CID criminal case is still "
                    "open and non-detained"),
        people, true);
    return out;
}

} // namespace

const QStringList &Figures::flagKeys()
{
    return flagKeyList();
}

const QStringList &Figures::barrierTypeKeys()
{
    return Barrier::types();
}

const QVector<Figures::Definition> &Figures::definitions()
{
    // Built once, in the language loaded when first asked.
    static const QVector<Definition> all = makeDefinitions();
    return all;
}

const Figures::Definition *Figures::definition(const QString &key)
{
    for (const Definition &d : definitions())
        if (d.key == key)
            return &d;
    return nullptr;
}

const Figures::Definition *Figures::definition(FigureId id, const QString &part)
{
    return definition(keyOf(id, part));
}

QStringList Figures::figureNames()
{
    QStringList names;
    for (const Definition &d : definitions())
        if (d.people)
            names << d.key;
    return names;
}

Figures::Condition Figures::condition(const QString &key, const Moment &at)
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

// Every people figure counted in one pass over person. Each distinct part of their conditions
// is evaluated once a person, into one bit of an integer; the people are counted by that
// integer, and a figure is the sum of the counts whose bits hold its parts (and not its
// negated ones). A part that is costly and matters only where another holds (the run's length
// where there is a run) is evaluated only there: every figure with it holds the other too.
class PeopleCounter
{
public:
    explicit PeopleCounter(const Moment &at)
    {
        const QString person = QStringLiteral("person");
        for (const Figures::Definition &d : Figures::definitions()) {
            if (!d.people)
                continue;
            const std::optional<SqlAnd> parts = peopleParts(d.id, at, d.part);
            if (!parts)
                continue;
            Figure f{d.key, 0, 0};
            for (const Part &p : parts->parts()) {
                const int t = termOf(p);
                (p.negated ? f.without : f.with) |= bit(t);
                if (!p.within.isEmpty())
                    m_within.insert(t, p.within);
            }
            m_figures << f;
        }
        // People in the stock without a band 1..4 would make the bands not add up to the
        // non-detained total: in the stock and none of the bands' parts.
        Figure unbanded{QString(), 0, 0};
        const SqlAnd stock = Stock::parts(person, at.date());
        for (const Part &p : stock.parts())
            (p.negated ? unbanded.without : unbanded.with) |= bit(termOf(p));
        for (int band = 1; band <= 4; ++band)
            unbanded.without |= bit(termOf({QStringLiteral("person.band = %1").arg(band)}));
        m_figures << unbanded;
        // Nest a part within the one it names only when every figure with it holds that one.
        for (auto it = m_within.cbegin(); it != m_within.cend(); ++it) {
            const int t = it.key();
            int p = -1;
            for (int i = 0; i < m_terms.size(); ++i)
                if (m_terms.at(i).sql == it.value())
                    p = p == -1 ? i : -2; // one such term, or none to nest within
            if (p < 0 || p == t || m_within.contains(p))
                continue;
            bool always = true;
            for (const Figure &f : std::as_const(m_figures))
                if (((f.with | f.without) & bit(t)) && !(f.with & bit(p)))
                    always = false;
            if (always)
                m_parent.insert(t, p);
        }
    }

    // Every part has its bit (the mask is a signed 64-bit integer in SQL).
    bool fits() const { return m_terms.size() <= MaxTerms; }

    // "(CASE WHEN a THEN 1 + (CASE WHEN a's child ...) ELSE 0 END) + ...", with its values.
    QString maskSql(QVariantList &values) const
    {
        QStringList sums;
        for (int t = 0; t < m_terms.size(); ++t)
            if (!m_parent.contains(t))
                sums << termSql(t, values);
        return sums.join(QStringLiteral(" + "));
    }

    // The counts of the figures, by key, from the people counted by mask.
    QHash<QString, qint64> figures(const QVector<QPair<quint64, qint64>> &byMask,
                                   qint64 &unbanded) const
    {
        QHash<QString, qint64> out;
        for (const Figure &f : m_figures) {
            qint64 n = 0;
            for (const auto &[mask, count] : byMask)
                if ((mask & f.with) == f.with && (mask & f.without) == 0)
                    n += count;
            if (f.key.isEmpty())
                unbanded = n;
            else
                out.insert(f.key, n);
        }
        return out;
    }

private:
    static constexpr int MaxTerms = 63;
    static quint64 bit(int t) { return t < MaxTerms ? quint64(1) << t : 0; }

    struct Term
    {
        QString sql;
        QVariantList values;
    };
    struct Figure
    {
        QString key;
        quint64 with;
        quint64 without;
    };

    int termOf(const Part &p)
    {
        for (int i = 0; i < m_terms.size(); ++i)
            if (m_terms.at(i).sql == p.sql && m_terms.at(i).values == p.values)
                return i;
        m_terms << Term{p.sql, p.values};
        return int(m_terms.size()) - 1;
    }

    QString termSql(int t, QVariantList &values) const
    {
        values << m_terms.at(t).values;
        QString then = QString::number(bit(t));
        for (auto it = m_parent.cbegin(); it != m_parent.cend(); ++it)
            if (it.value() == t)
                then += QStringLiteral(" + ") + termSql(it.key(), values);
        return QStringLiteral("(CASE WHEN %1 THEN %2 ELSE 0 END)").arg(m_terms.at(t).sql, then);
    }

    QVector<Term> m_terms;
    QVector<Figure> m_figures;
    QMap<int, QString> m_within; // term -> the sql of the part it may be evaluated within
    QMap<int, int> m_parent;     // term -> the term it is evaluated within
};

} // namespace

Figures::Condition Figures::condition(FigureId id, const Moment &at, const QString &part)
{
    const std::optional<SqlAnd> parts = peopleParts(id, at, part);
    if (!parts)
        return {};
    return {parts->sql(), parts->values()};
}

qint64 Figures::value(const QString &key) const
{
    QJsonValue v = toJson();
    for (const QString &step : key.split(QLatin1Char('/'))) {
        if (!v.isObject() || !v.toObject().contains(step))
            return -1;
        v = v.toObject().value(step);
    }
    return v.isDouble() ? qint64(v.toDouble()) : -1;
}

Result<Figures> Figures::compute(QSqlDatabase db, const Moment &at)
{
    const QDate asOf = at.date();
    if (!at.isValid())
        return Error{tr("The figures need a valid as-of date"), QString(),
                     QStringLiteral("invalid")};
    const PeopleCounter counter(at);
    if (!counter.fits())
        return Error{tr("Could not compute the figures"), QStringLiteral("more parts than bits"),
                     QStringLiteral("sql")};
    QVariantList values;
    const QString mask = counter.maskSql(values);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Materialized, so that the mask is computed once a person: grouped on the expression
    // itself, SQLite computes it again for the result.
    q.prepare(QStringLiteral("WITH masked AS MATERIALIZED (SELECT %1 AS mask FROM person) SELECT "
                             "mask, COUNT(*) FROM masked GROUP BY mask")
                  .arg(mask));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return Error{tr("Could not compute the figures"), q.lastError().text(),
                     QStringLiteral("sql")};
    QVector<QPair<quint64, qint64>> byMask;
    while (q.next())
        byMask << qMakePair(q.value(0).toULongLong(), q.value(1).toLongLong());
    qint64 unbanded = 0;
    const QHash<QString, qint64> count = counter.figures(byMask, unbanded);
    Figures f;
    f.asOf = asOf;
    f.moment = at;
    f.presentRefused = asOf < Clock::today();
    f.persons = count.value(QStringLiteral("persons"));
    f.nonDetained = count.value(QStringLiteral("non_detained"));
    for (int band = 1; band <= 4; ++band)
        f.byBand[band] = count.value(keyOf(FigureId::ByBand, QString::number(band)));
    f.bandProvisional = count.value(QStringLiteral("band_provisional"));
    for (const QString &flag : flagKeys())
        f.flags[flag] = count.value(keyOf(FigureId::Flags, flag));
    f.ownershipUnclear = count.value(QStringLiteral("ownership_unclear"));
    f.deportationDecisionOverdue = count.value(QStringLiteral("deportation_decision_overdue"));
    f.reporting = count.value(QStringLiteral("reporting"));
    f.absconders = count.value(QStringLiteral("absconders"));
    f.notReporting = count.value(QStringLiteral("not_reporting"));
    f.personsWithoutCriminalCase = count.value(QStringLiteral("persons_without_criminal_case"));
    f.removedAwaitingCid = count.value(QStringLiteral("removed_awaiting_cid"));
    f.personsBreachedLast7Days = count.value(QStringLiteral("persons_breached_last_7_days"));
    f.consecutiveBreach3Plus = count.value(QStringLiteral("consecutive_breach_3plus"));
    f.noncomplianceQueue = count.value(QStringLiteral("noncompliance_queue"));
    f.noncomplianceQueueLast7Days = count.value(QStringLiteral("noncompliance_queue_last_7_days"));
    f.unactionedBreaches = count.value(QStringLiteral("unactioned_breaches"));
    f.ripeForProgression = count.value(QStringLiteral("ripe_for_progression"));
    f.preparationOverdue = count.value(QStringLiteral("preparation_overdue"));
    f.documentToSeekBarrierOpen = count.value(QStringLiteral("document_to_seek_barrier_open"));
    f.reviewsOverdue = count.value(QStringLiteral("reviews_overdue"));
    f.reviewsDue30Days = count.value(QStringLiteral("reviews_due_30_days"));
    f.unallocated = count.value(QStringLiteral("unallocated"));
    for (const DataQualityRules::Issue issue : DataQualityRules::all()) {
        const qint64 n =
            count.value(QStringLiteral("data_quality_by_issue/") + DataQualityRules::code(issue));
        f.dataQualityByIssue.insert(DataQualityRules::code(issue), n);
        f.dataQualityIssues += n;
    }

    // Counts of events and diary entries rather than people.
    QSqlQuery eq(db);
    eq.setForwardOnly(true);
    eq.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM reporting_event e WHERE %1 AND %2), "
                              "(SELECT COUNT(*) FROM diary_entry d WHERE "
                              "d.due_date < ? AND (d.done_at IS NULL OR d.done_at >= ?))")
                   .arg(BreachRules::lastWeekSql(QStringLiteral("e")),
                        BreachRules::breachOutcomeSql(QStringLiteral("e"))));
    for (const QVariant &v : BreachRules::lastWeekValues(at))
        eq.addBindValue(v);
    eq.addBindValue(asOf.toString(Qt::ISODate));
    // done_at is a UTC timestamp: "not done by then" is not done on or before the local day.
    eq.addBindValue(Clock::dayEndBoundUtc(asOf));
    if (!eq.exec() || !eq.next())
        return Error{tr("Could not compute the figures"), eq.lastError().text(),
                     QStringLiteral("sql")};
    f.breachesLast7Days = eq.value(0).toLongLong();
    f.diaryOverdue = eq.value(1).toLongLong();

    // Case-level figures: cases held and those absent from the newest import (the few on their
    // partial index, so that the cases are counted without reading them).
    QSqlQuery cq(db);
    cq.setForwardOnly(true);
    if (!cq.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM cid_case), (SELECT COUNT(*) FROM "
                                "cid_case WHERE missing_since IS NOT NULL)")) ||
        !cq.next())
        return Error{tr("Could not compute the figures"), cq.lastError().text(),
                     QStringLiteral("sql")};
    f.cases = cq.value(0).toLongLong();
    f.casesNotInLatestExtract = cq.value(1).toLongLong();

    // Note quality assurance: notes, not people.
    QSqlQuery nq(db);
    nq.setForwardOnly(true);
    nq.prepare(QStringLiteral("SELECT (SELECT COUNT(DISTINCT n.note_id) FROM note_qa n JOIN "
                              "qa_sample s ON s.id = n.sample_id WHERE s.drawn_at < ?), (SELECT "
                              "COUNT(DISTINCT n.note_id) FROM note_qa n WHERE n.result = 'fail' "
                              "AND n.checked_at < ?)"));
    // drawn_at and checked_at are UTC timestamps, taken as the user's local days (Clock).
    nq.addBindValue(Clock::dayEndBoundUtc(asOf));
    nq.addBindValue(Clock::dayEndBoundUtc(asOf));
    if (!nq.exec() || !nq.next())
        return Error{tr("Could not compute the figures"), nq.lastError().text(),
                     QStringLiteral("sql")};
    f.notesQaSampled = nq.value(0).toLongLong();
    f.notesQaFailed = nq.value(1).toLongLong();

    // The barrier register and removals: counts of barriers and of removal directions.
    const BarrierStore barriers(db);
    auto byType = barriers.openByType(asOf);
    if (!byType)
        return byType.error();
    f.openBarriersByType = byType.value();
    auto lastMinute = barriers.lastMinuteCount(asOf);
    if (!lastMinute)
        return lastMinute.error();
    f.lastMinuteBarriers = lastMinute.value();
    auto removals = RemovalStore(db).totals(asOf);
    if (!removals)
        return removals.error();
    f.removalsPlanned = removals.value().planned;
    f.removalsSucceeded = removals.value().succeeded;
    f.removalsFailedByReason = removals.value().failedByReason;

    auto charts = Dashboard::compute(db, DashboardFilter::lastTwelveMonths(asOf));
    if (!charts)
        return charts.error();
    f.charts = std::move(charts).value();

    if (unbanded != 0)
        return Error{tr("The figures do not reconcile: %n non-detained person(s) have no band",
                        nullptr, int(qMin<qint64>(unbanded, INT_MAX))),
                     tr("Recompute their derived columns from their cases"),
                     QStringLiteral("inconsistent")};
    return f;
}

QJsonObject Figures::toJson() const
{
    QJsonObject bands;
    for (int band = 1; band <= 4; ++band)
        bands.insert(QString::number(band), QJsonValue(byBand.value(band, 0)));
    QJsonObject flagCounts;
    for (const QString &flag : flagKeys())
        flagCounts.insert(flag, QJsonValue(flags.value(flag, 0)));
    QJsonObject o;
    o.insert(QStringLiteral("as_of"),
             moment.isValid() ? moment.toString() : asOf.toString(Qt::ISODate));
    o.insert(QStringLiteral("persons"), QJsonValue(persons));
    o.insert(QStringLiteral("non_detained"), QJsonValue(nonDetained));
    o.insert(QStringLiteral("by_band"), bands);
    o.insert(QStringLiteral("band_provisional"), QJsonValue(bandProvisional));
    o.insert(QStringLiteral("flags"), flagCounts);
    QJsonObject barriers;
    for (const QString &type : barrierTypeKeys())
        barriers.insert(type, QJsonValue(openBarriersByType.value(type, 0)));
    o.insert(QStringLiteral("cases"), QJsonValue(cases));
    o.insert(QStringLiteral("cases_not_in_latest_extract"), QJsonValue(casesNotInLatestExtract));
    o.insert(QStringLiteral("ownership_unclear"), QJsonValue(ownershipUnclear));
    o.insert(QStringLiteral("open_barriers_by_type"), barriers);
    o.insert(QStringLiteral("deportation_decision_overdue"),
             QJsonValue(deportationDecisionOverdue));
    o.insert(QStringLiteral("reporting"), QJsonValue(reporting));
    o.insert(QStringLiteral("absconders"), QJsonValue(absconders));
    o.insert(QStringLiteral("not_reporting"), QJsonValue(notReporting));
    o.insert(QStringLiteral("breaches_last_7_days"), QJsonValue(breachesLast7Days));
    o.insert(QStringLiteral("persons_breached_last_7_days"), QJsonValue(personsBreachedLast7Days));
    o.insert(QStringLiteral("consecutive_breach_3plus"), QJsonValue(consecutiveBreach3Plus));
    o.insert(QStringLiteral("noncompliance_queue"), QJsonValue(noncomplianceQueue));
    o.insert(QStringLiteral("noncompliance_queue_last_7_days"),
             QJsonValue(noncomplianceQueueLast7Days));
    o.insert(QStringLiteral("unactioned_breaches"), QJsonValue(unactionedBreaches));
    o.insert(QStringLiteral("diary_overdue"), QJsonValue(diaryOverdue));
    o.insert(QStringLiteral("ripe_for_progression"), QJsonValue(ripeForProgression));
    o.insert(QStringLiteral("last_minute_barriers"), QJsonValue(lastMinuteBarriers));
    o.insert(QStringLiteral("removals_planned"), QJsonValue(removalsPlanned));
    o.insert(QStringLiteral("removals_succeeded"), QJsonValue(removalsSucceeded));
    QJsonObject failed;
    for (const QString &reason : RemovalDirections::failureReasons())
        failed.insert(reason, QJsonValue(removalsFailedByReason.value(reason, 0)));
    o.insert(QStringLiteral("removals_failed_by_reason"), failed);
    o.insert(QStringLiteral("preparation_overdue"), QJsonValue(preparationOverdue));
    o.insert(QStringLiteral("document_to_seek_barrier_open"),
             QJsonValue(documentToSeekBarrierOpen));
    o.insert(QStringLiteral("reviews_overdue"), QJsonValue(reviewsOverdue));
    o.insert(QStringLiteral("reviews_due_30_days"), QJsonValue(reviewsDue30Days));
    o.insert(QStringLiteral("unallocated"), QJsonValue(unallocated));
    o.insert(QStringLiteral("notes_qa_sampled"), QJsonValue(notesQaSampled));
    o.insert(QStringLiteral("notes_qa_failed"), QJsonValue(notesQaFailed));
    o.insert(QStringLiteral("data_quality_issues"), QJsonValue(dataQualityIssues));
    QJsonObject issues;
    for (const DataQualityRules::Issue issue : DataQualityRules::all())
        issues.insert(DataQualityRules::code(issue),
                      QJsonValue(dataQualityByIssue.value(DataQualityRules::code(issue), 0)));
    o.insert(QStringLiteral("data_quality_by_issue"), issues);
    o.insert(QStringLiteral("persons_without_criminal_case"),
             QJsonValue(personsWithoutCriminalCase));
    o.insert(QStringLiteral("removed_awaiting_cid"), QJsonValue(removedAwaitingCid));
    const DashboardFilter period = DashboardFilter::lastTwelveMonths(asOf);
    QJsonObject charted;
    for (const Chart &chart : charts) {
        QJsonObject series;
        for (int s = 0; s < chart.seriesKeys.size(); ++s) {
            QJsonObject cells;
            for (int c = 0; c < chart.categoryKeys.size(); ++c)
                cells.insert(chart.categoryKeys.at(c), QJsonValue(chart.value(s, c)));
            series.insert(chart.seriesKeys.at(s), cells);
        }
        QJsonObject one;
        one.insert(QStringLiteral("from"), period.from.toString(Qt::ISODate));
        one.insert(QStringLiteral("to"), period.to.toString(Qt::ISODate));
        one.insert(QStringLiteral("values"), series);
        charted.insert(chart.id, one);
    }
    o.insert(QStringLiteral("charts"), charted);
    if (presentRefused) {
        QJsonObject refused;
        for (const Definition &d : definitions()) {
            if (!d.present)
                continue;
            const QString key = d.key.section(QLatin1Char('/'), 0, 0);
            o.insert(key, QJsonValue());
            refused.insert(key, tr("describes the present, not %1: Lodestar keeps no history "
                                   "of it")
                                    .arg(asOf.toString(Qt::ISODate)));
        }
        o.insert(QStringLiteral("refused"), refused);
    }
    return o;
}

Result<QStringList> Figures::personRefs(QSqlDatabase db, const QString &figure, const Moment &at)
{
    const Condition where = condition(figure, at);
    if (where.sql.isEmpty())
        return Error{tr("There is no figure called \"%1\"").arg(figure), QString(),
                     QStringLiteral("invalid")};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT person_ref FROM person WHERE %1 ORDER BY person_ref")
                  .arg(where.sql));
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec())
        return Error{tr("Could not list the people behind the figure"), q.lastError().text(),
                     QStringLiteral("sql")};
    QStringList refs;
    while (q.next())
        refs << q.value(0).toString();
    return refs;
}
