#include "xlsxreader.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QStringConverter>
#include <QSysInfo>
#include <QUrl>
#include <QXmlStreamReader>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <unzip.h>
#include <vector>
#include <zlib.h>

namespace {

constexpr qint64 MiB = 1024 * 1024;

// --- Limits ----------------------------------------------------------------------------------
// A hostile file is refused before it takes memory or time without bound. Each count is kept
// as the file is read, never taken from what the file says about itself.

// Excel's own limits: a sheet that claims or holds more is refused rather than allocated.
constexpr qint64 MaxRows = 1048576;      // rows in a sheet, by number and as read
constexpr int MaxColumns = 16384;        // columns (to XFD), by reference and cells read in a row
constexpr int MaxCellCharacters = 32767; // the text of a cell or a shared string
// Cells read in a sheet, empty ones too: bounds the time one takes (seconds), with room for
// SheetReader's 200,000 rows at 80 columns.
constexpr qint64 MaxCellsRead = 16 * 1024 * 1024;
// Shared strings: Excel sets no number, but no sheet within the other limits needs more.
constexpr qint64 MaxSharedStrings = 1024 * 1024;
constexpr qint64 MaxSharedCharacters = 32 * MiB;
// What the reader holds at once (zip directory, relationships, styles, shared strings and the
// rows it returns), counted as Qt allocates it (see textBytes): with the bounds on XML below,
// keeps a process's peak under 256 MiB whatever the file. Excel's full sheet would take
// gigabytes; SheetReader's 200,000 rows fit at about 10 columns of short values, more where
// texts repeat (a shared string is counted once).
constexpr qint64 MaxHeldBytes = 160 * MiB;
// Files in the zip: workbooks have tens, a few thousand with many pictures.
constexpr int MaxZipEntries = 16384;
// A sequential device is read into memory to seek in: a workbook this big packed holds far
// more cells than can be read anyway.
constexpr qint64 MaxCopiedBytes = 32 * MiB;
// One part unpacked: a sheet within the limits above is well under it, and parsing this much
// XML takes seconds.
constexpr qint64 MaxPartBytes = 512 * MiB;
// Unpacked bytes per packed byte of a part, once past the first few MiB (small parts pack
// oddly): XML packs at most about 100:1, zip bombs reach 1000:1.
constexpr qint64 MaxPartRatio = 200;
constexpr qint64 RatioGraceBytes = 4 * MiB;
// QXmlStreamReader holds each whole token (a text, a tag, a comment) and every open element
// (about 170 bytes each, plus the namespaces declared on it) before its caller sees any of it:
// these bound both, checked on the bytes as they are unpacked.
constexpr qint64 MaxTokenBytes = 1 * MiB;   // a 32,767-character cell takes at most ~330 KB
constexpr int MaxDepth = 256;               // Office XML nests about 10 deep
constexpr qint64 MaxOpenTagBytes = 4 * MiB; // the start tags of the open elements, together
// Qt checks each attribute of an element against those before it: time grows as their square.
constexpr int MaxAttributes = 128;

// An escaped character (_xHHHH_) takes seven: the most raw text a cell's limit allows.
constexpr qsizetype MaxRawCellCharacters = 7 * qsizetype(MaxCellCharacters);

// What holding things costs, for MaxHeldBytes: a QString's characters come with a header and
// malloc's own overhead; a cell in a row is a QString itself (24 bytes) even when empty.
constexpr qint64 SlotBytes = sizeof(QString);
constexpr qint64 RowBytes = sizeof(XlsxRow) + 32; // the row and its cell list's header
constexpr qint64 NodeBytes = 64;                  // an entry of a QHash
qint64 textBytes(qsizetype length)
{
    return length == 0 ? 0 : 40 + 2 * qint64(length);
}

// First serial past 9999-12-31, the last date Excel shows, in each date system.
constexpr double EndSerial1900 = 2958466.0;
constexpr double EndSerial1904 = 2957004.0;

const QString Refused = QStringLiteral("refused");

struct Relationship
{
    QString type;
    QString target;
};

struct Sheet
{
    QString name;
    QString part;
};

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

// The folder of a part ("xl" for "xl/workbook.xml"); "" at the root.
QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

// Relationship targets are URIs relative to the source part's folder, or absolute from the
// package root when they start with '/'.
QString resolveTarget(const QString &folder, const QString &target)
{
    const QString path = QUrl::fromPercentEncoding(target.toUtf8());
    if (path.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(path).mid(1);
    return QDir::cleanPath(folder.isEmpty() ? path : folder + QLatin1Char('/') + path);
}

// The relationship id of a <sheet>: r:id, whatever prefix the file binds to the (transitional
// or strict) relationships namespace.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == u"id" && a.namespaceUri().endsWith(u"relationships"))
            return a.value().toString();
    }
    return QString();
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// OOXML strings escape characters XML cannot hold (control characters) as _xHHHH_.
QString unescapeText(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_' &&
            isHexDigit(text[i + 2]) && isHexDigit(text[i + 3]) && isHexDigit(text[i + 4]) &&
            isHexDigit(text[i + 5])) {
            out += QChar(char16_t(QStringView(text).mid(i + 2, 4).toUShort(nullptr, 16)));
            i += 7;
        } else {
            out += text[i++];
        }
    }
    return out;
}

// Appends the text of the current element, to its end tag, to `text`. Like
// readElementText(), but false once `text` would pass `max` characters: an element may hold
// any number of texts (between comments, say), each within the XML guard's bound.
bool readText(QXmlStreamReader &xml, QString &text, qsizetype max)
{
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            if (text.size() + xml.text().size() > max)
                return false;
            text += xml.text();
            break;
        case QXmlStreamReader::StartElement:
            xml.raiseError(XlsxReader::tr("Expected character data."));
            return true;
        case QXmlStreamReader::EndElement:
            return true;
        default:
            break; // comments, processing instructions
        }
    }
    return true;
}

