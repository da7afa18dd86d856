#include "review.h"

#include "daterules.h"
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
    // The range of the form's field (DateRules); the person's first case is the store's to add.
    if (const QString p = DateRules::reviewedOn(QDate(), today).problem(reviewedOn); !p.isEmpty())
        return p;
    if (!outcomes().contains(outcome))
        return tr("Choose the outcome of the review");
    // Issue 16: a review with none of the checks and no notes records nothing (report 7.6).
    if (checkedCount() == 0 && notes.trimmed().isEmpty())
        return tr("Tick what the review checked, or say in the notes why none of it was");
    if (!nextReviewOn.isValid())
        return tr("Set the next review after this one");
    if (const QString p = DateRules::nextReview(reviewedOn).problem(nextReviewOn); !p.isEmpty())
        return p;
    return QString();
}
