#pragma once

#include "db/error.h"
#include "domain/importsummary.h"
#include "domain/sheet.h"
#include "domain/sheetmapping.h"
#include "store/sheetimportstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>
#include <optional>

// What bringing in a team spreadsheet did.
struct SheetImportResult
{
    Q_DECLARE_TR_FUNCTIONS(SheetImportResult)

public:
    qint64 importId = 0;
    QString label; // the sheet's label, as notes and diary entries are marked
    SheetImportStore::Counts counts;
    qint64 rowsEmpty = 0; // a reference and nothing else to bring in
    // Rows not brought in: unknown person, or a value that could not be read.
    QVector<ImportSummary::Row> problems;

    // A few lines for a person: what was added, what was skipped and why.
    QString toText() const;
};

// Brings a mapped team spreadsheet into Lodestar: each row becomes a note and/or a dated
// diary entry on the person it names, marked with the sheet's label. Rows already brought in
// (same person, same text or entry, same sheet label) are skipped, so importing an updated
// sheet again adds only what is new. The whole import is one transaction.
class SheetImporter
{
    Q_DECLARE_TR_FUNCTIONS(SheetImporter)

public:
    using PlannedRow = SheetImportStore::PlannedRow;
    // Called with rows done and the total; returning false cancels (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Every row planned and matched to a person, as the preview shows it and run() writes it.
    // A row whose person is unknown carries that as its problem.
    static Result<QVector<PlannedRow>> plan(QSqlDatabase db, const Sheet &sheet,
                                            const SheetMapping &mapping);

    // Refused (code "refused") when the mapping does not fit the sheet; "cancelled" when
    // `progress` said stop. Either way the database is as it was.
    static Result<SheetImportResult> run(QSqlDatabase db, const Sheet &sheet,
                                         const SheetMapping &mapping, const QString &user,
                                         const Progress &progress = {});
};
