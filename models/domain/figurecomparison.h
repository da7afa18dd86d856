#pragma once

#include "figuresnapshot.h"

#include <QCoreApplication>
#include <QHash>
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

    // Part of the people: those of one owning unit, of one team, or both (the dashboard's filter
    // and a chart's bar), each side judged on its own snapshot's facts, so that a person who
    // moved unit leaves one part and joins the other. A snapshot keeps the case owner, not their
    // team: the team is the owner's through `teamOf` (user name to team, as app_user says now),
    // the same map for both sides.
    struct Scope
    {
        std::optional<QString> unit; // the owning unit; "" the people of none
        std::optional<QString> team; // the case owner's team; "" no owner, or one of no team
        QHash<QString, QString> teamOf;

        bool contains(const SnapshotFacts &facts) const;
        bool isEverything() const { return !unit && !team; }
        // "unit CC Leeds, team North"; empty for everyone.
        QString text() const;
    };

    QString figure;
    QString scope; // Scope::text() of the part compared; empty for everyone
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
    // The same among the people in `scope` on each side: the values are the members in it, and
    // someone who moved in or out of it (their unit or owner changed) is put down to that first.
    static std::optional<FigureComparison> compare(const FigureSnapshot &from,
                                                   const FigureSnapshot &to, const QString &figure,
                                                   const Scope &scope);

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
    // {"figure","scope" (only for a part),"from","to","definition_changed",
    //  "joined":[{"person_ref","reason","text"}],
    //  "left":[...]} with "from" and "to" the two values.
    QJsonObject toJson() const;
    // "by_band/3: 110 → 112 (110 + 5 joined − 3 left)": the values and the identity; with a
    // scope "by_band/3 (unit CC Leeds): ...".
    QString headline() const;
    // The values, the identity, then each group with its people: for the command line.
    QString toText() const;
};
