#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

// What one CID import did: rows read and rejected per file, people, cases and reporting
// events added, updated and unchanged, and every rejected row with its reason.
struct ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)

public:
    // A row that broke the contract (file name, line of the file counting the header as 1),
    // or a notice about a row that was imported (rows of one person that disagree).
    struct Row
    {
        QString file;
        qint64 line = 0;
        QString reason;
    };

    qint64 importId = 0;
    QString casesFile;
    QString casesSha256; // hex
    QString reportingFile;
    QString reportingSha256;

    qint64 casesRows = 0; // data rows read, header excluded
    qint64 casesRejected = 0;
    qint64 reportingRows = 0;
    qint64 reportingRejected = 0;
    qint64 personsAdded = 0;
    qint64 personsUpdated = 0;
    qint64 personsUnchanged = 0;
    qint64 casesAdded = 0;
    qint64 casesUpdated = 0;
    qint64 casesUnchanged = 0;
    // Cases back in the extract after being missing from an earlier one (counted as updated).
    qint64 casesReturned = 0;
    // Cases held but absent from this extract, and how many of them went missing today.
    qint64 casesNotInExtract = 0;
    qint64 casesNewlyMissing = 0;
    qint64 eventsAdded = 0;
    qint64 eventsUpdated = 0;
    qint64 eventsUnchanged = 0;

    QVector<Row> rejects;
    // Rows imported with something to say: a person's details differing between rows.
    QVector<Row> notices;
    QStringList casesExtraColumns;
    QStringList reportingExtraColumns;

    QJsonObject toJson() const;
    // The summary a person reads on the terminal, one fact a line, rejects last.
    QString toText() const;
};
