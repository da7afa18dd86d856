#pragma once

#include "sqland.h"

#include <QDate>
#include <QString>
#include <QVariantList>

// The non-detained stock (report 3.6-3.10, 7.20, footnote 18): the one definition of who the
// caseload's figures, charts and work lists count. A person is in the stock on a date when
//   - they have a CRIMINAL case (Pathfinder held criminal cases only: someone with none is not
//     a foreign national offender case, and is not banded: BandRule::NoCriminalCase),
//   - no criminal case says they are detained, and
//   - no removal of theirs was recorded as carried out on or before that date (a removal
//     recorded in Lodestar counts from its date, whatever CID's custody still says).
// Within the stock, everyone is exactly one of: reporting (a restriction requiring them to
// report, and not an absconder), an absconder, or not reporting (no restriction, or reporting
// not required): non_detained = reporting + absconders + not_reporting.
class Stock
{
public:
    struct Facts
    {
        bool criminalCase = false;
        bool detained = false;
        QDate removedOn; // the first removal recorded as carried out; invalid when none
    };
    static bool isIn(const Facts &f, const QDate &asOf);
    // Removed by the as-of date: a removal recorded as carried out on or before it (invalid
    // `removedOn`: none). The part of isIn the caseload and the person record show.
    static bool isRemoved(const QDate &removedOn, const QDate &asOf);
    // SQL twin for the person row aliased `person`; binds values(asOf).
    static QString sql(const QString &person);
    static QVariantList values(const QDate &asOf);
    // The part of sql() that does not depend on the date (a criminal case, not detained): sql()
    // is heldSql() AND NOT removedSql(). No values to bind.
    static QString heldSql(const QString &person);
    // sql() as parts: heldSql(), and removedSql() negated, binding the date.
    static SqlAnd parts(const QString &person, const QDate &asOf);

    // A removal recorded as carried out on or before the as-of date, for the person whose id
    // is `personId` (an SQL expression); binds the as-of date (ISO) once.
    static QString removedSql(const QString &personId);
    // The day of the person's first recorded removal, ISO text or NULL (no values to bind).
    static QString removedOnSql(const QString &personId);

    enum class Reporting
    {
        Reporting,
        Absconder,
        NotReporting
    };
    // Whether a reporting frequency (CID's or the restriction set in Lodestar) requires the
    // person to report: anything but empty or NONE.
    static bool requiresReporting(const QString &frequency);
    static Reporting reporting(const QString &frequency, bool absconder);
    // SQL twin of requiresReporting for the person row aliased `person` (no values).
    static QString requiresReportingSql(const QString &person);
};
