// The .xlsx reader: workbooks written by libxlsxwriter (as Excel would write them) and
// packages put together with minizip for what libxlsxwriter never writes, plus files that are
// not workbooks.
#include "db/clocalescope.h"
#include "io/xlsxreader.h"
#include "xlsxfiles.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <xlsxwriter.h>
#include <zip.h>

namespace {

// A workbook written through libxlsxwriter's C API; nothing is on disk before save().
class Book
{
public:
    explicit Book(const QString &path, bool constantMemory = false)
    {
        lxw_workbook_options options = {};
        options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
        m_workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    }
    ~Book()
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }
    lxw_worksheet *sheet(const char *name = nullptr)
    {
        return workbook_add_worksheet(m_workbook, name);
    }
    lxw_format *format(const char *numberFormat)
    {
        lxw_format *f = workbook_add_format(m_workbook);
        format_set_num_format(f, numberFormat);
        return f;
    }
    lxw_format *builtInFormat(uint8_t index)
    {
        lxw_format *f = workbook_add_format(m_workbook);
        format_set_num_format_index(f, index);
        return f;
    }
    lxw_format *bold()
    {
        lxw_format *f = workbook_add_format(m_workbook);
        format_set_bold(f);
        return f;
    }
    bool save()
    {
        // libxlsxwriter writes numbers with printf: in the C locale, as XlsxWriter does.
        const lxw_error e = [&] {
            const CLocaleScope c(LC_NUMERIC_MASK);
            return workbook_close(m_workbook);
        }();
        m_workbook = nullptr;
        return e == LXW_NO_ERROR;
    }

private:
    lxw_workbook *m_workbook = nullptr;
};

// "Bold" in bold then " and plain": one cell, two runs.
void writeRichString(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, lxw_format *bold)
{
    lxw_rich_string_tuple first = {bold, const_cast<char *>("Bold")};
    lxw_rich_string_tuple second = {nullptr, const_cast<char *>(" and plain")};
    lxw_rich_string_tuple *runs[] = {&first, &second, nullptr};
    QCOMPARE(worksheet_write_rich_string(sheet, row, col, runs, nullptr), LXW_NO_ERROR);
}

lxw_datetime dateTime(int year, int month, int day, int hour = 0, int minute = 0, double sec = 0)
{
    return lxw_datetime{year, month, day, hour, minute, sec};
}

using namespace xlsxfiles;

enum class ZipStyle
{
    Plain,
    Zip64,
    BadCrc,
    Encrypted
};

// A zip of the given parts, written with minizip's zip API: it can also force Zip64 records,
// encrypt the entries, or store an entry with a wrong CRC, none of which libxlsxwriter does.
bool writeZip(const QString &path, const Parts &parts, ZipStyle style = ZipStyle::Plain)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, data] : parts) {
        const QByteArray fileName = name.toUtf8();
        zip_fileinfo info = {};
        // A raw entry is written as given (stored) and closed with the CRC we choose.
        const bool raw = style == ZipStyle::BadCrc;
        const char *password = style == ZipStyle::Encrypted ? "secret" : nullptr;
        const uLong crc =
            crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()));
        ok = ok && zipOpenNewFileInZip4_64(zip, fileName.constData(), &info, nullptr, 0, nullptr, 0,
                                           nullptr, raw ? 0 : Z_DEFLATED, Z_DEFAULT_COMPRESSION,
                                           raw ? 1 : 0, -MAX_WBITS, DEF_MEM_LEVEL,
                                           Z_DEFAULT_STRATEGY, password, password ? crc : 0, 0, 0,
                                           style == ZipStyle::Zip64 ? 1 : 0) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK;
        ok = ok && (raw ? zipCloseFileInZipRaw64(zip, quint64(data.size()), crc ^ 1)
                        : zipCloseFileInZip(zip)) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Bytes handed out a little at a time by a device that cannot seek, like a pipe.
