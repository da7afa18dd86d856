#include "personstore.h"
#include "domain/clock.h"

#include "auditstore.h"
#include "barrierstore.h"
#include "batchwrite.h"
#include "db/transaction.h"
#include "domain/breachrules.h"
#include "domain/codes.h"
#include "domain/dataqualityrules.h"
#include "domain/progressionrules.h"
#include "domain/reviewrules.h"
#include "domain/stock.h"
#include "domain/textfold.h"
#include "domain/triage.h"
#include "storesupport.h"

#include <QSet>
#include <QSqlQuery>
#include <array>
#include <functional>
#include <iterator>

using namespace StoreSupport;

namespace {

// The person's columns, and the day of their first recorded removal (Stock).
QString personColumns()
{
    return QStringLiteral(
               "id, person_ref, family_name, given_names, date_of_birth, nationality, gender, "
               "address_status, owning_unit, case_owner, reporting_centre, reporting_frequency, "
               "reporting_window, custody, mappa_level, harm, sentence_months, flags, "
               "open_barriers, "
               "band_computed, band_rule, band_provisional, band_override, band, created_at, "
               "updated_at, "
               "version, %1")
        .arg(Stock::removedOnSql(QStringLiteral("person.id")));
}

PersonRecord readPerson(const QSqlQuery &q)
{
    PersonRecord r;
    r.id = q.value(0).toLongLong();
    r.details.personRef = q.value(1).toString();
    r.details.familyName = q.value(2).toString();
    r.details.givenNames = q.value(3).toString();
    r.details.dateOfBirth = q.value(4).toString();
    r.details.nationality = q.value(5).toString();
    r.details.gender = q.value(6).toString();
    r.details.addressStatus = q.value(7).toString();
    r.owningUnit = q.value(8).toString();
    r.caseOwner = q.value(9).toString();
    r.reportingCentre = q.value(10).toString();
    r.reportingFrequency = q.value(11).toString();
    r.reportingWindow = q.value(12).toString();
    r.custody = q.value(13).toString();
    r.risk.detained = r.custody == Codes::detained();
    r.risk.mappaLevel = q.value(14).toString();
    r.risk.harm = q.value(15).toString();
    r.risk.sentenceMonths = optionalInt(q.value(16));
    r.flags = q.value(17).toString();
    r.openBarriers = q.value(18).toInt();
    r.bandComputed = optionalInt(q.value(19));
    r.bandRule = Banding::ruleFromCode(q.value(20).toString());
    // The stored rule says whether the person has a criminal case (Banding writes it).
    r.risk.criminalCase = r.bandRule != BandRule::NoCriminalCase;
    r.bandMissing = q.value(21).toInt();
    r.bandProvisional = r.bandMissing != 0;
    r.bandOverride = optionalInt(q.value(22));
    r.band = optionalInt(q.value(23));
    r.createdAt = q.value(24).toString();
    r.updatedAt = q.value(25).toString();
    r.version = q.value(26).toInt();
    r.removedOn = QDate::fromString(q.value(27).toString(), Qt::ISODate);
    return r;
}

// The derived columns, in the order derivedValues gives their values. The `integer` ones are
// cast where PostgreSQL takes a bound value as text (the VALUES list of a batched UPDATE).
struct DerivedColumn
{
    const char *name;
    bool integer;
};
const DerivedColumn DerivedColumns[] = {{"owning_unit", false},
                                        {"case_owner", false},
                                        {"reporting_centre", false},
                                        {"reporting_frequency", false},
                                        {"reporting_window", false},
                                        {"custody", false},
                                        {"mappa_level", false},
                                        {"harm", false},
                                        {"sentence_months", true},
                                        {"flag_zincs", true},
                                        {"flag_nexus_hh", true},
                                        {"flag_em", true},
                                        {"flag_nfa", true},
                                        {"flag_acro", true},
                                        {"flags", false},
                                        {"open_barriers", true},
                                        {"band_computed", true},
                                        {"band_rule", false},
                                        {"band_provisional", true},
                                        {"band", true}};
constexpr int DerivedCount = int(std::size(DerivedColumns));

QVariantList derivedValues(const PersonSummary &s, const std::optional<int> &bandOverride)
{
    const bool banded = s.band.band > 0;
    // The effective band: an override counts only while the person is banded at all.
    const std::optional<int> effective =
        banded ? (bandOverride ? bandOverride : std::optional<int>(s.band.band)) : std::nullopt;
    QVariantList v{textOrNull(s.owningUnit), textOrNull(s.caseOwner), textOrNull(s.reportingCentre),
                   textOrNull(s.reportingFrequency), textOrNull(s.reportingWindow), s.custody(),
                   textOrNull(s.risk.mappaLevel), textOrNull(s.risk.harm),
                   intOrNull(s.risk.sentenceMonths), int(s.zincs), int(s.nexusHighHarm),
                   int(s.electronicMonitoring), int(s.noFixedAbode), int(s.acro), s.flagCodes(),
                   s.openBarriers, banded ? QVariant(s.band.band) : QVariant(),
                   Banding::ruleCode(s.band.rule),
                   // The missing facts themselves (MissingFact bits), so lists say what is missing.
                   s.band.missing, intOrNull(effective)};
    Q_ASSERT(v.size() == DerivedCount);
    return v;
}

// The derived columns' names, ", " between them, each after `prefix` (":" for placeholders).
QString derivedColumnList(const QString &prefix)
{
    QStringList out;
    for (const DerivedColumn &c : DerivedColumns)
        out << prefix + QLatin1String(c.name);
    return out.join(QStringLiteral(", "));
}

// Binds the derived columns of PersonSummary by name, to the placeholders derivedColumnList(":")
// writes.
void bindDerived(QSqlQuery &q, const PersonSummary &s, const std::optional<int> &bandOverride)
{
    static const QStringList names =
        derivedColumnList(QStringLiteral(":")).split(QStringLiteral(", "));
    const QVariantList values = derivedValues(s, bandOverride);
    for (int i = 0; i < DerivedCount; ++i)
        q.bindValue(names.at(i), values.at(i));
}

// "column = <value of column i>" for each derived column, i counting from `first`.
QString derivedAssignments(const std::function<QString(int i, const DerivedColumn &)> &value,
                           int first)
{
    QStringList out;
    for (int i = 0; i < DerivedCount; ++i)
        out << QStringLiteral("%1 = %2").arg(QLatin1String(DerivedColumns[i].name),
                                             value(first + i, DerivedColumns[i]));
    return out.join(QStringLiteral(", "));
}

// The person's review dates (ReviewRules): the last review, else the first allocation, and the
// next review set at the last review.
QString reviewDateAssignments()
{
    return QStringLiteral("review_base = %1, review_set_next = %2")
        .arg(ReviewRules::reviewedOrAllocatedSql(QStringLiteral("person.id")),
             ReviewRules::setNextSql(QStringLiteral("person.id")));
}

// Facts of the person's cases the figures count, as SQL (their rules: DataQualityRules,
// ProgressionRules), so that they are exactly the conditions they stand for.
QString caseAssignments()
{
    return QStringLiteral("ownership_unclear = %1, undecided_sentence_end = %2")
        .arg(DataQualityRules::ownershipUnclearSql(QStringLiteral("person.id")),
             ProgressionRules::undecidedSentenceEndSql(QStringLiteral("person.id")));
}

const char *const CaseColumns =
    "case_ref, case_type, case_status, owning_unit, case_owner, mappa_level, harm, "
    "sentence_months, offence, sentence_end, custody, deportation_decision, reporting_centre, "
    "reporting_frequency, reporting_window, flags";

// One cid_case row selected as CaseColumns (columns 0 to 15).
CidCase readCase(const QSqlQuery &q)
{
    CidCase c;
    c.caseRef = q.value(0).toString();
    c.caseType = q.value(1).toString();
    c.caseStatus = q.value(2).toString();
    c.owningUnit = q.value(3).toString();
    c.caseOwner = q.value(4).toString();
    c.mappaLevel = q.value(5).toString();
    c.harm = q.value(6).toString();
    c.sentenceMonths = optionalInt(q.value(7));
    c.offence = q.value(8).toString();
    c.sentenceEnd = q.value(9).toString();
    c.custody = q.value(10).toString();
    c.deportationDecision = q.value(11).toString();
    c.reportingCentre = q.value(12).toString();
    c.reportingFrequency = q.value(13).toString();
    c.reportingWindow = q.value(14).toString();
    c.flags = q.value(15).toString();
    return c;
}

} // namespace

