#pragma once

#include "db/error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// A one-sheet .xlsx written row by row through libxlsxwriter in its constant-memory mode, so
// a 100,000-row sheet costs one row of memory. Text is always written as a string cell (never
// a formula) and passes through FormulaGuard; numbers are written as numbers. The file is
// only complete after close(); the caller decides where it goes (see CaseloadExporter).
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    XlsxWriter() = default;
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    Status open(const QString &path, const QString &sheetName);
    // Widths in Excel's units (characters of the default font). Call before the first row.
    void setColumnWidths(const QVector<double> &widths);
    // A bold first row that stays in view while scrolling.
    Status writeHeader(const QStringList &titles);
    Status writeRow(const QVariantList &cells);
    // Writes the file. Without it (e.g. on cancel) nothing usable is left at path.
    Status close();

    // Excel refuses sheets longer than this, header included.
    static constexpr int MaxRows = 1048576;

private:
    Status writeCells(const QVariantList &cells, lxw_format *format);

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    QString m_path;
    int m_row = 0;
};