// Sets `text` to the text of a shared string <si> or an inline string <is>: plain <t>, or the
// <t> of each rich-text run <r>. Phonetic guides (<rPh>) are reading aids, not part of the
// value. False when it is longer than Excel allows.
bool richText(QXmlStreamReader &xml, QString &text)
{
    text.clear();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            if (!readText(xml, text, MaxRawCellCharacters))
                return false;
        } else if (xml.name() == u"r") {
            while (xml.readNextStartElement()) {
                if (xml.name() != u"t")
                    xml.skipCurrentElement();
                else if (!readText(xml, text, MaxRawCellCharacters))
                    return false;
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    text = unescapeText(text);
    return text.size() <= MaxCellCharacters;
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

// A custom number format shows a date or time when it has a d, m, y, h or s code outside
// quoted literals, [colour]/[$-locale] brackets, escaped characters (\x) and the padding/fill
// operators (_x, *x), which all take the next character literally.
bool isDateFormatCode(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') {
            i = code.indexOf(u'"', i + 1);
        } else if (c == u'[') {
            i = code.indexOf(u']', i + 1);
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else {
            const char16_t lower = c.toLower().unicode();
            if (lower == u'd' || lower == u'm' || lower == u'y' || lower == u'h' || lower == u's')
                return true;
        }
        if (i < 0)
            return false;
    }
    return false;
}

// An Excel date serial as ISO text; empty when it is outside the dates Excel can show.
QString serialToIso(double serial, bool date1904)
{
    if (serial < 0 || serial >= (date1904 ? EndSerial1904 : EndSerial1900))
        return QString();
    const qint64 minutes = std::llround(serial * 1440.0);
    const qint64 days = minutes / 1440;
    const int minuteOfDay = int(minutes % 1440);
    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days >= 61) {
        date = QDate(1899, 12, 30).addDays(days).toString(Qt::ISODate);
    } else if (days == 60) {
        // Excel keeps Lotus 1-2-3's leap day that never was; say what Excel shows.
        date = QStringLiteral("1900-02-29");
    } else {
        // Before that phantom day, serial 1 is 1900-01-01.
        date = QDate(1899, 12, 31).addDays(days).toString(Qt::ISODate);
    }
    if (minuteOfDay == 0)
        return date;
    return QStringLiteral("%1T%2:%3")
        .arg(date)
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

QString numberToText(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    const bool integral = std::floor(value) == value;
    if (integral && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    if (integral && std::fabs(value) < 1e21) {
        // 'g' would give "1e+20": write the 15 significant digits Excel keeps, then zeros.
        const QString e = QString::number(value, 'e', 14);
        const qsizetype at = e.indexOf(u'e');
        QString digits = e.left(at).remove(u'.');
        const int exponent = QStringView(e).mid(at + 1).toInt();
        const int mantissaDigits = int(digits.size()) - (value < 0 ? 2 : 1);
        return digits + QString(exponent - mantissaDigits, u'0');
    }
    return QString::number(value, 'g', 15);
}

// --- Guarding the XML ----------------------------------------------------------------------

// Why unpacking a part stopped: its data is damaged, its XML is not what an Office file may
// hold, or it passed a limit (named in `why`); `line` of its XML when known.
struct Failure
{
    enum Kind
    {
        None,
        Damaged,
        Malformed,
        TooBig
    };
    Kind kind = None;
    QString why;
    qint64 line = 0;
};

// Watches a part's XML as it is unpacked, before QXmlStreamReader sees it, for tokens, nesting
// and attributes past the limits above. It follows only the characters that make markup
// (< > / ? ! - [ ] = and quotes): the same bytes in UTF-8 and the single-byte encodings (no
// byte of a multi-byte UTF-8 character is ASCII), the same 16-bit units in UTF-16. Other
// encodings could hide markup from it, so they are refused, as is a DTD: Office files may not
// have one (Open Packaging Conventions, M1.17 and M1.18), and its entities could make a short
// text into a long one.
class XmlGuard
{
public:
    // Takes the next bytes of the part; false once it is refused (see failure()).
    bool feed(const char *data, qint64 size);
    // Takes the end of the part.
    bool finish();
    const Failure &failure() const { return m_failure; }

private:
    enum class Form
    {
        Unknown,
        Bytes,
        Utf16LE,
        Utf16BE
    };
    enum class State
    {
        Text,
        Open, // after '<'
        StartTag,
        Quoted, // an attribute value
        EndTag,
        Pi, // a processing instruction, or the XML declaration
        Bang,
        CommentOpen,
        Comment,
        CData
    };

    bool start(const QByteArray &head);
    bool scan(const char *data, qint64 size);
    bool take(char16_t c);
    bool checkDeclaration();
    bool endToken()
    {
        m_state = State::Text;
        m_tokenBytes = 0;
        return true;
    }
    bool refuse(Failure::Kind kind, const QString &why)
    {
        m_failure = {kind, why, m_line};
        return false;
    }
    bool tokenTooLong()
    {
        return refuse(Failure::TooBig,
                      XlsxReader::tr("an XML text, tag or comment is longer than %1 MiB")
                          .arg(MaxTokenBytes / MiB));
    }

    Form m_form = Form::Unknown;
    QByteArray m_head; // the first bytes, until there are enough to tell the form
    int m_unitBytes = 1;
    int m_skip = 0;     // bytes of a UTF-8 byte order mark still to skip
    int m_oddByte = -1; // a UTF-16 unit's first byte, when a read ended between the two
    bool m_bom = false;
    State m_state = State::Text;
    qint64 m_tokenBytes = 0;
    qint64 m_line = 1;
    char16_t m_prev = 0;
    char16_t m_quote = 0;
    int m_run = 0; // dashes before the end of a comment, brackets before the end of CDATA
    int m_attributes = 0;
    std::vector<qint64> m_openTags; // the size of each open element's start tag
    qint64 m_openTagBytes = 0;
    bool m_atStart = true;
    bool m_inDeclaration = false;
    QString m_declaration;
    Failure m_failure;
};

bool XmlGuard::feed(const char *data, qint64 size)
{
    if (m_failure.kind != Failure::None)
        return false;
    if (m_form != Form::Unknown)
        return scan(data, size);
    m_head.append(data, size);
    // QXmlStreamReader tells the encoding from the first four bytes: so does this.
    if (m_head.size() < 4)
        return true;
    const QByteArray head = std::exchange(m_head, QByteArray());
    return start(head) && scan(head.constData(), head.size());
}

bool XmlGuard::finish()
{
    if (m_failure.kind != Failure::None)
        return false;
    if (m_form != Form::Unknown)
        return true;
    const QByteArray head = std::exchange(m_head, QByteArray());
    return start(head) && scan(head.constData(), head.size());
}

bool XmlGuard::start(const QByteArray &head)
{
    // The same guess as QXmlStreamReader's: a byte order mark, or how '<' comes out.
    const auto encoding = QStringConverter::encodingForData(head, u'<');
    const bool littleEndianHost = QSysInfo::ByteOrder == QSysInfo::LittleEndian;
    if (!encoding || *encoding == QStringConverter::Utf8) {
        m_form = Form::Bytes;
        m_skip = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    } else if (*encoding == QStringConverter::Utf16LE ||
               (*encoding == QStringConverter::Utf16 && littleEndianHost)) {
        m_form = Form::Utf16LE;
    } else if (*encoding == QStringConverter::Utf16BE || *encoding == QStringConverter::Utf16) {
        m_form = Form::Utf16BE;
    } else {
        return refuse(Failure::Malformed,
                      XlsxReader::tr("Its text encoding is %1; Office files use UTF-8 or UTF-16")
                          .arg(QLatin1String(QStringConverter::nameForEncoding(*encoding))));
    }
    if (m_form != Form::Bytes) {
        m_unitBytes = 2;
        m_bom = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    }
    return true;
}

bool XmlGuard::scan(const char *data, qint64 size)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data);
    qint64 i = 0;
    if (m_form == Form::Bytes) {
        for (; i < size && m_skip > 0; ++i)
            --m_skip;
        while (i < size) {
            // Most bytes are names, text and attribute values: skip to what matters.
            if (m_state == State::StartTag) {
                qint64 j = i;
                while (j < size && data[j] != '"' && data[j] != '\'' && data[j] != '=' &&
                       data[j] != '>' && data[j] != '\n')
                    ++j;
                if (j > i) {
                    m_prev = bytes[j - 1];
                    m_tokenBytes += j - i;
                    if (m_tokenBytes > MaxTokenBytes)
                        return tokenTooLong();
                    i = j;
                    continue;
                }
            } else if (m_state == State::Text || m_state == State::Quoted) {
                const char end = m_state == State::Text ? '<' : char(m_quote);
                const void *found = std::memchr(data + i, end, size_t(size - i));
                const qint64 run = (found ? static_cast<const char *>(found) - data : size) - i;
                if (run > 0) {
                    m_line += std::count(data + i, data + i + run, '\n');
                    m_tokenBytes += run;
                    if (m_tokenBytes > MaxTokenBytes)
                        return tokenTooLong();
                    if (m_state == State::Text)
                        m_atStart = false;
                    i += run;
                    continue;
                }
            }
            if (!take(bytes[i++]))
                return false;
        }
        return true;
    }
    for (; i < size; ++i) {
        if (m_oddByte < 0) {
            m_oddByte = bytes[i];
            continue;
        }
        const char16_t unit = m_form == Form::Utf16LE ? char16_t(bytes[i] << 8 | m_oddByte)
                                                      : char16_t(m_oddByte << 8 | bytes[i]);
        m_oddByte = -1;
        if (!take(unit))
            return false;
    }
    return true;
}

