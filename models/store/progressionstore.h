#pragma once

#include "db/error.h"
#include "domain/casepreparation.h"
#include "domain/ownerscope.h"
#include "domain/progressionhold.h"
#include "domain/progressionrules.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

enum class FigureId; // domain/figuredefinitions.h

// Owns the SQL of removal progression: holds (table progression_hold), the case preparation
// target (table case_preparation) and the worklists built on them: ripe for progression,
// preparation overdue, deportation decisions overdue, travel documents to seek while a barrier
// is open. Each worklist selects its people with
// the same condition as its figure (Figures::condition), so a list and its number agree.
//
// A choice, documented: an active hold takes a person out of the ripe-for-progression queue
// (and its figure) only. The preparation and decision lists keep held people, showing the
// hold's end, because their figures (report 7.5 and 6.24) count targets missed whatever the
// reason, and a list that hid people would no longer add up to its number. The documents list
// keeps them too: a hold parks the removal, and the document is sought while it stands.
class ProgressionStore
{
    Q_DECLARE_TR_FUNCTIONS(ProgressionStore)

public:
    explicit ProgressionStore(QSqlDatabase db);

    // ---- Holds ----
    // The person's holds, newest first, with their barrier's type and clearing date.
    Result<QVector<ProgressionHold>> holdsFor(qint64 personId) const;
    // The holds of `owners`' people that end within `days` after `asOf`
    // (ProgressionHold::endsWithin), soonest first.
    struct EndingHold
    {
        ProgressionHold hold;
        QString personRef;
        QString name;
        int band = 0;
    };
    Result<QVector<EndingHold>> holdsEnding(const QDate &asOf, int days,
                                            const OwnerScope &owners) const;
    // Places a hold (checked by ProgressionHold::problem(); its barrier must be the person's
    // and open). A hold until a date puts its end into the diary.
    Result<qint64> placeHold(const ProgressionHold &hold, const QString &user);
    Result<qint64> placeHoldInTransaction(const ProgressionHold &hold, const QString &user,
                                          const QString &now);
    // Ends a hold early, today; refused (EditConflict::Code) unless the hold is still at
    // `expectedVersion`, the version read with it.
    Status releaseHold(qint64 personId, qint64 holdId, const QString &user, int expectedVersion);
    // Ends a hold early on `on` (the demo dates releases before its as-of date); checks the
    // version the same (the demo passes that of the hold it has just placed).
    Status releaseHoldInTransaction(qint64 personId, qint64 holdId, const QDate &on,
                                    const QString &user, const QString &now, int expectedVersion);
    static QString diaryKind(qint64 holdId);

    // ---- Case preparation ----
    Result<std::optional<CasePreparation>> preparation(qint64 personId) const;
    // Starts (version 0) or updates the person's preparation, checked by
    // CasePreparation::problem(); refused (EditConflict::Code) when the stored one is no longer
    // at preparation.version, or was started by someone else after version 0 was read.
    Status savePreparation(const CasePreparation &preparation, const QString &user);
    Status savePreparationInTransaction(const CasePreparation &preparation, const QString &user,
                                        const QString &now);

    // ---- Worklists, on the as-of date ----
    struct Row
    {
        qint64 personId = 0;
        QString personRef;
        QString name;
        int band = 0;
        bool nexusHighHarm = false;
        QString nationality;
        QString caseOwner;
        QString owningUnit;
        ProgressionRules::Decision decision = ProgressionRules::Decision::None;
        ProgressionRules::Document document = ProgressionRules::Document::None;
        ProgressionRules::Steps next;      // ProgressionRules::nextSteps: one or two at once
        CasePreparation preparation;       // allocatedOn invalid when none is recorded
        std::optional<int> sentenceMonths; // the longest criminal sentence
        QDate sentenceEnd;                 // the latest criminal sentence end
        QDate holdUntil;                   // an active hold's date, for the worklists that show it
        bool onHold = false;
        // The open barriers' types (Barrier::types()), oldest first: on the documents-to-seek
        // list only, where they are the reason to be there.
        QStringList barrierTypes;
    };
    enum class List
    {
        Ripe,               // ripe_for_progression: band 1 first, then by name
        PreparationOverdue, // preparation_overdue: longest overdue first
        DecisionOverdue,    // deportation_decision_overdue: longest time served first
        DocumentToSeek      // document_to_seek_barrier_open: band 1 first, then nothing sought,
                            // refused or expired, in progress (the document step's order)
    };
    // Everyone on the list, `caseOwner`'s people only when it is not empty.
    Result<QVector<Row>> list(List which, const QDate &asOf, const QString &caseOwner = {}) const;
    // The figure name of a list ("ripe_for_progression"...).
    static FigureId figureOf(List which);

private:
    // Fills the rows' barrierTypes: the open barriers of the people of condition `who` (SQL on
    // table person, with its values).
    Status readOpenBarriers(const QString &who, const QVariantList &values,
                            const QString &caseOwner, QVector<Row> &rows) const;

    QSqlDatabase m_db;
};
