#pragma once

#include "moment.h"
#include "sqland.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariantList>
#include <QVector>

// The clean-up list's rules (report 6.10-6.17, 6.45, 7.21-7.25): what makes a person's record
// need a team leader's attention. People removed (Stock::removedSql, on or before the as-of
// date) leave every item but RemovedAwaitingCid, which is about them. Each rule is an SQL condition
// on table person (alias `person`), so the list, its counts and the data_quality_issues figure
// select the same rows.
class DataQualityRules
{
    Q_DECLARE_TR_FUNCTIONS(DataQualityRules)

public:
    enum class Issue
    {
        UnclearOwnership,      // every criminal case with an empty, NO UNIT, NOT IN USE or LIT unit
        NoCaseOwner,           // nobody owns the person
        OverrideWithoutReason, // a band override in force whose reason is blank
        WindowMissing,         // non-detained, reports, but no window recorded
        WindowOverAnHour,      // non-detained, a window longer than one hour
        BlankOutcomes,         // reporting events due by the moment with no outcome recorded
        NoCriminalCase,        // no CRIMINAL case: not an FNO case, so not banded (footnote 18)
        RemovedAwaitingCid     // removed in Lodestar, CID still has an open non-detained case
    };
    static const QVector<Issue> &all();
    static QString code(Issue issue); // unclear_ownership, no_case_owner, ...
    static QString name(Issue issue);
    // What to do about it, said on the row.
    static QString fix(Issue issue);

    struct Condition
    {
        QString sql;
        QVariantList values;
    };
    // At the moment `at` (BreachRules: the clock in the window); a date means its end. Dated
    // records (removals) are taken at its day.
    static Condition condition(Issue issue, const Moment &at);
    static Condition condition(Issue issue, const QDate &asOf)
    {
        return condition(issue, Moment::endOfDay(asOf));
    }
    // condition() as the parts it is the AND of.
    static SqlAnd parts(Issue issue, const Moment &at);
    // A criminal case CID still holds open, for the person row aliased `person` (no values):
    // RemovedAwaitingCid's last part.
    static QString openCriminalCaseSql();
    // Stored on the person row (PersonStore keeps it with the other columns derived from the
    // cases): person.ownership_unclear, 1 when the person has a criminal case and every one of
    // them has an unclear owning unit (UnclearOwnership, Ownership::unclearUnitSql), else 0.
    // Its definition, for the person whose id is `personId`.
    static QString ownershipUnclearSql(const QString &personId);
};
