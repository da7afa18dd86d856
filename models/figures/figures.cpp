#include "figures.h"

#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>
#include <climits>

namespace {

const QString NonDetained = QStringLiteral("custody = 'NON_DETAINED'");

QString bandFigure(int band)
{
    return QStringLiteral("by_band/%1").arg(band);
}
QString flagFigure(const QString &flag)
{
    return QStringLiteral("flags/") + flag;
}

// Portable on SQLite and PostgreSQL: SUM of a CASE, wrapped in COALESCE because SUM over no
// rows is NULL.
QString countIf(const QString &condition)
{
    return QStringLiteral("COALESCE(SUM(CASE WHEN %1 THEN 1 ELSE 0 END), 0)").arg(condition);
}

} // namespace

const QStringList &Figures::flagKeys()
{
    static const QStringList keys{QStringLiteral("ZINCS"), QStringLiteral("NEXUS_HH"),
                                  QStringLiteral("EM"), QStringLiteral("NFA")};
    return keys;
}

QStringList Figures::figureNames()
{
    QStringList names{QStringLiteral("persons"), QStringLiteral("non_detained")};
    for (int band = 1; band <= 4; ++band)
        names << bandFigure(band);
    for (const QString &flag : flagKeys())
        names << flagFigure(flag);
    return names;
}

QString Figures::condition(const QString &figure)
{
    if (figure == QLatin1String("persons"))
        return QStringLiteral("1 = 1");
    if (figure == QLatin1String("non_detained"))
        return NonDetained;
    for (int band = 1; band <= 4; ++band) {
        if (figure == bandFigure(band))
            return QStringLiteral("%1 AND band = %2").arg(NonDetained).arg(band);
    }
    for (const QString &flag : flagKeys()) {
        if (figure == flagFigure(flag))
            return QStringLiteral("flag_%1 <> 0").arg(flag.toLower());
    }
    return QString();
}

Result<Figures> Figures::compute(QSqlDatabase db, const QDate &asOf)
{
    if (!asOf.isValid())
        return Error{tr("The figures need a valid as-of date"), QString(),
                     QStringLiteral("invalid")};
    const QStringList names = figureNames();
    QStringList columns;
    for (const QString &name : names)
        columns << countIf(condition(name));
    // Non-detained people without a band 1..4 would make the bands not add up to the
    // non-detained total; the stores never write one, so finding any means damaged data.
    columns << countIf(NonDetained +
                       QStringLiteral(" AND (band IS NULL OR band NOT IN (1, 2, 3, 4))"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM person").arg(columns.join(QStringLiteral(", ")))) ||
        !q.next())
        return Error{tr("Could not compute the figures"), q.lastError().text(),
                     QStringLiteral("sql")};
    Figures f;
    f.asOf = asOf;
    f.persons = q.value(0).toLongLong();
    f.nonDetained = q.value(1).toLongLong();
    for (int band = 1; band <= 4; ++band)
        f.byBand[band] = q.value(1 + band).toLongLong();
    for (int i = 0; i < flagKeys().size(); ++i)
        f.flags[flagKeys().at(i)] = q.value(6 + i).toLongLong();
    const qint64 unbanded = q.value(int(names.size())).toLongLong();
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
    o.insert(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
    o.insert(QStringLiteral("persons"), QJsonValue(persons));
    o.insert(QStringLiteral("non_detained"), QJsonValue(nonDetained));
    o.insert(QStringLiteral("by_band"), bands);
    o.insert(QStringLiteral("flags"), flagCounts);
    return o;
}

Result<QStringList> Figures::personRefs(QSqlDatabase db, const QString &figure)
{
    const QString where = condition(figure);
    if (where.isEmpty())
        return Error{tr("There is no figure called \"%1\"").arg(figure), QString(),
                     QStringLiteral("invalid")};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT person_ref FROM person WHERE %1 ORDER BY person_ref")
                    .arg(where)))
        return Error{tr("Could not list the people behind the figure"), q.lastError().text(),
                     QStringLiteral("sql")};
    QStringList refs;
    while (q.next())
        refs << q.value(0).toString();
    return refs;
}
