#include "sheetimporter.h"

#include "db/transaction.h"
#include "domain/textescape.h"
#include "store/accessstore.h"
#include "store/auditstore.h"
#include "store/diarystore.h"
#include "store/notestore.h"
#include "store/personstore.h"
#include "store/storesupport.h"

#include <QSet>
#include <algorithm>

QString SheetImportResult::toText() const
{
    QStringList lines;
    lines << tr("From %1: %n row(s) read.", "", int(counts.rowsRead)).arg(label);
    lines << tr("%n note(s) added.", "", int(counts.notesAdded));
    lines << tr("%n diary entry(ies) added.", "", int(counts.diaryAdded));
    if (counts.rowsAlreadyImported > 0)
        lines << tr("%n row(s) were already brought in and were skipped.", "",
                    int(counts.rowsAlreadyImported));
    if (rowsEmpty > 0)
        lines << tr("%n row(s) had nothing to bring in.", "", int(rowsEmpty));
    if (counts.rowsUnknownPerson > 0)
        lines << tr("%n row(s) name a person Lodestar does not hold; they are listed below.", "",
                    int(counts.rowsUnknownPerson));
    if (counts.rowsRejected > 0)
        lines << tr("%n row(s) could not be read; they are listed below.", "",
                    int(counts.rowsRejected));
    return lines.join(QLatin1Char('\n'));
}

Result<QVector<SheetImporter::PlannedRow>> SheetImporter::plan(QSqlDatabase db, const Sheet &sheet,
                                                               const SheetMapping &mapping)
{
    QVector<PlannedRow> out;
    out.reserve(sheet.rows.size());
    QStringList refs;
    for (const Sheet::Row &row : sheet.rows) {
        PlannedRow p{mapping.plan(sheet.headers, row.cells, row.line), std::nullopt, false};
        if (p.plan.problem.isEmpty())
            refs << p.plan.personRef;
        out << p;
    }
    refs.removeDuplicates();
    auto matches = SheetImportStore(db).matchPeople(refs);
    if (!matches)
        return matches.error();
    for (PlannedRow &p : out) {
        if (!p.plan.problem.isEmpty())
            continue;
        const auto it = matches.value().constFind(p.plan.personRef);
        if (it != matches.value().cend())
            p.person = *it;
        else {
            p.unknownPerson = true;
            p.plan.problem =
                TextEscape::controls(tr("row %1: no person with reference '%2' in Lodestar")
                                         .arg(p.plan.line)
                                         .arg(p.plan.personRef));
        }
    }
    return out;
}

Result<SheetImportResult> SheetImporter::run(QSqlDatabase db, const Sheet &sheet,
                                             const SheetMapping &mapping, const QString &user,
                                             const Progress &progress)
{
    // It writes notes onto everyone's people: an administrator's (checked before the work).
    if (Status s = AccessStore(db).require(Permissions::Action::Import); !s)
        return s.error();
    if (const QString problem = mapping.problem(sheet.headers); !problem.isEmpty())
        return Error{problem, QString(), QStringLiteral("refused")};
    auto planned = plan(db, sheet, mapping);
    if (!planned)
        return planned.error();

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    const QString now = StoreSupport::nowIso();
    SheetImportStore store(db);
    NoteStore notes(db);
    DiaryStore diary(db);
    SheetImportResult result;
    result.label = sheet.label();
    auto importId = store.begin(sheet, user, now);
    if (!importId)
        return importId.error();
    result.importId = importId.value();
    const Error cancelled{tr("The import was cancelled; nothing was brought in"), QString(),
                          QStringLiteral("cancelled")};

    const qint64 total = planned.value().size();
    qint64 done = 0;
    // The people given a note or a diary entry: their stored last action and next diary date
    // refreshed once at the end, many to a statement, rather than once a row.
    QSet<qint64> touched;
    for (const PlannedRow &p : std::as_const(planned.value())) {
        if (progress && done % 64 == 0 && !progress(done, total))
            return cancelled;
        ++done;
        ++result.counts.rowsRead;
        if (!p.plan.problem.isEmpty()) {
            result.problems << ImportSummary::Row{result.label, p.plan.line, p.plan.problem};
            if (p.unknownPerson)
                ++result.counts.rowsUnknownPerson;
            else
                ++result.counts.rowsRejected;
            continue;
        }
        if (!p.plan.hasContent()) {
            ++result.rowsEmpty;
            continue;
        }
        const qint64 personId = p.person->id;
        bool added = false;
        if (!p.plan.note.isEmpty()) {
            auto exists = notes.existsFromSource(personId, result.label, p.plan.note);
            if (!exists)
                return exists.error();
            if (!exists.value()) {
                auto id = notes.addInTransaction(personId, p.plan.note, user, now, result.label,
                                                 result.importId, false);
                if (!id)
                    return id.error();
                ++result.counts.notesAdded;
                added = true;
            }
        }
        if (p.plan.diaryDate.isValid()) {
            auto exists = diary.exists(personId, p.plan.diaryDate, p.plan.diaryTitle, result.label);
            if (!exists)
                return exists.error();
            if (!exists.value()) {
                DiaryEntry e;
                e.personId = personId;
                e.due = p.plan.diaryDate;
                e.title = p.plan.diaryTitle;
                e.source = result.label;
                e.sheetImportId = result.importId;
                auto id = diary.addInTransaction(e, user, now, false);
                if (!id)
                    return id.error();
                ++result.counts.diaryAdded;
                added = true;
            }
        }
        if (added)
            touched.insert(personId);
        else
            ++result.counts.rowsAlreadyImported;
    }
    QVector<qint64> people(touched.cbegin(), touched.cend());
    std::sort(people.begin(), people.end());
    PersonStore persons(db);
    if (Status s = persons.refreshLastActionInTransaction(people); !s)
        return s.error();
    if (Status s = persons.refreshNextDiaryInTransaction(people); !s)
        return s.error();
    if (Status s = store.finish(result.importId, result.counts); !s)
        return s.error();
    // One audit entry for the whole import: its own record, which carries the counts.
    AuditStore audit(db);
    const Result<QString> record = audit.rowJson(QStringLiteral("sheet_import"), result.importId);
    if (!record)
        return record.error();
    if (Status s =
            audit.appendInTransaction(QStringLiteral("import"), QStringLiteral("sheet_import"),
                                      result.importId, 0, QString(), record.value());
        !s)
        return s.error();
    if (progress && !progress(total, total))
        return cancelled;
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}