bool XmlGuard::take(char16_t c)
{
    if (c == u'\n')
        ++m_line;
    if (m_state == State::Text && c == u'<') { // the text, if any, ends before it
        m_state = State::Open;
        m_tokenBytes = m_unitBytes;
        return true;
    }
    m_tokenBytes += m_unitBytes;
    if (m_tokenBytes > MaxTokenBytes)
        return tokenTooLong();
    switch (m_state) {
    case State::Text:
        if (c != 0xFEFF)
            m_atStart = false;
        break;
    case State::Open:
        if (c == u'/') {
            m_state = State::EndTag;
        } else if (c == u'?') {
            m_state = State::Pi;
            m_prev = 0;
            m_inDeclaration = m_atStart;
        } else if (c == u'!') {
            m_state = State::Bang;
        } else {
            if (int(m_openTags.size()) >= MaxDepth)
                return refuse(
                    Failure::TooBig,
                    XlsxReader::tr("XML elements are nested more than %1 deep").arg(MaxDepth));
            m_state = State::StartTag;
            m_attributes = 0;
            m_prev = c;
        }
        m_atStart = false;
        break;
    case State::StartTag:
        if (c == u'"' || c == u'\'') {
            m_quote = c;
            m_state = State::Quoted;
        } else if (c == u'=' && ++m_attributes > MaxAttributes) {
            return refuse(
                Failure::TooBig,
                XlsxReader::tr("an XML element has more than %1 attributes").arg(MaxAttributes));
        } else if (c == u'>') {
            if (m_prev != u'/') {
                m_openTags.push_back(m_tokenBytes);
                m_openTagBytes += m_tokenBytes;
                if (m_openTagBytes > MaxOpenTagBytes)
                    return refuse(Failure::TooBig,
                                  XlsxReader::tr("the tags of the open XML elements take more "
                                                 "than %1 MiB")
                                      .arg(MaxOpenTagBytes / MiB));
            }
            return endToken();
        }
        m_prev = c;
        break;
    case State::Quoted:
        if (c == m_quote) {
            m_state = State::StartTag;
            m_prev = c;
        }
        break;
    case State::EndTag:
        if (c == u'>') {
            if (!m_openTags.empty()) {
                m_openTagBytes -= m_openTags.back();
                m_openTags.pop_back();
            }
            return endToken();
        }
        break;
    case State::Pi:
        if (m_inDeclaration)
            m_declaration += QChar(c);
        if (c == u'>' && m_prev == u'?') {
            if (m_inDeclaration && !checkDeclaration())
                return false;
            m_inDeclaration = false;
            return endToken();
        }
        m_prev = c;
        break;
    case State::Bang:
        if (c == u'-') {
            m_state = State::CommentOpen;
        } else if (c == u'[') {
            m_state = State::CData;
            m_run = 0;
        } else {
            return refuse(Failure::Malformed,
                          XlsxReader::tr("It has a document type declaration (DTD), which Office "
                                         "files may not have"));
        }
        break;
    case State::CommentOpen: // the second '-' of "<!--"
        m_state = State::Comment;
        m_run = 0;
        break;
    case State::Comment:
        if (c == u'>' && m_run >= 2)
            return endToken();
        m_run = c == u'-' ? m_run + 1 : 0;
        break;
    case State::CData:
        if (c == u'>' && m_run >= 2)
            return endToken();
        m_run = c == u']' ? m_run + 1 : 0;
        break;
    }
    return true;
}

// The encoding the XML declaration names is the one QXmlStreamReader switches to: it must be
// one whose markup is where this guard looks for it.
bool XmlGuard::checkDeclaration()
{
    if (m_declaration.size() < 4 || !m_declaration.startsWith(u"xml") ||
        !m_declaration.at(3).isSpace())
        return true; // a processing instruction, not the declaration
    static const QRegularExpression encodingAttribute(
        QStringLiteral("\\sencoding\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"));
    const QRegularExpressionMatch match = encodingAttribute.match(m_declaration);
    if (!match.hasMatch())
        return true;
    const QString name = match.captured(1) + match.captured(2);
    // Compared as Qt compares encoding names.
    const QString key = name.toLower().remove(u'-').remove(u'_');
    const bool littleEndianHost = QSysInfo::ByteOrder == QSysInfo::LittleEndian;
    bool ok = false;
    switch (m_form) {
    case Form::Unknown:
    case Form::Bytes:
        ok = key == u"utf8" || key == u"usascii" || key == u"ascii" || key == u"latin1" ||
             key.startsWith(u"iso8859") || key.startsWith(u"windows125") ||
             key.startsWith(u"cp125");
        break;
    case Form::Utf16LE:
        ok = key == u"utf16le" || (key == u"utf16" && (m_bom || littleEndianHost));
        break;
    case Form::Utf16BE:
        ok = key == u"utf16be" || (key == u"utf16" && (m_bom || !littleEndianHost));
        break;
    }
    return ok || refuse(Failure::Malformed,
                        XlsxReader::tr("Its text encoding is %1; Office files use UTF-8 or UTF-16")
                            .arg(name));
}

