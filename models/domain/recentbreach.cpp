#include "recentbreach.h"

#include <tuple>

bool RecentBreach::moreUrgent(const RecentBreach &a, const RecentBreach &b)
{
    const auto top = [](const RecentBreach &r) { return r.band == 1 || r.nexusHighHarm; };
    // Greater sorts first for the first three keys, the reference in its own order.
    return std::make_tuple(a.unactioned, top(a), a.lastBreach, b.personRef) >
           std::make_tuple(b.unactioned, top(b), b.lastBreach, a.personRef);
}
