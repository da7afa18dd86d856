#pragma once

#include "csvreader.h"
#include "db/error.h"
#include "domain/importsummary.h"
#include "store/importstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <functional>

// Imports the daily CID extract (CID-EXTRACT.md): cases.csv and, optionally, reporting.csv,
// streamed row by row, in one transaction. Rows that break the contract are rejected with
// their line and a reason and the rest imported; a file missing a required column (or
// unreadable, or not CSV) is refused whole and nothing is written.
class CidImporter
{
    Q_DECLARE_TR_FUNCTIONS(CidImporter)

public:
    // Called every few thousand rows, and through the recompute after the rows are read, with
    // the work done and the work in all; return false to cancel (nothing is imported). The
    // work is the bytes of both files, and a quarter as much again for the recompute (about
    // its share of a first import's time).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Error codes (Error::code): a file refused whole, an import cancelled by Progress, and
    // one that would mark too many held cases missing without a confirmation. Other failures
    // (SQL) carry the store's code. In every case nothing was written.
    static inline const QString Refused = QStringLiteral("refused");
    static inline const QString Cancelled = QStringLiteral("cancelled");
    static inline const QString TooManyMissing = QStringLiteral("too-many-missing");

    // Held cases that this extract leaves out and that were not missing already: marking them
    // missing is the usual daily trickle, or, when they are many, the sign of an extract cut
    // short or mangled upstream.
    struct MissingCheck
    {
        qint64 newlyMissing = 0;
        qint64 held = 0;           // held cases that were not missing before this import
        double limit = 0;          // the share allowed without asking
        QStringList firstCaseRefs; // the first few of them in reference order
    };
    // Asked when more than Options::missingLimit of the held cases would go missing; true
    // imports anyway.
    using ConfirmMissing = std::function<bool(const MissingCheck &)>;
    // A share of the held cases, 0 to 1. One in twenty: far above the daily churn of cases
    // closing in CID (well under 1%), far below what a file cut in half removes.
    static constexpr double DefaultMissingLimit = 0.05;
    static constexpr int MissingShown = 5;
    struct Options
    {
        Progress progress;
        double missingLimit = DefaultMissingLimit;
        // Unset: refused with TooManyMissing, saying how many and which.
        ConfirmMissing confirmMissing;
    };

    // `reportingPath` may be empty. `user` is recorded as who ran the import.
    static Result<ImportSummary> run(QSqlDatabase db, const QString &casesPath,
                                     const QString &reportingPath, const QString &user,
                                     const Options &options);
    static Result<ImportSummary> run(QSqlDatabase db, const QString &casesPath,
                                     const QString &reportingPath, const QString &user,
                                     const Progress &progress = {})
    {
        Options options;
        options.progress = progress;
        return run(std::move(db), casesPath, reportingPath, user, options);
    }
    // The message of a TooManyMissing refusal, and its parts the window's question shows too:
    // the share as "40.0" (percent), and the first references with how many more.
    static QString tooManyMissing(const MissingCheck &check);
    static QString missingShare(const MissingCheck &check);
    static QString missingList(const MissingCheck &check);

private:
    struct Columns
    {
        QHash<QString, int> index; // contract column name -> field index
        int count = 0;
    };
    struct PersonState
    {
        qint64 id = 0;
        quint64 heldFingerprint = 0; // 0 for a person new in this import
        quint64 fileFingerprint = 0; // 0 until a row of this file named the person
        qint64 fileLine = 0;
        bool counted = false; // already counted as added or updated
    };
    struct CaseState
    {
        ImportStore::HeldCase held; // as held before this import, never updated during it
        qint64 fileLine = 0;        // 0: not in this file
        bool added = false;         // new in this import: `held` describes no earlier state
    };

    CidImporter(QSqlDatabase db, const Options &options);

    // Reads and checks a header; Error (code Refused) naming the file and the column.
    Result<Columns> readHeader(CsvReader &reader, const QString &fileName,
                               const QStringList &required, const QStringList &known,
                               QStringList &extra);
    Status importCases(const QString &path);
    Status importReporting(const QString &path);
    Status markMissing();
    // Records in import_change what this import changed for the people it touched or whose
    // cases went missing; `refresh` recomputes the touched people's derived columns between
    // the before and after snapshots.
    Status recordChanges(const std::function<Status(const QVector<qint64> &touched)> &refresh);
    Status tick(qint64 bytesInFile);
    // Reports `done` of totalWork(); the Cancelled error when Progress says stop.
    Status report(qint64 done);
    qint64 totalWork() const { return m_totalBytes + recomputeWork(); }
    qint64 recomputeWork() const { return m_totalBytes / 4; }
    // The recompute's work: `part` of it done, from 0 to 1.
    Status reportRecompute(double part);
    void reject(const QString &file, qint64 line, const QString &reason);
    // Rejects a record that is malformed CSV or has the wrong number of fields.
    bool acceptShape(const CsvReader::Record &record, const QString &file, int fieldCount);
    // Counts the case `caseRef` as named by this extract in a row that was rejected.
    void seenInRejectedRow(const QString &caseRef, qint64 line);
    // The Refused error for a file whose last row is broken and has no line break after it.
    Status refuseIfCutShort(const CsvReader &reader, const QString &file) const;

    QSqlDatabase m_db;
    Progress m_progress;
    double m_missingLimit;
    ConfirmMissing m_confirmMissing;
    // Whether the last row read was rejected for its shape, and its line.
    bool m_lastRowBroken = false;
    qint64 m_lastRowLine = 0;
    ImportStore m_store;
    ImportSummary m_summary;
    QString m_now;
    QString m_previousImport; // started_at of the import before this one, or empty
    qint64 m_totalBytes = 0;
    qint64 m_bytesBefore = 0; // bytes of files already read
    qint64 m_rowsSinceTick = 0;
    // Rows held before this import, by table: how much it grew them (ImportStore::analyze).
    QHash<QString, qint64> m_heldRows;
    QHash<QString, PersonState> m_people;
    QHash<QString, CaseState> m_cases;
    // Held people whose details in the file (its last row naming them) differ from what is
    // held, written when the cases file has been read.
    QHash<QString, PersonDetails> m_laterDetails;
    QSet<qint64> m_touched; // people whose derived columns must be recomputed
    QSet<qint64> m_added;   // people new in this import
    // People whose reporting events this import added, changed or moved away
    QSet<qint64> m_eventPeople;
    // People with a case newly missing: not touched (a missing case still counts towards the
    // band), but perhaps gone from the extract.
    QSet<qint64> m_newlyMissing;
};
