#pragma once

#include <QString>

// The few places where SQLite and PostgreSQL spell the same thing differently. Everything
// else in the schema and the stores is written in the portable subset both understand.
enum class SqlDialect
{
    SQLite,
    PostgreSQL
};

namespace Sql {
// Column definition of a surrogate integer key that the database fills in.
inline QString autoIdColumn(SqlDialect d)
{
    return d == SqlDialect::PostgreSQL ? QStringLiteral("id BIGSERIAL PRIMARY KEY")
                                       : QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT");
}
} // namespace Sql