// --- The zip container ---------------------------------------------------------------------
// Read with minizip (Debian's libminizip), the library libxlsxwriter itself links for its
// exports. Not QuaZip: it carries its own copy of minizip's functions (zipOpen, unzOpen2...),
// which take over libxlsxwriter's calls in a process that links both and crash every export.

// minizip reads the workbook through these, from a QIODevice: a file or bytes in memory.
struct DeviceStream
{
    QIODevice *device = nullptr;
    bool failed = false;
};

voidpf ZCALLBACK streamOpen(voidpf opaque, const void *, int mode)
{
    // Reading only: the stream is the device itself, already open.
    return (mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) == ZLIB_FILEFUNC_MODE_READ ? opaque
                                                                                  : nullptr;
}

uLong ZCALLBACK streamRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *s = static_cast<DeviceStream *>(stream);
    const qint64 n = s->device->read(static_cast<char *>(buffer), qint64(size));
    if (n < 0)
        s->failed = true;
    return n < 0 ? 0 : uLong(n);
}

uLong ZCALLBACK streamWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK streamTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<DeviceStream *>(stream)->device->pos());
}

long ZCALLBACK streamSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    QIODevice *device = static_cast<DeviceStream *>(stream)->device;
    const qint64 size = device->size();
    if (offset > quint64(size))
        return -1;
    qint64 target = qint64(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        target += device->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        target += size;
    else if (origin != ZLIB_FILEFUNC_SEEK_SET)
        return -1;
    return target <= size && device->seek(target) ? 0 : -1;
}

int ZCALLBACK streamClose(voidpf, voidpf)
{
    return 0; // the device belongs to the caller
}

int ZCALLBACK streamError(voidpf, voidpf stream)
{
    return static_cast<DeviceStream *>(stream)->failed ? 1 : 0;
}

// The entries of a zip file, by case-folded name: part names are case-insensitive in Office
// packages.
class ZipArchive
{
public:
    ZipArchive() = default;
    ~ZipArchive()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Empty when the device holds a readable zip; otherwise why it does not.
    QString open(QIODevice *device);
    const unz64_file_pos *find(const QString &name) const
    {
        const auto it = m_entries.constFind(name.toCaseFolded());
        return it == m_entries.constEnd() ? nullptr : &*it;
    }
    unzFile handle() const { return m_zip; }
    // More than MaxZipEntries files: open() stopped there.
    bool tooMany() const { return m_tooMany; }
    // What the directory kept takes, for MaxHeldBytes.
    qint64 heldBytes() const { return m_heldBytes; }

private:
    DeviceStream m_stream;
    unzFile m_zip = nullptr;
    QHash<QString, unz64_file_pos> m_entries;
    bool m_tooMany = false;
    qint64 m_heldBytes = 0;
};

QString ZipArchive::open(QIODevice *device)
{
    m_stream.device = device;
    zlib_filefunc64_def functions = {streamOpen, streamRead,  streamWrite, streamTell,
                                     streamSeek, streamClose, streamError, &m_stream};
    // The name is only handed back to streamOpen, which ignores it.
    m_zip = unzOpen2_64("", &functions);
    if (!m_zip)
        return XlsxReader::tr("It is not a zip archive");
    int count = 0;
    for (int status = unzGoToFirstFile(m_zip); status != UNZ_END_OF_LIST_OF_FILE;
         status = unzGoToNextFile(m_zip)) {
        if (++count > MaxZipEntries) {
            m_tooMany = true;
            return QString();
        }
        if (status != UNZ_OK)
            return XlsxReader::tr("Its zip directory is damaged");
        unz_file_info64 info;
        char name[1024];
        unz64_file_pos position;
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) !=
                UNZ_OK ||
            unzGetFilePos64(m_zip, &position) != UNZ_OK)
            return XlsxReader::tr("Its zip directory is damaged");
        // minizip leaves a name that fills the buffer unterminated; no part read has one.
        if (info.size_filename >= sizeof name)
            continue;
        const QString key = QString::fromUtf8(name, qsizetype(info.size_filename)).toCaseFolded();
        // A repeated name keeps its first entry, as unzip does.
        if (!m_entries.contains(key)) {
            m_entries.insert(key, position);
            m_heldBytes += NodeBytes + textBytes(key.size());
        }
    }
    return QString();
}

// One zip entry, unpacked as it is read so that a big sheet never sits in memory. minizip
// hands over the packed bytes and zlib inflates them here, so that the bytes counted are the
// ones actually unpacked, whatever the zip directory says about them.
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(unzFile zip, const unz64_file_pos &position) : m_zip(zip), m_position(position)
    {
    }
    ~ZipEntryDevice() override
    {
        if (m_inflating)
            inflateEnd(&m_stream);
        if (m_opened)
            unzCloseCurrentFile(m_zip);
    }

    // Finds the entry and opens the device; false (see failure()) when it cannot.
    bool start();
    // Why reading failed; kind None while all is well.
    const Failure &failure() const { return m_failure; }
    bool failed() const { return m_failure.kind != Failure::None; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool refuse(Failure::Kind kind, const QString &why)
    {
        m_failure = {kind, why, 0};
        return false;
    }
    bool refuse(const Failure &failure)
    {
        m_failure = failure;
        return false;
    }
    // Unpacks up to maxSize bytes into data; -1 (see failure()) when it cannot.
    qint64 unpack(char *data, qint64 maxSize);
    // Checks the bytes just unpacked, and the whole entry once it has ended.
    bool check(const char *data, qint64 size);

    unzFile m_zip;
    unz64_file_pos m_position;
    bool m_opened = false;
    bool m_inflating = false;
    bool m_ended = false;     // all of the entry unpacked
    bool m_packedEnd = false; // minizip has no more packed bytes
    z_stream m_stream = {};
    char m_packed[16384];
    qint64 m_packedRead = 0;
    quint64 m_declaredSize = 0;
    quint64 m_declaredCrc = 0;
    qint64 m_unpacked = 0;
    uLong m_crc = crc32(0, nullptr, 0);
    XmlGuard m_guard;
    Failure m_failure;
};

