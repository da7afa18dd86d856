#pragma once

#include "sqland.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariantList>
#include <QVector>
#include <optional>

// The rules of removal progression (report 6.69, 7.8-7.15) in one place, each with its SQL
// twin so that the queues, the person record and `lodestar figures` count the same people.
class ProgressionRules
{
    Q_DECLARE_TR_FUNCTIONS(ProgressionRules)

public:
    // ---- Last-minute barriers (7.12-7.15) ----
    // The span during which a person's removal directions stood: from the day they were set
    // until the day of their outcome, open-ended while they are pending (invalid outcomeOn).
    struct DirectionsSpan
    {
        QDate setOn;
        QDate outcomeOn;
    };
    // A barrier is last-minute when it was raised while removal directions stood: on or after
    // the day they were set (a claim lodged the day directions are served counts: dates carry
    // no time of day) and no later than the day of their outcome.
    static bool isLastMinute(const QDate &raisedOn, const QVector<DirectionsSpan> &directions)
    {
        return isLastMinute(raisedOn, raisedOn, directions);
    }
    // When the day raised is known only to lie between `earliest` and `latest` (a CID barrier:
    // Barrier::earliestRaised, latestRaised), last-minute only when every such day is: raised
    // no earlier than the directions were set and no later than their outcome. An unknown
    // earliest day (a case that came with the first import) is never known to be last-minute:
    // the import day is not a day raised (issue 16).
    static bool isLastMinute(const QDate &earliest, const QDate &latest,
                             const QVector<DirectionsSpan> &directions);
    // SQL twin: true for the barrier row aliased `barrier` (no values to bind).
    static QString lastMinuteSql(const QString &barrier);

    // ---- Ripe for progression (6.69) ----
    struct RipeFacts
    {
        bool nonDetained = false; // in the stock (Stock::isIn) on the as-of date
        bool absconder = false;
        int openBarriers = 0; // from any source, CID or Lodestar
        bool directionsPending = false;
        bool removed = false; // removal directions with the outcome "removed"
        bool onHold = false;  // an active ProgressionHold
    };
    // Non-detained, not an absconder, no open barrier from any source, no removal directions
    // pending, and not on hold. Also (a choice) not already removed: a removal recorded in
    // Lodestar ends progression even before CID's extract catches up.
    static bool isRipe(const RipeFacts &f);
    // SQL twin for the person row aliased `person`; binds ripeValues(asOf) in order.
    static QString ripeSql(const QString &person);
    static QVariantList ripeValues(const QDate &asOf);
    // ripeSql as parts: Stock::parts, no open barrier, then negated: an absconder, removal
    // directions pending or carried out (directionsSql), an active hold.
    static SqlAnd ripeParts(const QString &person, const QDate &asOf);
    // Removal directions pending (no outcome yet) or carried out, on any date, for the person
    // `personId` (an SQL expression); no values.
    static QString directionsSql(const QString &personId);
    // An active hold on the person `personId` (an SQL expression) on the as-of date; binds the
    // as-of date (ISO) four times. The twin of ProgressionHold::isActive.
    static QString activeHoldSql(const QString &personId);

    // ---- Deportation decision outstanding (6.24) ----
    // Stored on the person row (PersonStore keeps it with the other columns derived from the
    // cases): person.undecided_sentence_end, the earliest end of a criminal sentence of 12
    // months or more with no deportation decision (none recorded, NONE or PENDING); NULL for
    // none. Its definition, for the person whose id is `personId`.
    static QString undecidedSentenceEndSql(const QString &personId);
    // On the person row aliased `person`: such a sentence ended more than 12 months before the
    // as-of date, i.e. before the date 12 calendar months earlier (ISO text sorts as dates).
    // Binds decisionOverdueValues(asOf).
    static QString decisionOverdueSql(const QString &person);
    static QVariantList decisionOverdueValues(const QDate &asOf);

    // ---- Case preparation (7.5) ----
    // SQL twin of CasePreparation::isOverdue for the person `personId` (an SQL expression):
    // a preparation row whose initial stage or whole preparation is past its due date and not
    // done on or before the as-of date. Binds preparationValues(asOf) in order.
    static QString preparationOverdueSql(const QString &personId);
    static QVariantList preparationValues(const QDate &asOf);

    // ---- The caseworker's next step towards removal ----
    // Where the deportation decision stands, the best of the person's criminal cases.
    enum class Decision
    {
        None,       // NONE or not recorded
        Pending,    // PENDING
        Served,     // SERVED
        OrderSigned // ORDER_SIGNED
    };
    static Decision decisionOf(const QString &cidCode);
    static Decision better(Decision a, Decision b) { return a > b ? a : b; }
    // Where the person's travel document stands, their most advanced document.
    enum class Document
    {
        None,             // nothing sought
        RefusedOrExpired, // only refused or expired documents
        InProgress,       // to apply, applied, interview tasked or held
        Usable            // issued and not expired
    };
    // One step each, as a flag, so that a person can have two at once: the decision's and the
    // document's run in tandem (report 7.10: ETD applications are not to wait for the
    // decision or the order). Bits in the order the steps are shown, the decision's first.
    enum class Step
    {
        MakeDecision = 0x01,
        ChaseDecision = 0x02,
        SignOrder = 0x04,
        ApplyForDocument = 0x08,
        ReapplyForDocument = 0x10,
        ChaseDocument = 0x20,
        SetDirections = 0x40
    };
    Q_DECLARE_FLAGS(Steps, Step)
    // The step on the decision and order; none once the order is signed.
    static std::optional<Step> decisionStep(Decision d);
    // The step on the travel document; none once a usable one is held.
    static std::optional<Step> documentStep(Document doc);
    // Both at once where both are owed (the document as soon as there is no usable one,
    // alongside the decision and the order, never after them); set removal directions only
    // when neither is.
    static Steps nextSteps(Decision d, Document doc);
    static QString stepName(Step s);
    // The steps' names, the decision's first, joined for one cell of a list.
    static QString stepsName(Steps s);
    // The steps in the order they are shown.
    static QVector<Step> stepList(Steps s);

    // ---- Travel documents to seek while a barrier is open (7.9-7.11) ----
    // Non-detained, at least one open barrier from any source, and no usable travel document:
    // the document step goes ahead while the barrier is open, so that a barrier's clearing does
    // not find the person still without a document (band 4 is not idle). A choice: absconders
    // and people on hold are kept, as the rule names neither (a hold parks the removal, not the
    // document). The barrier count is the person's current one, as for ripe
    // (person.open_barriers).
    struct DocumentToSeekFacts
    {
        bool nonDetained = false;
        int openBarriers = 0; // from any source, CID or Lodestar
        Document document = Document::None;
    };
    static bool isDocumentToSeek(const DocumentToSeekFacts &f);
    // SQL twin of the barrier and document parts for the person row aliased `person` (the
    // custody part is the stock's, which the figure adds); binds documentToSeekValues(asOf).
    static QString documentToSeekSql(const QString &person);
    static QVariantList documentToSeekValues(const QDate &asOf);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ProgressionRules::Steps)
