#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

// A barrier to removal on a person's register (report 6.13, 7.8-7.19): a claim or application
// awaiting a decision, no travel document, an embassy that will not cooperate...
//
// Barriers from CID are the person's cases of a barrier type (CID-EXTRACT.md), kept in step
// with the extract by every import: open while CID holds the case open, cleared when CID closes
// it. Barriers recorded in Lodestar belong to the caseworker and no import touches them.
//
// The extract carries no opening date (issue 16): a CID barrier's day raised is not known. What
// is known is the day its case was first seen in CID (an import's day, for the first import
// the day of that import, however old the case) and, when an earlier import did not have the
// case, that it was raised on or after that import's day. Nothing presents the import day as
// the day raised: screens say "first seen in CID on <date>", the register sorts on the day a
// barrier is known to stand from (standingSince), and the rules that need the day raised
// (last-minute, RED.0004) use only what is known: the earliest and latest day it can have been
// raised.
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
    QDate raisedOn;    // the day raised, where known: Lodestar's; invalid for CID's
    QDate firstSeenOn; // CID's: the day its case was first seen in CID
    // CID's: the day of the import before the one that first saw the case (the case was raised
    // on or after it); invalid when the case came with the first import (raised any day before).
    QDate raisedAfter;
    QDate clearedOn;    // invalid while the barrier is open
    QString clearedHow; // one of clearances(), once cleared
    QString notes;
    QString recordedBy;
    QString recordedAt;
    int version = 0; // the row version read: clearing, reopening or new notes must match it
    // Derived when read (ProgressionRules::isLastMinute): raised while removal directions stood.
    bool lastMinute = false;

    bool isOpen() const { return !clearedOn.isValid(); }
    // Open at the end of `day`: standing by then and not cleared by then. Standing: since the
    // day raised or first seen in CID (standingSince); a CID case that came with the first
    // import (no raisedAfter) was standing already, since a day CID does not give, so it counts
    // as standing on any earlier day too. The register's count, the figure
    // open_barriers_by_type and the dashboard's chart all take this one definition; openOnSql
    // is its SQL twin for the barrier aliased `b`, with openOnValues(day).
    bool isOpenOn(const QDate &day) const
    {
        const bool standing = (standingSince().isValid() && standingSince() <= day) ||
                              (fromCid() && !raisedOn.isValid() && !raisedAfter.isValid());
        return standing && (!clearedOn.isValid() || clearedOn > day);
    }
    static QString openOnSql(const QString &b);
    static QVariantList openOnValues(const QDate &day);
    bool fromCid() const { return source == QLatin1String("cid"); }
    // The earliest day the barrier is known to stand: raised, or first seen in CID.
    QDate standingSince() const { return raisedOn.isValid() ? raisedOn : firstSeenOn; }
    // The days it can have been raised: the earliest (invalid: not known, any day before) and
    // the latest. The same day for a barrier recorded in Lodestar.
    QDate earliestRaised() const { return raisedOn.isValid() ? raisedOn : raisedAfter; }
    QDate latestRaised() const { return standingSince(); }
    // When it stood from, as every screen says it: "raised 3 Mar 2025", or "first seen in CID on
    // 6 Dec 2026" (never a raised day CID did not give); `dayOnly` leaves out "raised" where a
    // column's header says it.
    QString standingText(bool dayOnly = false) const;
    // Why a CID barrier shows no day raised, for a tooltip: what CID gives and what is known of
    // the day (the import that did not have the case yet); empty when the day raised is known.
    QString standingNote() const;

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
    // `raisedOn` is the earliest day the barrier can have been raised (earliestRaised()): for
    // a CID barrier whose case came with the first import it is not known, and no notice can
    // be shown to come before it.
    static bool isCertifiable(const QDate &raisedOn, const QDate &red0004ServedOn);
    // Why not, in a sentence that says what to do; empty when certifiable.
    static QString certificationProblem(const Barrier &barrier, const QDate &red0004ServedOn);
    // Certified under RED.0004: a cleared barrier that no longer blocks removal. On a CID
    // barrier the mark stands until CID closes the case (then it is cleared as closed in CID).
    bool isCertified() const
    {
        return clearedOn.isValid() && clearedHow == QLatin1String("certified");
    }
};
