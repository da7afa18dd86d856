#pragma once
// .xlsx packages put together by hand for the reader's tests, and hostile ones ("bombs") for
// its limits: written at run time, small on disk however much they unpack to. Shared by
// tst_xlsxreader and lodestar_xlsxbomb (tests/benchmark/xlsxbomb.cpp).

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QVector>
#include <functional>
#include <utility>
#include <zip.h>
#include <zlib.h>

namespace xlsxfiles {

using Parts = QVector<std::pair<QString, QByteArray>>;

inline const QByteArray Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline const QByteArray Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline const QByteArray PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

inline QByteArray relationships(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"" + PackageRel +
           "\">" + body + "</Relationships>";
}

// A worksheet's XML up to and after its rows.
inline QByteArray sheetHead()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + Main +
           "\"><dimension ref=\"A1\"/><sheetData>";
}
inline QByteArray sheetTail()
{
    return "</sheetData></worksheet>";
}

inline QByteArray worksheet(const QByteArray &rows)
{
    return sheetHead() + rows + sheetTail();
}

// The smallest package Excel would open: one sheet at xl/worksheets/sheet1.xml, plus any
// extra parts (styles, shared strings) and workbookPr.
inline Parts handMade(const QByteArray &sheetXml, const Parts &extra = {},
                      const QByteArray &workbookPr = QByteArray())
{
    Parts parts{
        {"[Content_Types].xml",
         "<?xml version=\"1.0\"?><Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"_rels/.rels", relationships("<Relationship Id=\"rId1\" Type=\"" + Rel +
                                      "/officeDocument\" Target=\"xl/workbook.xml\"/>")},
        {"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + Main + "\" xmlns:r=\"" +
                                Rel + "\">" + workbookPr +
                                "<sheets><sheet name=\"Only\" sheetId=\"1\" "
                                "r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         relationships("<Relationship Id=\"rId1\" Type=\"" + Rel +
                       "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                       "<Relationship Id=\"rId2\" Type=\"" +
                       Rel +
                       "/styles\" Target=\"styles.xml\"/>"
                       "<Relationship Id=\"rId3\" Type=\"" +
                       Rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")},
        {"xl/worksheets/sheet1.xml", sheetXml},
    };
    return parts + extra;
}

// A part too big to build in memory: `head`, `unit` `count` times, then `tail`. Each '#' in
// the unit becomes a pseudo-random digit, different in each copy of a 1 MiB block, so that
// the part packs no better than real XML would (and stays under the reader's ratio limit).
struct Repeat
{
    QByteArray head;
    QByteArray unit;
    qint64 count = 0;
    QByteArray tail;
};

// `data` deflated raw, as zip entries hold it, through `z`. A full flush ends on a byte
// boundary with nothing referring back, so the packed bytes can be written any number of
// times in a row.
inline QByteArray deflateBlock(z_stream &z, const QByteArray &data, int flush)
{
    QByteArray packed;
    char buffer[64 * 1024];
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    do {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        deflate(&z, flush);
        packed.append(buffer, qsizetype(sizeof buffer - z.avail_out));
    } while (z.avail_out == 0);
    return packed;
}

inline bool writePlainEntry(zipFile zip, const QString &name, const QByteArray &data,
                            int method = Z_DEFLATED)
{
    zip_fileinfo info = {};
    return zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0,
                                 nullptr, method, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK &&
           zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK &&
           zipCloseFileInZip(zip) == ZIP_OK;
}