class SequentialDevice : public QIODevice
{
public:
    explicit SequentialDevice(const QByteArray &bytes) : m_bytes(bytes) { open(ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>({maxSize, 1000, m_bytes.size() - m_at});
        memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_at = 0;
};

XlsxRow row(qint64 number, const QStringList &cells)
{
    XlsxRow r;
    r.number = number;
    r.cells = cells;
    return r;
}

} // namespace

// QCOMPARE shows both sides of a failed row comparison.
bool operator==(const XlsxRow &a, const XlsxRow &b)
{
    return a.number == b.number && a.cells == b.cells;
}

char *toString(const XlsxRow &r)
{
    const QString text = QStringLiteral("%1: [%2]").arg(r.number).arg(r.cells.join(u'|'));
    return qstrdup(text.toUtf8().constData());
}

class TestXlsxReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QVector<XlsxRow> read(const QString &file, int sheet = 0)
    {
        const auto result = XlsxReader::readSheet(file, sheet);
        if (!result) {
            qWarning("%s", qPrintable(result.error().toString()));
            return {};
        }
        return result.value();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sharedStrings()
    {
        const QString file = path(QStringLiteral("strings.xlsx"));
        Book book(file);
        lxw_worksheet *s = book.sheet();
        worksheet_write_string(s, 0, 0, "Hello", nullptr);
        writeRichString(s, 0, 1, book.bold());
        worksheet_write_string(s, 0, 2, "Zoë – 😀", nullptr);
        worksheet_write_string(s, 0, 3, "  padded  ", nullptr);
        worksheet_write_string(s, 1, 0, "Hello", nullptr);
        QVERIFY(book.save());
        // Really shared strings, not inline ones (part names are stored uncompressed).
        QVERIFY(fileBytes(file).contains("xl/sharedStrings.xml"));

        const auto rows = read(file);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0], row(1, {"Hello", "Bold and plain", "Zoë – 😀", "  padded  "}));
        QCOMPARE(rows[1], row(2, {"Hello"}));
    }

    void numbers()
    {
        const QString file = path(QStringLiteral("numbers.xlsx"));
        Book book(file);
        lxw_worksheet *s = book.sheet();
        const double values[] = {42, 3.25, 12345678901234, 100000, -7, 0.1 + 0.2, 1e20, -0.5};
        for (lxw_col_t c = 0; c < 8; ++c)
            worksheet_write_number(s, 0, c, values[c], nullptr);
        // A number format that is not a date keeps the number.
        worksheet_write_number(s, 0, 8, 1.5, book.format("0.00"));
        QVERIFY(book.save());

        QCOMPARE(read(file),
                 (QVector<XlsxRow>{row(1, {"42", "3.25", "12345678901234", "100000", "-7", "0.3",
                                           "100000000000000000000", "-0.5", "1.5"})}));
    }

    void dates()
    {
        const QString file = path(QStringLiteral("dates.xlsx"));
        Book book(file);
        lxw_worksheet *s = book.sheet();
        lxw_datetime d = dateTime(2024, 3, 15);
        worksheet_write_datetime(s, 0, 0, &d, book.format("dd/mm/yyyy"));
        d = dateTime(2023, 12, 31);
        worksheet_write_datetime(s, 0, 1, &d, book.builtInFormat(14));
        lxw_format *stamp = book.format("yyyy-mm-dd hh:mm");
        d = dateTime(2024, 3, 15, 13, 45, 20);
        worksheet_write_datetime(s, 0, 2, &d, stamp);
        d = dateTime(2024, 3, 15, 13, 45, 40);
        worksheet_write_datetime(s, 0, 3, &d, stamp);
        // Rounds to midnight of the next (leap) day, which has no time part.
        d = dateTime(2024, 2, 28, 23, 59, 59.9);
        worksheet_write_datetime(s, 0, 4, &d, stamp);
        // Either side of Excel's phantom 1900-02-29.
        d = dateTime(1900, 1, 1);
        worksheet_write_datetime(s, 0, 5, &d, book.builtInFormat(14));
        d = dateTime(1900, 3, 1);
        worksheet_write_datetime(s, 0, 6, &d, book.builtInFormat(14));
        // Custom formats: a locale prefix is not a literal, quoted text and colours are.
        worksheet_write_number(s, 1, 0, 45000, book.format("[$-409]d/m/yyyy"));
        worksheet_write_number(s, 1, 1, 45000, book.format("\"m\"0"));
        worksheet_write_number(s, 1, 2, 45000, book.format("[Red]0"));
        worksheet_write_number(s, 1, 3, 45000.5, book.builtInFormat(22));
        QVERIFY(book.save());

        const auto rows = read(file);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0], row(1, {"2024-03-15", "2023-12-31", "2024-03-15T13:45",
                                  "2024-03-15T13:46", "2024-02-29", "1900-01-01", "1900-03-01"}));
        QCOMPARE(rows[1], row(2, {"2023-03-15", "45000", "45000", "2023-03-15T12:00"}));
    }

    void booleansAndFormulas()
    {
        const QString file = path(QStringLiteral("booleans.xlsx"));
        Book book(file);
        lxw_worksheet *s = book.sheet();
        worksheet_write_boolean(s, 0, 0, 1, nullptr);
        worksheet_write_boolean(s, 0, 1, 0, nullptr);
        worksheet_write_formula_str(s, 0, 2, "=\"a\"&\"b\"", nullptr, "ab");
        worksheet_write_formula_num(s, 0, 3, "=1+1", nullptr, 2);
        QVERIFY(book.save());

        QCOMPARE(read(file), (QVector<XlsxRow>{row(1, {"TRUE", "FALSE", "ab", "2"})}));
    }

    void gapsLandInTheRightColumn()
    {
        const QString file = path(QStringLiteral("gaps.xlsx"));
        Book book(file);
        lxw_worksheet *s = book.sheet();
        lxw_format *yellow = book.bold();
        worksheet_write_string(s, 0, 0, "a", nullptr);
        worksheet_write_string(s, 0, 3, "d", nullptr);
        worksheet_write_blank(s, 0, 4, yellow); // a formatted empty cell is not a value
        worksheet_write_string(s, 1, 27, "AB", nullptr);
        worksheet_write_number(s, 2, 1, 0, nullptr);
        QVERIFY(book.save());

        const auto rows = read(file);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], row(1, {"a", "", "", "d"}));
        QCOMPARE(rows[1].number, 2);
        QCOMPARE(rows[1].cells.size(), 28);
        QCOMPARE(rows[1].cells[27], QStringLiteral("AB"));
        QCOMPARE(rows[1].cells[26], QString());
        QCOMPARE(rows[2], row(3, {"", "0"}));
    }

    void emptyRowsSkipped()
    {
        const QString file = path(QStringLiteral("empty.xlsx"));
        Book book(file);
        lxw_worksheet *s = book.sheet();
        worksheet_write_string(s, 0, 0, "first", nullptr);
        worksheet_write_blank(s, 2, 1, book.bold()); // a <row> with only a formatted blank
        worksheet_set_row(s, 3, 30, nullptr);        // a <row> with no cells at all
        worksheet_write_string(s, 6, 1, "seventh", nullptr);
        QVERIFY(book.save());

        QCOMPARE(read(file), (QVector<XlsxRow>{row(1, {"first"}), row(7, {"", "seventh"})}));
    }

    void severalSheets()
    {
        const QString file = path(QStringLiteral("sheets.xlsx"));
        Book book(file);
        worksheet_write_string(book.sheet("People"), 0, 0, "person", nullptr);
        lxw_worksheet *cases = book.sheet("Cases");
        worksheet_write_string(cases, 0, 0, "case", nullptr);
        worksheet_write_number(cases, 1, 1, 5, nullptr);
        worksheet_write_string(book.sheet("Ünïcode €"), 0, 2, "third", nullptr);
        QVERIFY(book.save());

        const auto names = XlsxReader::sheetNames(file);
        QVERIFY(names.ok());
        QCOMPARE(names.value(), (QStringList{"People", "Cases", "Ünïcode €"}));
        QCOMPARE(read(file, 0), (QVector<XlsxRow>{row(1, {"person"})}));
        QCOMPARE(read(file, 1), (QVector<XlsxRow>{row(1, {"case"}), row(2, {"", "5"})}));
        QCOMPARE(read(file, 2), (QVector<XlsxRow>{row(1, {"", "", "third"})}));
    }

    void constantMemoryInlineStrings()
    {
        const QString file = path(QStringLiteral("constant.xlsx"));
        Book book(file, true);
        lxw_worksheet *s = book.sheet();
        worksheet_write_string(s, 0, 0, "inline", nullptr);
        writeRichString(s, 0, 1, book.bold());
        worksheet_write_number(s, 0, 2, 42, nullptr);
        lxw_datetime d = dateTime(2024, 3, 15);
        worksheet_write_datetime(s, 1, 0, &d, book.format("dd/mm/yyyy"));
        worksheet_write_string(s, 3, 3, "later", nullptr);
        QVERIFY(book.save());
        // Inline strings: there is no shared string table at all.
        QVERIFY(!fileBytes(file).contains("xl/sharedStrings.xml"));

        QCOMPARE(read(file),
                 (QVector<XlsxRow>{row(1, {"inline", "Bold and plain", "42"}),
                                   row(2, {"2024-03-15"}), row(4, {"", "", "", "later"})}));
    }

    // libxlsxwriter 1.1.4 cannot write the 1904 date system, so this package is hand-made.
    void date1904()
    {
        const QByteArray styles =
            "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + Main +
            "\"><numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"[$-409]d/m/yyyy\"/>"
            "<numFmt numFmtId=\"165\" formatCode=\"&quot;m&quot;0\"/>"
            "<numFmt numFmtId=\"166\" formatCode=\"[Red]0\"/></numFmts>"
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
            "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
            "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"22\"/></cellXfs>"
            "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"165\" formatCode=\"yyyy\"/></dxf></dxfs>"
            "</styleSheet>";
        const QByteArray sheet = worksheet(
            "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"2\"><v>43000</v></c>"
            "<c r=\"C1\" s=\"3\"><v>5</v></c><c r=\"D1\" s=\"4\"><v>7</v></c>"
            "<c r=\"E1\" s=\"5\"><v>1.5</v></c><c r=\"F1\" s=\"0\"><v>43000</v></c>"
            "<c r=\"G1\" s=\"99\"><v>43000</v></c></row>");
        const QString file = path(QStringLiteral("1904.xlsx"));
        QVERIFY(writeZip(
            file, handMade(sheet, {{"xl/styles.xml", styles}}, "<workbookPr date1904=\"1\"/>")));

        QCOMPARE(read(file), (QVector<XlsxRow>{row(1, {"1904-01-01", "2021-09-23", "5", "7",
                                                       "1904-01-02T12:00", "43000", "43000"})}));
    }

    // What Excel writes but libxlsxwriter does not: phonetic runs, errors, ISO date cells, cells
    // and rows without references, escaped control characters, chart sheets, absolute targets.
    void handMadeCellTypes()
    {
        const QByteArray strings =
            "<?xml version=\"1.0\"?><sst xmlns=\"" + Main +
            "\" count=\"4\" uniqueCount=\"4\"><si><t>plain</t></si>"
            "<si><r><t>Ri</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">ch </t></r>"
            "<r><t>text</t></r></si>"
            "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh>"
            "<phoneticPr fontId=\"1\"/></si>"
            "<si><t>line_x000D_break</t></si></sst>";
        const QByteArray data = worksheet(
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c>"
            "<c t=\"s\"><v>2</v></c><c t=\"e\"><v>#N/A</v></c>"
            "<c t=\"str\"><f>A1</f><v>formula</v></c><c t=\"d\"><v>2024-03-15T10:00:00</v></c>"
            "<c t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r>"
            "<rPh><t>x</t></rPh></is></c><c t=\"s\"><v>3</v></c></row>"
            "<row><c><v>1</v></c></row>"
            "<row r=\"5\"><c r=\"C5\" t=\"b\"><v>1</v></c></row>");
        const QByteArray other = worksheet("<row r=\"1\"><c r=\"A1\"><v>9</v></c></row>");
        Parts parts = handMade(QByteArray(), {{"xl/sharedStrings.xml", strings}});
        // Sheets listed out of file-name order, one of them a chart sheet, with an absolute
        // target and an unusual prefix for the relationships namespace.
        parts[2].second = "<?xml version=\"1.0\"?><workbook xmlns=\"" + Main + "\" xmlns:rel=\"" +
                          Rel +
                          "\"><sheets><sheet name=\"Data\" sheetId=\"3\" rel:id=\"rId7\"/>"
                          "<sheet name=\"Chart\" sheetId=\"2\" rel:id=\"rId8\"/>"
                          "<sheet name=\"Other\" sheetId=\"1\" rel:id=\"rId9\"/></sheets>"
                          "</workbook>";
        parts[3].second = relationships("<Relationship Id=\"rId7\" Type=\"" + Rel +
                                        "/worksheet\" Target=\"/xl/worksheets/data.xml\"/>"
                                        "<Relationship Id=\"rId8\" Type=\"" +
                                        Rel +
                                        "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
                                        "<Relationship Id=\"rId9\" Type=\"" +
                                        Rel +
                                        "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                                        "<Relationship Id=\"rId3\" Type=\"" +
                                        Rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        parts[4].second = other;
        parts.append({"xl/worksheets/data.xml", data});
        const QString file = path(QStringLiteral("handmade.xlsx"));
        QVERIFY(writeZip(file, parts));

        const auto names = XlsxReader::sheetNames(file);
        QVERIFY(names.ok());
        QCOMPARE(names.value(), (QStringList{"Data", "Other"}));
        QCOMPARE(read(file, 0),
                 (QVector<XlsxRow>{row(2, {"plain", "Rich text", "東京", "#N/A", "formula",
                                           "2024-03-15T10:00:00", "inline", "line\rbreak"}),
                                   row(3, {"1"}), row(5, {"", "", "TRUE"})}));
        QCOMPARE(read(file, 1), (QVector<XlsxRow>{row(1, {"9"})}));
    }

    void largestSheetExcelAllows()
    {
        const QString file = path(QStringLiteral("largest.xlsx"));
        QVERIFY(writeZip(file, handMade(worksheet("<row r=\"1048576\"><c r=\"XFD1048576\">"
                                                  "<v>1</v></c></row>"))));
        const auto rows = read(file);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].number, 1048576);
        QCOMPARE(rows[0].cells.size(), 16384);
        QCOMPARE(rows[0].cells.last(), QStringLiteral("1"));
    }

    void beyondExcelsLimits_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QString>("detail");
        QTest::newRow("row")
            << QByteArray("<row r=\"1048577\"><c><v>1</v></c></row>")
            << QStringLiteral("xl/worksheets/sheet1.xml, line 2: row 1048577 is past row 1048576");
        QTest::newRow("row after the last")
            << QByteArray("<row r=\"1048576\"/><row><c><v>1</v></c></row>")
            << QStringLiteral("xl/worksheets/sheet1.xml, line 2: row 1048577 is past row 1048576");
        QTest::newRow("column") << QByteArray("<row r=\"3\"><c r=\"XFE3\"><v>1</v></c></row>")
                                << QStringLiteral(
                                       "xl/worksheets/sheet1.xml, line 2: row 3 has a cell past "
                                       "column XFD");
        QTest::newRow("huge column")
            << QByteArray("<row r=\"3\"><c r=\"ZZZZZZZZZZZZ3\"><v>1</v></c></row>")
            << QStringLiteral("xl/worksheets/sheet1.xml, line 2: row 3 has a cell past column XFD");
        QTest::newRow("column after the last")
            << QByteArray("<row r=\"3\"><c r=\"XFD3\"/><c><v>1</v></c></row>")
            << QStringLiteral("xl/worksheets/sheet1.xml, line 2: row 3 has a cell past column XFD");
    }

    void beyondExcelsLimits()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QString, detail);
        const QString file = path(QStringLiteral("huge.xlsx"));
        QFile::remove(file);
        QVERIFY(writeZip(file, handMade(worksheet(rows))));
        const auto result = XlsxReader::readSheet(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("refused"));
        QCOMPARE(result.error().message, QStringLiteral("'huge.xlsx' is bigger than Excel allows"));
        QCOMPARE(result.error().detail, detail);
    }

    // The same workbook read from bytes in memory, from a buffer and from a device that
    // cannot seek, gives the same sheets and rows as from its file.
    void fromDevice()
    {
        const QString file = path(QStringLiteral("device.xlsx"));
        Book book(file);
        lxw_worksheet *first = book.sheet("First");
        worksheet_write_string(first, 0, 0, "Hello", nullptr);
        worksheet_write_number(first, 1, 2, 42, nullptr);
        lxw_datetime d = dateTime(2024, 3, 15);
        worksheet_write_datetime(first, 2, 1, &d, book.format("dd/mm/yyyy"));
        worksheet_write_string(book.sheet("Second"), 3, 1, "two", nullptr);
        QVERIFY(book.save());
        const QByteArray bytes = fileBytes(file);

        QBuffer buffer;
        buffer.setData(bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const auto names = XlsxReader::sheetNames(&buffer, QStringLiteral("memory.xlsx"));
        QVERIFY(names.ok());
        QCOMPARE(names.value(), (QStringList{"First", "Second"}));
        for (const int sheet : {0, 1}) {
            const auto rows = XlsxReader::readSheet(&buffer, QStringLiteral("memory.xlsx"), sheet);
            QVERIFY(rows.ok());
            QCOMPARE(rows.value(), read(file, sheet));
        }
        QCOMPARE(read(file, 0).size(), 3);

        SequentialDevice pipe(bytes);
        const auto rows = XlsxReader::readSheet(&pipe, QStringLiteral("pipe.xlsx"), 1);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value(), (QVector<XlsxRow>{row(4, {"", "two"})}));

        // Errors name the file as given.
        QBuffer closed;
        const Error notOpen = XlsxReader::readSheet(&closed, QStringLiteral("closed.xlsx")).error();
        QCOMPARE(notOpen.code, QStringLiteral("cannot-open"));
        QCOMPARE(notOpen.message, QStringLiteral("Cannot open 'closed.xlsx'"));
        QBuffer text;
        text.setData("name,age\nAda,36\n");
        QVERIFY(text.open(QIODevice::ReadOnly));
        const Error notZip = XlsxReader::sheetNames(&text, QStringLiteral("text.xlsx")).error();
        QCOMPARE(notZip.code, QStringLiteral("refused"));
        QCOMPARE(notZip.message, QStringLiteral("'text.xlsx' is not an Excel workbook (.xlsx)"));
    }

    // Each hostile workbook is refused by the limit it is built to pass, quickly and without
    // taking the memory it asks for (see lodestar_xlsxbomb for how much it does take).
    void bombs_data()
    {
        QTest::addColumn<int>("index");
        const auto all = xlsxfiles::bombs();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all[i].name)) << i;
    }

    void bombs()
    {
        QFETCH(int, index);
        const Bomb bomb = xlsxfiles::bombs().at(index);
        const QString file = path(QStringLiteral("bomb.xlsx"));
        QFile::remove(file);
        QVERIFY(bomb.write(file));
        QVERIFY2(QFileInfo(file).size() < 16 * 1024 * 1024, "a bomb is a small file");
        const auto result = XlsxReader::readSheet(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("refused"));
        QVERIFY2(result.error().toString().contains(bomb.refusal),
                 qPrintable(result.error().toString()));
        QVERIFY(result.error().message.startsWith(QStringLiteral("'bomb.xlsx' ")));
    }

    // The zip directory's sizes are checked against the bytes unpacked, both ways.
    void entrySizeAsDeclared()
    {
        const QString file = path(QStringLiteral("sizes.xlsx"));
        const QString sheet = QStringLiteral("xl/worksheets/sheet1.xml");
        const Repeat rows = sheetOf("<row><c><v>1</v></c></row>", 1000);
        const qint64 size = sheetHead().size() + 26 * 1000 + sheetTail().size();
        QVERIFY(writeRepeated(file, handMade(QByteArray()), sheet, rows));
        QCOMPARE(read(file).size(), 1000);

        QFile::remove(file);
        QVERIFY(writeRepeated(file, handMade(QByteArray()), sheet, rows, size + 1));
        auto result = XlsxReader::readSheet(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message,
                 QStringLiteral("'sizes.xlsx' is damaged: %1 cannot be unpacked").arg(sheet));
        QCOMPARE(result.error().detail,
                 QStringLiteral("It unpacks to %1 bytes, not the %2 its zip directory gives")
                     .arg(size)
                     .arg(size + 1));

        QFile::remove(file);
        QVERIFY(writeRepeated(file, handMade(QByteArray()), sheet, rows, size - 1));
        result = XlsxReader::readSheet(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().detail,
                 QStringLiteral("It unpacks to more than the %1 bytes its zip directory gives")
                     .arg(size - 1));
    }

    // A part that packs well but not like a bomb is read, however big.
    void ratioUnderTheLimit()
    {
        const QString file = path(QStringLiteral("packed.xlsx"));
        // One random digit to about 400 bytes.
        const QByteArray unit = "<row r=\"1#\"/>" + QByteArray(400, ' ');
        QVERIFY(writeRepeated(file, handMade(QByteArray()),
                              QStringLiteral("xl/worksheets/sheet1.xml"), sheetOf(unit, 40000)));
        const qint64 unpacked = unit.size() * 40000;
        QVERIFY2(QFileInfo(file).size() * 50 < unpacked, "packs at more than 50:1");
        QVERIFY(XlsxReader::readSheet(file).ok());
    }

    // Rows and cells are counted as read, not by their numbers: Excel's count of each is read.
    void rowsAndCellsUpToExcelsLimits()
    {
        const QString file = path(QStringLiteral("excel.xlsx"));
        const QString sheet = QStringLiteral("xl/worksheets/sheet1.xml");
        QVERIFY(
            writeRepeated(file, handMade(QByteArray()), sheet,
                          Repeat{sheetHead(), "<row r=\"1#\"/>", 1048575,
                                 "<row r=\"7\"><c t=\"str\"><v>last</v></c></row>" + sheetTail()}));
        QCOMPARE(read(file), (QVector<XlsxRow>{row(7, {"last"})}));

        QFile::remove(file);
        QVERIFY(writeRepeated(file, handMade(QByteArray()), sheet,
                              Repeat{sheetHead() + "<row r=\"1\">", "<c r=\"A1\"/>", 16383,
                                     "<c r=\"B1\"><v>2</v></c></row>" + sheetTail()}));
        QCOMPARE(read(file), (QVector<XlsxRow>{row(1, {"", "2"})}));
    }

    // Excel's limit on a cell's text holds for inline strings, shared strings and values, and
    // counts an escaped character (_xHHHH_) as one.
    void cellTextUpToExcelsLimit_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("escaped");
        QTest::newRow("32,767") << 32767 << false;
        QTest::newRow("32,768") << 32768 << false;
        QTest::newRow("32,767 escaped") << 32767 << true;
        QTest::newRow("32,768 escaped") << 32768 << true;
    }

    void cellTextUpToExcelsLimit()
    {
        QFETCH(int, length);
        QFETCH(bool, escaped);
        const QByteArray text =
            escaped ? QByteArray("_x0041_").repeated(length) : QByteArray(length, 'A');
        const QString expected(length, u'A');
        const bool fits = length <= 32767;
        const QByteArray sst = sharedStringsHead() + "<si><t>" + text + "</t></si></sst>";
        const QByteArray cells = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + text +
                                 "</t></is></c><c r=\"B1\" t=\"str\"><v>" + text + "</v></c></row>";
        const QString file = path(QStringLiteral("text.xlsx"));
        QFile::remove(file);
        QVERIFY(writeParts(file, handMade(worksheet(cells))));
        auto result = XlsxReader::readSheet(file);
        if (fits) {
            QVERIFY(result.ok());
            QCOMPARE(result.value(), (QVector<XlsxRow>{row(1, {expected, expected})}));
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().toString(),
                     QStringLiteral("'text.xlsx' is bigger than Excel allows: "
                                    "xl/worksheets/sheet1.xml, line 2: cell A1 has more than "
                                    "32767 characters"));
        }

        QFile::remove(file);
        QVERIFY(writeParts(file, handMade(worksheet("<row><c t=\"s\"><v>0</v></c></row>"),
                                          {{"xl/sharedStrings.xml", sst}})));
        result = XlsxReader::readSheet(file);
        if (fits) {
            QVERIFY(result.ok());
            QCOMPARE(result.value(), (QVector<XlsxRow>{row(1, {expected})}));
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().toString(),
                     QStringLiteral("'text.xlsx' is bigger than Excel allows: "
                                    "xl/sharedStrings.xml, line 2: shared string 0 has more than "
                                    "32767 characters"));
        }
    }

    // As many shared strings, and characters in them, as the limits allow are read.
    void sharedStringsUpToTheLimits()
    {
        const QString file = path(QStringLiteral("strings.xlsx"));
        const QString strings = QStringLiteral("xl/sharedStrings.xml");
        const Parts parts = handMade(worksheet("<row><c t=\"s\"><v>1048575</v></c></row>"));
        QVERIFY(writeRepeated(
            file, parts, strings,
            Repeat{sharedStringsHead(), "<si><t>######</t></si>", 1048576, "</sst>"}));
        auto rows = read(file);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].cells.size(), 1);
        QCOMPARE(rows[0].cells[0].size(), 6);

        // 32 Mi characters: 1024 strings of 32,767 and one of 1024.
        QFile::remove(file);
        QVERIFY(writeRepeated(file, handMade(worksheet("<row><c t=\"s\"><v>1024</v></c></row>")),
                              strings,
                              Repeat{sharedStringsHead(), "<si><t>" + loosely(32767) + "</t></si>",
                                     1024, "<si><t>" + QByteArray(1024, 'z') + "</t></si></sst>"}));
        QCOMPARE(read(file), (QVector<XlsxRow>{row(1, {QString(1024, u'z')})}));
    }

    // The memory a sheet would take is counted as it is read: rows of 16,384 cells (one in
    // column XFD) take 393,322 bytes each as counted, so 426 fit in 160 MiB and 427 do not.
    void heldMemoryUpToTheLimit()
    {
        const QString file = path(QStringLiteral("memory.xlsx"));
        const QString sheet = QStringLiteral("xl/worksheets/sheet1.xml");
        const QByteArray xfd = "<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>";
        QVERIFY(writeRepeated(file, handMade(QByteArray()), sheet, sheetOf(xfd, 426)));
        {
            const auto rows = read(file);
            QCOMPARE(rows.size(), 426);
            QCOMPARE(rows.last().cells.size(), 16384);
            QCOMPARE(rows.last().cells.last(), QStringLiteral("1"));
        }
        QFile::remove(file);
        QVERIFY(writeRepeated(file, handMade(QByteArray()), sheet, sheetOf(xfd, 427)));
        const auto result = XlsxReader::readSheet(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("refused"));
        QCOMPARE(result.error().toString(),
                 QStringLiteral("'memory.xlsx' is too big to read: it would take more than 160 "
                                "MiB of memory: xl/worksheets/sheet1.xml, line 2, row 1"));
    }

    // A device that cannot seek is read into memory first, up to 32 MiB.
    void sequentialDeviceLimit()
    {
        SequentialDevice pipe(QByteArray(32 * 1024 * 1024 + 1, 'x'));
        const auto result = XlsxReader::readSheet(&pipe, QStringLiteral("pipe.xlsx"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("refused"));
        QCOMPARE(result.error().message,
                 QStringLiteral("'pipe.xlsx' is too big to read: more than 32 MiB from a "
                                "sequential device"));
    }

    // Just inside and just past each bound on the XML itself.
    void xmlLimits_data()
    {
        QTest::addColumn<QByteArray>("sheet");
        QTest::addColumn<QString>("refusal"); // empty: read
        const auto nested = [](int depth) {
            return QByteArray("<x>").repeated(depth) + QByteArray("</x>").repeated(depth);
        };
        // The worksheet and sheetData elements are two levels.
        QTest::newRow("256 deep") << worksheet(nested(254)) << QString();
        QTest::newRow("257 deep") << worksheet(nested(255))
                                  << QStringLiteral("'xml.xlsx' is too big to read: XML elements "
                                                    "are nested more than 256 deep: "
                                                    "xl/worksheets/sheet1.xml, line 2");
        const auto comment = [](int size) { return "<!--" + QByteArray(size - 7, 'x') + "-->"; };
        const QString tooLong =
            QStringLiteral("'xml.xlsx' is too big to read: an XML text, tag or comment is "
                           "longer than 1 MiB: xl/worksheets/sheet1.xml, line 2");
        QTest::newRow("1 MiB comment") << worksheet(comment(1 << 20)) << QString();
        QTest::newRow("1 MiB + 1 comment") << worksheet(comment((1 << 20) + 1)) << tooLong;
        const auto text = [](int size) { return "<x>" + QByteArray(size, 'y') + "</x>"; };
        QTest::newRow("1 MiB text") << worksheet(text(1 << 20)) << QString();
        QTest::newRow("1 MiB + 1 text") << worksheet(text((1 << 20) + 1)) << tooLong;
        const auto tag = [](int size) { return "<x a=\"" + QByteArray(size - 9, 'y') + "\"/>"; };
        QTest::newRow("1 MiB tag") << worksheet(tag(1 << 20)) << QString();
        QTest::newRow("1 MiB + 1 tag") << worksheet(tag((1 << 20) + 1)) << tooLong;
        const auto attributes = [](int count) {
            QByteArray row = "<row r=\"1\"";
            for (int i = 1; i < count; ++i)
                row += " a" + QByteArray::number(i) + "=\"\"";
            return row + "><c><v>1</v></c></row>";
        };
        QTest::newRow("128 attributes") << worksheet(attributes(128)) << QString();
        QTest::newRow("129 attributes")
            << worksheet(attributes(129))
            << QStringLiteral("'xml.xlsx' is too big to read: an XML element has more than 128 "
                              "attributes: xl/worksheets/sheet1.xml, line 2");
        // Tags of 900 KB, packing poorly (the ratio limit is not the one tested).
        quint32 seed = 1;
        QByteArray noise(900 * 1000, 'x');
        for (char &c : noise) {
            seed = seed * 1664525u + 1013904223u;
            c = char('a' + (seed >> 24) % 26);
        }
        const auto bigTags = [&](int count) {
            return ("<x a=\"" + noise + "\">").repeated(count) + QByteArray("</x>").repeated(count);
        };
        QTest::newRow("4 open tags of 900 KB") << worksheet(bigTags(4)) << QString();
        QTest::newRow("5 open tags of 900 KB")
            << worksheet(bigTags(5))
            << QStringLiteral("'xml.xlsx' is too big to read: the tags of the open XML elements "
                              "take more than 4 MiB: xl/worksheets/sheet1.xml, line 2");
        QTest::newRow("DTD") << "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet>\n<worksheet "
                                "xmlns=\"" +
                                    Main + "\"><sheetData/></worksheet>"
                             << QStringLiteral("'xml.xlsx' is damaged: xl/worksheets/sheet1.xml "
                                               "is not valid XML (line 2): It has a document "
                                               "type declaration (DTD), which Office files may "
                                               "not have");
    }

    void xmlLimits()
    {
        QFETCH(QByteArray, sheet);
        QFETCH(QString, refusal);
        const QString file = path(QStringLiteral("xml.xlsx"));
        QFile::remove(file);
        QVERIFY(writeParts(file, handMade(sheet)));
        const auto result = XlsxReader::readSheet(file);
        if (refusal.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("refused"));
        QCOMPARE(result.error().toString(), refusal);
    }

    // UTF-16 sheets are read; encodings that do not match the bytes, or that are neither UTF-8
    // nor UTF-16 (nor a single-byte one), are refused.
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("sheet");
        QTest::addColumn<QString>("refusal"); // empty: read
        const QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"%1\"?>\n<worksheet "
                                           "xmlns=\"%2\"><sheetData><row r=\"1\"><c "
                                           "t=\"inlineStr\"><is><t>Zoë ☺</t></is></c></row>"
                                           "</sheetData></worksheet>")
                                .arg("%1", QString::fromUtf8(Main));
        const auto encoded = [&](const char *declared, QStringConverter::Encoding encoding,
                                 bool bom) {
            QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                                 : QStringConverter::Flag::Default);
            return QByteArray(encoder.encode(xml.arg(QLatin1String(declared))));
        };
        const QString refused = QStringLiteral("'encoding.xlsx' is damaged: xl/worksheets/"
                                               "sheet1.xml is not valid XML (line 1): Its text "
                                               "encoding is %1; Office files use UTF-8 or UTF-16");
        QTest::newRow("UTF-8") << encoded("UTF-8", QStringConverter::Utf8, false) << QString();
        QTest::newRow("UTF-8 with BOM")
            << encoded("utf-8", QStringConverter::Utf8, true) << QString();
        QTest::newRow("UTF-16LE with BOM")
            << encoded("UTF-16", QStringConverter::Utf16LE, true) << QString();
        QTest::newRow("UTF-16BE with BOM")
            << encoded("UTF-16", QStringConverter::Utf16BE, true) << QString();
        QTest::newRow("UTF-16BE") << encoded("UTF-16BE", QStringConverter::Utf16BE, false)
                                  << QString();
        QTest::newRow("UTF-8 said to be UTF-16")
            << encoded("UTF-16", QStringConverter::Utf8, false) << refused.arg("UTF-16");
        QTest::newRow("UTF-16 said to be UTF-8")
            << encoded("UTF-8", QStringConverter::Utf16LE, true) << refused.arg("UTF-8");
        QTest::newRow("Shift_JIS")
            << encoded("Shift_JIS", QStringConverter::Utf8, false) << refused.arg("Shift_JIS");
        QTest::newRow("UTF-32") << encoded("UTF-32", QStringConverter::Utf32LE, true)
                                << refused.arg("UTF-32LE");
    }

    void encodings()
    {
        QFETCH(QByteArray, sheet);
        QFETCH(QString, refusal);
        const QString file = path(QStringLiteral("encoding.xlsx"));
        QFile::remove(file);
        QVERIFY(writeParts(file, handMade(sheet)));
        const auto result = XlsxReader::readSheet(file);
        if (refusal.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
            QCOMPARE(result.value(), (QVector<XlsxRow>{row(1, {QStringLiteral("Zoë ☺")})}));
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().toString(), refusal);
    }

    void textFileRenamed()
    {
        const QString file = path(QStringLiteral("fake.xlsx"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,age\nAda,36\n");
        f.close();
        for (const Error &e :
             {XlsxReader::readSheet(file).error(), XlsxReader::sheetNames(file).error()}) {
            QCOMPARE(e.code, QStringLiteral("refused"));
            QCOMPARE(e.message, QStringLiteral("'fake.xlsx' is not an Excel workbook (.xlsx)"));
        }
    }

    void oleFileIsRefused()
    {
        // Old .xls and password-protected .xlsx files start with the OLE signature.
        const QString file = path(QStringLiteral("locked.xlsx"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
        f.close();
        const auto result = XlsxReader::readSheet(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("refused"));
        QCOMPARE(result.error().message,
                 QStringLiteral("'locked.xlsx' is not an Excel workbook (.xlsx)"));
        QVERIFY(result.error().detail.contains(QStringLiteral("password")));
    }

    void truncatedWorkbook()
    {
        const QString whole = path(QStringLiteral("whole.xlsx"));
        Book book(whole);
        lxw_worksheet *s = book.sheet();
        for (lxw_row_t r = 0; r < 200; ++r)
            worksheet_write_string(s, r, 0, "x", nullptr);
        QVERIFY(book.save());
        QFile in(whole);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const QString file = path(QStringLiteral("truncated.xlsx"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.close();

        QVERIFY(XlsxReader::readSheet(whole).ok());
        const auto result = XlsxReader::readSheet(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("refused"));
        QCOMPARE(result.error().message,
                 QStringLiteral("'truncated.xlsx' is not an Excel workbook (.xlsx)"));
    }

    void missingFile()
    {
        const QString file = path(QStringLiteral("absent.xlsx"));
        for (const Error &e :
             {XlsxReader::readSheet(file).error(), XlsxReader::sheetNames(file).error()}) {
            QCOMPARE(e.code, QStringLiteral("cannot-open"));
            QCOMPARE(e.message, QStringLiteral("Cannot open 'absent.xlsx'"));
        }
    }

    void sheetIndexOutOfRange()
    {
        const QString file = path(QStringLiteral("one.xlsx"));
        Book book(file);
        worksheet_write_string(book.sheet(), 0, 0, "x", nullptr);
        QVERIFY(book.save());
        QVERIFY(XlsxReader::readSheet(file, 0).ok());
        for (const int index : {1, -1}) {
            const auto result = XlsxReader::readSheet(file, index);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, QStringLiteral("no-sheet"));
            QCOMPARE(result.error().message,
                     QStringLiteral("'one.xlsx' has no sheet number %1").arg(index + 1));
        }
    }

    void zipWithoutWorkbook()
    {
        const QString file = path(QStringLiteral("notes.xlsx"));
        QVERIFY(writeZip(file, {{"notes.txt", "not a workbook"}}));
        const auto result = XlsxReader::sheetNames(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("refused"));
        QCOMPARE(result.error().message,
                 QStringLiteral("'notes.xlsx' is not an Excel workbook (.xlsx)"));
        QCOMPARE(result.error().detail, QStringLiteral("It has no xl/workbook.xml"));
    }

    void zip64()
    {
        const QString file = path(QStringLiteral("zip64.xlsx"));
        QVERIFY(writeZip(file, handMade(worksheet("<row r=\"1\"><c r=\"B1\"><v>64</v></c></row>")),
                         ZipStyle::Zip64));
        QCOMPARE(read(file), (QVector<XlsxRow>{row(1, {"", "64"})}));
    }

    void damagedZipEntries_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("detail");
        QTest::newRow("checksum") << int(ZipStyle::BadCrc)
                                  << QStringLiteral("Its checksum does not match");
        QTest::newRow("encrypted") << int(ZipStyle::Encrypted) << QStringLiteral("It is encrypted");
    }

    void damagedZipEntries()
    {
        QFETCH(int, style);
        QFETCH(QString, detail);
        const QString file = path(QStringLiteral("crc.xlsx"));
        QFile::remove(file);
        QVERIFY(writeZip(file, handMade(worksheet("<row r=\"1\"><c><v>1</v></c></row>")),
                         ZipStyle(style)));
        const auto result = XlsxReader::sheetNames(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("refused"));
        QCOMPARE(result.error().message,
                 QStringLiteral("'crc.xlsx' is damaged: _rels/.rels cannot be unpacked"));
        QCOMPARE(result.error().detail, detail);
    }

    void malformedXml()
    {
        const QString file = path(QStringLiteral("bad.xlsx"));
        QVERIFY(writeZip(file, handMade("<?xml version=\"1.0\"?>\n<worksheet xmlns=\"" + Main +
                                        "\"><sheetData>\n<row r=\"1\"><c><v>1</v></c></row>\n"
                                        "<row r=\"2\"><c><v>2</x></c></row>\n"
                                        "</sheetData></worksheet>")));
        const auto result = XlsxReader::readSheet(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("refused"));
        QCOMPARE(result.error().message,
                 QStringLiteral("'bad.xlsx' is damaged: xl/worksheets/sheet1.xml is not valid "
                                "XML (line 4)"));
        QVERIFY(!result.error().detail.isEmpty());
    }

    void missingSharedString()
    {
        const QString file = path(QStringLiteral("nostrings.xlsx"));
        QVERIFY(writeZip(file, handMade(worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v>"
                                                  "</c></row>"))));
        const auto result = XlsxReader::readSheet(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("refused"));
        QCOMPARE(result.error().message,
                 QStringLiteral("'nostrings.xlsx' is damaged: xl/worksheets/sheet1.xml refers "
                                "to shared string 5, which does not exist (line 2)"));
    }
};

QTEST_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
