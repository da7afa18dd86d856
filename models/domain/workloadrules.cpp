#include "workloadrules.h"

#include <cmath>

QString WorkloadRules::Weights::problem() const
{
    for (auto it = byBand.cbegin(); it != byBand.cend(); ++it) {
        if (it.value() < 1 || it.value() > 100)
            return tr("Each weight is a whole number from 1 to 100");
    }
    for (int band = 2; band <= 4; ++band) {
        if (weight(band) > weight(1))
            return tr("Band 1 is the heaviest: no band may weigh more");
    }
    return QString();
}

qint64 WorkloadRules::points(const QMap<int, qint64> &peopleByBand, const Weights &w)
{
    qint64 total = 0;
    for (auto it = peopleByBand.cbegin(); it != peopleByBand.cend(); ++it)
        total += it.value() * w.weight(it.key());
    return total;
}

int WorkloadRules::percent(qint64 points, int capacity)
{
    if (capacity <= 0)
        return 0;
    return int(std::lround(100.0 * double(points) / double(capacity)));
}

QString WorkloadRules::change(int beforePercent, int afterPercent)
{
    return tr("%1% → %2%").arg(beforePercent).arg(afterPercent);
}
