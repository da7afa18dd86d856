#pragma once

#include <QStringList>
#include <QVariantList>

class QIODevice;

// Writes RFC 4180 CSV to a device: fields holding a comma, a double quote, CR or LF are
// quoted, quotes inside are doubled, and every record ends in CRLF. Text is UTF-8, and
// writeBom() puts a byte order mark first, without which Excel reads accents as Latin-1.
// Text cells pass through FormulaGuard; numbers are written as plain digits.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);

    bool writeBom();
    // Numbers (int, qint64, double...) are written as numbers, everything else as guarded text.
    bool writeRow(const QVariantList &cells);
    bool writeRow(const QStringList &cells);

    // One field as it appears in the file: quoted where RFC 4180 requires it. Not guarded.
    static QString quoted(const QString &field);
    // One cell's text: numbers as C-locale digits, anything else through FormulaGuard.
    static QString cellText(const QVariant &cell);

private:
    bool writeFields(const QStringList &fields);

    QIODevice *m_device;
};
