#pragma once

#include "moment.h"

#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

// What the caseload is narrowed to. Unset members do not filter.
struct CaseloadFilter
{
    // Effective bands to show; 0 stands for "not banded" (detained). Empty = every band.
    QVector<int> bands;
    // An owning unit as CID spells it; an empty string selects people with no unit recorded.
    std::optional<QString> owningUnit;
    // A case owner's user name; an empty string selects people with no case owner.
    std::optional<QString> caseOwner;
    // A team's name: only the people whose case owner is in that team ("My team", OwnerScope).
    std::optional<QString> ownerTeam;
    // Words that must each appear in the name or a reference; case and accents are ignored.
    QString search;
    // Only people whose reporting window is longer than one hour (ReportingWindow::isLong).
    bool longWindowOnly = false;
    // What needs doing (the triage columns' rules, Triage), judged at `at`.
    enum class Needs
    {
        Any,
        InRunOfBreaches, // a current run of breaches (BreachRules::inRunSql)
        DiaryDue,        // a diary entry not done, due today or before
        OpenTaskings,    // a tasking not closed
        Quiet            // no action by a person in Triage::QuietDays days (or none ever)
    };
    Needs needs = Needs::Any;
    // The moment the triage columns and `needs` are judged at; invalid: now (Moment::now()).
    Moment at;
    // People whose removal is recorded as carried out (today or before) are out of the stock
    // and hidden unless this is set; then they show as "Removed on <date>". Not a narrowing
    // of the list: isEmpty() ignores it, and the "of M" total follows it.
    bool showRemoved = false;

    bool isEmpty() const
    {
        return bands.isEmpty() && !owningUnit && !caseOwner && !ownerTeam &&
               search.trimmed().isEmpty() && !longWindowOnly && needs == Needs::Any;
    }
};

// The caseload's columns, in display order.
enum class CaseloadColumn
{
    FamilyName,
    GivenNames,
    PersonRef,
    Nationality,
    Band,
    OwningUnit,
    CaseOwner,
    Custody,
    Mappa,
    Sentence,
    ReportingFrequency,
    Flags,
    OpenBarriers,
    // Triage (issue 23): what needs doing, judged at the filter's moment (Triage).
    LastOutcome,  // the last due reporting event's outcome
    LastReported, // its scheduled time
    BreachRun,    // the current run of breaches
    NextDiary,    // the earliest open diary entry's due date
    LastAction,   // days since the last action by a person
    OpenTaskings,
    Count
};

struct CaseloadRow
{
    qint64 id = 0;
    QString familyName;
    QString givenNames;
    QString personRef;
    QString nationality;
    std::optional<int> band;
    bool bandProvisional = false; // the computed band's; shown only where not overridden
    int bandMissing = 0;          // MissingFact bits
    bool bandOverridden = false;
    QString owningUnit;
    QString caseOwner;
    QString custody;
    QString mappaLevel;
    std::optional<int> sentenceMonths;
    QString reportingFrequency;
    QString flags;
    int openBarriers = 0;
    QDate removedOn; // the removal recorded as carried out; invalid when none
    // Triage: the last due event (scheduled empty when none), the run of breaches, the next
    // open diary date, the last action's stored UTC time (empty when none), open taskings.
    QString lastScheduled;
    QString lastOutcome;
    int breachRun = 0;
    QDate nextDiary;
    QString lastAction;
    int openTaskings = 0;
    int version = 0; // person.version as the row was read: what an allocation checks
};
