#include "caseloadexporter.h"

#include "csvwriter.h"
#include "disclosurelog.h"
#include "itemmodels/caseloadmodel.h"
#include "xlsxwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

namespace {

Error cancelled()
{
    return Error{CaseloadExporter::tr("Export cancelled: no file was written"), QString(),
                 CaseloadExporter::Cancelled};
}

// Excel column widths (in characters) that fit typical values; a header longer than that
// widens its column so the title is never cut.
double defaultWidth(CaseloadColumn column)
{
    switch (column) {
    case CaseloadColumn::FamilyName:
    case CaseloadColumn::GivenNames:
    case CaseloadColumn::OwningUnit:
        return 20;
    case CaseloadColumn::Band:
    case CaseloadColumn::Flags:
        return 24;
    case CaseloadColumn::Custody:
    case CaseloadColumn::CaseOwner:
    case CaseloadColumn::ReportingFrequency:
        return 16;
    default:
        return 12;
    }
}

} // namespace

CaseloadExporter::CaseloadExporter(QSqlDatabase db, const CaseloadModel &model)
    : m_db(db), m_store(db), m_model(model)
{
}

std::optional<CaseloadExporter::Format> CaseloadExporter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    return std::nullopt;
}

QStringList CaseloadExporter::headers() const
{
    QStringList out;
    for (int c = 0; c < int(CaseloadColumn::Count); ++c)
        out << m_model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return out;
}

QVariantList CaseloadExporter::cells(const CaseloadRow &row) const
{
    QVariantList out;
    out.reserve(int(CaseloadColumn::Count));
    for (int c = 0; c < int(CaseloadColumn::Count); ++c)
        out << m_model.displayValue(row, CaseloadColumn(c));
    return out;
}

Result<int> CaseloadExporter::exportView(const QString &path, Format format, const QString &reason,
                                         const Progress &progress) const
{
    return exportTo(path, format, m_model.filter(), CaseloadColumn(m_model.sortColumn()),
                    m_model.sortOrder(), reason, progress);
}

Result<int> CaseloadExporter::exportTo(const QString &path, Format format,
                                       const CaseloadFilter &chosen, CaseloadColumn sortColumn,
                                       Qt::SortOrder order, const QString &reason,
                                       const Progress &progress) const
{
    // Every page judged at one moment (the triage columns), as the window reads its pages.
    CaseloadFilter filter = chosen;
    if (!filter.at.isValid())
        filter.at = Moment::now();
    // Refused before the work, not after minutes of it.
    if (Disclosure::cleanReason(reason).isEmpty())
        return Error{tr("An export of personal data needs a reason"), QString(),
                     QStringLiteral("no-reason")};
    const Result<int> total = m_store.count(filter);
    if (!total)
        return total.error();
    if (progress && !progress(0, total.value()))
        return cancelled();
    const Job job{path, format, filter, sortColumn, order, reason};
    return format == Format::Csv ? writeCsv(job, total.value(), progress)
                                 : writeXlsx(job, total.value(), progress);
}

QVariantMap CaseloadExporter::filterSummary(const CaseloadFilter &filter)
{
    QVariantMap out;
    if (!filter.bands.isEmpty()) {
        QStringList bands;
        for (int b : filter.bands)
            bands << (b == 0 ? QStringLiteral("not banded") : QString::number(b));
        out.insert(QStringLiteral("bands"), bands.join(QStringLiteral(", ")));
    }
    if (filter.owningUnit)
        out.insert(QStringLiteral("owning_unit"), *filter.owningUnit);
    if (filter.caseOwner)
        out.insert(QStringLiteral("case_owner"), *filter.caseOwner);
    if (filter.ownerTeam)
        out.insert(QStringLiteral("team"), *filter.ownerTeam);
    if (!filter.search.trimmed().isEmpty())
        out.insert(QStringLiteral("search"), filter.search.trimmed());
    if (filter.longWindowOnly)
        out.insert(QStringLiteral("long_window_only"), true);
    if (filter.showRemoved)
        out.insert(QStringLiteral("show_removed"), true);
    return out;
}

Disclosure CaseloadExporter::disclosureOf(const Job &job, int rows)
{
    Disclosure d;
    d.kind = Disclosure::Kind::Export;
    d.view = QStringLiteral("caseload");
    d.filters = filterSummary(job.filter);
    d.rows = rows;
    d.file = job.path;
    d.format = job.format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
    d.reason = job.reason;
    return d;
}

