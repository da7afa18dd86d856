#include "progressionhold.h"

bool ProgressionHold::isActive(const QDate &asOf) const
{
    if (!placedOn.isValid() || placedOn > asOf)
        return false;
    if (releasedOn.isValid() && releasedOn <= asOf)
        return false;
    if (untilOn.isValid() && untilOn <= asOf)
        return false;
    if (untilBarrierId > 0 && barrierClearedOn.isValid() && barrierClearedOn <= asOf)
        return false;
    return true;
}

bool ProgressionHold::endsWithin(const QDate &asOf, int days) const
{
    return isActive(asOf) && untilOn.isValid() && untilOn <= asOf.addDays(days);
}

QString ProgressionHold::problem() const
{
    if (personId <= 0)
        return tr("A hold needs a person");
    if (reason.trimmed().isEmpty())
        return tr("Say why the person's progression is on hold");
    if (!placedOn.isValid())
        return tr("Say when the hold was placed");
    if (!untilOn.isValid() && untilBarrierId <= 0)
        return tr("A hold lasts until a date or until a barrier clears: choose one");
    if (untilOn.isValid() && untilOn <= placedOn)
        return tr("The hold must end after the day it is placed");
    return QString();
}
