#include "notesample.h"

#include <algorithm>
#include <random>

QVector<qint64> NoteSample::draw(QVector<qint64> candidates, int size, quint64 seed)
{
    // Sorted first, so the sample depends on which notes there are, not on the order the
    // database returned them in.
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    const int n = int(candidates.size());
    const int k = std::clamp(size, 0, n);
    std::mt19937_64 engine(seed);
    // A partial Fisher-Yates shuffle, with the engine's raw output reduced by modulo: the
    // distributions of <random> are not specified to the bit, the engine is.
    for (int i = 0; i < k; ++i) {
        const int j = i + int(engine() % quint64(n - i));
        std::swap(candidates[i], candidates[j]);
    }
    QVector<qint64> picked(candidates.begin(), candidates.begin() + k);
    std::sort(picked.begin(), picked.end());
    return picked;
}
