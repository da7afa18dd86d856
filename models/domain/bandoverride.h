#pragma once

#include <QString>
#include <optional>

// One entry of a person's band override history. An empty band records that the override
// was withdrawn and the computed band applies again.
struct BandOverride
{
    std::optional<int> band;
    QString reason;
    QString setBy;
    QString setAt;
};
