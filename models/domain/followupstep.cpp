#include "followupstep.h"

QVector<FollowUpStep::Problem> FollowUpStep::problems() const
{
    QVector<Problem> out;
    if (step == FollowUpLadder::Located) {
        if (outcome != reportingResumed() && outcome != detained())
            out.append(
                {Field::Outcome, tr("Say whether the person resumed reporting or was detained.")});
    } else if (outcome.trimmed().isEmpty()) {
        out.append({Field::Outcome, tr("Say what came of this step.")});
    }
    if (FollowUpLadder::needsNotes(step) && notes.trimmed().isEmpty())
        out.append({Field::Notes, tr("A referral needs notes: what was passed on to the other "
                                     "team.")});
    if (step == FollowUpLadder::AbsconderDeclaration && alternativesTried.trimmed().isEmpty())
        out.append({Field::Alternatives,
                    tr("List the alternatives tried before declaring an absconder.")});
    return out;
}
