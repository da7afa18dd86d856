#include "progressionrules.h"

#include "casepreparation.h"
#include "followupladder.h"
#include "stock.h"
#include "traveldocument.h"

#include <QVariantList>

bool ProgressionRules::isLastMinute(const QDate &earliest, const QDate &latest,
                                    const QVector<DirectionsSpan> &ds)
{
    if (!earliest.isValid() || !latest.isValid())
        return false;
    for (const DirectionsSpan &d : ds) {
        if (!d.setOn.isValid() || earliest < d.setOn)
            continue;
        if (!d.outcomeOn.isValid() || latest <= d.outcomeOn)
            return true;
    }
    return false;
}

QString ProgressionRules::lastMinuteSql(const QString &b)
{
    // raised_on where known (Lodestar's), else raised_after (CID's: NULL when not known, and a
    // comparison with NULL is never true); standing_since is the latest day it can be raised.
    return QStringLiteral("EXISTS (SELECT 1 FROM removal_directions lm WHERE lm.person_id = "
                          "%1.person_id AND lm.set_on <= COALESCE(%1.raised_on, %1.raised_after) "
                          "AND (lm.outcome_on IS NULL OR %1.standing_since <= lm.outcome_on))")
        .arg(b);
}

bool ProgressionRules::isRipe(const RipeFacts &f)
{
    return f.nonDetained && !f.absconder && f.openBarriers == 0 && !f.directionsPending &&
           !f.removed && !f.onHold;
}

QString ProgressionRules::activeHoldSql(const QString &personId)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM progression_hold h LEFT JOIN barrier hb ON "
                          "hb.id = h.until_barrier_id WHERE h.person_id = %1 AND h.placed_on <= ? "
                          "AND (h.released_on IS NULL OR h.released_on > ?) AND (h.until_on IS "
                          "NULL OR h.until_on > ?) AND (hb.id IS NULL OR hb.cleared_on IS NULL OR "
                          "hb.cleared_on > ?))")
        .arg(personId);
}

QString ProgressionRules::ripeSql(const QString &p)
{
    // open_barriers is the person's derived count of open barriers, CID's and Lodestar's
    // (PersonStore keeps it), so the barrier rule is an indexed column test.
    // In the stock (Stock), and not removed on any date: a removal recorded ahead of its day
    // ends progression too.
    const QString id = p + QStringLiteral(".id");
    return QStringLiteral("(%1 AND %2.open_barriers = 0 AND NOT %3 AND NOT %4 AND NOT %5)")
        .arg(Stock::sql(p), p, FollowUpLadder::absconderSql(id), directionsSql(id),
             activeHoldSql(id));
}

QString ProgressionRules::directionsSql(const QString &personId)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM removal_directions rd WHERE rd.person_id = %1 "
                          "AND (rd.outcome IS NULL OR rd.outcome = 'removed'))")
        .arg(personId);
}

SqlAnd ProgressionRules::ripeParts(const QString &p, const QDate &asOf)
{
    const QString id = p + QStringLiteral(".id");
    const QString day = asOf.toString(Qt::ISODate);
    // Directions and holds are looked for only among the people with no open barrier.
    const QString noBarrier = QStringLiteral("%1.open_barriers = 0").arg(p);
    return Stock::parts(p, asOf)
           << SqlAnd::Part{noBarrier}
           << SqlAnd::Part{FollowUpLadder::absconderSql(id), {day, day, day}, true}
           << SqlAnd::Part{directionsSql(id), {}, true, noBarrier}
           << SqlAnd::Part{activeHoldSql(id), {day, day, day, day}, true, noBarrier};
}

QVariantList ProgressionRules::ripeValues(const QDate &asOf)
{
    const QString day = asOf.toString(Qt::ISODate);
    return Stock::values(asOf) + QVariantList{day, day, day, day, day, day, day};
}

QString ProgressionRules::undecidedSentenceEndSql(const QString &personId)
{
    return QStringLiteral("(SELECT MIN(c.sentence_end) FROM cid_case c WHERE c.person_id = %1 AND "
                          "c.case_type = 'CRIMINAL' AND c.sentence_months >= 12 AND "
                          "(c.deportation_decision IS NULL OR c.deportation_decision IN ('NONE', "
                          "'PENDING')) AND c.sentence_end IS NOT NULL)")
        .arg(personId);
}

QString ProgressionRules::decisionOverdueSql(const QString &person)
{
    return QStringLiteral("%1.undecided_sentence_end < ?").arg(person);
}

QVariantList ProgressionRules::decisionOverdueValues(const QDate &asOf)
{
    return {asOf.addMonths(-12).toString(Qt::ISODate)};
}

