#include "storesupport.h"

#include <QDateTime>
#include <QSqlError>

namespace StoreSupport {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Error queryError(const QString &message, const QSqlQuery &q)
{
    return Error{message, q.lastError().text(), QStringLiteral("sql")};
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant intOrNull(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
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

} // namespace StoreSupport
