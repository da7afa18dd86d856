#pragma once

#include <QString>
#include <QStringList>

// Whether a CID owning unit says who owns a case (report 6.10-6.17, 6.45): empty, "NO UNIT",
// "NOT IN USE" and the obsolete Local Immigration Teams ("LIT ...", replaced by ICE teams in
// 2013) do not. Compared case-insensitively after trimming.
namespace Ownership {
bool isUnclearUnit(const QString &owningUnit);
// The same rule as an SQL condition on `column`, for counting and listing in the database.
// Built from the same constants as isUnclearUnit(); portable to PostgreSQL.
QString unclearUnitSql(const QString &column);
} // namespace Ownership