PersonStore::PersonStore(QSqlDatabase db) : m_db(std::move(db)) {}

QString PersonStore::searchKey(const PersonDetails &d, const QVector<CidCase> &cases)
{
    QStringList parts{d.familyName, d.givenNames, d.personRef};
    for (const CidCase &c : cases)
        parts << c.caseRef;
    return TextFold::fold(parts.join(QLatin1Char(' ')));
}

Status PersonStore::insertPerson(QSqlQuery &personInsert, QSqlQuery &caseInsert, const NewPerson &p,
                                 const QString &now, const QString &today)
{
    const PersonDetails &d = p.details;
    const PersonSummary s = PersonSummary::fromCases(p.cases, d.addressStatus);
    personInsert.bindValue(QStringLiteral(":person_ref"), d.personRef);
    personInsert.bindValue(QStringLiteral(":family_name"), d.familyName);
    personInsert.bindValue(QStringLiteral(":given_names"), textOrNull(d.givenNames));
    personInsert.bindValue(QStringLiteral(":date_of_birth"), textOrNull(d.dateOfBirth));
    personInsert.bindValue(QStringLiteral(":nationality"), textOrNull(d.nationality));
    personInsert.bindValue(QStringLiteral(":gender"), textOrNull(d.gender));
    personInsert.bindValue(QStringLiteral(":address_status"), textOrNull(d.addressStatus));
    personInsert.bindValue(QStringLiteral(":family_key"), TextFold::fold(d.familyName));
    personInsert.bindValue(QStringLiteral(":given_key"), TextFold::fold(d.givenNames));
    personInsert.bindValue(QStringLiteral(":search_key"), searchKey(d, p.cases));
    personInsert.bindValue(QStringLiteral(":created_at"), now);
    personInsert.bindValue(QStringLiteral(":updated_at"), now);
    personInsert.bindValue(QStringLiteral(":created_on"), today);
    bindDerived(personInsert, s, std::nullopt);
    if (!personInsert.exec())
        return queryError(tr("Could not add person %1").arg(d.personRef), personInsert);
    const qint64 personId = returnedId(personInsert);
    for (const CidCase &c : p.cases) {
        caseInsert.bindValue(QStringLiteral(":case_ref"), c.caseRef);
        caseInsert.bindValue(QStringLiteral(":person_id"), personId);
        caseInsert.bindValue(QStringLiteral(":case_type"), c.caseType);
        caseInsert.bindValue(QStringLiteral(":case_status"),
                             c.caseStatus.isEmpty() ? QStringLiteral("OPEN") : c.caseStatus);
        caseInsert.bindValue(QStringLiteral(":owning_unit"), textOrNull(c.owningUnit));
        caseInsert.bindValue(QStringLiteral(":case_owner"), textOrNull(c.caseOwner));
        caseInsert.bindValue(QStringLiteral(":mappa_level"), textOrNull(c.mappaLevel));
        caseInsert.bindValue(QStringLiteral(":harm"), textOrNull(c.harm));
        caseInsert.bindValue(QStringLiteral(":sentence_months"), intOrNull(c.sentenceMonths));
        caseInsert.bindValue(QStringLiteral(":offence"), textOrNull(c.offence));
        caseInsert.bindValue(QStringLiteral(":sentence_end"), textOrNull(c.sentenceEnd));
        caseInsert.bindValue(QStringLiteral(":custody"), textOrNull(c.custody));
        caseInsert.bindValue(QStringLiteral(":deportation_decision"),
                             textOrNull(c.deportationDecision));
        caseInsert.bindValue(QStringLiteral(":reporting_centre"), textOrNull(c.reportingCentre));
        caseInsert.bindValue(QStringLiteral(":reporting_frequency"),
                             textOrNull(c.reportingFrequency));
        caseInsert.bindValue(QStringLiteral(":reporting_window"), textOrNull(c.reportingWindow));
        caseInsert.bindValue(QStringLiteral(":flags"), textOrNull(c.flags));
        caseInsert.bindValue(QStringLiteral(":first_seen"), now);
        caseInsert.bindValue(QStringLiteral(":last_seen"), now);
        if (!caseInsert.exec())
            return queryError(tr("Could not add case %1 of person %2").arg(c.caseRef, d.personRef),
                              caseInsert);
    }
    return {};
}

