#include "nativesqlite.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QTime>

#include <sqlite3.h>

namespace NativeSqlite {

void configureProcess()
{
    // SQLITE_MISUSE once the library has started: then it keeps its statistics, no harm done.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

sqlite3 *handle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

namespace {

// QSqlResultPrivate::isVariantNull: Qt binds these null values as NULL.
bool isNull(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime *>(v.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate *>(v.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime *>(v.constData())->isNull();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt *statement, int index, const QString &text, bool copy)
{
    return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(QChar)),
                               copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
}

} // namespace

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (isNull(value))
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob(statement, index, bytes->constData(), int(bytes->size()),
                                 SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::QDateTime:
        return bindText(statement, index, value.toDateTime().toString(Qt::ISODateWithMs), true);
    case QMetaType::QTime:
        return bindText(statement, index, value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")),
                        true);
    case QMetaType::QString:
        return bindText(statement, index, *static_cast<const QString *>(value.constData()), false);
    default:
        return bindText(statement, index, value.toString(), true);
    }
}

} // namespace NativeSqlite
