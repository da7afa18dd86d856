#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

// Workload is weighed, not just counted: each band carries a weight (band 1 heaviest; a
// setting), each caseworker a capacity in the same points, and a caseworker's load is the
// weight of their people as a share of their capacity.
class WorkloadRules
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadRules)

public:
    struct Weights
    {
        // Keys 1..4, and 0 for people not banded (detained). Defaults (a choice): 4, 3, 2, 1;
        // 1 for the detained, whom Croydon works but who still take a caseworker's time.
        QMap<int, int> byBand{{0, 1}, {1, 4}, {2, 3}, {3, 2}, {4, 1}};
        int version = 0; // the row version read (AllocationStore): a save must match it
        int weight(int band) const { return byBand.value(band, byBand.value(0, 1)); }
        // Why these weights cannot be used (below 1, band 1 not the heaviest); empty if fine.
        QString problem() const;
    };

    // Points of people counted by band (band -> people).
    static qint64 points(const QMap<int, qint64> &peopleByBand, const Weights &w);
    // Load as a whole percentage of capacity, rounded; 0 for no capacity.
    static int percent(qint64 points, int capacity);
    static bool isOverCapacity(qint64 points, int capacity) { return points > capacity; }
    // "84% → 97%": what an allocation would do to a caseworker.
    static QString change(int beforePercent, int afterPercent);
};
