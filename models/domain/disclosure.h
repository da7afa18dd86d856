#pragma once

#include <QString>
#include <QVariantMap>

// One disclosure of personal data (Data Protection Act 2018 s.62: disclosure is an operation
// to log): a file, a print or a picture that takes people's data out of Lodestar. Written to
// the audit log by AuditStore::recordDisclosure as action "disclose", the view as the entity
// and this as the after JSON: who and when come from the entry itself.
struct Disclosure
{
    enum class Kind
    {
        Export,     // rows written to a file (the caseload as CSV or Excel, a subject access)
        Report,     // a report written as PDF (the dashboard report, the review check)
        Print,      // a report sent to a printer
        Screenshot, // a picture of a view (the screenshot command, a chart saved as an image)
    };

    // The audit log's action for every disclosure.
    static inline const QString Action = QStringLiteral("disclose");
    // The reason the command line records when --reason is left out, so scripts keep working.
    static inline const QString CommandLineReason = QStringLiteral("command line");
    // A reason is a short phrase ("weekly return to HQ"), not a document.
    static constexpr int MaxReason = 200;

    Kind kind = Kind::Export;
    QString view;        // the view's key: caseload, dashboard, review_check, person, ...
    QVariantMap filters; // what the view was narrowed to; empty: everything it shows
    int rows = -1;       // the people or rows disclosed; -1 where not counted (a picture)
    QString file;        // the file written, or the printer printed to
    QString format;      // csv, xlsx, pdf, png, json, print
    QString reason;      // as the user gave it: reason() cleans it
    qint64 personId = 0; // about one person (their id), else 0

    static QString kindKey(Kind kind);
    // The reason as stored: control characters escaped (TextEscape::controls), runs of spaces
    // as one, trimmed and cut to MaxReason characters. Empty when nothing is left.
    static QString cleanReason(const QString &reason);
    // The after JSON: kind, view, filters, rows (when counted), file name and folder (or the
    // printer), format and the cleaned reason.
    QString json() const;
};
