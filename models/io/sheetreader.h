#pragma once

#include "db/error.h"
#include "domain/sheet.h"

#include <QCoreApplication>

// Reads a team spreadsheet, .csv or .xlsx, into a Sheet: the first non-empty row is the
// header, every later non-empty row is data. Bad input is an Error naming the file (and the
// row where there is one), never a crash.
class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SheetReader)

public:
    // The worksheets of an .xlsx workbook; a CSV file has one, with an empty name.
    static Result<QStringList> sheetNames(const QString &path);
    static Result<Sheet> read(const QString &path, int sheetIndex = 0);

    // Sheets bigger than this are refused: team sheets are far smaller (a few thousand rows of
    // a few dozen columns), and the whole sheet is held in memory for the preview. Rows, cells
    // and characters are counted as they are kept, so a hostile file is refused at about
    // 200 MiB held, whatever its rows claim: 4 million cells cost about 100 MiB of string
    // headers, 32 Mi characters 64 MiB of text.
    static constexpr int MaxRows = 200000;
    static constexpr qint64 MaxCells = 4000000;
    static constexpr qint64 MaxCharacters = 32 * 1024 * 1024;

private:
    static bool isXlsx(const QString &path);
    static Status refuseOtherFormats(const QString &path);
};
