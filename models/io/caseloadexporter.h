#pragma once

#include "db/error.h"
#include "domain/caseloadfilter.h"
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

    // Returns the number of people written.
    Result<int> exportTo(const QString &path, Format format, const CaseloadFilter &filter,
                         CaseloadColumn sortColumn, Qt::SortOrder order,
                         const Progress &progress = {}) const;
    // The model's current filter and sort.
    Result<int> exportView(const QString &path, Format format, const Progress &progress = {}) const;

private:
    using RowWriter = std::function<Status(const QVariantList &cells)>;

    Result<int> writeCsv(const QString &path, const CaseloadFilter &filter,
                         CaseloadColumn sortColumn, Qt::SortOrder order, int total,
                         const Progress &progress) const;
    Result<int> writeXlsx(const QString &path, const CaseloadFilter &filter,
                          CaseloadColumn sortColumn, Qt::SortOrder order, int total,
                          const Progress &progress) const;
    // Feeds every matching row, page by page, to write; reports progress after each page.
    Result<int> writeRows(const CaseloadFilter &filter, CaseloadColumn sortColumn,
                          Qt::SortOrder order, int total, const Progress &progress,
                          const RowWriter &write) const;
    QStringList headers() const;
    QVariantList cells(const CaseloadRow &row) const;

    CaseloadStore m_store;
    const CaseloadModel &m_model;
};
