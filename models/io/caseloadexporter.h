#pragma once

#include "db/error.h"
#include "domain/caseloadfilter.h"
#include "domain/disclosure.h"
#include "store/caseloadstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>
#include <optional>

class CaseloadModel;

// Writes the caseload, filtered and sorted as the screen shows it, to .csv or .xlsx: the same
// column titles and cell text as CaseloadModel, every matching person rather than only the
// pages the view has loaded. Rows are read a page at a time, so memory stays flat however
// big the caseload. The file appears whole or not at all: it is written aside and moved into
// place only when complete, so a failure or a cancel never leaves half a file behind, and an
// existing file at the path is kept unless the export succeeds.
class CaseloadExporter
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadExporter)

public:
    enum class Format
    {
        Csv,
        Xlsx
    };
    // Called with the rows written so far and the total; return false to cancel.
    using Progress = std::function<bool(int written, int total)>;
    // Error::code of a cancelled export.
    static inline const QString Cancelled = QStringLiteral("cancelled");
    static constexpr int PageSize = 1000;

    // The model supplies the column titles and cell text, so the file reads as the screen.
    CaseloadExporter(QSqlDatabase db, const CaseloadModel &model);

    // The format a file name asks for by its suffix, if any.
    static std::optional<Format> formatFor(const QString &path);

    // Returns the number of people written. Every export is a disclosure (issue 19): once the
    // rows are written, the audit entry (view "caseload", the filter, the count, the file and
    // `reason`) is recorded and only then is the file moved into place (DisclosureLog::commit):
    // a failed or cancelled export records nothing, and one that cannot be recorded writes no
    // file. An empty reason is refused before anything is read.
    Result<int> exportTo(const QString &path, Format format, const CaseloadFilter &filter,
                         CaseloadColumn sortColumn, Qt::SortOrder order, const QString &reason,
                         const Progress &progress = {}) const;
    // The model's current filter and sort.
    Result<int> exportView(const QString &path, Format format, const QString &reason,
                           const Progress &progress = {}) const;

    // The filter as the audit entry lists it: only what narrows, keyed as the screen says it.
    static QVariantMap filterSummary(const CaseloadFilter &filter);

private:
    using RowWriter = std::function<Status(const QVariantList &cells)>;
    struct Job
    {
        QString path;
        Format format;
        const CaseloadFilter &filter;
        CaseloadColumn sortColumn;
        Qt::SortOrder order;
        QString reason;
    };

    // The disclosure an export of `rows` people by `job` records.
    static Disclosure disclosureOf(const Job &job, int rows);

    Result<int> writeCsv(const Job &job, int total, const Progress &progress) const;
    Result<int> writeXlsx(const Job &job, int total, const Progress &progress) const;
    // Feeds every matching row, page by page, to write; reports progress after each page.
    Result<int> writeRows(const CaseloadFilter &filter, CaseloadColumn sortColumn,
                          Qt::SortOrder order, int total, const Progress &progress,
                          const RowWriter &write) const;
    QStringList headers() const;
    QVariantList cells(const CaseloadRow &row) const;

    QSqlDatabase m_db;
    CaseloadStore m_store;
    const CaseloadModel &m_model;
};
