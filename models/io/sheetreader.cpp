#include "sheetreader.h"

#include "domain/textescape.h"
#include "io/csvreader.h"
#include "io/xlsxreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace {
// The reader's messages may quote names from inside the workbook (its parts, its sheets):
// never their control characters raw.
Error escaped(const Error &e)
{
    return Error{TextEscape::controls(e.message), TextEscape::controls(e.detail), e.code};
}

template <typename T> Result<T> escaped(Result<T> r)
{
    if (r)
        return r;
    return escaped(r.error());
}

bool allEmpty(const QStringList &cells)
{
    for (const QString &c : cells) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}

Result<QString> sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{SheetReader::tr("Cannot open '%1'").arg(QFileInfo(path).fileName()),
                     f.errorString(), QStringLiteral("cannot-open")};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return Error{SheetReader::tr("Cannot read '%1'").arg(QFileInfo(path).fileName()),
                     f.errorString(), QStringLiteral("cannot-open")};
    return QString::fromLatin1(hash.result().toHex());
}

// What the rows kept so far hold (SheetReader::MaxCells, MaxCharacters).
struct Budget
{
    qint64 cells = 0;
    qint64 characters = 0;
};

// Sets the header from the first row and keeps the others, trimming trailing empty cells.
Status takeRows(Sheet &sheet, Budget &budget, const QString &fileName, qint64 line,
                QStringList cells)
{
    if (allEmpty(cells))
        return {};
    if (sheet.headers.isEmpty()) {
        while (!cells.isEmpty() && cells.constLast().trimmed().isEmpty())
            cells.removeLast();
        sheet.headers = cells;
        sheet.headerLine = line;
        return {};
    }
    if (sheet.rows.size() >= SheetReader::MaxRows)
        return Error{SheetReader::tr("'%1' has more than %2 rows; split it and import the parts")
                         .arg(fileName)
                         .arg(SheetReader::MaxRows),
                     QString(), QStringLiteral("refused")};
    if (cells.size() > sheet.headers.size()) {
        // Text beyond the last headed column has no name to file it under.
        for (int i = int(sheet.headers.size()); i < cells.size(); ++i) {
            if (!cells.at(i).trimmed().isEmpty())
                return Error{SheetReader::tr("'%1', row %2: a value in column %3 has no header")
                                 .arg(fileName)
                                 .arg(line)
                                 .arg(i + 1),
                             QString(), QStringLiteral("refused")};
        }
        cells = cells.mid(0, sheet.headers.size());
    }
    qint64 characters = 0;
    for (const QString &c : std::as_const(cells))
        characters += c.size();
    budget.cells += cells.size();
    budget.characters += characters;
    if (budget.cells > SheetReader::MaxCells || budget.characters > SheetReader::MaxCharacters)
        return Error{SheetReader::tr("'%1' holds more than %2 cells or %3 characters by row %4; "
                                     "split it and import the parts")
                         .arg(fileName)
                         .arg(SheetReader::MaxCells)
                         .arg(SheetReader::MaxCharacters)
                         .arg(line),
                     QString(), QStringLiteral("refused")};
    sheet.rows.push_back(Sheet::Row{line, cells});
    return {};
}
} // namespace

bool SheetReader::isXlsx(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

Result<QStringList> SheetReader::sheetNames(const QString &path)
{
    if (Status s = refuseOtherFormats(path); !s)
        return s.error();
    if (isXlsx(path))
        return escaped(XlsxReader::sheetNames(path));
    if (!QFileInfo::exists(path))
        return Error{tr("'%1' does not exist").arg(QFileInfo(path).fileName()), QString(),
                     QStringLiteral("cannot-open")};
    return QStringList{QString()};
}

Status SheetReader::refuseOtherFormats(const QString &path)
{
    // Formats that would otherwise be read as CSV and fail on their first line.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xls") || suffix == QLatin1String("ods") ||
        suffix == QLatin1String("xlsm") || suffix == QLatin1String("xlsb"))
        return Error{tr("'%1' is a .%2 file: save it as .xlsx or .csv and import that")
                         .arg(QFileInfo(path).fileName(), suffix),
                     QString(), QStringLiteral("refused")};
    return {};
}

Result<Sheet> SheetReader::read(const QString &path, int sheetIndex)
{
    if (Status s = refuseOtherFormats(path); !s)
        return s.error();
    Sheet sheet;
    Budget budget;
    sheet.fileName = QFileInfo(path).fileName();
    auto hash = sha256Of(path);
    if (!hash)
        return hash.error();
    sheet.sha256 = hash.value();

    if (isXlsx(path)) {
        auto names = XlsxReader::sheetNames(path);
        if (!names)
            return escaped(names.error());
        if (sheetIndex < 0 || sheetIndex >= names.value().size())
            return Error{tr("'%1' has no sheet %2").arg(sheet.fileName).arg(sheetIndex + 1),
                         QString(), QStringLiteral("refused")};
        sheet.sheetName = names.value().at(sheetIndex);
        auto rows = XlsxReader::readSheet(path, sheetIndex);
        if (!rows)
            return escaped(rows.error());
        for (XlsxRow &r : rows.value()) {
            if (Status s = takeRows(sheet, budget, sheet.fileName, r.number, std::move(r.cells));
                !s)
                return s.error();
        }
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{tr("Cannot open '%1'").arg(sheet.fileName), f.errorString(),
                         QStringLiteral("cannot-open")};
        CsvReader reader(&f);
        CsvReader::Record record;
        while (reader.next(record)) {
            if (!record.ok())
                return Error{
                    tr("'%1', line %2: %3").arg(sheet.fileName).arg(record.line).arg(record.error),
                    QString(), QStringLiteral("refused")};
            if (Status s = takeRows(sheet, budget, sheet.fileName, record.line, record.fields); !s)
                return s.error();
        }
        if (!reader.deviceError().isEmpty())
            return Error{tr("Cannot read '%1'").arg(sheet.fileName), reader.deviceError(),
                         QStringLiteral("cannot-open")};
    }
    if (sheet.headers.isEmpty())
        return Error{tr("'%1' is empty: there is no header row").arg(sheet.fileName), QString(),
                     QStringLiteral("refused")};
    return sheet;
}
