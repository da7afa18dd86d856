#pragma once

#include "db/error.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVector>
#include <functional>
#include <optional>

// Small helpers shared by the stores.
namespace StoreSupport {
// UTC now as ISO 8601 ("2026-11-23T20:50:00Z"): sortable text, portable to PostgreSQL. The
// clock is Clock's.
QString nowIso();
// An Error carrying the failed query's SQL error as detail; a refusal by PostgreSQL's guard
// (SQLSTATE 42501) is Permissions::Refused with the server's sentence as its message.
Error queryError(const QString &message, const QSqlQuery &q);
// The sentence of a PostgreSQL error, as a person reads it: libpq's text is "ERROR:  <the
// sentence>", then CONTEXT and other lines meant for a developer.
QString serverSentence(const QString &databaseText);
// NULL for an empty string, so "not known" is stored as NULL, not ''.
QVariant textOrNull(const QString &s);
QVariant intOrNull(const std::optional<int> &v);
// How every list names a person: "Family, Given", or the family name alone.
QString personName(const QString &family, const QString &given);
// A date as ISO text, NULL for an invalid (not known) date.
QVariant dateOrNull(const QDate &d);
// The day of a stored ISO date or date-time, a UTC timestamp read as the user's local day
// (Clock::localDay); invalid for NULL.
QDate dateOf(const QVariant &v);
std::optional<int> optionalInt(const QVariant &v);
// The id an executed "INSERT ... RETURNING id" gave back (0 if none), the query finished so a
// prepared insert can run again. Portable: SQLite (3.35+) and PostgreSQL both return it,
// where lastInsertId() would be lastval() on PostgreSQL.
qint64 returnedId(QSqlQuery &q);
// True for a plain lower-case SQL name (a table or column): the only text a store splices into
// SQL rather than binding, so an unknown name fails to prepare and nothing else gets in.
bool isPlainName(const QString &name);
// Prepares `sql` on `q`; false (with the error in q) when it does not prepare.
bool prepare(QSqlQuery &q, const QString &sql);
// Runs `sql`, whose "%1" stands for a list of placeholders, for `values` a few hundred at a
// time (within the bound-value limits of SQLite and PostgreSQL), with `leading` bound before
// each chunk, and hands every row to `row`. `failure` is the message of an Error.
Status forEachRowIn(QSqlDatabase db, const QString &sql, const QVariantList &leading,
                    const QVariantList &values, const std::function<void(const QSqlQuery &)> &row,
                    const QString &failure);
QVariantList idList(const QVector<qint64> &ids);
// Runs `sql`, whose "%1" stands for a condition on the id column `column`, for the ids `ids`
// a few hundred at a time, and hands `row` every row whose value in result column `idColumn`
// is one of them. A run of ids close together is read as one range (two bound values, the
// statement prepared once), a sparse one as a list: reading everyone then costs a pass over
// the table, not a statement parsed for every few hundred people.
Status forEachRowOfIds(QSqlDatabase db, const QString &sql, const QString &column,
                       const QVector<qint64> &ids, int idColumn,
                       const std::function<void(const QSqlQuery &)> &row, const QString &failure);
// " AND <person>.id IN (the people `caseOwner` owns)", binding the owner, or nothing for an
// empty owner: one owner's few thousand people found on the index of case owners. Written as
// `<person>.case_owner = ?`, SQLite's planner (which keeps no statistics) walks the index of a
// broader condition of the same list, custody or open barriers, instead: 3 to 5 times slower at
// 100,000 people (Today, issue 23).
QString andOwnedBy(const QString &person, const QString &caseOwner);

} // namespace StoreSupport
