#include "auditheadmemory.h"

#include "common/usersettings.h"

#include <QSettings>

namespace {
QString groupOf(const QSqlDatabase &db)
{
    return QStringLiteral("auditHeads/") +
           UserSettings::databaseKey(UserSettings::databaseIdentity(db));
}
} // namespace

AuditStore::Head AuditHeadMemory::recalled(const QSqlDatabase &db)
{
    const QSettings settings;
    const QString group = groupOf(db);
    AuditStore::Head h;
    h.id = settings.value(group + QStringLiteral("/id")).toLongLong();
    h.hash = settings.value(group + QStringLiteral("/hash")).toString();
    return h;
}

void AuditHeadMemory::remember(const QSqlDatabase &db, const AuditStore::Head &head)
{
    if (head.id <= 0)
        return;
    QSettings settings;
    const QString group = groupOf(db);
    settings.setValue(group + QStringLiteral("/id"), head.id);
    settings.setValue(group + QStringLiteral("/hash"), head.hash);
    settings.setValue(group + QStringLiteral("/database"), UserSettings::databaseIdentity(db));
}
