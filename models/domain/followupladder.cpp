#include "followupladder.h"
#include "clock.h"

#include "breachrules.h"

int FollowUpLadder::Thresholds::threshold(Step step) const
{
    switch (step) {
    case VerbalWarning:
        return verbalWarning;
    case WarningLetter:
        return warningLetter;
    case ArrestReferral:
        return arrestReferral;
    case AbsconderDeclaration:
        return absconderDeclaration;
    default:
        return 0;
    }
}

QString FollowUpLadder::Thresholds::problem() const
{
    if (verbalWarning < 1)
        return tr("The first step needs at least one breach");
    if (!(verbalWarning <= warningLetter && warningLetter <= arrestReferral &&
          arrestReferral <= absconderDeclaration))
        return tr("Each step must start at the same or a higher count than the one before");
    if (letterFollowUpDays < 0)
        return tr("The warning letter's follow-up cannot be in the past");
    return QString();
}

bool FollowUpLadder::needsNotes(Step step)
{
    return step == ArrestReferral || step == TraceLocateReferral;
}

QString FollowUpLadder::code(Step step)
{
    switch (step) {
    case VerbalWarning:
        return QStringLiteral("verbal_warning");
    case WarningLetter:
        return QStringLiteral("warning_letter");
    case ArrestReferral:
        return QStringLiteral("arrest_referral");
    case AbsconderDeclaration:
        return QStringLiteral("absconder_declaration");
    case TraceLocateReferral:
        return QStringLiteral("trace_locate_referral");
    case Located:
        return QStringLiteral("located");
    case StepCount:
        break;
    }
    return QString();
}

std::optional<FollowUpLadder::Step> FollowUpLadder::fromCode(const QString &code)
{
    for (int s = 0; s < StepCount; ++s) {
        if (FollowUpLadder::code(Step(s)) == code)
            return Step(s);
    }
    return std::nullopt;
}

QString FollowUpLadder::name(Step step)
{
    switch (step) {
    case VerbalWarning:
        return tr("Phone contact and verbal warning");
    case WarningLetter:
        return tr("Failure to Report warning letter");
    case ArrestReferral:
        return tr("Referral to an arrest team");
    case AbsconderDeclaration:
        return tr("Absconder declaration");
    case TraceLocateReferral:
        return tr("Referral to Trace and Locate");
    case Located:
        return tr("Located");
    case StepCount:
        break;
    }
    return QString();
}

std::optional<FollowUpLadder::Step>
FollowUpLadder::dueStep(int consecutive, const QVector<Record> &sinceRunBegan, const Thresholds &t)
{
    int highest = -1;
    bool declared = false;
    for (const Record &r : sinceRunBegan) {
        // An uncountersigned declaration does not count yet: it stays the step due.
        if (r.step == AbsconderDeclaration && !r.countersigned())
            continue;
        highest = qMax(highest, int(r.step));
        declared = declared || r.step == AbsconderDeclaration;
    }
    if (highest >= int(TraceLocateReferral))
        return std::nullopt; // with Trace and Locate until located
    if (declared)
        return TraceLocateReferral;
    std::optional<Step> due;
    for (const Step s : {VerbalWarning, WarningLetter, ArrestReferral, AbsconderDeclaration}) {
        if (consecutive >= t.threshold(s) && int(s) > highest)
            due = s;
    }
    return due;
}

QDate FollowUpLadder::withTraceLocateSince(const QVector<Record> &sinceRunBegan)
{
    QDate referred;
    for (const Record &r : sinceRunBegan)
        if (r.step == TraceLocateReferral && (!referred.isValid() || r.takenOn > referred))
            referred = r.takenOn;
    for (const Record &r : sinceRunBegan)
        if (r.step == Located && referred.isValid() && r.takenOn >= referred)
            return QDate();
    return referred;
}

bool FollowUpLadder::isUnactioned(bool nonDetained, bool absconder, int consecutive,
                                  const QDate &latestBreach, const QDate &latestStep)
{
    return nonDetained && !absconder && consecutive >= 1 &&
           (!latestStep.isValid() || latestStep < latestBreach);
}

QString FollowUpLadder::stepSinceLatestBreachSql(const QString &person)
{
    // The latest step by then on or after the latest breach's day: each found once. Never NULL
    // (no step is '', before every day; no breach a day no step reaches), so that its NOT is
    // its complement.
    return QStringLiteral("(COALESCE((SELECT MAX(f.taken_on) FROM followup_step f WHERE "
                          "f.person_id = %1 AND f.taken_on <= ?), '') >= COALESCE((SELECT "
                          "SUBSTR(MAX(e.scheduled), 1, 10) FROM reporting_event e WHERE "
                          "e.person_id = %1 AND %2 AND %3), '9999-12-31'))")
        .arg(person + QStringLiteral(".id"), BreachRules::onOrBeforeSql(QStringLiteral("e")),
             BreachRules::breachOutcomeSql(QStringLiteral("e")));
}

QVariantList FollowUpLadder::stepSinceLatestBreachValues(const Moment &at)
{
    return {at.date().toString(Qt::ISODate), at.bound()};
}

QString FollowUpLadder::unactionedSql(const QString &person)
{
    return QStringLiteral("%1 AND NOT %2 AND NOT %3")
        .arg(BreachRules::queueSql(person), absconderSql(person + QStringLiteral(".id")),
             stepSinceLatestBreachSql(person));
}

QVariantList FollowUpLadder::unactionedValues(const Moment &at)
{
    return BreachRules::queueValues(at) + absconderValues(at.date()) +
           stepSinceLatestBreachValues(at);
}

SqlAnd FollowUpLadder::unactionedParts(const QString &person, const Moment &at)
{
    return BreachRules::queueParts(person, at)
           << SqlAnd::Part{absconderSql(person + QStringLiteral(".id")), absconderValues(at.date()),
                           true}
           << SqlAnd::Part{stepSinceLatestBreachSql(person), stepSinceLatestBreachValues(at), true,
                           BreachRules::inRunSql(person)};
}

QVariantList FollowUpLadder::absconderValues(const QDate &asOf)
{
    const QString day = asOf.toString(Qt::ISODate);
    return {day, Clock::dayEndBoundUtc(asOf), day};
}

bool FollowUpLadder::isAbsconder(const QVector<Record> &steps, const QDate &asOf)
{
    for (const Record &d : steps) {
        if (d.step != AbsconderDeclaration || !d.countersigned() || d.takenOn > asOf ||
            d.countersignedOn > asOf)
            continue;
        bool located = false;
        for (const Record &l : steps)
            located = located || (l.step == Located && l.takenOn >= d.takenOn && l.takenOn <= asOf);
        if (!located)
            return true;
    }
    return false;
}

QString FollowUpLadder::absconderSql(const QString &personId)
{
    // Countersigned on or before the as-of date too: a declaration counts only once signed. The
    // countersignature is a UTC timestamp, compared as the user's local day (Clock).
    // The declarations standing, found once (a few thousand among everyone), then one lookup
    // a person, rather than a search of each person's steps.
    return QStringLiteral(
               "%1 IN (SELECT d.person_id FROM followup_step d WHERE d.step = "
               "'absconder_declaration' AND d.countersigned_at IS NOT NULL AND d.taken_on <= ? "
               "AND d.countersigned_at < ? AND NOT EXISTS (SELECT 1 FROM "
               "followup_step l WHERE l.person_id = d.person_id AND l.step = 'located' AND "
               "l.taken_on >= d.taken_on AND l.taken_on <= ?))")
        .arg(personId);
}
