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
// closing quote, invalid UTF-8, a field or a record past the limits below) is reported as the
// error of that record, never a crash, and never held whole in memory. A quoted field that runs
// past the end of its line and then goes wrong (never closed, text after its closing quote,
// past the field limit) is reported at the line it starts on, and reading resumes at the next
// line, so one stray quote costs one row, not the rest of the file (on a device that can seek,
// as files and buffers can); that record's fields are the ones before the quote. Empty lines are
// skipped: a CSV with one column cannot tell an empty line from an empty field, and the extract has
// no such file.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // The extract's longest field is a few hundred bytes and its widest record 24 fields: these
    // are far past any honest file and keep one record's memory to a few MiB.
    static constexpr qsizetype MaxFieldBytes = 1024 * 1024;
    static constexpr qsizetype MaxFields = 1000;

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
    // Whether the last record read ran to the end of the input without a line break: with a
    // malformed or short last record, the sign of a file cut short.
    bool lastRecordUnterminated() const { return m_unterminated; }

private:
    // Makes sure at least one unread byte is buffered; false at the end of the input.
    bool fill();
    int peek();
    void append(const char *data, qsizetype size);
    void finishField(Record &out);
    // Goes back to the line after the record's first one; false when the device cannot seek.
    bool resumeAfterFirstLine();

    QIODevice *m_device;
    qint64 m_origin; // the device's position when reading began
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_atStart = true;
    bool m_eof = false;
    bool m_unterminated = false;
    QString m_deviceError;
    QByteArray m_field;
    // The record being read: its fields counted (past MaxFields they are not kept), whether
    // the current field went past MaxFieldBytes, and whether a field held bad UTF-8.
    qsizetype m_fieldCount = 0;
    bool m_fieldTooLong = false;
    bool m_badUtf8 = false;
    // Where the line after the record's first one starts (offset, line number), once a quoted
    // field has crossed a line break; -1 before.
    qint64 m_resumeOffset = -1;
    qint64 m_resumeLine = 0;
};
