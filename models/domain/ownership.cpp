#include "ownership.h"

namespace {
// Upper case, as compared after trimming.
const QStringList &unclearNames()
{
    static const QStringList names{QStringLiteral("NO UNIT"), QStringLiteral("NOT IN USE")};
    return names;
}
const QString ObsoletePrefix = QStringLiteral("LIT");
} // namespace

namespace Ownership {

bool isUnclearUnit(const QString &owningUnit)
{
    const QString unit = owningUnit.trimmed().toUpper();
    return unit.isEmpty() || unclearNames().contains(unit) || unit.startsWith(ObsoletePrefix);
}

QString unclearUnitSql(const QString &column)
{
    // The names are constants of this file, never user input, so they may stand in the SQL.
    QStringList quoted{QStringLiteral("''")};
    for (const QString &name : unclearNames())
        quoted << QStringLiteral("'%1'").arg(name);
    // TRIM strips spaces only, as QString::trimmed() does for the units CID sends.
    const QString folded = QStringLiteral("UPPER(TRIM(%1))").arg(column);
    return QStringLiteral("(%1 IS NULL OR %2 IN (%3) OR %2 LIKE '%4%')")
        .arg(column, folded, quoted.join(QStringLiteral(", ")), ObsoletePrefix);
}

} // namespace Ownership