Status PersonStore::addPeople(const NextPerson &next, const Progress &progress, int progressEvery)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery personInsert(m_db);
    QSqlQuery caseInsert(m_db);
    const QString personSql =
        QStringLiteral("INSERT INTO person (person_ref, family_name, given_names, date_of_birth, "
                       "nationality, gender, address_status, family_key, given_key, search_key, "
                       "created_at, updated_at, created_on, %1) VALUES (:person_ref, :family_name, "
                       ":given_names, :date_of_birth, :nationality, :gender, :address_status, "
                       ":family_key, :given_key, :search_key, :created_at, :updated_at, "
                       ":created_on, %2) RETURNING id")
            .arg(derivedColumnList(QString()), derivedColumnList(QStringLiteral(":")));
    const QString caseSql = QStringLiteral(
        "INSERT INTO cid_case (case_ref, person_id, case_type, case_status, owning_unit, "
        "case_owner, mappa_level, harm, sentence_months, offence, sentence_end, custody, "
        "deportation_decision, reporting_centre, reporting_frequency, reporting_window, flags, "
        "first_seen, last_seen) VALUES (:case_ref, :person_id, :case_type, :case_status, "
        ":owning_unit, :case_owner, :mappa_level, :harm, :sentence_months, :offence, "
        ":sentence_end, :custody, :deportation_decision, :reporting_centre, :reporting_frequency, "
        ":reporting_window, :flags, :first_seen, :last_seen)");
    if (!prepare(personInsert, personSql))
        return queryError(tr("Could not prepare to add people"), personInsert);
    if (!prepare(caseInsert, caseSql))
        return queryError(tr("Could not prepare to add cases"), caseInsert);
    const QString now = nowIso();
    // The day they came onto the caseload, the user's (ReviewRules: the base of a first review).
    const QString today = Clock::today().toString(Qt::ISODate);
    // The people written here get ids above this one.
    QSqlQuery last(m_db);
    if (!last.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM person")) || !last.next())
        return queryError(tr("Could not prepare to add people"), last);
    const qint64 lastId = last.value(0).toLongLong();
    last.finish();
    NewPerson p;
    int written = 0;
    while (next(p)) {
        if (Status s = insertPerson(personInsert, caseInsert, p, now, today); !s)
            return s;
        ++written;
        if (progress && progressEvery > 0 && written % progressEvery == 0 && !progress(written))
            return Error{tr("Cancelled: nothing was added"), QString(), Cancelled};
        p = NewPerson();
    }
    if (progress && !progress(written))
        return Error{tr("Cancelled: nothing was added"), QString(), Cancelled};
    // The facts of their cases the figures count, now that the cases are in.
    QSqlQuery facts(m_db);
    if (!prepare(facts, QStringLiteral("UPDATE person SET %1 WHERE id > ?").arg(caseAssignments())))
        return queryError(tr("Could not prepare to add people"), facts);
    facts.addBindValue(lastId);
    if (!facts.exec())
        return queryError(tr("Could not add the people's cases"), facts);
    // The register's rows for the CID barrier cases just added: first seen `now`, so standing
    // since today, the user's day (not the UTC day of `now`).
    if (Status s = BarrierStore(m_db).syncCidInTransaction(Clock::today(), now); !s)
        return s;
    // One entry for the batch, however many people it adds.
    if (Status s = AuditStore(m_db).appendInTransaction(
            QStringLiteral("insert"), QStringLiteral("person"), 0, 0, QString(),
            AuditStore::summaryJson({{QStringLiteral("people"), written}}));
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<PersonRecord>> PersonStore::findWhere(const QString &where,
                                                           const QVariant &v) const
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT %1 FROM person WHERE %2").arg(personColumns(), where));
    q.addBindValue(v);
    if (!q.exec())
        return queryError(tr("Could not read the person"), q);
    if (!q.next())
        return std::optional<PersonRecord>();
    return std::optional<PersonRecord>(readPerson(q));
}

Result<QHash<qint64, int>> PersonStore::versions(const QVector<qint64> &personIds) const
{
    QHash<qint64, int> out;
    if (Status s = forEachRowIn(
            m_db, QStringLiteral("SELECT id, version FROM person WHERE id IN (%1)"), {},
            idList(personIds),
            [&](const QSqlQuery &q) { out.insert(q.value(0).toLongLong(), q.value(1).toInt()); },
            tr("Could not read the people"));
        !s)
        return s.error();
    return out;
}

Result<std::optional<PersonRecord>> PersonStore::findById(qint64 id) const
{
    return findWhere(QStringLiteral("id = ?"), id);
}

Result<std::optional<PersonRecord>> PersonStore::findByRef(const QString &personRef) const
{
    return findWhere(QStringLiteral("person_ref = ?"), personRef);
}

Result<QVector<CidCase>> PersonStore::cases(qint64 personId) const
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT %1, (SELECT person_ref FROM person WHERE id = ?) "
                              "FROM cid_case WHERE person_id = ? ORDER BY id")
                   .arg(QLatin1String(CaseColumns)));
    q.addBindValue(personId);
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(tr("Could not read the person's cases"), q);
    QVector<CidCase> out;
    while (q.next()) {
        CidCase c = readCase(q);
        c.personRef = q.value(16).toString();
        out << c;
    }
    return out;
}

