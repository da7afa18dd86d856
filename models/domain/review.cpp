#include "review.h"

#include "reviewrules.h"

int Review::checkedCount() const
{
    return int(barriersChecked) + int(complianceChecked) + int(documentProgressed) +
           int(bandConfirmed) + int(nextActionSet);
}

const QStringList &Review::outcomes()
{
    static const QStringList o{QStringLiteral("on_track"), QStringLiteral("action_needed"),
                               QStringLiteral("escalated")};
    return o;
}

QString Review::outcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("on_track"))
        return tr("On track");
    if (outcome == QLatin1String("action_needed"))
        return tr("Action needed");
    if (outcome == QLatin1String("escalated"))
        return tr("Escalated to the team leader");
    return outcome;
}

QString Review::problem(const QDate &today) const
{
    if (personId <= 0)
        return tr("A review needs a person");
    if (!reviewedOn.isValid())
        return tr("Say when the review took place");
    if (reviewedOn > today)
        return tr("A review cannot be dated in the future");
    if (!outcomes().contains(outcome))
        return tr("Choose the outcome of the review");
    if (!nextReviewOn.isValid() || nextReviewOn <= reviewedOn)
        return tr("Set the next review after this one");
    if (nextReviewOn > ReviewRules::dueDate(reviewedOn))
        return tr("The next review must be within 3 months, by %1")
            .arg(ReviewRules::dueDate(reviewedOn).toString(Qt::ISODate));
    return QString();
}