bool ZipEntryDevice::start()
{
    unz_file_info64 info;
    if (unzGoToFilePos64(m_zip, &m_position) != UNZ_OK ||
        unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return refuse(Failure::Damaged, XlsxReader::tr("Its zip directory is damaged"));
    if (info.flag & 0x1)
        return refuse(Failure::Damaged, XlsxReader::tr("It is encrypted"));
    if (info.compression_method != 0 && info.compression_method != Z_DEFLATED)
        return refuse(Failure::Damaged,
                      XlsxReader::tr("It is compressed with method %1, which is not supported")
                          .arg(info.compression_method));
    // What the directory says is checked against the bytes as they are unpacked; these only
    // refuse early what would be refused later anyway.
    if (info.uncompressed_size > quint64(MaxPartBytes))
        return refuse(Failure::TooBig,
                      XlsxReader::tr("a part unpacks to more than %1 MiB").arg(MaxPartBytes / MiB));
    if (info.uncompressed_size > quint64(RatioGraceBytes) &&
        info.uncompressed_size > quint64(MaxPartRatio) * info.compressed_size)
        return refuse(Failure::TooBig,
                      XlsxReader::tr("a part unpacks to more than %1 times its packed size")
                          .arg(MaxPartRatio));
    m_declaredSize = info.uncompressed_size;
    m_declaredCrc = info.crc;
    // Raw: minizip hands over the packed bytes as they are, and checks no CRC itself.
    int method = 0;
    int level = 0;
    if (unzOpenCurrentFile2(m_zip, &method, &level, 1) != UNZ_OK)
        return refuse(Failure::Damaged, XlsxReader::tr("Its zip header is damaged"));
    m_opened = true;
    if (method == Z_DEFLATED) {
        if (inflateInit2(&m_stream, -MAX_WBITS) != Z_OK)
            return refuse(Failure::Damaged, XlsxReader::tr("It cannot be unpacked"));
        m_inflating = true;
    }
    return open(QIODevice::ReadOnly);
}

qint64 ZipEntryDevice::unpack(char *data, qint64 maxSize)
{
    const auto readError = [&](int error) {
        refuse(Failure::Damaged,
               error == UNZ_ERRNO
                   ? XlsxReader::tr("Its data is cut short")
                   : XlsxReader::tr("Its data is damaged (minizip error %1)").arg(error));
        return qint64(-1);
    };
    const unsigned most = unsigned(qMin<qint64>(maxSize, 1 << 20));
    if (!m_inflating) {
        const int n = unzReadCurrentFile(m_zip, data, most);
        if (n < 0)
            return readError(n);
        m_packedRead += n;
        m_ended = n == 0;
        return n;
    }
    qint64 n = 0;
    while (n < qint64(most) && !m_ended) {
        if (m_stream.avail_in == 0 && !m_packedEnd) {
            const int packed = unzReadCurrentFile(m_zip, m_packed, sizeof m_packed);
            if (packed < 0)
                return readError(packed);
            m_packedRead += packed;
            m_packedEnd = packed == 0;
            m_stream.next_in = reinterpret_cast<Bytef *>(m_packed);
            m_stream.avail_in = uInt(packed);
        }
        m_stream.next_out = reinterpret_cast<Bytef *>(data + n);
        m_stream.avail_out = uInt(most - n);
        const int status = inflate(&m_stream, Z_NO_FLUSH);
        n = most - m_stream.avail_out;
        if (status == Z_STREAM_END) {
            m_ended = true;
        } else if (status == Z_BUF_ERROR && m_packedEnd && m_stream.avail_in == 0) {
            refuse(Failure::Damaged, XlsxReader::tr("Its data is cut short"));
            return -1;
        } else if (status != Z_OK && status != Z_BUF_ERROR) {
            refuse(Failure::Damaged,
                   XlsxReader::tr("Its data is damaged (zlib error %1)").arg(status));
            return -1;
        }
    }
    return n;
}

bool ZipEntryDevice::check(const char *data, qint64 size)
{
    m_unpacked += size;
    // An entry that lies about its size in the directory is caught here, by its real bytes.
    if (quint64(m_unpacked) > m_declaredSize)
        return refuse(Failure::Damaged,
                      XlsxReader::tr("It unpacks to more than the %1 bytes its zip directory "
                                     "gives")
                          .arg(m_declaredSize));
    if (m_unpacked > MaxPartBytes)
        return refuse(Failure::TooBig,
                      XlsxReader::tr("a part unpacks to more than %1 MiB").arg(MaxPartBytes / MiB));
    // Packed bytes inflate has taken, not those minizip has read ahead.
    const qint64 packed = m_packedRead - (m_inflating ? qint64(m_stream.avail_in) : 0);
    if (m_unpacked > RatioGraceBytes && m_unpacked > MaxPartRatio * packed)
        return refuse(Failure::TooBig,
                      XlsxReader::tr("a part unpacks to more than %1 times its packed size")
                          .arg(MaxPartRatio));
    m_crc = crc32_z(m_crc, reinterpret_cast<const Bytef *>(data), size_t(size));
    if (!m_guard.feed(data, size))
        return refuse(m_guard.failure());
    if (!m_ended)
        return true;
    if (!m_guard.finish())
        return refuse(m_guard.failure());
    if (quint64(m_unpacked) != m_declaredSize)
        return refuse(Failure::Damaged,
                      XlsxReader::tr("It unpacks to %1 bytes, not the %2 its zip directory gives")
                          .arg(m_unpacked)
                          .arg(m_declaredSize));
    if (m_crc != m_declaredCrc)
        return refuse(Failure::Damaged, XlsxReader::tr("Its checksum does not match"));
    return true;
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (failed())
        return -1;
    if (m_ended || maxSize <= 0)
        return 0;
    const qint64 n = unpack(data, maxSize);
    if (n < 0 || !check(data, n))
        return -1;
    return n;
}

// One open workbook: the zip and the file name that every error message starts with.
class Package
{
public:
    Package(QIODevice *device, const QString &fileName) : m_device(device), m_fileName(fileName) {}

    Status open();
    Status loadSheets();
    Status loadStyles();
    Status loadSharedStrings();
    Result<QVector<XlsxRow>> readRows(const QString &part);

    QVector<Sheet> sheets;

    Error notWorkbook(const QString &detail) const
    {
        return Error{XlsxReader::tr("'%1' is not an Excel workbook (.xlsx)").arg(m_fileName),
                     detail, Refused};
    }
    Error damaged(const QString &what, const QString &detail = QString()) const
    {
        return Error{XlsxReader::tr("'%1' is damaged: %2").arg(m_fileName, what), detail, Refused};
    }
    // A limit of this reader's passed: `limit` says which, `where` where in the file.
    Error tooBig(const QString &limit, const QString &where) const
    {
        return Error{XlsxReader::tr("'%1' is too big to read: %2").arg(m_fileName, limit), where,
                     Refused};
    }
    Error tooMuchMemory(const QString &where) const
    {
        return tooBig(
            XlsxReader::tr("it would take more than %1 MiB of memory").arg(MaxHeldBytes / MiB),
            where);
    }
    // One of Excel's limits passed: `detail` says where and which.
    Error biggerThanExcel(const QString &detail) const
    {
        return Error{XlsxReader::tr("'%1' is bigger than Excel allows").arg(m_fileName), detail,
                     Refused};
    }
    Error noSheet(int index) const
    {
        return Error{XlsxReader::tr("'%1' has no sheet number %2").arg(m_fileName).arg(index + 1),
                     XlsxReader::tr("It has %n sheet(s)", nullptr, int(sheets.size())),
                     QStringLiteral("no-sheet")};
    }

private:
    bool hasPart(const QString &part) const { return m_zip.find(part) != nullptr; }
    // Streams one XML part through `parse`; a missing part is an error unless `optional`.
    template <typename Parse> Status readPart(const QString &part, Parse &&parse, bool optional);
    // The error for a part that could not be unpacked.
    Error unpackError(const QString &part, const Failure &failure) const
    {
        if (failure.kind == Failure::TooBig)
            return tooBig(failure.why,
                          failure.line > 0
                              ? XlsxReader::tr("%1, line %2").arg(part).arg(failure.line)
                              : part);
        if (failure.kind == Failure::Malformed)
            return damaged(
                XlsxReader::tr("%1 is not valid XML (line %2)").arg(part).arg(failure.line),
                failure.why);
        return damaged(XlsxReader::tr("%1 cannot be unpacked").arg(part), failure.why);
    }
    Result<QHash<QString, Relationship>> readRelationships(const QString &part);
    // Reads one <c> to its end tag into `value`; `shared` when it is a shared string's.
    Status readCell(QXmlStreamReader &xml, const QString &part, qint64 row, int column,
                    QString &value, bool &shared);
    // Counts `bytes` more held; false once past MaxHeldBytes.
    bool hold(qint64 bytes)
    {
        m_held += bytes;
        return m_held <= MaxHeldBytes;
    }
    static QString at(const QString &part, const QXmlStreamReader &xml)
    {
        return XlsxReader::tr("%1, line %2").arg(part).arg(xml.lineNumber());
    }

    QIODevice *m_device;
    QString m_fileName;
    QBuffer m_copy; // a sequential device's bytes
    ZipArchive m_zip;
    QString m_workbookPart = QStringLiteral("xl/workbook.xml");
    QString m_sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    QString m_stylesPart = QStringLiteral("xl/styles.xml");
    bool m_date1904 = false;
    QStringList m_sharedStrings;
    // Per cell style (the s attribute): does its number format show a date?
    QVector<bool> m_dateStyles;
    qint64 m_held = 0; // bytes, as counted for MaxHeldBytes
};

Status Package::open()
{
    const auto cannotOpen = [&](const QString &why) {
        return Error{XlsxReader::tr("Cannot open '%1'").arg(m_fileName), why,
                     QStringLiteral("cannot-open")};
    };
    if (!m_device || !m_device->isReadable())
        return cannotOpen(XlsxReader::tr("It is not open for reading"));
    QIODevice *device = m_device;
    if (device->isSequential()) {
        QByteArray bytes;
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        for (;;) {
            const qint64 n = device->read(chunk.data(), chunk.size());
            if (n < 0)
                return cannotOpen(device->errorString());
            if (n == 0)
                break;
            if (bytes.size() + n > MaxCopiedBytes)
                return Error{XlsxReader::tr("'%1' is too big to read: more than %2 MiB from a "
                                            "sequential device")
                                 .arg(m_fileName)
                                 .arg(MaxCopiedBytes / (1024 * 1024)),
                             QString(), Refused};
            bytes.append(chunk.constData(), n);
        }
        m_copy.setData(bytes);
        m_copy.open(QIODevice::ReadOnly);
        device = &m_copy;
    }
    if (!device->seek(0))
        return cannotOpen(device->errorString());
    // Old .xls files and password-protected .xlsx files are both OLE compound files.
    if (device->read(8) == QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return notWorkbook(XlsxReader::tr("It is an old .xls workbook or a password-protected "
                                          "one; save it from Excel as .xlsx without a password"));
    const QString notZip = m_zip.open(device);
    if (!notZip.isEmpty())
        return notWorkbook(notZip);
    if (m_zip.tooMany())
        return tooBig(XlsxReader::tr("its zip holds more than %1 files").arg(MaxZipEntries),
                      QString());
    if (!hold(m_zip.heldBytes()))
        return tooMuchMemory(XlsxReader::tr("its zip directory"));
    // The package relationships say where the workbook is; every Excel puts it in xl/.
    auto root = readRelationships(QStringLiteral("_rels/.rels"));
    if (!root)
        return root.status();
    for (const Relationship &r : root.value()) {
        if (r.type.endsWith(u"/officeDocument"))
            m_workbookPart = resolveTarget(QString(), r.target);
    }
    if (!hasPart(m_workbookPart))
        return notWorkbook(XlsxReader::tr("It has no %1").arg(m_workbookPart));
    return {};
}

template <typename Parse>
Status Package::readPart(const QString &part, Parse &&parse, bool optional)
{
    const unz64_file_pos *entry = m_zip.find(part);
    if (!entry)
        return optional ? Status() : damaged(XlsxReader::tr("%1 is missing").arg(part));
    ZipEntryDevice device(m_zip.handle(), *entry);
    if (!device.start())
        return unpackError(part, device.failure());
    QXmlStreamReader xml(&device);
    const Status parsed = parse(xml);
    // A failed read looks like the end of the document to the XML reader: report the cause
    // rather than what the parser made of the cut-off XML.
    if (device.failed())
        return unpackError(part, device.failure());
    if (!parsed)
        return parsed;
    if (xml.hasError())
        return damaged(
            XlsxReader::tr("%1 is not valid XML (line %2)").arg(part).arg(xml.lineNumber()),
            xml.errorString());
    // Read what the XML reader left, so that the checksum covers the whole part.
    char rest[16384];
    while (device.read(rest, sizeof rest) > 0) {
    }
    if (device.failed())
        return unpackError(part, device.failure());
    return {};
}

Result<QHash<QString, Relationship>> Package::readRelationships(const QString &part)
{
    QHash<QString, Relationship> relationships;
    const QString folder = folderOf(folderOf(part)); // "xl/_rels/x.rels" is about "xl/x"
    const Status status = readPart(
        part,
        [&](QXmlStreamReader &xml) {
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement ||
                    xml.name() != u"Relationship")
                    continue;
                const QXmlStreamAttributes a = xml.attributes();
                if (a.value(QLatin1String("TargetMode")) == u"External")
                    continue;
                const QString id = a.value(QLatin1String("Id")).toString();
                Relationship r{a.value(QLatin1String("Type")).toString(),
                               resolveTarget(folder, a.value(QLatin1String("Target")).toString())};
                if (!hold(NodeBytes + textBytes(id.size()) + textBytes(r.type.size()) +
                          textBytes(r.target.size())))
                    return Status(tooMuchMemory(at(part, xml)));
                relationships.insert(id, r);
            }
            return Status();
        },
        true);
    if (!status)
        return status.error();
    return relationships;
}

