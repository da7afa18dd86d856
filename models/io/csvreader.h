#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

// Reads RFC 4180 CSV one record at a time from a device, so memory stays flat however big
// the file is: UTF-8 with or without a byte-order mark, CRLF or LF line ends, quoted fields
// holding commas, doubled quotes and line breaks, with or without a final line break.
//
// Malformed input (an unterminated quote, a stray quote in an unquoted field, text after a
// closing quote, invalid UTF-8) is reported as the error of that record, never a crash; the
// reader then carries on from the next line. Empty lines are skipped: a CSV with one column
// cannot tell an empty line from an empty field, and the extract has no such file.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record
    {
        QStringList fields;
        // Line of the file where the record starts; the first line is 1.
        qint64 line = 0;
        // Why the record is malformed; empty for a good record.
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    explicit CsvReader(QIODevice *device);

    // Reads the next record into `out`; false at the end of the input (or a read error, see
    // deviceError()).
    bool next(Record &out);
    // Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_consumed; }
    // The device's error text when reading failed part-way; empty otherwise.
    QString deviceError() const { return m_deviceError; }

private:
    // Makes sure at least one unread byte is buffered; false at the end of the input.
    bool fill();
    int peek();
    void finishField(Record &out, bool &badUtf8);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_atStart = true;
    bool m_eof = false;
    QString m_deviceError;
    QByteArray m_field;
};