Status PersonStore::refreshDerived(qint64 personId)
{
    return Transaction::run(m_db, [&] {
        return AuditStore(m_db).updateInTransaction(QStringLiteral("person"), personId, [&] {
            return refreshDerivedInTransaction({personId});
        });
    });
}

namespace {
// The stored facts of a person's reporting events, each as SQL on the person's id `id`: the
// first and last scheduled event (two index seeks on reporting_event_person), the run of
// breaches and the first blank outcome (BreachRules: four more seeks, each reading a few of
// the person's events), and the last due event and the next one as of `bound`, the SQL of a
// moment's bound (Triage: three seeks).
QVector<QPair<QString, QString>> reportingSpanColumns(const QString &id, const QString &bound)
{
    return {{QStringLiteral("reporting_first"),
             QStringLiteral("(SELECT MIN(e.scheduled) FROM reporting_event e WHERE e.person_id = "
                            "%1)")
                 .arg(id)},
            {QStringLiteral("reporting_last"),
             QStringLiteral("(SELECT MAX(e.scheduled) FROM reporting_event e WHERE e.person_id = "
                            "%1)")
                 .arg(id)},
            {QStringLiteral("reporting_completed_last"), BreachRules::completedLastSql(id)},
            {QStringLiteral("reporting_run_first"), BreachRules::runFirstSql(id)},
            {QStringLiteral("reporting_blank_first"), BreachRules::blankFirstSql(id)},
            {QStringLiteral("reporting_due_last"), Triage::dueLastSql(id, bound)},
            {QStringLiteral("reporting_due_outcome"), Triage::dueOutcomeSql(id, bound)},
            {QStringLiteral("reporting_due_next"), Triage::dueNextSql(id, bound)}};
}

QString reportingSpanAssignments(const QString &bound)
{
    QStringList out;
    for (const auto &[column, value] : reportingSpanColumns(QStringLiteral("person.id"), bound))
        out << column + QStringLiteral(" = ") + value;
    return out.join(QStringLiteral(", "));
}

// The bound of the moment a refresh works the last due event out at: now.
QString boundNow()
{
    return BreachRules::asOfBound(Moment::now());
}

} // namespace