Result<int> CaseloadExporter::writeRows(const CaseloadFilter &filter, CaseloadColumn sortColumn,
                                        Qt::SortOrder order, int total, const Progress &progress,
                                        const RowWriter &write) const
{
    int written = 0;
    // Sorted by a computed rule (CaseloadStore::sortComputes): everyone in order once, then the
    // rows by id, as the window reads them.
    std::optional<QVector<qint64>> ordered;
    if (CaseloadStore::sortComputes(sortColumn)) {
        auto ids = m_store.ids(filter, sortColumn, order, 0, -1);
        if (!ids)
            return ids.error();
        ordered = std::move(ids).value();
    }
    for (int from = 0;; from += PageSize) {
        const auto page = ordered ? m_store.rows(ordered->mid(from, PageSize), filter.at)
                                  : m_store.fetch(filter, sortColumn, order, from, PageSize);
        if (!page)
            return page.error();
        for (const CaseloadRow &row : page.value()) {
            const Status s = write(cells(row));
            if (!s)
                return s.error();
            ++written;
        }
        // The total was counted before the first page; people added meanwhile still export.
        if (progress && !progress(written, std::max(total, written)))
            return cancelled();
        if (ordered ? from + PageSize >= ordered->size() : page.value().size() < PageSize)
            return written;
    }
}

Result<int> CaseloadExporter::writeCsv(const Job &job, int total, const Progress &progress) const
{
    const QString &path = job.path;
    // QSaveFile writes beside the target and renames on commit; destroyed uncommitted, it
    // removes its temporary file, so every early return below leaves no trace.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not create %1").arg(path), file.errorString(), QString()};
    CsvWriter csv(&file);
    const auto writeError = [&] {
        return Error{tr("Could not write %1").arg(path), file.errorString(), QString()};
    };
    if (!csv.writeBom() || !csv.writeRow(headers()))
        return writeError();
    const Result<int> rows = writeRows(
        job.filter, job.sortColumn, job.order, total, progress, [&](const QVariantList &cells) {
            return csv.writeRow(cells) ? Status() : Status(writeError());
        });
    if (!rows)
        return rows;
    if (Status s = DisclosureLog::commit(m_db, file, disclosureOf(job, rows.value())); !s)
        return s.error();
    return rows;
}

Result<int> CaseloadExporter::writeXlsx(const Job &job, int total, const Progress &progress) const
{
    const QString &path = job.path;
    if (total + 1 > XlsxWriter::MaxRows)
        return Error{tr("%n people are more than an Excel sheet can hold; export to CSV "
                        "instead, or narrow the filter",
                        "", total),
                     QString(), QString()};
    // libxlsxwriter writes to a file name of its own choosing, so the workbook is built in
    // a temporary file and then copied through QSaveFile for the same all-or-nothing move
    // into place as the CSV.
    QTemporaryFile temp(QDir(QDir::tempPath()).filePath(QStringLiteral("lodestar-XXXXXX.xlsx")));
    if (!temp.open())
        return Error{tr("Could not create a temporary file for the export"), temp.errorString(),
                     QString()};
    temp.close();
    {
        XlsxWriter xlsx;
        Status s = xlsx.open(temp.fileName(), tr("Caseload"));
        if (!s)
            return s.error();
        QVector<double> widths;
        const QStringList titles = headers();
        for (int c = 0; c < titles.size(); ++c)
            widths << std::max(defaultWidth(CaseloadColumn(c)), double(titles[c].size() + 2));
        xlsx.setColumnWidths(widths);
        s = xlsx.writeHeader(titles);
        if (!s)
            return s.error();
        const Result<int> rows =
            writeRows(job.filter, job.sortColumn, job.order, total, progress,
                      [&](const QVariantList &cells) { return xlsx.writeRow(cells); });
        if (!rows)
            return rows;
        s = xlsx.close();
        if (!s)
            return s.error();
        total = rows.value();
    }
    if (!temp.open())
        return Error{tr("Could not read back the Excel file"), temp.errorString(), QString()};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not create %1").arg(path), file.errorString(), QString()};
    while (!temp.atEnd()) {
        const QByteArray chunk = temp.read(1 << 16);
        if (chunk.isEmpty() || file.write(chunk) != chunk.size())
            return Error{tr("Could not write %1").arg(path), file.errorString(), QString()};
    }
    if (Status s = DisclosureLog::commit(m_db, file, disclosureOf(job, total)); !s)
        return s.error();
    return total;
}
