#pragma once

#include "db/error.h"
#include "domain/sheetmapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

struct Sheet;

// Owns the SQL of team spreadsheet imports (table sheet_import) and the lookup of the people
// a sheet's rows refer to. The notes and diary entries themselves go through NoteStore and
// DiaryStore.
class SheetImportStore
{
    Q_DECLARE_TR_FUNCTIONS(SheetImportStore)

public:
    struct Match
    {
        qint64 id = 0;
        QString name; // "OKAFOR, Sam"
    };
    // A sheet's row planned (SheetMapping) and matched to a person: what the preview shows and
    // SheetImporter::run writes.
    struct PlannedRow
    {
        SheetRowPlan plan;
        std::optional<Match> person; // nullopt: no such person
        bool unknownPerson = false;  // the row is readable but names nobody Lodestar holds
    };
    struct Counts
    {
        qint64 rowsRead = 0;
        qint64 notesAdded = 0;
        qint64 diaryAdded = 0;
        qint64 rowsAlreadyImported = 0;
        qint64 rowsUnknownPerson = 0;
        qint64 rowsRejected = 0;
    };

    explicit SheetImportStore(QSqlDatabase db);

    // The people with these references, by reference as given. A reference matches whatever
    // its case and surrounding spaces ("p1001 " finds P1001): sheets are typed by hand.
    Result<QHash<QString, Match>> matchPeople(const QStringList &refs) const;

    // Records the import of `sheet` by `user` (inside the caller's transaction); its id marks
    // what it adds.
    Result<qint64> begin(const Sheet &sheet, const QString &user, const QString &now);
    Status finish(qint64 importId, const Counts &counts);

private:
    QSqlDatabase m_db;
};