Status Package::loadSheets()
{
    const QString folder = folderOf(m_workbookPart);
    const QString relsPart =
        (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("_rels/") +
        m_workbookPart.mid(folder.isEmpty() ? 0 : folder.size() + 1) + QStringLiteral(".rels");
    auto rels = readRelationships(relsPart);
    if (!rels)
        return rels.status();
    for (const Relationship &r : rels.value()) {
        if (r.type.endsWith(u"/sharedStrings"))
            m_sharedStringsPart = r.target;
        else if (r.type.endsWith(u"/styles"))
            m_stylesPart = r.target;
    }

    QVector<std::pair<QString, QString>> entries; // name, relationship id
    const Status status = readPart(
        m_workbookPart,
        [&](QXmlStreamReader &xml) {
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                const QXmlStreamAttributes a = xml.attributes();
                if (xml.name() == u"workbookPr")
                    m_date1904 = isTrue(a.value(QLatin1String("date1904")));
                else if (xml.name() == u"sheet") {
                    auto entry = std::make_pair(a.value(QLatin1String("name")).toString(),
                                                relationshipId(a));
                    if (!hold(2 * SlotBytes + textBytes(entry.first.size()) +
                              textBytes(entry.second.size())))
                        return Status(tooMuchMemory(at(m_workbookPart, xml)));
                    entries.append(entry);
                }
            }
            return Status();
        },
        false);
    if (!status)
        return status;
    for (const auto &[name, id] : entries) {
        const auto r = rels.value().constFind(id);
        if (r == rels.value().constEnd())
            return damaged(XlsxReader::tr("sheet '%1' has no part").arg(name));
        // Chart sheets and dialog sheets hold no cells.
        if (r->type.endsWith(u"/worksheet"))
            sheets.append({name, r->target});
    }
    return {};
}

