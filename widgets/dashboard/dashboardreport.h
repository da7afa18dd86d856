#pragma once

#include "db/error.h"
#include "domain/disclosure.h"
#include "figures/chart.h"
#include "figures/dashboardfilter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

class QPagedPaintDevice;

// The management report: the whole dashboard on paper (recommendation 2). A cover page with
// the as-of date, the filter, who produced it, when, and the database it came from, and a
// contents list; then one page per chart: the chart as drawn on screen (ChartBuilder), its
// definition, and its numbers as a table. Written as PDF or sent to a printer.
class DashboardReport
{
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)

public:
    struct Provenance
    {
        QString producedBy; // the user's display name and login
        QString database;   // the database's file path (or connection name)
        QString producedAt; // local date and time, as shown
        // The figures were published with the report (report --publish): its snapshot and
        // label, on the cover, so anyone can print them again (figures --snapshot). 0: not.
        qint64 snapshotId = 0;
        QString snapshotLabel;
    };

    // Cover + one page per chart.
    static int pageCount(const QVector<Chart> &charts) { return 1 + int(charts.size()); }

    // Paints the report onto a printer or PDF writer already set up (page size, resolution).
    static Status paint(QPagedPaintDevice *device, const QVector<Chart> &charts,
                        const DashboardFilter &filter, const Provenance &provenance);
    // Computes every chart for `filter` and writes the report as an A4 PDF at `path`: a
    // disclosure, recorded with `reason` before the file is moved into place (DisclosureLog).
    static Status writePdf(QSqlDatabase db, const DashboardFilter &filter,
                           const Provenance &provenance, const QString &path,
                           const QString &reason);
    // The disclosure of the report for `filter` written to `file` (or printed on it).
    static Disclosure disclosure(const DashboardFilter &filter, Disclosure::Kind kind,
                                 const QString &file, const QString &reason);
};