// A zip of `parts`, packed as usual.
inline bool writeParts(const QString &path, const Parts &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, data] : parts)
        ok = ok && writePlainEntry(zip, name, data);
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// A zip of `parts`, with the part `name` holding `content` instead of what `parts` says.
// That part is packed once a block and the packed block written again and again, so that
// writing takes milliseconds whatever it unpacks to. `declaredSize`, unless -1, is the size
// the zip directory gives for it, true or not.
inline bool writeRepeated(const QString &path, const Parts &parts, const QString &name,
                          const Repeat &content, qint64 declaredSize = -1)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[partName, data] : parts) {
        if (partName != name)
            ok = ok && writePlainEntry(zip, partName, data);
    }

    const qint64 perBlock = qMax<qint64>(1, (1 << 20) / qMax<qint64>(1, content.unit.size()));
    quint32 seed = 12345;
    const auto fill = [&](qint64 units) {
        QByteArray text;
        text.reserve(units * content.unit.size());
        for (qint64 i = 0; i < units; ++i) {
            QByteArray unit = content.unit;
            for (char &c : unit) {
                if (c == '#') {
                    seed = seed * 1664525u + 1013904223u;
                    c = char('0' + (seed >> 24) % 10);
                }
            }
            text += unit;
        }
        return text;
    };
    const QByteArray block = fill(qMin(perBlock, content.count));
    const qint64 blocks = content.count / perBlock;
    const QByteArray rest = fill(content.count % perBlock);

    z_stream z = {};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    const QByteArray packedHead = deflateBlock(z, content.head, Z_FULL_FLUSH);
    const QByteArray packedBlock = deflateBlock(z, block, Z_FULL_FLUSH);
    const QByteArray packedRest = deflateBlock(z, rest, Z_FULL_FLUSH);
    const QByteArray packedTail = deflateBlock(z, content.tail, Z_FINISH);
    deflateEnd(&z);

    const auto crcOf = [](const QByteArray &data) {
        return crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()));
    };
    uLong crc = crcOf(content.head);
    const uLong blockCrc = crcOf(block);
    for (qint64 i = 0; i < blocks; ++i)
        crc = crc32_combine(crc, blockCrc, z_off_t(block.size()));
    crc = crc32_combine(crc, crcOf(rest), z_off_t(rest.size()));
    crc = crc32_combine(crc, crcOf(content.tail), z_off_t(content.tail.size()));
    const qint64 size =
        content.head.size() + blocks * block.size() + rest.size() + content.tail.size();

    zip_fileinfo info = {};
    const quint64 declared = quint64(declaredSize < 0 ? size : declaredSize);
    ok = ok && zipOpenNewFileInZip4_64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr,
                                       0, nullptr, Z_DEFLATED, Z_BEST_COMPRESSION, 1, -MAX_WBITS,
                                       DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0, 0, 0,
                                       declared >= 0xffffffffu ? 1 : 0) == ZIP_OK;
    const auto write = [&](const QByteArray &data) {
        ok = ok && zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK;
    };
    write(packedHead);
    for (qint64 i = 0; i < blocks; ++i)
        write(packedBlock);
    write(packedRest);
    write(packedTail);
    ok = ok && zipCloseFileInZipRaw64(zip, declared, crc) == ZIP_OK;
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// A sheet of `count` copies of `unit` between the usual head and tail.
inline Repeat sheetOf(const QByteArray &unit, qint64 count)
{
    return Repeat{sheetHead(), unit, count, sheetTail()};
}

// A hostile workbook, and what the reader should say when it refuses it.
struct Bomb
{
    QString name;
    // Writes the workbook to `path`; false when it cannot.
    std::function<bool(const QString &path)> write;
    // Part of the refusal (Error::toString(), message and detail).
    QString refusal;
};

// The shared strings part up to its strings.
inline QByteArray sharedStringsHead()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"" + Main + "\">";
}

// `size` bytes of text made to pack no better than about 140:1: a '#' (a random digit) every
// 300 bytes.
inline QByteArray loosely(qsizetype size)
{
    QByteArray text = (QByteArray(299, 'x') + '#').repeated(size / 300 + 1);
    text.truncate(size);
    return text;
}

// Entities each ten times the one before: "&i;" is 10^9 characters.
inline QByteArray billionLaughs()
{
    QByteArray dtd = "<!ENTITY a \"xxxxxxxxxx\">";
    for (char e = 'b'; e <= 'i'; ++e) {
        dtd += "<!ENTITY " + QByteArray(1, e) + " \"";
        for (int i = 0; i < 10; ++i)
            dtd += "&" + QByteArray(1, char(e - 1)) + ";";
        dtd += "\">";
    }
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [" + dtd + "]><worksheet xmlns=\"" + Main +
           "\"><sheetData><row><c t=\"inlineStr\"><is><t>&i;</t></is></c></row>" + sheetTail();
}

