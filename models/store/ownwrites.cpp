#include "ownwrites.h"

#include <QHash>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>

namespace {

QMutex mutex;

// Connection name → entry id → hash.
QHash<QString, QMap<qint64, QString>> &written()
{
    static QHash<QString, QMap<qint64, QString>> w;
    return w;
}

} // namespace

void OwnWrites::record(const QString &connection, qint64 id, const QString &hash)
{
    const QMutexLocker lock(&mutex);
    written()[connection].insert(id, hash);
}

bool OwnWrites::take(const QString &connection, qint64 id, const QString &hash)
{
    const QMutexLocker lock(&mutex);
    auto c = written().find(connection);
    if (c == written().end())
        return false;
    auto e = c->find(id);
    if (e == c->end() || e.value() != hash)
        return false;
    c->erase(e);
    return true;
}

void OwnWrites::forgetUpTo(const QString &connection, qint64 id)
{
    const QMutexLocker lock(&mutex);
    auto c = written().find(connection);
    if (c == written().end())
        return;
    while (!c->isEmpty() && c->firstKey() <= id)
        c->erase(c->begin());
    if (c->isEmpty())
        written().erase(c);
}

int OwnWrites::pending(const QString &connection)
{
    const QMutexLocker lock(&mutex);
    return int(written().value(connection).size());
}