QString ProgressionRules::preparationOverdueSql(const QString &personId)
{
    // Due dates as allocation + days: "allocated before as-of minus N days" is "due before the
    // as-of date", which keeps the comparison on the stored column. The few overdue found once,
    // then one lookup a person.
    return QStringLiteral("%1 IN (SELECT cp.person_id FROM case_preparation cp WHERE "
                          "cp.allocated_on <= ? AND (cp.finalised_on IS NULL OR cp.finalised_on "
                          "> ?) AND (cp.allocated_on < ? OR (cp.allocated_on < ? AND "
                          "(cp.initial_done_on IS NULL OR cp.initial_done_on > ?))))")
        .arg(personId);
}

QVariantList ProgressionRules::preparationValues(const QDate &asOf)
{
    const QString day = asOf.toString(Qt::ISODate);
    return {day, day, asOf.addDays(-CasePreparation::TotalDays).toString(Qt::ISODate),
            asOf.addDays(-CasePreparation::InitialDays).toString(Qt::ISODate), day};
}

ProgressionRules::Decision ProgressionRules::decisionOf(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1String("ORDER_SIGNED"))
        return Decision::OrderSigned;
    if (c == QLatin1String("SERVED"))
        return Decision::Served;
    if (c == QLatin1String("PENDING"))
        return Decision::Pending;
    return Decision::None;
}

std::optional<ProgressionRules::Step> ProgressionRules::decisionStep(Decision d)
{
    switch (d) {
    case Decision::None:
        return Step::MakeDecision;
    case Decision::Pending:
        return Step::ChaseDecision;
    case Decision::Served:
        return Step::SignOrder;
    case Decision::OrderSigned:
        break;
    }
    return std::nullopt;
}

std::optional<ProgressionRules::Step> ProgressionRules::documentStep(Document doc)
{
    switch (doc) {
    case Document::None:
        return Step::ApplyForDocument;
    case Document::RefusedOrExpired:
        return Step::ReapplyForDocument;
    case Document::InProgress:
        return Step::ChaseDocument;
    case Document::Usable:
        break;
    }
    return std::nullopt;
}

ProgressionRules::Steps ProgressionRules::nextSteps(Decision d, Document doc)
{
    Steps steps;
    if (const auto step = decisionStep(d))
        steps |= *step;
    if (const auto step = documentStep(doc))
        steps |= *step;
    if (!steps)
        steps |= Step::SetDirections;
    return steps;
}

QVector<ProgressionRules::Step> ProgressionRules::stepList(Steps s)
{
    QVector<Step> out;
    for (int bit = int(Step::MakeDecision); bit <= int(Step::SetDirections); bit <<= 1) {
        if (s.testFlag(Step(bit)))
            out << Step(bit);
    }
    return out;
}

QString ProgressionRules::stepsName(Steps s)
{
    QStringList names;
    for (const Step step : stepList(s))
        names << stepName(step);
    return names.join(tr("; ", "between two next steps taken at once"));
}

bool ProgressionRules::isDocumentToSeek(const DocumentToSeekFacts &f)
{
    return f.nonDetained && f.openBarriers > 0 && documentStep(f.document).has_value();
}

QString ProgressionRules::documentToSeekSql(const QString &p)
{
    // The document states (TravelDocument::stateSql, numbered as Document) that have a step,
    // taken from documentStep itself so that the two cannot drift apart.
    QStringList owed;
    for (const Document d :
         {Document::None, Document::RefusedOrExpired, Document::InProgress, Document::Usable}) {
        if (documentStep(d))
            owed << QString::number(int(d));
    }
    const QString id = p + QStringLiteral(".id");
    // Every state but a usable document owes a step: that is "no usable document", one lookup
    // where the state takes up to three (the state is 3 exactly when usableSql holds).
    if (owed == QStringList{QString::number(int(Document::None)),
                            QString::number(int(Document::RefusedOrExpired)),
                            QString::number(int(Document::InProgress))})
        return QStringLiteral("(%1.open_barriers > 0 AND NOT %2)")
            .arg(p, TravelDocument::usableSql(id));
    return QStringLiteral("(%1.open_barriers > 0 AND %2 IN (%3))")
        .arg(p, TravelDocument::stateSql(id), owed.join(QStringLiteral(", ")));
}

QVariantList ProgressionRules::documentToSeekValues(const QDate &asOf)
{
    return {asOf.toString(Qt::ISODate)};
}

QString ProgressionRules::stepName(Step s)
{
    switch (s) {
    case Step::MakeDecision:
        return tr("Make the deportation decision");
    case Step::ChaseDecision:
        return tr("Chase the pending deportation decision");
    case Step::SignOrder:
        return tr("Have the deportation order signed");
    case Step::ApplyForDocument:
        return tr("Apply for a travel document");
    case Step::ReapplyForDocument:
        return tr("Apply again for a travel document");
    case Step::ChaseDocument:
        return tr("Chase the travel document");
    case Step::SetDirections:
        return tr("Set removal directions");
    }
    return QString();
}
