#pragma once

#include "domain/followupladder.h"

// The follow-up ladder's thresholds as the user set them (QSettings "ladder/…"), the
// guidance's defaults otherwise; thresholds that make no sense fall back to the defaults.
// Machine-wide rather than UserSettings: they are the unit's policy, not a person's choice.
class LadderSettings
{
public:
    static FollowUpLadder::Thresholds load();
    static void save(const FollowUpLadder::Thresholds &thresholds);
};
