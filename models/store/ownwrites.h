#pragma once

#include <QString>

// The audit entries this process wrote, per database connection: how a ChangeWatcher tells a
// window's own writes from another connection's (issue 16: a note of one's own must never
// raise "changed by someone else"). An entry is known by its id and hash together, so an id
// that a rolled-back write took and another connection then committed is not taken for ours.
//
// AuditStore records every entry it appends; the connection's watcher takes each one it
// reads, and forgets what it has read past (the entries of writes that were rolled back).
// One watcher per connection: a second one would find the first had taken them.
class OwnWrites
{
public:
    static void record(const QString &connection, qint64 id, const QString &hash);
    // True, once, when `connection` wrote the entry `id` with `hash`.
    static bool take(const QString &connection, qint64 id, const QString &hash);
    // Drops what `connection` recorded up to `id`: entries no watcher will read again.
    static void forgetUpTo(const QString &connection, qint64 id);
    // How many entries `connection` has recorded and not yet had taken or forgotten.
    static int pending(const QString &connection);
};
