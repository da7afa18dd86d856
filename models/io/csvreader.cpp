#include "csvreader.h"

#include <QStringDecoder>

namespace {
constexpr qint64 ChunkSize = 256 * 1024;

bool isAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}
} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device), m_origin(device->isSequential() ? 0 : device->pos())
{
}

bool CsvReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    if (m_eof)
        return false;
    m_buffer.resize(ChunkSize);
    const qint64 n = m_device->read(m_buffer.data(), ChunkSize);
    m_pos = 0;
    if (n <= 0) {
        // read() gives -1 for a failure, 0 at the end of the input.
        if (n < 0)
            m_deviceError = m_device->errorString();
        m_buffer.clear();
        m_eof = true;
        return false;
    }
    m_buffer.resize(n);
    return true;
}

int CsvReader::peek()
{
    return fill() ? int(uchar(m_buffer.at(m_pos))) : -1;
}

void CsvReader::append(const char *data, qsizetype size)
{
    if (m_fieldTooLong)
        return;
    if (m_field.size() + size > MaxFieldBytes) {
        // Past the limit the field is only scanned to its end, never kept.
        m_fieldTooLong = true;
        m_field.clear();
        return;
    }
    m_field.append(data, size);
}

void CsvReader::finishField(Record &out)
{
    ++m_fieldCount;
    if (m_fieldTooLong && out.error.isEmpty())
        out.error = tr("field %1 is longer than %2 bytes").arg(m_fieldCount).arg(MaxFieldBytes);
    m_fieldTooLong = false;
    if (m_fieldCount > MaxFields) {
        m_field.clear();
        return;
    }
    // Most fields are plain ASCII: those need no decoder.
    if (isAscii(m_field)) {
        out.fields << QString::fromLatin1(m_field);
    } else {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(m_field);
        if (decoder.hasError())
            m_badUtf8 = true;
        out.fields << text;
    }
    m_field.clear();
}

bool CsvReader::resumeAfterFirstLine()
{
    if (m_resumeOffset < 0 || m_device->isSequential() ||
        !m_device->seek(m_origin + m_resumeOffset))
        return false;
    m_buffer.clear();
    m_pos = 0;
    m_eof = false;
    m_consumed = m_resumeOffset;
    m_line = m_resumeLine;
    m_field.clear();
    return true;
}

bool CsvReader::next(Record &out)
{
    out.fields.clear();
    out.error.clear();
    if (m_atStart) {
        m_atStart = false;
        // A UTF-8 byte-order mark is not part of the first field.
        if (fill() && m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos += 3;
            m_consumed += 3;
        }
    }
    // Skip empty lines between records.
    for (;;) {
        const int c = peek();
        if (c == -1)
            return false;
        if (c == '\n') {
            ++m_pos, ++m_consumed, ++m_line;
        } else if (c == '\r') {
            ++m_pos, ++m_consumed;
            if (peek() == '\n')
                ++m_pos, ++m_consumed;
            ++m_line;
        } else {
            break;
        }
    }
    out.line = m_line;
    m_unterminated = false;
    m_field.clear();
    m_fieldCount = 0;
    m_fieldTooLong = false;
    m_badUtf8 = false;
    m_resumeOffset = -1;
    // A quoted field that crossed a line break and then went wrong was most likely opened by a
    // stray quote: the record is cut back to its first line (see the class comment).
    const bool canResume = !m_device->isSequential();
    bool cutBack = false;
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote
    } state = State::FieldStart;

    for (;;) {
        if (!fill()) {
            // End of input: the last record may lack a final line break.
            m_unterminated = true;
            if (state == State::Quoted) {
                if (out.error.isEmpty())
                    out.error =
                        tr("a quoted field that starts on line %1 is never closed").arg(out.line);
                cutBack = true;
            } else {
                finishField(out);
            }
            break;
        }
        // Copy a run of ordinary bytes at once; only separators and quotes need a decision.
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        if (state == State::Unquoted || state == State::FieldStart || state == State::Quoted) {
            qsizetype end = m_pos;
            if (state == State::Quoted) {
                while (end < size && data[end] != '"') {
                    if (data[end] == '\n') {
                        ++m_line;
                        if (m_resumeOffset < 0) {
                            m_resumeOffset = m_consumed + (end - m_pos) + 1;
                            m_resumeLine = m_line;
                        }
                    }
                    ++end;
                }
            } else {
                while (end < size && data[end] != ',' && data[end] != '"' && data[end] != '\n' &&
                       data[end] != '\r')
                    ++end;
            }
            if (end > m_pos) {
                append(data + m_pos, end - m_pos);
                m_consumed += end - m_pos;
                m_pos = end;
                if (state == State::FieldStart)
                    state = State::Unquoted;
                if (state == State::Quoted && m_fieldTooLong && m_resumeOffset >= 0 && canResume) {
                    if (out.error.isEmpty())
                        out.error = tr("a quoted field that starts on line %1 runs past %2 bytes "
                                       "without closing")
                                        .arg(out.line)
                                        .arg(MaxFieldBytes);
                    cutBack = true;
                    break;
                }
                continue;
            }
        }
        const char c = data[m_pos];
        ++m_pos;
        ++m_consumed;
        if (state == State::Quoted) {
            // Only a quote stops the run above.
            state = State::AfterQuote;
            continue;
        }
        if (state == State::AfterQuote && c == '"') {
            append("\"", 1); // a doubled quote inside a quoted field
            state = State::Quoted;
            continue;
        }
        if (c == ',') {
            finishField(out);
            state = State::FieldStart;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (c == '\r' && peek() == '\n')
                ++m_pos, ++m_consumed;
            ++m_line;
            finishField(out);
            break;
        }
        if (c == '"') {
            if (state == State::FieldStart) {
                state = State::Quoted;
            } else {
                if (out.error.isEmpty())
                    out.error = tr("field %1 has a quote but does not start with one")
                                    .arg(m_fieldCount + 1);
                append(&c, 1);
            }
            continue;
        }
        // Text after the closing quote of a field.
        if (m_resumeOffset >= 0 && canResume) {
            if (out.error.isEmpty())
                out.error = tr("a quoted field that starts on line %1 runs onto the next line "
                               "and has text after its closing quote")
                                .arg(out.line);
            cutBack = true;
            break;
        }
        if (out.error.isEmpty())
            out.error = tr("field %1 has text after its closing quote").arg(m_fieldCount + 1);
        append(&c, 1);
        state = State::Unquoted;
    }
    if (cutBack && resumeAfterFirstLine())
        m_unterminated = false;
    if (m_fieldCount > MaxFields && out.error.isEmpty())
        out.error = tr("the record has %1 fields, more than %2").arg(m_fieldCount).arg(MaxFields);
    if (m_badUtf8 && out.error.isEmpty())
        out.error = tr("the line is not valid UTF-8 text");
    return true;
}
