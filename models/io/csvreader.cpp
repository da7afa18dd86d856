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

CsvReader::CsvReader(QIODevice *device) : m_device(device) {}

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

void CsvReader::finishField(Record &out, bool &badUtf8)
{
    // Most fields are plain ASCII: those need no decoder.
    if (isAscii(m_field)) {
        out.fields << QString::fromLatin1(m_field);
    } else {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(m_field);
        if (decoder.hasError())
            badUtf8 = true;
        out.fields << text;
    }
    m_field.clear();
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
    bool badUtf8 = false;
    m_field.clear();
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
            if (state == State::Quoted && out.error.isEmpty())
                out.error =
                    tr("a quoted field that starts on line %1 is never closed").arg(out.line);
            finishField(out, badUtf8);
            break;
        }
        // Copy a run of ordinary bytes at once; only separators and quotes need a decision.
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        if (state == State::Unquoted || state == State::FieldStart || state == State::Quoted) {
            qsizetype end = m_pos;
            if (state == State::Quoted) {
                while (end < size && data[end] != '"') {
                    if (data[end] == '\n')
                        ++m_line;
                    ++end;
                }
            } else {
                while (end < size && data[end] != ',' && data[end] != '"' && data[end] != '\n' &&
                       data[end] != '\r')
                    ++end;
            }
            if (end > m_pos) {
                m_field.append(data + m_pos, end - m_pos);
                m_consumed += end - m_pos;
                m_pos = end;
                if (state == State::FieldStart)
                    state = State::Unquoted;
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
            m_field.append('"'); // a doubled quote inside a quoted field
            state = State::Quoted;
            continue;
        }
        if (c == ',') {
            finishField(out, badUtf8);
            state = State::FieldStart;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (c == '\r' && peek() == '\n')
                ++m_pos, ++m_consumed;
            ++m_line;
            finishField(out, badUtf8);
            break;
        }
        if (c == '"') {
            if (state == State::FieldStart) {
                state = State::Quoted;
            } else {
                if (out.error.isEmpty())
                    out.error = tr("field %1 has a quote but does not start with one")
                                    .arg(out.fields.size() + 1);
                m_field.append(c);
            }
            continue;
        }
        // Text after the closing quote of a field.
        if (out.error.isEmpty())
            out.error = tr("field %1 has text after its closing quote").arg(out.fields.size() + 1);
        m_field.append(c);
        state = State::Unquoted;
    }
    if (badUtf8 && out.error.isEmpty())
        out.error = tr("the line is not valid UTF-8 text");
    return true;
}
