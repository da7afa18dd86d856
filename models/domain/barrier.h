#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

// A barrier to removal on a person's register (report 6.13, 7.8-7.19): a claim or application
// awaiting a decision, no travel document, an embassy that will not cooperate...
//
// Barriers from CID are the person's cases of a barrier type (CID-EXTRACT.md), kept in step
// with the extract by every import: open while CID holds the case open, cleared when CID closes
// it. Barriers recorded in Lodestar belong to the caseworker and no import touches them.
struct Barrier
{
    Q_DECLARE_TR_FUNCTIONS(Barrier)

public:
    qint64 id = 0;
    qint64 personId = 0;
    QString type = QStringLiteral("other");      // one of types()
    QString source = QStringLiteral("lodestar"); // "cid" or "lodestar"
    qint64 cidCaseId = 0;                        // the CID case, for source "cid"
    QString caseRef;                             // read with it, for display
    QDate raisedOn;
    QDate clearedOn;    // invalid while the barrier is open
    QString clearedHow; // one of clearances(), once cleared
    QString notes;
    QString recordedBy;
    QString recordedAt;
    int version = 0; // the row version read: clearing, reopening or new notes must match it
    // Derived when read (ProgressionRules::isLastMinute): raised while removal directions stood.
    bool lastMinute = false;

    bool isOpen() const { return !clearedOn.isValid(); }
    bool fromCid() const { return source == QLatin1String("cid"); }

    // asylum, further_reps, appeal, judicial_review, modern_slavery (these five also come from
    // CID), travel_document, embassy, medical, deportation_decision, other.
    static const QStringList &types();
    static QString typeName(const QString &type);
    // The barrier type of a CID case type ("JUDICIAL_REVIEW" -> "judicial_review").
    static QString typeOfCaseType(const QString &caseType);
    // How a barrier was cleared: refused, withdrawn, certified (RED.0004), resolved, closed in
    // CID (an import's), other.
    static const QStringList &clearances();
    static QString clearanceName(const QString &how);
    static QString sourceName(const QString &source);

    // Why this barrier cannot be saved as it stands (as recorded in Lodestar); empty when it can.
    QString problem() const;

    // Certification under RED.0004 (report 7.14-7.15, issue 15 rule 7): a barrier may be
    // cleared as certified only when a RED.0004 notice was served on the person before it was
    // raised (the notice lets claims on grounds already considered be dismissed). Served the
    // same day as the barrier was raised is not before it: the dates carry no time, and
    // certifying takes away the claim's hold on removal, so a doubt is not resolved against
    // the person. `red0004ServedOn` is the earliest notice served on the person (invalid:
    // none). Applies to CID's barriers as to Lodestar's.
    static bool isCertifiable(const QDate &raisedOn, const QDate &red0004ServedOn);
    // Why not, in a sentence that says what to do; empty when certifiable.
    static QString certificationProblem(const QDate &raisedOn, const QDate &red0004ServedOn);
    // Certified under RED.0004: a cleared barrier that no longer blocks removal. On a CID
    // barrier the mark stands until CID closes the case (then it is cleared as closed in CID).
    bool isCertified() const
    {
        return clearedOn.isValid() && clearedHow == QLatin1String("certified");
    }
};