Status Package::loadStyles()
{
    QHash<int, bool> customFormats; // numFmtId -> shows a date
    QVector<int> xfFormats;         // numFmtId of each cell style
    const Status status = readPart(
        m_stylesPart,
        [&](QXmlStreamReader &xml) {
            // Only <numFmts> and <cellXfs> matter: <dxfs> and <cellStyleXfs> hold the same
            // element names for conditional formats and named styles.
            bool inNumFmts = false;
            bool inCellXfs = false;
            while (!xml.atEnd()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::EndElement) {
                    if (xml.name() == u"numFmts")
                        inNumFmts = false;
                    else if (xml.name() == u"cellXfs")
                        inCellXfs = false;
                } else if (token == QXmlStreamReader::StartElement) {
                    const QXmlStreamAttributes a = xml.attributes();
                    if (xml.name() == u"numFmts")
                        inNumFmts = true;
                    else if (xml.name() == u"cellXfs")
                        inCellXfs = true;
                    else if (inNumFmts && xml.name() == u"numFmt")
                        customFormats.insert(
                            a.value(QLatin1String("numFmtId")).toInt(),
                            isDateFormatCode(a.value(QLatin1String("formatCode"))));
                    else if (inCellXfs && xml.name() == u"xf")
                        xfFormats.append(a.value(QLatin1String("numFmtId")).toInt());
                    else
                        continue;
                    if (!hold(NodeBytes))
                        return Status(tooMuchMemory(at(m_stylesPart, xml)));
                }
            }
            return Status();
        },
        true);
    if (!status)
        return status;
    m_dateStyles.reserve(xfFormats.size());
    for (const int id : xfFormats)
        m_dateStyles.append(customFormats.value(id, isBuiltInDateFormat(id)));
    return {};
}

Status Package::loadSharedStrings()
{
    const QString &part = m_sharedStringsPart;
    qint64 characters = 0;
    return readPart(
        part,
        [&](QXmlStreamReader &xml) -> Status {
            if (!xml.readNextStartElement()) // <sst>
                return {};
            while (xml.readNextStartElement()) {
                if (xml.name() != u"si") {
                    xml.skipCurrentElement();
                    continue;
                }
                if (m_sharedStrings.size() >= MaxSharedStrings)
                    return tooBig(
                        XlsxReader::tr("it has more than %1 shared strings").arg(MaxSharedStrings),
                        at(part, xml));
                QString text;
                if (!richText(xml, text))
                    return biggerThanExcel(XlsxReader::tr("%1, line %2: shared string %3 has "
                                                          "more than %4 characters")
                                               .arg(part)
                                               .arg(xml.lineNumber())
                                               .arg(m_sharedStrings.size())
                                               .arg(MaxCellCharacters));
                characters += text.size();
                if (characters > MaxSharedCharacters)
                    return tooBig(XlsxReader::tr("its shared strings have more than %1 "
                                                 "characters in all")
                                      .arg(MaxSharedCharacters),
                                  at(part, xml));
                if (!hold(SlotBytes + textBytes(text.size())))
                    return tooMuchMemory(at(part, xml));
                text.squeeze();
                m_sharedStrings.append(std::move(text));
            }
            return {};
        },
        true);
}

// Column letters ("A", "XFD") of a column index (0-based).
QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

Status Package::readCell(QXmlStreamReader &xml, const QString &part, qint64 row, int column,
                         QString &value, bool &shared)
{
    const auto tooLong = [&] {
        return biggerThanExcel(XlsxReader::tr("%1, line %2: cell %3 has more than %4 characters")
                                   .arg(part)
                                   .arg(xml.lineNumber())
                                   .arg(columnName(column) + QString::number(row))
                                   .arg(MaxCellCharacters));
    };
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView type = attributes.value(QLatin1String("t"));
    QString v;
    QString inlineText;
    bool hasInline = false;
    shared = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            v.clear();
            if (!readText(xml, v, MaxRawCellCharacters))
                return tooLong();
        } else if (xml.name() == u"is") {
            if (!richText(xml, inlineText))
                return tooLong();
            hasInline = true;
        } else {
            xml.skipCurrentElement(); // the formula <f>, extensions
        }
    }
    if (type == u"s") {
        if (v.isEmpty())
            return {};
        bool ok = false;
        const qint64 index = v.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size())
            return damaged(XlsxReader::tr("%1 refers to shared string %2, which does not exist "
                                          "(line %3)")
                               .arg(part, v)
                               .arg(xml.lineNumber()));
        value = m_sharedStrings.at(index);
        shared = true;
    } else if (type == u"inlineStr" || (hasInline && type.isEmpty())) {
        value = inlineText;
    } else if (type == u"str") {
        value = unescapeText(v);
    } else if (type == u"b") {
        value = isTrue(v)                      ? QStringLiteral("TRUE")
                : (v == u"0" || v == u"false") ? QStringLiteral("FALSE")
                                               : v;
    } else if (type.isEmpty() || type == u"n") {
        bool ok = false;
        const double number = v.toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            value = v; // not a number after all: keep the text rather than lose it
            return {};
        }
        const int style = attributes.value(QLatin1String("s")).toInt();
        if (style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style))
            value = serialToIso(number, m_date1904);
        if (value.isEmpty())
            value = numberToText(number);
    } else {
        value = v; // "e" (#N/A...), "d" (ISO date) and anything newer: the text as stored
    }
    if (value.size() > MaxCellCharacters)
        return tooLong();
    return {};
}

