#pragma once

#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

// One sort order on both engines. Left to themselves they differ: SQLite puts NULL first in
// ascending order and compares text byte by byte; PostgreSQL puts NULL last and compares text
// by the database's locale. Lodestar's lists sort blanks (NULL, empty or only spaces) last,
// ascending and descending alike, and text byte by byte (code point order) on both.
namespace SqlOrder {

inline SqlDialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlDialect::PostgreSQL : SqlDialect::SQLite;
}

// `expr` compared byte by byte: SQLite's default (BINARY) already does; on PostgreSQL the
// locale (en_US ignores case and puts "CC-Hull" before "CC Leeds") is overridden.
inline QString bytewise(SqlDialect d, const QString &expr)
{
    return d == SqlDialect::PostgreSQL ? expr + QStringLiteral(" COLLATE \"C\"") : expr;
}

// A sort key that is 1 for a blank text and 0 otherwise: put ascending before the value's
// own key, it sends the blanks last whichever way that key runs.
inline QString blankTextLast(const QString &expr)
{
    return QStringLiteral("CASE WHEN %1 IS NULL OR TRIM(%1) = '' THEN 1 ELSE 0 END").arg(expr);
}

// A text's own sort key, byte by byte, every blank the same (''), so that blanks tie among
// themselves and the next key (in the end the id) orders them alike on both engines, where
// NULL and spaces would otherwise fall in a different order on each.
inline QString textKey(SqlDialect d, const QString &expr)
{
    return bytewise(
        d, QStringLiteral("(CASE WHEN %1 IS NULL OR TRIM(%1) = '' THEN '' ELSE %1 END)").arg(expr));
}

// The same as blankTextLast for a number, whose only blank is NULL.
inline QString nullLast(const QString &expr)
{
    return QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END").arg(expr);
}

} // namespace SqlOrder
