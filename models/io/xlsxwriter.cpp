#include "xlsxwriter.h"

#include "db/clocalescope.h"
#include "formulaguard.h"

#include <QFile>
#include <xlsxwriter.h>

namespace {

Error lxwError(const QString &message, lxw_error e)
{
    return Error{message, QString::fromUtf8(lxw_strerror(e)), QString()};
}

} // namespace

XlsxWriter::~XlsxWriter()
{
    // Abandoned before close(): free without writing, so no half workbook is produced.
    if (m_workbook) {
        lxw_workbook_free(m_workbook);
        QFile::remove(m_path);
    }
}

Status XlsxWriter::open(const QString &path, const QString &sheetName)
{
    if (m_workbook)
        return Status::fail(tr("The workbook is already open"), m_path);
    m_path = path;
    // Constant memory: each finished row goes to a temporary file instead of staying in RAM.
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    const QByteArray file = QFile::encodeName(path);
    m_workbook = workbook_new_opt(file.constData(), &options);
    if (!m_workbook)
        return Status::fail(tr("Could not start the Excel workbook"), path);
    const QByteArray name = sheetName.left(31).toUtf8();
    m_sheet = workbook_add_worksheet(m_workbook, name.isEmpty() ? nullptr : name.constData());
    if (!m_sheet)
        return Status::fail(tr("Could not add a sheet to the Excel workbook"), sheetName);
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_row = 0;
    return {};
}

void XlsxWriter::setColumnWidths(const QVector<double> &widths)
{
    if (!m_sheet)
        return;
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
}

Status XlsxWriter::writeHeader(const QStringList &titles)
{
    if (!m_sheet)
        return Status::fail(tr("The workbook is not open"));
    QVariantList cells;
    for (const QString &t : titles)
        cells << t;
    const Status s = writeCells(cells, m_bold);
    if (s)
        worksheet_freeze_panes(m_sheet, 1, 0);
    return s;
}

Status XlsxWriter::writeRow(const QVariantList &cells)
{
    if (!m_sheet)
        return Status::fail(tr("The workbook is not open"));
    return writeCells(cells, nullptr);
}

Status XlsxWriter::writeCells(const QVariantList &cells, lxw_format *format)
{
    if (m_row >= MaxRows)
        return Status::fail(tr("Excel sheets hold at most %1 rows").arg(MaxRows));
    for (int c = 0; c < cells.size(); ++c) {
        const QVariant &cell = cells[c];
        lxw_error e = LXW_NO_ERROR;
        switch (cell.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
        case QMetaType::Float:
            e = worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(c), cell.toDouble(),
                                       format);
            break;
        default: {
            const QString text = cell.toString();
            // Left blank rather than an empty string cell, which Excel counts as filled in
            // (COUNTA, Go To Blanks) although it shows nothing.
            if (text.isEmpty())
                break;
            const QByteArray utf8 = FormulaGuard::guard(text).toUtf8();
            e = worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(c), utf8.constData(),
                                       format);
            break;
        }
        }
        if (e != LXW_NO_ERROR)
            return lxwError(tr("Could not write row %1, column %2 of the Excel sheet")
                                .arg(m_row + 1)
                                .arg(c + 1),
                            e);
    }
    ++m_row;
    return {};
}

Status XlsxWriter::close()
{
    if (!m_workbook)
        return Status::fail(tr("The workbook is not open"));
    lxw_workbook *workbook = m_workbook;
    // workbook_close() frees the workbook whatever happens; never free it twice.
    m_workbook = nullptr;
    m_sheet = nullptr;
    m_bold = nullptr;
    // The numbers and widths are written out here, with printf: in the C locale, whatever the
    // user's.
    const lxw_error e = [&] {
        const CLocaleScope c(LC_NUMERIC_MASK);
        return workbook_close(workbook);
    }();
    if (e != LXW_NO_ERROR) {
        QFile::remove(m_path);
        return lxwError(tr("Could not write the Excel file %1").arg(m_path), e);
    }
    return {};
}
