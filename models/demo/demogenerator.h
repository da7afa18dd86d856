#pragma once

#include "db/error.h"
#include "store/personstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Writes an invented, deterministic caseload for trying Lodestar, demonstrations and
// benchmarks: people with 1-4 CID cases each, in the proportions of the inspection report
// (mostly non-detained, mostly reporting weekly, ~80% with an open barrier to removal, the
// ownership muddle of DOMAIN.md), plus a few notes and band overrides, reporting histories,
// travel documents, and removal progression (issue 5): barriers recorded by hand, removal
// directions and charter flights with outcomes in the shape of report Figures 6-8 (some failed
// by last-minute claims, some pending), holds and case preparation; and the team leaders' work
// (issue 6): users in four teams with their team leaders and a manager, allocations over the
// last 18 months (some people left unallocated), capacities from light to over, 3-monthly
// reviews (a fifth or so overdue, some signed off), and QA samples of the caseworkers' notes;
// and for the managers' dashboard (issue 7): reporting that began at different times over the
// last 3 1/2 years (the older history sparser), earlier absconders located since, people removed
// no longer reporting, and reoffences of about one in twenty of the non-detained over the last
// two years, people of no fixed abode about three times as often.
//
// The same seed and options always give the same people and cases (only the timestamps the
// stores take from the clock differ), so figures computed on a demo database can be compared
// between runs and machines. Everything is written through the stores, so the derived
// columns are exactly those an import would produce.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        int persons = 1000;
        quint64 seed = 1;
        // Reference date (YYYY-MM-DD) that ages, sentence ends and case years are counted
        // back from. Fixed rather than "today" so the output does not depend on the clock.
        QString asOf = QStringLiteral("2026-11-23");
    };

    // Error code of a refusal to write into a database that already holds people (demo
    // references would collide with, or be mistaken for, real ones).
    static inline const QString NotEmpty = QStringLiteral("not-empty");

    // Writes the demo caseload into an empty database. People and cases go in one
    // transaction: cancelling through `progress` (return false) or any error leaves the
    // database empty. The other sections follow in their own transactions, every date in them
    // on or before the as-of date but planned removals, flights and holds still to come.
    static Status generate(QSqlDatabase db, const Options &options,
                           const PersonStore::Progress &progress = {});
};
