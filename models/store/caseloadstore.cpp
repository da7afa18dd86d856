#include "caseloadstore.h"
#include "domain/clock.h"

#include "db/sqlorder.h"
#include "domain/ownerscope.h"
#include "domain/reportingwindow.h"
#include "domain/stock.h"
#include "domain/textfold.h"
#include "domain/triage.h"
#include "storesupport.h"

#include <QHash>
#include <QSqlQuery>

namespace {
Moment momentOf(const CaseloadFilter &f)
{
    return f.at.isValid() ? f.at : Moment::now();
}
} // namespace

using namespace StoreSupport;

CaseloadStore::CaseloadStore(QSqlDatabase db) : m_db(std::move(db)) {}

CaseloadStore::Where CaseloadStore::where(const CaseloadFilter &f)
{
    QStringList clauses;
    Where w;
    if (!f.bands.isEmpty()) {
        QStringList alternatives;
        QStringList placeholders;
        for (int b : f.bands) {
            if (b == 0) {
                alternatives << QStringLiteral("band IS NULL");
            } else {
                placeholders << QStringLiteral("?");
                w.values << b;
            }
        }
        if (!placeholders.isEmpty())
            alternatives
                << QStringLiteral("band IN (%1)").arg(placeholders.join(QStringLiteral(", ")));
        clauses << QStringLiteral("(%1)").arg(alternatives.join(QStringLiteral(" OR ")));
    }
    const auto textMatch = [&](const QString &column, const std::optional<QString> &value) {
        if (!value)
            return;
        if (value->isEmpty()) {
            clauses << QStringLiteral("%1 IS NULL").arg(column);
        } else {
            clauses << QStringLiteral("%1 = ?").arg(column);
            w.values << *value;
        }
    };
    textMatch(QStringLiteral("owning_unit"), f.owningUnit);
    textMatch(QStringLiteral("case_owner"), f.caseOwner);
    if (f.ownerTeam) {
        const OwnerScope team = OwnerScope::team(*f.ownerTeam);
        clauses << team.sql(QStringLiteral("case_owner"));
        w.values << team.values();
    }
    if (f.longWindowOnly)
        clauses << ReportingWindow::isLongSql(QStringLiteral("reporting_window"));
    const Moment at = momentOf(f);
    const QString person = QStringLiteral("person");
    switch (f.needs) {
    case CaseloadFilter::Needs::Any:
        break;
    case CaseloadFilter::Needs::InRunOfBreaches:
        clauses << BreachRules::inRunSql(person);
        w.values << BreachRules::inRunValues(at);
        break;
    case CaseloadFilter::Needs::DiaryDue:
        // The next diary column's date, today or before.
        clauses << Triage::nextDiaryColumn(person) + QStringLiteral(" <= ?");
        w.values << at.date().toString(Qt::ISODate);
        break;
    case CaseloadFilter::Needs::OpenTaskings:
        clauses << Triage::openTaskingsSql(person) + QStringLiteral(" > 0");
        break;
    case CaseloadFilter::Needs::Quiet:
        clauses << Triage::quietSql(person);
        w.values << Triage::quietValues(at.date(), Triage::QuietDays);
        break;
    }
    if (!f.showRemoved) {
        // Out of the stock from the day of their removal (Stock), so off the caseload too.
        clauses << QStringLiteral("NOT ") + Stock::removedSql(QStringLiteral("person.id"));
        w.values << at.date().toString(Qt::ISODate);
    }
    // Each word must appear somewhere in the folded names and references.
    const QStringList words = TextFold::fold(f.search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        clauses << QStringLiteral("search_key LIKE ? ESCAPE '\\'");
        w.values << QStringLiteral("%%1%").arg(TextFold::escapeLike(word));
    }
    if (!clauses.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return w;
}

CaseloadStore::Where CaseloadStore::orderBy(CaseloadColumn column, Qt::SortOrder order,
                                            SqlDialect dialect, const Moment &at)
{
    enum Kind
    {
        Text,
        Number,
        // A triage rule's value (Triage), computed per person: each is written once, its
        // blanks sent last by a sentinel that sorts after every value the way the key runs,
        // rather than by a second key that would compute it again.
        ComputedText,
        ComputedNumber
    };
    struct Key
    {
        QString sql;
        Kind kind;
        QVariantList values = {};
        bool reversed = false; // runs against the column's order
    };
    const QString person = QStringLiteral("person");
    const Key family{QStringLiteral("family_key"), Text};
    const Key given{QStringLiteral("given_key"), Text};
    const Key run{BreachRules::consecutiveCountSql(person), ComputedNumber,
                  BreachRules::consecutiveCountValues(at)};
    const Key diary{Triage::nextDiaryColumn(person), ComputedText};
    QVector<Key> keys;
    switch (column) {
    case CaseloadColumn::FamilyName:
    case CaseloadColumn::Count:
        keys << family << given;
        break;
    case CaseloadColumn::GivenNames:
        keys << given;
        break;
    case CaseloadColumn::PersonRef:
        keys << Key{QStringLiteral("person_ref"), Text};
        break;
    case CaseloadColumn::Nationality:
        keys << Key{QStringLiteral("nationality"), Text};
        break;
    case CaseloadColumn::Band: {
        // By urgency within a band (issue 23): the longest run of breaches first, then the
        // nearest diary date, then alphabetical.
        Key longestRun = run;
        longestRun.reversed = true;
        keys << Key{QStringLiteral("band"), Number} << longestRun << diary << family << given;
        break;
    }
    case CaseloadColumn::OwningUnit:
        keys << Key{QStringLiteral("owning_unit"), Text};
        break;
    case CaseloadColumn::CaseOwner:
        keys << Key{QStringLiteral("case_owner"), Text};
        break;
    case CaseloadColumn::Custody:
        keys << Key{QStringLiteral("custody"), Text};
        break;
    case CaseloadColumn::Mappa:
        keys << Key{QStringLiteral("mappa_level"), Text};
        break;
    case CaseloadColumn::Sentence:
        keys << Key{QStringLiteral("sentence_months"), Number};
        break;
    case CaseloadColumn::ReportingFrequency:
        keys << Key{QStringLiteral("reporting_frequency"), Text};
        break;
    case CaseloadColumn::Flags:
        keys << Key{QStringLiteral("flags"), Text};
        break;
    case CaseloadColumn::OpenBarriers:
        keys << Key{QStringLiteral("open_barriers"), Number};
        break;
    case CaseloadColumn::LastOutcome:
        // Breaches first (a no-show, then a blank), then excused, then reported.
        keys << Key{QStringLiteral("(CASE %1 WHEN 'NO_SHOW' THEN 1 WHEN '' THEN 2 WHEN 'EXCUSED' "
                                   "THEN 3 WHEN 'COMPLETED' THEN 4 END)")
                        .arg(Triage::lastDueOutcomeSql(person)),
                    ComputedNumber, Triage::lastDueValues(at)}
             << family << given;
        break;
    case CaseloadColumn::LastReported:
        keys << Key{Triage::lastDueSql(person), ComputedText, Triage::lastDueValues(at)};
        break;
    case CaseloadColumn::BreachRun:
        keys << run << family << given;
        break;
    case CaseloadColumn::NextDiary:
        keys << diary << family << given;
        break;
    case CaseloadColumn::LastAction:
        // By days since: the latest action first.
        keys << Key{Triage::lastActionColumn(person), ComputedText, {}, true} << family << given;
        break;
    case CaseloadColumn::OpenTaskings:
        keys << Key{Triage::openTaskingsSql(person), ComputedNumber} << family << given;
        break;
    }
    // One order on both engines (db/sqlorder.h): each key's blanks (NULL, empty or spaces)
    // last, ascending and descending alike, tied among themselves; text byte by byte.
    Where w;
    QStringList terms;
    for (const Key &key : std::as_const(keys)) {
        const bool ascending = (order == Qt::AscendingOrder) != key.reversed;
        const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        switch (key.kind) {
        case Text:
            terms << SqlOrder::blankTextLast(key.sql) + QStringLiteral(" ASC")
                  << SqlOrder::textKey(dialect, key.sql) + dir;
            break;
        case Number:
            terms << SqlOrder::nullLast(key.sql) + QStringLiteral(" ASC") << key.sql + dir;
            break;
        case ComputedText:
            // '~' sorts after the digits of a date or a time, '' before them; likewise the
            // numbers' sentinels after and before every count.
            terms << SqlOrder::bytewise(
                         dialect, QStringLiteral("COALESCE(%1, '%2')")
                                      .arg(key.sql, ascending ? QStringLiteral("~") : QString())) +
                         dir;
            break;
        case ComputedNumber:
            terms << QStringLiteral("COALESCE(%1, %2)")
                             .arg(key.sql, ascending ? QStringLiteral("2147483647")
                                                     : QStringLiteral("-2147483648")) +
                         dir;
            break;
        }
        w.values << key.values;
    }
    // id last: a total order, so paging never repeats or skips a row.
    terms << QStringLiteral("id") +
                 (order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    w.sql = QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
    return w;
}

Result<int> CaseloadStore::count(const CaseloadFilter &filter) const
{
    const Where w = where(filter);
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT COUNT(*) FROM person") + w.sql);
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return queryError(tr("Could not count the caseload"), q);
    return q.value(0).toInt();
}

bool CaseloadStore::sortComputes(CaseloadColumn column)
{
    switch (column) {
    case CaseloadColumn::Band:
    case CaseloadColumn::LastOutcome:
    case CaseloadColumn::LastReported:
    case CaseloadColumn::BreachRun:
    case CaseloadColumn::NextDiary:
    case CaseloadColumn::LastAction:
    case CaseloadColumn::OpenTaskings:
        return true;
    default:
        return false;
    }
}

Result<QVector<CaseloadRow>> CaseloadStore::fetch(const CaseloadFilter &filter,
                                                  CaseloadColumn sortColumn, Qt::SortOrder order,
                                                  int offset, int limit) const
{
    // Two reads: the page's ids in order, then their rows. A row's triage columns cost a few
    // index searches each; read with the ids, every person matching the filter would be
    // computed in full before the sort kept one page of them.
    const Moment at = momentOf(filter);
    CaseloadFilter judged = filter;
    judged.at = at;
    const auto page = ids(judged, sortColumn, order, offset, limit);
    if (!page)
        return page.error();
    return rows(page.value(), at);
}

Result<QVector<qint64>> CaseloadStore::ids(const CaseloadFilter &filter, CaseloadColumn sortColumn,
                                           Qt::SortOrder order, int offset, int limit) const
{
    const Moment at = momentOf(filter);
    CaseloadFilter judged = filter;
    judged.at = at;
    const Where w = where(judged);
    const Where sorted = orderBy(sortColumn, order, SqlOrder::dialectOf(m_db), at);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT id FROM person") + w.sql + sorted.sql +
                   (limit < 0 ? QString() : QStringLiteral(" LIMIT ? OFFSET ?")));
    for (const QVariant &v : w.values + sorted.values)
        q.addBindValue(v);
    if (limit >= 0) {
        q.addBindValue(limit);
        q.addBindValue(offset);
    }
    if (!q.exec())
        return queryError(tr("Could not read the caseload"), q);
    QVector<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<QVector<CaseloadRow>> CaseloadStore::rows(const QVector<qint64> &ids, const Moment &at) const
{
    QHash<qint64, int> position;
    QVector<qint64> unique;
    for (const qint64 id : ids) {
        if (position.contains(id))
            continue;
        position.insert(id, int(position.size()));
        unique << id;
    }
    QVector<CaseloadRow> rows(position.size());
    if (rows.isEmpty())
        return rows;

    const QString person = QStringLiteral("person");
    const QString columns =
        QStringLiteral("SELECT id, family_name, given_names, person_ref, nationality, band, "
                       "band_provisional, band_override, owning_unit, case_owner, custody, "
                       "mappa_level, sentence_months, reporting_frequency, flags, open_barriers, "
                       "%1, version, %2, %3, %4, %5, %6, %7")
            .arg(Stock::removedOnSql(QStringLiteral("person.id")), Triage::lastDueSql(person),
                 Triage::lastDueOutcomeSql(person), BreachRules::consecutiveCountSql(person),
                 Triage::nextDiaryColumn(person), Triage::lastActionColumn(person),
                 Triage::openTaskingsSql(person));
    const Status read = forEachRowIn(
        m_db, columns + QStringLiteral(" FROM person WHERE id IN (%1)"),
        Triage::lastDueValues(at) + Triage::lastDueValues(at) +
            BreachRules::consecutiveCountValues(at),
        idList(unique),
        [&](const QSqlQuery &q) {
            const auto slot = position.constFind(q.value(0).toLongLong());
            if (slot == position.cend())
                return;
            CaseloadRow &r = rows[slot.value()];
            r.id = q.value(0).toLongLong();
            r.familyName = q.value(1).toString();
            r.givenNames = q.value(2).toString();
            r.personRef = q.value(3).toString();
            r.nationality = q.value(4).toString();
            r.band = optionalInt(q.value(5));
            r.bandMissing = q.value(6).toInt();
            r.bandProvisional = r.bandMissing != 0;
            r.bandOverridden = !q.value(7).isNull();
            r.owningUnit = q.value(8).toString();
            r.caseOwner = q.value(9).toString();
            r.custody = q.value(10).toString();
            r.mappaLevel = q.value(11).toString();
            r.sentenceMonths = optionalInt(q.value(12));
            r.reportingFrequency = q.value(13).toString();
            r.flags = q.value(14).toString();
            r.openBarriers = q.value(15).toInt();
            r.removedOn = QDate::fromString(q.value(16).toString(), Qt::ISODate);
            r.version = q.value(17).toInt();
            r.lastScheduled = q.value(18).toString();
            r.lastOutcome = q.value(19).toString();
            r.breachRun = q.value(20).toInt();
            r.nextDiary = QDate::fromString(q.value(21).toString(), Qt::ISODate);
            r.lastAction = q.value(22).toString();
            r.openTaskings = q.value(23).toInt();
        },
        tr("Could not read the caseload"));
    if (!read)
        return read.error();
    // A person deleted between the two reads leaves no row: the page closes up over them.
    rows.erase(
        std::remove_if(rows.begin(), rows.end(), [](const CaseloadRow &r) { return r.id == 0; }),
        rows.end());
    return rows;
}

Result<QStringList> CaseloadStore::distinct(const QString &column) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // In the caseload's order: blanks last, text byte by byte.
    if (!q.exec(QStringLiteral("SELECT %1 FROM person GROUP BY %1 ORDER BY %2, %3")
                    .arg(column, SqlOrder::blankTextLast(column),
                         SqlOrder::bytewise(SqlOrder::dialectOf(m_db), column))))
        return queryError(tr("Could not list the values of %1").arg(column), q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QStringList> CaseloadStore::owningUnits() const
{
    return distinct(QStringLiteral("owning_unit"));
}

Result<QStringList> CaseloadStore::caseOwners() const
{
    return distinct(QStringLiteral("case_owner"));
}
