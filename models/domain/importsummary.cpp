#include "importsummary.h"

#include <QJsonArray>

namespace {
QJsonArray rowsToJson(const QVector<ImportSummary::Row> &rows)
{
    QJsonArray out;
    for (const ImportSummary::Row &r : rows)
        out.append(QJsonObject{{QStringLiteral("file"), r.file},
                               {QStringLiteral("line"), r.line},
                               {QStringLiteral("reason"), r.reason}});
    return out;
}
} // namespace

QJsonObject ImportSummary::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("import_id"), importId);
    o.insert(QStringLiteral("cases_file"), casesFile);
    o.insert(QStringLiteral("cases_sha256"), casesSha256);
    if (!reportingFile.isEmpty()) {
        o.insert(QStringLiteral("reporting_file"), reportingFile);
        o.insert(QStringLiteral("reporting_sha256"), reportingSha256);
    }
    o.insert(QStringLiteral("cases_rows"), casesRows);
    o.insert(QStringLiteral("cases_rejected"), casesRejected);
    o.insert(QStringLiteral("reporting_rows"), reportingRows);
    o.insert(QStringLiteral("reporting_rejected"), reportingRejected);
    o.insert(QStringLiteral("persons_added"), personsAdded);
    o.insert(QStringLiteral("persons_updated"), personsUpdated);
    o.insert(QStringLiteral("persons_unchanged"), personsUnchanged);
    o.insert(QStringLiteral("cases_added"), casesAdded);
    o.insert(QStringLiteral("cases_updated"), casesUpdated);
    o.insert(QStringLiteral("cases_unchanged"), casesUnchanged);
    o.insert(QStringLiteral("cases_returned"), casesReturned);
    o.insert(QStringLiteral("cases_not_in_extract"), casesNotInExtract);
    o.insert(QStringLiteral("cases_newly_missing"), casesNewlyMissing);
    o.insert(QStringLiteral("events_added"), eventsAdded);
    o.insert(QStringLiteral("events_updated"), eventsUpdated);
    o.insert(QStringLiteral("events_unchanged"), eventsUnchanged);
    o.insert(QStringLiteral("extra_columns"),
             QJsonObject{
                 {QStringLiteral("cases"), QJsonArray::fromStringList(casesExtraColumns)},
                 {QStringLiteral("reporting"), QJsonArray::fromStringList(reportingExtraColumns)}});
    o.insert(QStringLiteral("rejects"), rowsToJson(rejects));
    o.insert(QStringLiteral("notices"), rowsToJson(notices));
    return o;
}

QString ImportSummary::toText() const
{
    QStringList lines;
    lines << tr("%1: %n row(s) read, %2 rejected", nullptr, int(casesRows))
                 .arg(casesFile)
                 .arg(casesRejected);
    if (!reportingFile.isEmpty())
        lines << tr("%1: %n row(s) read, %2 rejected", nullptr, int(reportingRows))
                     .arg(reportingFile)
                     .arg(reportingRejected);
    lines << tr("People: %1 added, %2 updated, %3 unchanged")
                 .arg(personsAdded)
                 .arg(personsUpdated)
                 .arg(personsUnchanged);
    lines << tr("Cases: %1 added, %2 updated, %3 unchanged")
                 .arg(casesAdded)
                 .arg(casesUpdated)
                 .arg(casesUnchanged);
    lines << tr("Cases no longer in the extract: %1 (%2 since this import)")
                 .arg(casesNotInExtract)
                 .arg(casesNewlyMissing);
    if (casesReturned > 0)
        lines << tr("Cases back in the extract: %1").arg(casesReturned);
    if (!reportingFile.isEmpty())
        lines << tr("Reporting events: %1 added, %2 updated, %3 unchanged")
                     .arg(eventsAdded)
                     .arg(eventsUpdated)
                     .arg(eventsUnchanged);
    if (!casesExtraColumns.isEmpty())
        lines << tr("Columns ignored in %1: %2")
                     .arg(casesFile, casesExtraColumns.join(QStringLiteral(", ")));
    if (!reportingExtraColumns.isEmpty())
        lines << tr("Columns ignored in %1: %2")
                     .arg(reportingFile, reportingExtraColumns.join(QStringLiteral(", ")));
    for (const Row &n : notices)
        lines << tr("%1 line %2: %3").arg(n.file).arg(n.line).arg(n.reason);
    if (!rejects.isEmpty())
        lines << tr("Rejected rows:");
    for (const Row &r : rejects)
        lines << tr("%1 line %2: %3").arg(r.file).arg(r.line).arg(r.reason);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