// Column index (0-based) of a cell reference such as "AB12"; -1 when it is not one, and at
// least MaxColumns when it is beyond column XFD.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
        if (column > MaxColumns)
            return MaxColumns;
    }
    if (i == 0 || i == reference.size())
        return -1;
    for (; i < reference.size(); ++i) {
        if (reference[i] < u'0' || reference[i] > u'9')
            return -1;
    }
    return column - 1;
}

Result<QVector<XlsxRow>> Package::readRows(const QString &part)
{
    QVector<XlsxRow> rows;
    // Rows and cells are counted as read: their numbers and references may repeat or be
    // missing.
    qint64 rowsRead = 0;
    qint64 cellsRead = 0;
    const Status status = readPart(
        part,
        [&](QXmlStreamReader &xml) -> Status {
            if (!xml.readNextStartElement()) // <worksheet>
                return {};
            while (xml.readNextStartElement()) {
                if (xml.name() != u"sheetData") {
                    xml.skipCurrentElement();
                    continue;
                }
                qint64 rowNumber = 0;
                while (xml.readNextStartElement()) {
                    if (xml.name() != u"row") {
                        xml.skipCurrentElement();
                        continue;
                    }
                    if (++rowsRead > MaxRows)
                        return biggerThanExcel(XlsxReader::tr("%1, line %2: more than %3 rows")
                                                   .arg(part)
                                                   .arg(xml.lineNumber())
                                                   .arg(MaxRows));
                    const QStringView r = xml.attributes().value(QLatin1String("r"));
                    if (r.isEmpty()) {
                        ++rowNumber;
                    } else {
                        bool ok = false;
                        rowNumber = r.toLongLong(&ok);
                        if (!ok || rowNumber < 1)
                            return damaged(XlsxReader::tr("%1 has an invalid row number '%2' "
                                                          "(line %3)")
                                               .arg(part, r.toString())
                                               .arg(xml.lineNumber()));
                    }
                    if (rowNumber > MaxRows)
                        return biggerThanExcel(XlsxReader::tr("%1, line %2: row %3 is past row %4")
                                                   .arg(part)
                                                   .arg(xml.lineNumber())
                                                   .arg(rowNumber)
                                                   .arg(MaxRows));
                    XlsxRow row;
                    row.number = rowNumber;
                    int column = -1;
                    int cellsInRow = 0;
                    while (xml.readNextStartElement()) {
                        if (xml.name() != u"c") {
                            xml.skipCurrentElement();
                            continue;
                        }
                        if (++cellsInRow > MaxColumns)
                            return biggerThanExcel(XlsxReader::tr("%1, line %2: row %3 has more "
                                                                  "than %4 cells")
                                                       .arg(part)
                                                       .arg(xml.lineNumber())
                                                       .arg(rowNumber)
                                                       .arg(MaxColumns));
                        if (++cellsRead > MaxCellsRead)
                            return tooBig(
                                XlsxReader::tr("a sheet has more than %1 cells").arg(MaxCellsRead),
                                XlsxReader::tr("%1, row %2").arg(at(part, xml)).arg(rowNumber));
                        const QStringView reference = xml.attributes().value(QLatin1String("r"));
                        if (reference.isEmpty()) {
                            ++column;
                        } else {
                            column = columnOf(reference);
                            if (column < 0)
                                return damaged(XlsxReader::tr("%1 has an invalid cell reference "
                                                              "'%2' (line %3)")
                                                   .arg(part, reference.toString())
                                                   .arg(xml.lineNumber()));
                        }
                        if (column >= MaxColumns)
                            return biggerThanExcel(XlsxReader::tr("%1, line %2: row %3 has a cell "
                                                                  "past column XFD")
                                                       .arg(part)
                                                       .arg(xml.lineNumber())
                                                       .arg(rowNumber));
                        QString value;
                        bool shared = false;
                        const Status cell = readCell(xml, part, rowNumber, column, value, shared);
                        if (!cell)
                            return cell;
                        // Empty cells only fill gaps, so trailing ones never appear.
                        if (value.isEmpty())
                            continue;
                        // Keeping it costs its text (a shared string's is held already), the
                        // cells up to its column and, for the row's first, the row.
                        const qint64 added = qMax<qint64>(0, column + 1 - row.cells.size());
                        if (!hold((shared ? 0 : textBytes(value.size())) + added * SlotBytes +
                                  (row.cells.isEmpty() ? RowBytes : 0)))
                            return tooMuchMemory(
                                XlsxReader::tr("%1, row %2").arg(at(part, xml)).arg(rowNumber));
                        if (added > 0)
                            row.cells.resize(column + 1);
                        if (!shared)
                            value.squeeze();
                        row.cells[column] = std::move(value);
                    }
                    if (!row.cells.isEmpty()) {
                        row.cells.squeeze();
                        rows.append(std::move(row));
                    }
                }
                // Nothing after <sheetData> holds values.
                return {};
            }
            return {};
        },
        false);
    if (!status)
        return status.error();
    return rows;
}

// Opens a workbook file for reading, or says why it cannot be.
Status openFile(QFile &file, const QString &fileName)
{
    const auto cannotOpen = [&](const QString &why) {
        return Error{XlsxReader::tr("Cannot open '%1'").arg(fileName), why,
                     QStringLiteral("cannot-open")};
    };
    if (QFileInfo(file.fileName()).isDir())
        return cannotOpen(XlsxReader::tr("It is a folder"));
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(file.errorString());
    return {};
}

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    QFile file(path);
    const QString fileName = QFileInfo(path).fileName();
    if (const Status opened = openFile(file, fileName); !opened)
        return opened.error();
    return sheetNames(&file, fileName);
}

Result<QVector<XlsxRow>> XlsxReader::readSheet(const QString &path, int sheetIndex)
{
    QFile file(path);
    const QString fileName = QFileInfo(path).fileName();
    if (const Status opened = openFile(file, fileName); !opened)
        return opened.error();
    return readSheet(&file, fileName, sheetIndex);
}

Result<QStringList> XlsxReader::sheetNames(QIODevice *device, const QString &fileName)
{
    Package package(device, fileName);
    Status status = package.open();
    if (status)
        status = package.loadSheets();
    if (!status)
        return status.error();
    QStringList names;
    for (const Sheet &sheet : package.sheets)
        names.append(sheet.name);
    return names;
}

Result<QVector<XlsxRow>> XlsxReader::readSheet(QIODevice *device, const QString &fileName,
                                               int sheetIndex)
{
    Package package(device, fileName);
    Status status = package.open();
    if (status)
        status = package.loadSheets();
    if (status && (sheetIndex < 0 || sheetIndex >= package.sheets.size()))
        status = package.noSheet(sheetIndex);
    if (status)
        status = package.loadStyles();
    if (status)
        status = package.loadSharedStrings();
    if (!status)
        return status.error();
    return package.readRows(package.sheets.at(sheetIndex).part);
}
