#include "figuresnapshot.h"

#include <QJsonValue>
#include <algorithm>

qint64 FigureSnapshot::value(const QString &key) const
{
    QJsonValue v = figures;
    for (const QString &step : key.split(QLatin1Char('/'))) {
        if (!v.isObject() || !v.toObject().contains(step))
            return -1;
        v = v.toObject().value(step);
    }
    return v.isDouble() ? qint64(v.toDouble()) : -1;
}

const SnapshotPerson *FigureSnapshot::person(qint64 personId) const
{
    const auto it =
        std::lower_bound(people.cbegin(), people.cend(), personId,
                         [](const SnapshotPerson &p, qint64 id) { return p.personId < id; });
    return it != people.cend() && it->personId == personId ? &*it : nullptr;
}
