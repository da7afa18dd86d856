// libFuzzer target: XlsxReader on any bytes, read from memory through its device entry points
// (sheetNames, then every sheet it names, the first three at most), seekable or not. A
// refusal is an answer; only a crash, a sanitizer report, a hang or memory past the limit is a
// finding. The input's first byte picks a sequential device (bit 0); the rest is the workbook.
#include "io/xlsxreader.h"

#include <QBuffer>
#include <QByteArray>
#include <cstddef>
#include <cstdint>

namespace {

// What the cells read come to, kept so that reading them is not optimised away.
volatile size_t kept;

// A buffer that says it cannot seek: the reader copies it into memory first.
class SequentialBuffer : public QBuffer
{
public:
    using QBuffer::QBuffer;
    bool isSequential() const override { return true; }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool sequential = data[0] & 1;
    QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto open = [&](QBuffer &device) {
        device.setData(bytes);
        return device.open(QIODevice::ReadOnly);
    };
    QBuffer plain;
    SequentialBuffer once;
    QBuffer &device = sequential ? once : plain;
    if (!open(device))
        return 0;
    const auto names = XlsxReader::sheetNames(&device, QStringLiteral("fuzz.xlsx"));
    if (!names)
        return 0;
    for (int i = 0; i < names.value().size() && i < 3; ++i) {
        QBuffer again;
        SequentialBuffer againOnce;
        QBuffer &d = sequential ? againOnce : again;
        if (!open(d))
            return 0;
        const auto rows = XlsxReader::readSheet(&d, QStringLiteral("fuzz.xlsx"), i);
        if (!rows)
            continue;
        for (const XlsxRow &row : rows.value()) {
            for (const QString &cell : row.cells)
                kept = kept + size_t(cell.size());
        }
    }
    return 0;
}
