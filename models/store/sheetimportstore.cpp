#include "sheetimportstore.h"

#include "domain/sheet.h"
#include "storesupport.h"

#include <QSet>
#include <QSqlQuery>

using namespace StoreSupport;

SheetImportStore::SheetImportStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QHash<QString, SheetImportStore::Match>>
SheetImportStore::matchPeople(const QStringList &refs) const
{
    // CID references are upper case; look up both the text as typed and its upper case, then
    // map each stored reference back to the texts that asked for it.
    QHash<QString, QStringList> askedBy;
    for (const QString &ref : refs) {
        const QString t = ref.trimmed();
        if (t.isEmpty())
            continue;
        askedBy[t] << ref;
        if (t.toUpper() != t)
            askedBy[t.toUpper()] << ref;
    }
    QVariantList values;
    for (auto it = askedBy.cbegin(); it != askedBy.cend(); ++it)
        values << it.key();
    QHash<QString, Match> out;
    const Status s = forEachRowIn(
        m_db,
        QStringLiteral("SELECT person_ref, id, family_name, given_names FROM person "
                       "WHERE person_ref IN (%1)"),
        {}, values,
        [&](const QSqlQuery &q) {
            const Match m{q.value(1).toLongLong(),
                          personName(q.value(2).toString(), q.value(3).toString())};
            for (const QString &asked : askedBy.value(q.value(0).toString())) {
                // The exact spelling wins over the upper-cased one.
                if (!out.contains(asked) || asked.trimmed() == q.value(0).toString())
                    out.insert(asked, m);
            }
        },
        tr("Could not look up the people the sheet refers to"));
    if (!s)
        return s.error();
    return out;
}

Result<qint64> SheetImportStore::begin(const Sheet &sheet, const QString &user, const QString &now)
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral("INSERT INTO sheet_import (imported_at, imported_by, file_name, "
                              "sheet_name, sha256) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(now);
    q.addBindValue(user);
    q.addBindValue(sheet.fileName);
    // '' rather than NULL for a CSV file, which has no worksheets.
    q.addBindValue(sheet.sheetName.isEmpty() ? QStringLiteral("") : sheet.sheetName);
    q.addBindValue(sheet.sha256);
    if (!q.exec())
        return queryError(tr("Could not record the spreadsheet import"), q);
    return returnedId(q);
}

Status SheetImportStore::finish(qint64 importId, const Counts &c)
{
    QSqlQuery q(m_db);
    prepare(q, QStringLiteral(
                   "UPDATE sheet_import SET rows_read = :rows_read, notes_added = :notes_added, "
                   "diary_added = :diary_added, rows_already_imported = :rows_already_imported, "
                   "rows_unknown_person = :rows_unknown_person, rows_rejected = :rows_rejected "
                   "WHERE id = :id"));
    q.bindValue(QStringLiteral(":rows_read"), c.rowsRead);
    q.bindValue(QStringLiteral(":notes_added"), c.notesAdded);
    q.bindValue(QStringLiteral(":diary_added"), c.diaryAdded);
    q.bindValue(QStringLiteral(":rows_already_imported"), c.rowsAlreadyImported);
    q.bindValue(QStringLiteral(":rows_unknown_person"), c.rowsUnknownPerson);
    q.bindValue(QStringLiteral(":rows_rejected"), c.rowsRejected);
    q.bindValue(QStringLiteral(":id"), importId);
    if (!q.exec())
        return queryError(tr("Could not record the spreadsheet import"), q);
    return {};
}
