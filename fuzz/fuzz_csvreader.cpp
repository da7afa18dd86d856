// libFuzzer target: CsvReader on any bytes, over a device that hands them out in chunks of every
// size, seekable or not, failing part-way or not, with the records' invariants checked.
//
// The input is two bytes of settings, then the CSV:
//   byte 0, bits 0-2: the most one read returns (0: what is asked; else 1, 2, 3, 7, 64, 4096 or
//                     65537 bytes), so quotes and line ends fall across the reader's chunks
//           bit 3:    a sequential device: it cannot seek, so no resuming after a stray quote
//           bit 4:    0xFE N C in the CSV stands for the byte C MaxFieldBytes - 128 + N times,
//                     so that a small input reaches either side of the field limit (twice at
//                     most: each costs tens of milliseconds instrumented)
//           bit 5:    the device fails (read returns -1) once it has handed out (byte 1) * 16
//                     bytes
//           bit 6:    the reader starts after the first (byte 1 & 7) bytes of the CSV
//   byte 1:           the number those use
#include "io/csvreader.h"

#include <QByteArray>
#include <QIODevice>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

// What the fields read come to, kept so that reading them is not optimised away.
volatile size_t kept;

class FuzzDevice : public QIODevice
{
public:
    FuzzDevice(const std::vector<char> &bytes, qint64 chunk, bool sequential, qint64 failAt)
        : m_bytes(bytes), m_chunk(chunk), m_sequential(sequential), m_failAt(failAt)
    {
    }
    bool isSequential() const override { return m_sequential; }
    qint64 size() const override { return m_sequential ? 0 : qint64(m_bytes.size()); }
    bool seek(qint64 pos) override
    {
        // Unbuffered, so the base class reads nothing ahead and the position is ours to keep.
        if (!QIODevice::seek(pos))
            return false;
        m_at = pos;
        return true;
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failAt >= 0 && m_at >= m_failAt) {
            setErrorString(QStringLiteral("fuzz: read error"));
            return -1;
        }
        qint64 n = std::min(maxSize, qint64(m_bytes.size()) - m_at);
        if (m_chunk > 0)
            n = std::min(n, m_chunk);
        if (m_failAt >= 0)
            n = std::min(n, m_failAt - m_at);
        if (n <= 0)
            return 0;
        std::memcpy(data, m_bytes.data() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const std::vector<char> &m_bytes;
    const qint64 m_chunk;
    const bool m_sequential;
    const qint64 m_failAt;
    qint64 m_at = 0;
};

[[noreturn]] void broken(const char *what, qint64 line)
{
    std::fprintf(stderr, "CsvReader invariant broken: %s (record at line %lld)\n", what,
                 static_cast<long long>(line));
    std::abort();
}

std::vector<char> expand(const uint8_t *data, size_t size, bool runs)
{
    constexpr int MaxRuns = 2;
    int runsLeft = runs ? MaxRuns : 0;
    std::vector<char> out;
    out.reserve(size);
    for (size_t i = 0; i < size; ++i) {
        if (runsLeft > 0 && data[i] == 0xFE && i + 2 < size) {
            const size_t count = size_t(CsvReader::MaxFieldBytes) - 128 + data[i + 1];
            out.insert(out.end(), count, char(data[i + 2]));
            --runsLeft;
            i += 2;
            continue;
        }
        out.push_back(char(data[i]));
    }
    // Exactly as long as the CSV, so that AddressSanitizer sees a read one byte past it.
    out.shrink_to_fit();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t flags = data[0];
    const uint8_t number = data[1];
    static const qint64 Chunks[] = {0, 1, 2, 3, 7, 64, 4096, 65537};
    const std::vector<char> bytes = expand(data + 2, size - 2, flags & 0x10);
    const qint64 failAt = (flags & 0x20) ? qint64(number) * 16 : -1;
    const bool sequential = flags & 0x08;
    FuzzDevice device(bytes, Chunks[flags & 7], sequential, failAt);
    device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    qint64 skip = (flags & 0x40) ? std::min<qint64>(number & 7, qint64(bytes.size())) : 0;
    if (skip > 0) {
        if (sequential) {
            char ignored[8];
            skip = std::max<qint64>(device.read(ignored, skip), 0);
        } else {
            device.seek(skip);
        }
    }

    CsvReader reader(&device);
    CsvReader::Record record;
    qint64 previousLine = 0;
    size_t sink = 0;
    while (reader.next(record)) {
        // Records come in file order, each on a later line than the one before: a reader that
        // went back or stood still would never finish.
        if (record.line <= previousLine)
            broken("a record's line is not after the previous record's", record.line);
        if (record.line > qint64(bytes.size()) + 1)
            broken("a record's line is past the last line", record.line);
        previousLine = record.line;
        if (record.fields.size() > CsvReader::MaxFields)
            broken("more fields kept than MaxFields", record.line);
        for (const QString &field : record.fields) {
            if (field.size() > CsvReader::MaxFieldBytes)
                broken("a field kept past MaxFieldBytes", record.line);
            for (const QChar c : field)
                sink = sink * 31 + c.unicode();
        }
        sink += size_t(record.error.size()) + (record.ok() ? 1 : 0);
        if (reader.bytesRead() > qint64(bytes.size()) - skip)
            broken("more bytes read than the device holds", record.line);
    }
    sink += size_t(reader.deviceError().size()) + (reader.lastRecordUnterminated() ? 1 : 0);
    kept = sink;
    return 0;
}