inline QVector<Bomb> bombs()
{
    const QString sheet = QStringLiteral("xl/worksheets/sheet1.xml");
    const Parts plain = handMade(QByteArray());
    const QByteArray inlineText = "<row><c t=\"inlineStr\"><is><t>";
    return {
        {QStringLiteral("zip bomb: 2 GiB of spaces"),
         [=](const QString &path) {
             return writeRepeated(path, plain, sheet, sheetOf(" ", qint64(2) << 30));
         },
         QStringLiteral("too big to read: a part unpacks to more than 512 MiB")},
        {QStringLiteral("zip bomb: 2 GiB of rows, said to be 300 MiB"),
         [=](const QString &path) {
             return writeRepeated(path, plain, sheet, sheetOf("<row/>", (qint64(2) << 30) / 6),
                                  qint64(300) << 20);
         },
         QStringLiteral("too big to read: a part unpacks to more than 200 times its packed "
                        "size")},
        {QStringLiteral("entry lying about its size: 64 MiB said to be 1,000 bytes"),
         [=](const QString &path) {
             return writeRepeated(path, plain, sheet, sheetOf("<row/>", (qint64(64) << 20) / 6),
                                  1000);
         },
         QStringLiteral("It unpacks to more than the 1000 bytes its zip directory gives")},
        {QStringLiteral("elements nested a million deep"),
         [=](const QString &path) {
             return writeRepeated(path, plain, sheet, sheetOf("<a#>", 1000000));
         },
         QStringLiteral("too big to read: XML elements are nested more than 256 deep")},
        {QStringLiteral("one text of 500 MB"),
         [=](const QString &path) {
             return writeRepeated(path, plain, sheet,
                                  Repeat{sheetHead() + inlineText, QByteArray(299, 'x') + "#",
                                         500000000 / 300, "</t></is></c></row>" + sheetTail()});
         },
         QStringLiteral("too big to read: an XML text, tag or comment is longer than 1 MiB")},
        {QStringLiteral("billion laughs: DTD entities"),
         [=](const QString &path) { return writeParts(path, handMade(billionLaughs())); },
         QStringLiteral("It has a document type declaration (DTD)")},
        {QStringLiteral("one element with 100,000 attributes"),
         [=](const QString &path) {
             return writeRepeated(
                 path, plain, sheet,
                 Repeat{sheetHead() + "<row r=\"1\"", " a#####=\"\"", 100000, "/>" + sheetTail()});
         },
         QStringLiteral("too big to read: an XML element has more than 128 attributes")},
        {QStringLiteral("100,000 rows of one cell in column XFD, all numbered 1"),
         [=](const QString &path) {
             return writeRepeated(path, plain, sheet,
                                  sheetOf("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>", 100000));
         },
         QStringLiteral("too big to read: it would take more than 160 MiB of memory")},
        {QStringLiteral("100,000 rows of one cell in column XFD, no row numbers"),
         [=](const QString &path) {
             return writeRepeated(path, plain, sheet,
                                  sheetOf("<row><c r=\"XFD1\"><v>1</v></c></row>", 100000));
         },
         QStringLiteral("too big to read: it would take more than 160 MiB of memory")},
        {QStringLiteral("1,048,577 rows numbered 10 to 19"),
         [=](const QString &path) {
             return writeRepeated(path, plain, sheet, sheetOf("<row r=\"1#\"/>", 1048577));
         },
         QStringLiteral("bigger than Excel allows: xl/worksheets/sheet1.xml, line 2: more than "
                        "1048576 rows")},
        {QStringLiteral("16,385 cells in one row, all in column A"),
         [=](const QString &path) {
             return writeRepeated(path, plain, sheet,
                                  Repeat{sheetHead() + "<row r=\"1\">", "<c r=\"A1\"/>", 16385,
                                         "</row>" + sheetTail()});
         },
         QStringLiteral("bigger than Excel allows: xl/worksheets/sheet1.xml, line 2: row 1 has "
                        "more than 16384 cells")},
        {QStringLiteral("16,777,217 empty cells"),
         [=](const QString &path) {
             // Rows of 16,350 cells, a random style number every 75 to pack at about 140:1.
             const QByteArray cells =
                 (QByteArray("<c/>").repeated(74) + "<c s=\"#\"/>").repeated(218);
             return writeRepeated(path, plain, sheet,
                                  sheetOf("<row>" + cells + "</row>", 16777217 / 16350 + 1));
         },
         QStringLiteral("too big to read: a sheet has more than 16777216 cells")},
        {QStringLiteral("a cell of 40,000 characters"),
         [=](const QString &path) {
             return writeParts(path, handMade(worksheet(inlineText + QByteArray(40000, 'x') +
                                                        "</t></is></c></row>")));
         },
         QStringLiteral("bigger than Excel allows: xl/worksheets/sheet1.xml, line 2: cell A1 has "
                        "more than 32767 characters")},
        {QStringLiteral("1,048,577 shared strings"),
         [=](const QString &path) {
             return writeRepeated(
                 path, plain, QStringLiteral("xl/sharedStrings.xml"),
                 Repeat{sharedStringsHead(), "<si><t>######</t></si>", 1048577, "</sst>"});
         },
         QStringLiteral("too big to read: it has more than 1048576 shared strings")},
        {QStringLiteral("shared strings of 33.6 million characters"),
         [=](const QString &path) {
             return writeRepeated(path, plain, QStringLiteral("xl/sharedStrings.xml"),
                                  Repeat{sharedStringsHead(),
                                         "<si><t>" + loosely(32700) + "</t></si>", 1027, "</sst>"});
         },
         QStringLiteral("too big to read: its shared strings have more than 33554432 characters "
                        "in all")},
        {QStringLiteral("a zip of 20,000 files"),
         [=](const QString &path) {
             zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
             bool ok = zip != nullptr;
             for (const auto &[name, data] : handMade(worksheet(QByteArray())))
                 ok = ok && writePlainEntry(zip, name, data);
             for (int i = 0; ok && i < 20000; ++i)
                 ok = writePlainEntry(zip, QStringLiteral("x/%1").arg(i), QByteArray(), 0);
             return zip && zipClose(zip, nullptr) == ZIP_OK && ok;
         },
         QStringLiteral("too big to read: its zip holds more than 16384 files")},
        {QStringLiteral("250 open elements with 20 KB tags"),
         [=](const QString &path) {
             return writeRepeated(
                 path, plain, sheet,
                 sheetOf("<a b=\"" + (QByteArray(99, 'x') + "#").repeated(200) + "\">", 250));
         },
         QStringLiteral("too big to read: the tags of the open XML elements take more than "
                        "4 MiB")},
    };
}

} // namespace xlsxfiles
