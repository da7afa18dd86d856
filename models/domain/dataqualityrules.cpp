#include "dataqualityrules.h"

#include "breachrules.h"
#include "codes.h"
#include "ownership.h"
#include "reportingwindow.h"
#include "stock.h"

const QVector<DataQualityRules::Issue> &DataQualityRules::all()
{
    static const QVector<Issue> issues{Issue::UnclearOwnership,      Issue::NoCaseOwner,
                                       Issue::OverrideWithoutReason, Issue::WindowMissing,
                                       Issue::WindowOverAnHour,      Issue::BlankOutcomes,
                                       Issue::NoCriminalCase,        Issue::RemovedAwaitingCid};
    return issues;
}

QString DataQualityRules::code(Issue issue)
{
    switch (issue) {
    case Issue::UnclearOwnership:
        return QStringLiteral("unclear_ownership");
    case Issue::NoCaseOwner:
        return QStringLiteral("no_case_owner");
    case Issue::OverrideWithoutReason:
        return QStringLiteral("override_without_reason");
    case Issue::WindowMissing:
        return QStringLiteral("window_missing");
    case Issue::WindowOverAnHour:
        return QStringLiteral("window_over_an_hour");
    case Issue::BlankOutcomes:
        return QStringLiteral("blank_outcomes");
    case Issue::NoCriminalCase:
        return QStringLiteral("no_criminal_case");
    case Issue::RemovedAwaitingCid:
        return QStringLiteral("removed_awaiting_cid");
    }
    return QString();
}

QString DataQualityRules::name(Issue issue)
{
    switch (issue) {
    case Issue::UnclearOwnership:
        return tr("Ownership unclear or obsolete");
    case Issue::NoCaseOwner:
        return tr("No case owner");
    case Issue::OverrideWithoutReason:
        return tr("Band override without a reason");
    case Issue::WindowMissing:
        return tr("Reporting window missing");
    case Issue::WindowOverAnHour:
        return tr("Reporting window over an hour");
    case Issue::BlankOutcomes:
        return tr("Reporting outcomes left blank");
    case Issue::NoCriminalCase:
        return tr("No criminal case");
    case Issue::RemovedAwaitingCid:
        return tr("Removed, CID not yet updated");
    }
    return QString();
}

QString DataQualityRules::fix(Issue issue)
{
    switch (issue) {
    case Issue::UnclearOwnership:
        return tr("Allocate the person to a caseworker; ask CID to correct the owning unit");
    case Issue::NoCaseOwner:
        return tr("Allocate the person to a caseworker");
    case Issue::OverrideWithoutReason:
        return tr("Open the record and set the override again with its reason");
    case Issue::WindowMissing:
        return tr("Open the Reporting tab and set the restriction's window");
    case Issue::WindowOverAnHour:
        return tr("Open the Reporting tab and narrow the window to an hour");
    case Issue::BlankOutcomes:
        return tr("Open the Reporting tab and record what happened at each event");
    case Issue::NoCriminalCase:
        return tr("Ask CID to record the criminal case, or to take the person off the extract");
    case Issue::RemovedAwaitingCid:
        return tr("Ask CID to close the criminal case and record the removal");
    }
    return QString();
}

DataQualityRules::Condition DataQualityRules::condition(Issue issue, const Moment &at)
{
    const SqlAnd p = parts(issue, at);
    return {p.sql(), p.values()};
}

QString DataQualityRules::ownershipUnclearSql(const QString &personId)
{
    const QString criminal = QStringLiteral("SELECT 1 FROM cid_case c WHERE c.person_id = %1 AND "
                                            "c.case_type = 'CRIMINAL'")
                                 .arg(personId);
    return QStringLiteral("CASE WHEN EXISTS (%1) AND NOT EXISTS (%1 AND NOT %2) THEN 1 ELSE 0 END")
        .arg(criminal, Ownership::unclearUnitSql(QStringLiteral("c.owning_unit")));
}

QString DataQualityRules::openCriminalCaseSql()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM cid_case c WHERE c.person_id = person.id AND "
                          "c.case_type = 'CRIMINAL' AND c.case_status <> 'CLOSED')");
}

SqlAnd DataQualityRules::parts(Issue issue, const Moment &at)
{
    using Part = SqlAnd::Part;
    const QDate asOf = at.date();
    // Items about people in the stock, and items about anyone not yet removed.
    const SqlAnd stock = Stock::parts(QStringLiteral("person"), asOf);
    const QString day = asOf.toString(Qt::ISODate);
    const Part removed{Stock::removedSql(QStringLiteral("person.id")), {day}};
    const Part notRemoved{removed.sql, removed.values, true};
    switch (issue) {
    case Issue::UnclearOwnership:
        // The ownership_unclear figure's rule (Ownership), word for word, stored.
        return {notRemoved, {QStringLiteral("person.ownership_unclear <> 0")}};
    case Issue::NoCaseOwner:
        return {notRemoved,
                {QStringLiteral("person.case_owner IS NULL OR TRIM(person.case_owner) = ''")}};
    case Issue::OverrideWithoutReason:
        return {notRemoved,
                {QStringLiteral("person.band_override IS NOT NULL AND EXISTS (SELECT 1 FROM "
                                "band_override o WHERE o.person_id = person.id AND o.id = (SELECT "
                                "MAX(o2.id) FROM band_override o2 WHERE o2.person_id = person.id) "
                                "AND TRIM(o.reason) = '')")}};
    case Issue::WindowMissing:
        return stock + SqlAnd{{Stock::requiresReportingSql(QStringLiteral("person"))},
                              {QStringLiteral("person.reporting_window IS NULL OR "
                                              "person.reporting_window = ''")}};
    case Issue::WindowOverAnHour:
        return stock +
               SqlAnd{{ReportingWindow::isLongSql(QStringLiteral("person.reporting_window"))}};
    case Issue::BlankOutcomes:
        // Blank, not NO_SHOW: the centre never said what happened (7.21, 7.25). Due by the
        // moment, as BreachRules has it: an appointment later today is not blank yet. One is
        // due when the earliest (BreachRules::blankFirstSql, stored) is.
        return {notRemoved,
                {QStringLiteral("person.reporting_blank_first < ?"), {BreachRules::asOfBound(at)}}};
    case Issue::NoCriminalCase:
        // The stored band rule says it (Banding, refreshed with the cases); removed or not.
        return {{QStringLiteral("person.band_rule = 'NO_CRIMINAL_CASE'")}};
    case Issue::RemovedAwaitingCid:
        // Removed by the as-of date while CID still holds an open criminal case and no
        // criminal case says detained.
        return {removed,
                {QStringLiteral("person.custody = '%1'").arg(Codes::nonDetained())},
                {openCriminalCaseSql(), {}, false, removed.sql}};
    }
    return {};
}
