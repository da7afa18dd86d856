#pragma once

#include "figuresnapshot.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>
#include <optional>

// Two snapshots of one people figure side by side (issue 22): the two values, and every person
// who joined or left it with the fact that changed, so that a figure quoted last quarter and
// today's are reconciled person by person. The counts always add up: to = from + joined - left,
// since both values are the members of their snapshot (FigureSnapshot::members).
class FigureComparison
{
    Q_DECLARE_TR_FUNCTIONS(FigureComparison)

public:
    // Why a person's membership changed, the first that applies in the figure's order
    // (reasonOrder): the facts kept by a snapshot, then the figure's definition, then the rest.
    enum class Reason
    {
        NewInExtract,         // not held when the earlier snapshot was taken
        NoLongerHeld,         // held then, not now
        MissingFromExtract,   // all their cases left out of the latest extract, or back in it
        Removed,              // a removal carried out, or one withdrawn
        Custody,              // CID's custody
        Absconder,            // declared absconder, or located
        ReportingRestriction, // a restriction requiring reporting started or ended
        Band,                 // the effective band (its cause named: a barrier, the rule)
        Owner,                // the case owner
        Unit,                 // the owning unit
        Barriers,             // open barriers by type
        Flags,                // Zincs, Nexus High Harm, EM, NFA
        DefinitionChanged,    // none of the kept facts changed, and the figure's definition did
        Other                 // none of the kept facts changed: dates, events, reviews, steps
    };

    struct Change
    {
        qint64 personId = 0;
        QString personRef;
        Reason reason = Reason::Other;
        QString text; // "band 3 → 4: asylum barrier opened"
    };

    QString figure;
    qint64 fromValue = 0;
    qint64 toValue = 0;
    // The figure's definition changed between the two: "definition changed (version 1 → 2)";
    // empty when it did not.
    QString definitionNote;
    QVector<Change> joined; // in person reference order
    QVector<Change> left;

    // Compares `figure` between the two; nothing when it is not a people figure both kept.
    static std::optional<FigureComparison> compare(const FigureSnapshot &from,
                                                   const FigureSnapshot &to, const QString &figure);

    // The rule: why a person who was (`before`, nullptr when not held) and is (`after`, nullptr
    // when no longer held) counted differently in `figure`. `definitionChanged`: the figure's
    // definition version differs between the snapshots.
    static Change reason(const SnapshotFacts *before, const SnapshotFacts *after,
                         const QString &figure, bool definitionChanged);
    // The facts that decide `figure`, looked at first, before the rest in the general order.
    static QVector<Reason> reasonOrder(const QString &figure);
    // The reason's name for grouping ("band", "custody"...), as --json prints it.
    static QString reasonKey(Reason reason);

    // The changes counted by reason, the largest group first (ties in the order of Reason).
    static QVector<QPair<Reason, qint64>> byReason(const QVector<Change> &changes);
    // {"figure","from","to","definition_changed","joined":[{"person_ref","reason","text"}],
    //  "left":[...]} with "from" and "to" the two values.
    QJsonObject toJson() const;
    // "by_band/3: 110 → 112 (110 + 5 joined − 3 left)": the values and the identity.
    QString headline() const;
    // The values, the identity, then each group with its people: for the command line.
    QString toText() const;
};
