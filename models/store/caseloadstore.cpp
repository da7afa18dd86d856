#include "caseloadstore.h"
#include "domain/clock.h"

#include "db/sqlorder.h"
#include "domain/ownerscope.h"
#include "domain/reportingwindow.h"
#include "domain/stock.h"
#include "domain/textfold.h"
#include "storesupport.h"

#include <QSqlQuery>

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
    if (!f.showRemoved) {
        // Out of the stock from the day of their removal (Stock), so off the caseload too.
        clauses << QStringLiteral("NOT ") + Stock::removedSql(QStringLiteral("person.id"));
        w.values << Clock::today().toString(Qt::ISODate);
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

QString CaseloadStore::orderBy(CaseloadColumn column, Qt::SortOrder order, SqlDialect dialect)
{
    enum Kind
    {
        Text,
        Number
    };
    QVector<QPair<QString, Kind>> keys;
    switch (column) {
    case CaseloadColumn::FamilyName:
    case CaseloadColumn::Count:
        keys << qMakePair(QStringLiteral("family_key"), Text)
             << qMakePair(QStringLiteral("given_key"), Text);
        break;
    case CaseloadColumn::GivenNames:
        keys << qMakePair(QStringLiteral("given_key"), Text);
        break;
    case CaseloadColumn::PersonRef:
        keys << qMakePair(QStringLiteral("person_ref"), Text);
        break;
    case CaseloadColumn::Nationality:
        keys << qMakePair(QStringLiteral("nationality"), Text);
        break;
    case CaseloadColumn::Band:
        // Alphabetical within a band.
        keys << qMakePair(QStringLiteral("band"), Number)
             << qMakePair(QStringLiteral("family_key"), Text)
             << qMakePair(QStringLiteral("given_key"), Text);
        break;
    case CaseloadColumn::OwningUnit:
        keys << qMakePair(QStringLiteral("owning_unit"), Text);
        break;
    case CaseloadColumn::CaseOwner:
        keys << qMakePair(QStringLiteral("case_owner"), Text);
        break;
    case CaseloadColumn::Custody:
        keys << qMakePair(QStringLiteral("custody"), Text);
        break;
    case CaseloadColumn::Mappa:
        keys << qMakePair(QStringLiteral("mappa_level"), Text);
        break;
    case CaseloadColumn::Sentence:
        keys << qMakePair(QStringLiteral("sentence_months"), Number);
        break;
    case CaseloadColumn::ReportingFrequency:
        keys << qMakePair(QStringLiteral("reporting_frequency"), Text);
        break;
    case CaseloadColumn::Flags:
        keys << qMakePair(QStringLiteral("flags"), Text);
        break;
    case CaseloadColumn::OpenBarriers:
        keys << qMakePair(QStringLiteral("open_barriers"), Number);
        break;
    }
    // One order on both engines (db/sqlorder.h): each key's blanks (NULL, empty or spaces)
    // last, ascending and descending alike, tied among themselves; text byte by byte.
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms;
    for (const auto &[key, kind] : keys) {
        terms << (kind == Text ? SqlOrder::blankTextLast(key) : SqlOrder::nullLast(key)) +
                     QStringLiteral(" ASC");
        terms << (kind == Text ? SqlOrder::textKey(dialect, key) : key) + dir;
    }
    // id last: a total order, so paging never repeats or skips a row.
    terms << QStringLiteral("id") + dir;
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
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

Result<QVector<CaseloadRow>> CaseloadStore::fetch(const CaseloadFilter &filter,
                                                  CaseloadColumn sortColumn, Qt::SortOrder order,
                                                  int offset, int limit) const
{
    const Where w = where(filter);
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("SELECT id, family_name, given_names, person_ref, nationality, band, "
                              "band_provisional, band_override, owning_unit, case_owner, custody, "
                              "mappa_level, sentence_months, reporting_frequency, flags, "
                              "open_barriers, %1, version FROM person")
                       .arg(Stock::removedOnSql(QStringLiteral("person.id"))) +
                   w.sql + orderBy(sortColumn, order, SqlOrder::dialectOf(m_db)) +
                   QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return queryError(tr("Could not read the caseload"), q);
    QVector<CaseloadRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        CaseloadRow r;
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
        rows << r;
    }
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
