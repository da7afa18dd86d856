#pragma once

#include <QString>
#include <QStringList>

// Whether a CID owning unit says who owns a case (report 6.10-6.17, 6.45): empty, "NO UNIT",
// "NOT IN USE" and the obsolete Local Immigration Teams (replaced by ICE teams in 2013) do not.
// Compared ignoring case after trimming spaces (as SQL's TRIM does, so the SQL twin agrees).
// A Local Immigration Team is the word "LIT" at the start of the name (CID-EXTRACT.md): "LIT"
// alone, or followed by a character that is not an ASCII letter or digit ("LIT North West",
// "lit-Midlands", "LIT/London"); "Littlehampton" or "LIT2" are other names. Letters and case
// are ASCII only, so that SQLite and PostgreSQL, whatever their folding, agree with C++.
namespace Ownership {
bool isUnclearUnit(const QString &owningUnit);
// The same rule as an SQL condition on `column`, for counting and listing in the database.
// Built from the same constants as isUnclearUnit(); portable to PostgreSQL.
QString unclearUnitSql(const QString &column);
} // namespace Ownership