Status PersonStore::refreshDerivedInTransaction(const QVector<qint64> &personIds,
                                                const RefreshProgress &progress)
{
    // Derived columns only: person.version is left as it is, so a refresh (after an import, a
    // barrier, a restriction) never makes someone's open band override or allocation conflict.
    // The hand-made changes bump it themselves (BandOverrideStore, RestrictionStore,
    // AllocationStore).
    //
    // Many people to a statement (a round trip a person is most of an import's recompute on
    // PostgreSQL): UPDATE ... FROM a VALUES list of (id, the derived columns, search_key,
    // updated_at).
    const auto column = [](int i, const DerivedColumn &c) {
        return c.integer ? QStringLiteral("CAST(v.column%1 AS INTEGER)").arg(i)
                         : QStringLiteral("v.column%1").arg(i);
    };
    const std::unique_ptr<BatchWrite> update = BatchWrite::around(
        m_db,
        // One arg() call: the SQL put in is never scanned for markers again.
        QStringLiteral("UPDATE person SET %3, %4, %5, %6, search_key = v.column%1, updated_at = "
                       "v.column%2 FROM (VALUES ")
            .arg(QString::number(DerivedCount + 2), QString::number(DerivedCount + 3),
                 derivedAssignments(column, 2),
                 reportingSpanAssignments(
                     QStringLiteral("CAST(v.column%1 AS TEXT)").arg(DerivedCount + 4)),
                 reviewDateAssignments(), caseAssignments()),
        DerivedCount + 4, QStringLiteral(") AS v WHERE person.id = CAST(v.column1 AS BIGINT)"),
        tr("the derived columns of person (id %1)"));
    const QString now = nowIso();
    const QString bound = boundNow();

    // What decides a person's derived columns, read for a few hundred people a query rather
    // than six queries a person (an import recomputes a hundred thousand).
    struct Inputs
    {
        PersonDetails details;
        std::optional<int> bandOverride;
        QVector<CidCase> cases;
        int recorded = 0;
        QSet<QString> certified;
        std::optional<std::array<QString, 3>> restriction;
        std::optional<QString> allocatedTo;
    };
    constexpr int Chunk = 500;
    for (int from = 0; from < personIds.size(); from += Chunk) {
        const QVector<qint64> chunk = personIds.mid(from, Chunk);
        QHash<qint64, Inputs> in;
        in.reserve(chunk.size());
        const QString failure = tr("Could not read the people to recompute");
        Status s = forEachRowOfIds(
            m_db,
            QStringLiteral("SELECT id, person_ref, family_name, given_names, address_status, "
                           "band_override FROM person WHERE %1"),
            QStringLiteral("id"), chunk, 0,
            [&](const QSqlQuery &q) {
                Inputs &i = in[q.value(0).toLongLong()];
                i.details.personRef = q.value(1).toString();
                i.details.familyName = q.value(2).toString();
                i.details.givenNames = q.value(3).toString();
                i.details.addressStatus = q.value(4).toString();
                i.bandOverride = optionalInt(q.value(5));
            },
            failure);
        if (s) // in case order: PersonSummary and the search key read them in that order
            s = forEachRowOfIds(
                m_db,
                QStringLiteral("SELECT %1, person_id FROM cid_case WHERE %2 ORDER BY person_id, id")
                    .arg(QLatin1String(CaseColumns), QStringLiteral("%1")),
                QStringLiteral("person_id"), chunk, 16,
                [&](const QSqlQuery &q) {
                    CidCase c = readCase(q);
                    Inputs &i = in[q.value(16).toLongLong()];
                    c.personRef = i.details.personRef;
                    i.cases << c;
                },
                failure);
        // Barriers recorded in Lodestar count with CID's (BarrierStore keeps CID's own rows);
        // CID's barriers certified under RED.0004 in Lodestar stop counting while CID still
        // holds their case open (issue 15 rule 7; BarrierStore ends the mark when CID closes
        // it). One read of the people's barriers, sorted out here: a condition on the open
        // ones would lead SQLite to scan every open barrier for each few hundred people.
        if (s)
            s = forEachRowOfIds(
                m_db,
                QStringLiteral("SELECT b.person_id, b.source, b.cleared_on, b.cleared_how, "
                               "c.case_ref FROM barrier b LEFT JOIN cid_case c ON c.id = "
                               "b.cid_case_id WHERE %1"),
                QStringLiteral("b.person_id"), chunk, 0,
                [&](const QSqlQuery &q) {
                    Inputs &i = in[q.value(0).toLongLong()];
                    const QString source = q.value(1).toString();
                    const bool open = q.value(2).isNull();
                    if (source == QLatin1String("lodestar") && open)
                        ++i.recorded;
                    else if (source == QLatin1String("cid") && !open &&
                             q.value(3).toString() == QLatin1String("certified"))
                        i.certified.insert(q.value(4).toString());
                },
                failure);
        // A restriction set in Lodestar stands over CID's reporting details (RestrictionStore),
        // so the stored columns every list filters on say what is in force: the latest one.
        if (s)
            s = forEachRowOfIds(
                m_db,
                QStringLiteral("SELECT r.person_id, r.centre, r.frequency, r.reporting_window "
                               "FROM reporting_restriction r WHERE %1 AND r.id "
                               "= (SELECT MAX(l.id) FROM reporting_restriction l WHERE "
                               "l.person_id = r.person_id)"),
                QStringLiteral("r.person_id"), chunk, 0,
                [&](const QSqlQuery &q) {
                    in[q.value(0).toLongLong()].restriction = std::array<QString, 3>{
                        q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
                },
                failure);
        // The latest allocation made in Lodestar stands over CID's case owner (AllocationStore):
        // the team allocates its own caseload, as it did in Pathfinder.
        if (s)
            s = forEachRowOfIds(
                m_db,
                QStringLiteral("SELECT a.person_id, a.to_owner FROM allocation a WHERE "
                               "%1 AND a.id = (SELECT MAX(l.id) FROM allocation "
                               "l WHERE l.person_id = a.person_id)"),
                QStringLiteral("a.person_id"), chunk, 0,
                [&](const QSqlQuery &q) {
                    in[q.value(0).toLongLong()].allocatedTo = q.value(1).toString();
                },
                failure);
        if (!s)
            return s;

        for (const qint64 personId : chunk) {
            const auto found = in.constFind(personId);
            if (found == in.constEnd() || found->details.personRef.isEmpty())
                return Status::fail(tr("No person with id %1").arg(personId));
            const Inputs &i = *found;
            PersonSummary summary =
                PersonSummary::fromCases(i.cases, i.details.addressStatus, i.recorded, i.certified);
            if (i.restriction) {
                summary.reportingCentre = (*i.restriction)[0];
                summary.reportingFrequency = (*i.restriction)[1];
                summary.reportingWindow = (*i.restriction)[2];
            }
            if (i.allocatedTo)
                summary.caseOwner = *i.allocatedTo;
            QVariantList row{personId};
            row += derivedValues(summary, i.bandOverride);
            row << searchKey(i.details, i.cases) << now << bound;
            if (Status w = update->add(row); !w)
                return w;
        }
        if (progress) {
            if (Status p = progress(from + chunk.size(), personIds.size()); !p)
                return p;
        }
    }
    if (Status w = update->flush(); !w)
        return w;
    // The reporting spans, review dates and case facts came with the same UPDATE: one write of
    // the row, which on PostgreSQL the guard judges by the owner before it (an allocation moves
    // the person in this very statement, and a second UPDATE would be judged as the new
    // owner's).
    return {};
}

// Derived too: no version bump (see refreshDerivedInTransaction).
namespace {
// `assignments` (SQL on person.id, and on v.column2... for `extra`) written for each of
// `personIds`, many people to a statement, as the recompute (refreshDerivedInTransaction);
// `what` names a person in errors.
Status updateEach(const QSqlDatabase &db, const QString &assignments,
                  const QVector<qint64> &personIds, const QString &what,
                  const QVariantList &extra = {})
{
    const std::unique_ptr<BatchWrite> update = BatchWrite::around(
        db, QStringLiteral("UPDATE person SET %1 FROM (VALUES ").arg(assignments),
        1 + int(extra.size()), QStringLiteral(") AS v WHERE person.id = CAST(v.column1 AS BIGINT)"),
        what);
    for (const qint64 personId : personIds) {
        if (Status s = update->add(QVariantList{personId} + extra); !s)
            return s;
    }
    return update->flush();
}
} // namespace

Status PersonStore::refreshReportingSpansInTransaction(const QVector<qint64> &personIds)
{
    return updateEach(m_db, reportingSpanAssignments(QStringLiteral("CAST(v.column2 AS TEXT)")),
                      personIds, tr("the reporting span of person (id %1)"), {boundNow()});
}

Status PersonStore::refreshReviewDatesInTransaction(const QVector<qint64> &personIds)
{
    return updateEach(m_db, reviewDateAssignments(), personIds,
                      tr("the review dates of person (id %1)"));
}

Status PersonStore::refreshLastActionInTransaction(const QVector<qint64> &personIds)
{
    return updateEach(
        m_db,
        QStringLiteral("last_action_at = %1").arg(Triage::lastActionSql(QStringLiteral("person"))),
        personIds, tr("the last action on person (id %1)"));
}

Status PersonStore::refreshNextDiaryInTransaction(const QVector<qint64> &personIds)
{
    return updateEach(
        m_db, QStringLiteral("diary_next = %1").arg(Triage::nextDiarySql(QStringLiteral("person"))),
        personIds, tr("the next diary date of person (id %1)"));
}

Status PersonStore::refreshAllReportingSpansInTransaction()
{
    // Each person's facts worked out once, and only the rows they change written: after an
    // import's recompute most people are already right, and on PostgreSQL each row written
    // costs the guard's trigger.
    const QString distinct = m_db.driverName() == QLatin1String("QPSQL")
                                 ? QStringLiteral("IS DISTINCT FROM")
                                 : QStringLiteral("IS NOT");
    QStringList set;
    QStringList values;
    QStringList differ;
    for (const auto &[column, value] :
         reportingSpanColumns(QStringLiteral("p.id"), QStringLiteral("k.b"))) {
        set << QStringLiteral("%1 = n.%1").arg(column);
        values << QStringLiteral("%1 AS %2").arg(value, column);
        differ << QStringLiteral("person.%1 %2 n.%1").arg(column, distinct);
    }
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("UPDATE person SET %1 FROM (SELECT p.id AS id, %2 FROM person p "
                              "CROSS JOIN (SELECT CAST(? AS TEXT) AS b) k) AS n WHERE person.id = "
                              "n.id AND (%3)")
                   .arg(set.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
                        differ.join(QStringLiteral(" OR "))));
    q.addBindValue(boundNow());
    if (!q.exec())
        return queryError(tr("Could not update the reporting spans"), q);
    return {};
}

Status PersonStore::refreshStaleDueEventsInTransaction()
{
    // Only the rows whose stored pair no longer answers for now: a pass over the person rows,
    // and three seeks for each person with an event come due since it was worked out.
    QStringList set;
    for (const auto &[column, value] :
         reportingSpanColumns(QStringLiteral("person.id"), QStringLiteral("k.b")))
        if (column.startsWith(QLatin1String("reporting_due_")))
            set << QStringLiteral("%1 = %2").arg(column, value);
    QSqlQuery q(m_db);
    prepare(q,
            QStringLiteral("UPDATE person SET %1 FROM (SELECT CAST(? AS TEXT) AS b) k WHERE "
                           "NOT %2")
                .arg(set.join(QStringLiteral(", ")),
                     Triage::storedDueHoldsSql(QStringLiteral("person"), QStringLiteral("k.b"))));
    q.addBindValue(boundNow());
    if (!q.exec())
        return queryError(tr("Could not update the people's last due events"), q);
    return {};
}
