#include "storesupport.h"
#include "domain/clock.h"

#include <QSet>
#include <algorithm>

#include "db/transaction.h"
#include "domain/permissions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QStringList>
#include <algorithm>

namespace StoreSupport {

QString nowIso()
{
    return Clock::nowUtcIso();
}

Error queryError(const QString &message, const QSqlQuery &q)
{
    // PostgreSQL's guard refused the row (SQLSTATE 42501, insufficient_privilege): a refusal
    // like the store's own, its sentence (who may not do what) the message a person reads.
    if (q.lastError().nativeErrorCode() == QLatin1String("42501"))
        return Error{serverSentence(q.lastError().databaseText()),
                     message + QLatin1String(": ") + q.lastError().databaseText(),
                     Permissions::Refused};
    return Error{message, q.lastError().text(),
                 Transaction::codeFor(q.lastError(), QStringLiteral("sql"))};
}

QString serverSentence(const QString &databaseText)
{
    static const QRegularExpression severity(
        QStringLiteral("^\\s*(ERROR|FATAL|PANIC|WARNING|NOTICE):\\s*"));
    QString sentence = databaseText.section(QLatin1Char('\n'), 0, 0);
    sentence.remove(severity);
    return sentence.trimmed();
}

bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return plain.match(name).hasMatch();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant intOrNull(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QString personName(const QString &family, const QString &given)
{
    return given.isEmpty()
               ? family
               : QCoreApplication::translate("StoreSupport", "%1, %2").arg(family, given);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

QDate dateOf(const QVariant &v)
{
    return Clock::localDay(v.toString());
}

std::optional<int> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

bool prepare(QSqlQuery &q, const QString &sql)
{
    q.setForwardOnly(true);
    return q.prepare(sql);
}

QString andOwnedBy(const QString &person, const QString &caseOwner)
{
    if (caseOwner.isEmpty())
        return QString();
    return QStringLiteral(" AND %1.id IN (SELECT owned.id FROM person owned WHERE "
                          "owned.case_owner = ?)")
        .arg(person);
}

} // namespace StoreSupport

Status StoreSupport::forEachRowIn(QSqlDatabase db, const QString &sql, const QVariantList &leading,
                                  const QVariantList &values,
                                  const std::function<void(const QSqlQuery &)> &row,
                                  const QString &failure)
{
    constexpr int PerQuery = 500;
    for (int from = 0; from < values.size(); from += PerQuery) {
        const int count = std::min<int>(PerQuery, int(values.size()) - from);
        QStringList marks;
        marks.reserve(count);
        for (int i = 0; i < count; ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!prepare(q, sql.arg(marks.join(QStringLiteral(", ")))))
            return queryError(failure, q);
        for (const QVariant &v : leading)
            q.addBindValue(v);
        for (int i = from; i < from + count; ++i)
            q.addBindValue(values.at(i));
        if (!q.exec())
            return queryError(failure, q);
        while (q.next())
            row(q);
    }
    return {};
}

Status StoreSupport::forEachRowOfIds(QSqlDatabase db, const QString &sql, const QString &column,
                                     const QVector<qint64> &ids, int idColumn,
                                     const std::function<void(const QSqlQuery &)> &row,
                                     const QString &failure)
{
    constexpr int PerQuery = 500;
    QVector<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    QSqlQuery range(db);
    range.setForwardOnly(true);
    if (!prepare(range, sql.arg(column + QStringLiteral(" BETWEEN ? AND ?"))))
        return queryError(failure, range);
    for (int from = 0; from < sorted.size(); from += PerQuery) {
        const QVector<qint64> chunk = sorted.mid(from, PerQuery);
        const qint64 first = chunk.first();
        const qint64 last = chunk.last();
        // Dense: at most four ids of the range for every one asked for.
        if (last - first < 4 * qint64(chunk.size())) {
            const QSet<qint64> wanted(chunk.cbegin(), chunk.cend());
            range.addBindValue(first);
            range.addBindValue(last);
            if (!range.exec())
                return queryError(failure, range);
            while (range.next()) {
                if (wanted.contains(range.value(idColumn).toLongLong()))
                    row(range);
            }
            range.finish();
            continue;
        }
        const Status s = forEachRowIn(db, sql.arg(column + QStringLiteral(" IN (%1)")), {},
                                      idList(chunk), row, failure);
        if (!s)
            return s;
    }
    return {};
}

qint64 StoreSupport::returnedId(QSqlQuery &q)
{
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

QVariantList StoreSupport::idList(const QVector<qint64> &ids)
{
    QVariantList out;
    out.reserve(ids.size());
    for (const qint64 id : ids)
        out << id;
    return out;
}
