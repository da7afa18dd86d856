#pragma once

#include "db/error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

class QIODevice;

struct XlsxRow
{
    // The spreadsheet's row number (1-based, as Excel shows it).
    qint64 number = 0;
    // cells[0] is column A; gaps filled with empty strings; trailing empties dropped.
    QStringList cells;
};
// Moved with realloc as the row list grows, not copied row by row.
Q_DECLARE_TYPEINFO(XlsxRow, Q_RELOCATABLE_TYPE);

// Reads the cell values of .xlsx workbooks (Office Open XML) as text. minizip unpacks the zip
// entries as they are read (not QuaZip: see xlsxreader.cpp), QXmlStreamReader streams the XML.
//
// Values come out as Excel stores them, not as it displays them: numbers in full ("42", "3.25"),
// dates as ISO text ("2024-03-15", "2024-03-15T13:45"), booleans as TRUE/FALSE, errors as
// "#N/A"... Hidden sheets count; chart sheets do not (they hold no cells).
//
// Errors name the file and carry code "refused" for anything that is not a readable workbook
// (not a zip, an old .xls, a password-protected file, damaged XML, more rows, columns or
// characters in a cell than Excel allows) or that passes one of the reader's own limits, which
// keep a hostile file (a zip bomb, say) from taking memory or time without bound (see the top
// of xlsxreader.cpp); "cannot-open" when the file cannot be read at all and "no-sheet" for a
// sheet index out of range.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    // The worksheet names, in workbook order.
    static Result<QStringList> sheetNames(const QString &path);
    // Every non-empty row of the sheet at `sheetIndex` (0-based, workbook order).
    static Result<QVector<XlsxRow>> readSheet(const QString &path, int sheetIndex = 0);

    // The same from a device open for reading, not as text (bytes in memory, say), holding the
    // whole workbook from its start; `fileName` only names it in messages. A sequential device is
    // first read into memory to its end (until read() gives nothing), since the zip directory
    // is at the end of the file.
    static Result<QStringList> sheetNames(QIODevice *device, const QString &fileName);
    static Result<QVector<XlsxRow>> readSheet(QIODevice *device, const QString &fileName,
                                              int sheetIndex = 0);
};
