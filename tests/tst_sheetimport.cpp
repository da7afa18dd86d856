// Bringing in a team spreadsheet: reading .csv and .xlsx sheets, matching rows to people,
// notes and diary entries marked with the sheet, unknown people and bad values listed, the
// import as one transaction, and importing the same (or an updated) sheet again.
#include "io/sheetimporter.h"
#include "io/sheetreader.h"
#include "io/xlsxwriter.h"
#include "itemmodels/roles.h"
#include "itemmodels/sheetmappingmodel.h"
#include "itemmodels/sheetpreviewmodel.h"
#include "store/diarystore.h"
#include "store/notestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

using F = SheetMapping::Field;

class TestSheetImport : public QObject
{
    Q_OBJECT

    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static qint64 count(Database &db, const QString &sql)
    {
        QSqlQuery q(db.sql());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }
    // Two people, the kind of sheet a team keeps beside Pathfinder.
    static void addPeople(Database &db)
    {
        QVERIFY(
            TestData::add(db, {TestData::person(QStringLiteral("P1001"), QStringLiteral("Okafor"),
                                                QStringLiteral("Sam"), QString(), 24),
                               TestData::person(QStringLiteral("P1002"), QStringLiteral("Nowak"),
                                                QStringLiteral("Ewa"), QString(), 12)}));
    }
    static const QByteArray &teamSheet()
    {
        static const QByteArray csv =
            "CID ref,Barrier,Next action,Next action date,Comments\r\n"
            "P1001,Asylum claim,Chase ETD interview,05/03/2026,\"Reports well, keen\"\r\n"
            "p1002 ,,,,Moved to Leeds\r\n"
            "P9999,JR,Check JR,01/04/2026,Not ours?\r\n"
            "P1001,,Review,31/02/2026,bad date\r\n"
            ",,,,no reference\r\n"
            "P1002,,,,\r\n";
        return csv;
    }

private slots:
    void initTestCase() { TestData::isolateSettings(QStringLiteral("tst_sheetimport")); }

    void readsACsvSheet()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("North team.csv"),
                                   "\xEF\xBB\xBF\n\nRef,Comments\nP1,\"two\nlines\"\n\n,\nP2,x\n");
        const auto sheet = SheetReader::read(path);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().toString()));
        QCOMPARE(sheet.value().fileName, QStringLiteral("North team.csv"));
        QCOMPARE(sheet.value().label(), QStringLiteral("North team.csv"));
        QCOMPARE(sheet.value().headers,
                 (QStringList{QStringLiteral("Ref"), QStringLiteral("Comments")}));
        QCOMPARE(sheet.value().headerLine, qint64(3));
        QCOMPARE(sheet.value().rows.size(), 2);
        QCOMPARE(sheet.value().rows.at(0).line, qint64(4));
        QCOMPARE(sheet.value().rows.at(0).cells.at(1), QStringLiteral("two\nlines"));
        QCOMPARE(sheet.value().rows.at(1).line, qint64(8));
        QCOMPARE(sheet.value().sha256, QString::fromLatin1(TestData::fileHash(path).toHex()));
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("contains");
        QTest::newRow("empty") << "empty.csv" << QByteArray("\n\n") << "no header row";
        QTest::newRow("bad quote")
            << "bad.csv" << QByteArray("Ref,Note\nP1,\"open\n") << "bad.csv', line 2";
        QTest::newRow("value without header")
            << "wide.csv" << QByteArray("Ref,Note\nP1,a,b\n") << "row 2: a value in column 3";
        // Counted as kept: 4,001 rows of 1,000 cells, and 33 rows of 1 MiB.
        QByteArrayList names;
        for (int i = 0; i < 1000; ++i)
            names << "h" + QByteArray::number(i);
        QByteArray wide = names.join(',') + "\n";
        for (int i = 0; i < 4001; ++i)
            wide += "x" + QByteArray(999, ',') + "\n";
        QTest::newRow("too many cells") << "cells.csv" << wide << "more than 4000000 cells";
        QByteArray deep("Ref,Note\n");
        for (int i = 0; i < 33; ++i)
            deep += "P1," + QByteArray(1024 * 1024, 'n') + "\n";
        QTest::newRow("too many characters") << "deep.csv" << deep << "33554432 characters by row";
        QTest::newRow("old excel")
            << "old.xls" << QByteArray("\xD0\xCF\x11\xE0") << "save it as .xlsx or .csv";
        QTest::newRow("not a workbook")
            << "fake.xlsx" << QByteArray("Ref,Note\nP1,a\n") << "not an Excel workbook";
    }
    void refusesWhatItCannotRead()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, contains);
        QTemporaryDir dir;
        const auto sheet = SheetReader::read(write(dir, name, content));
        QVERIFY(!sheet);
        QVERIFY2(sheet.error().toString().contains(contains), qPrintable(sheet.error().toString()));
        QVERIFY(!SheetReader::read(dir.filePath(QStringLiteral("missing.csv"))));
    }

    void readsAnXlsxSheet()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("North.xlsx"));
        XlsxWriter w;
        QVERIFY(w.open(path, QStringLiteral("Caseload")));
        QVERIFY(w.writeHeader({QStringLiteral("CID ref"), QStringLiteral("Comments")}));
        QVERIFY(w.writeRow({QStringLiteral("P1001"), QStringLiteral("Keen")}));
        QVERIFY(w.writeRow({QStringLiteral("P1002"), 42}));
        QVERIFY(w.close());
        const auto names = SheetReader::sheetNames(path);
        QVERIFY(names);
        QCOMPARE(names.value(), QStringList{QStringLiteral("Caseload")});
        const auto sheet = SheetReader::read(path);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().toString()));
        QCOMPARE(sheet.value().label(), QStringLiteral("North.xlsx \u203a Caseload"));
        QCOMPARE(sheet.value().headers.size(), 2);
        QCOMPARE(sheet.value().rows.size(), 2);
        QCOMPARE(sheet.value().rows.at(1).line, qint64(3));
        QCOMPARE(sheet.value().rows.at(1).cells,
                 (QStringList{QStringLiteral("P1002"), QStringLiteral("42")}));
    }

    void importsNotesAndDiaryEntries()
    {
        TestDatabase t;
        addPeople(*t.db);
        const QString path = write(t.dir, QStringLiteral("North team.csv"), teamSheet());
        const auto sheet = SheetReader::read(path);
        QVERIFY(sheet);
        const SheetMapping mapping = SheetMapping::guess(sheet.value().headers);
        QCOMPARE(mapping.fields(),
                 (QVector<F>{F::PersonRef, F::Note, F::DiaryAction, F::DiaryDate, F::Note}));

        QVector<qint64> seen;
        const auto result =
            SheetImporter::run(t.db->sql(), sheet.value(), mapping, QStringLiteral("jmensah"),
                               [&](qint64 done, qint64 total) {
                                   seen << done;
                                   return total == 6;
                               });
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        const SheetImportResult &r = result.value();
        QCOMPARE(seen.last(), qint64(6));
        QCOMPARE(r.counts.rowsRead, 6);
        QCOMPARE(r.counts.notesAdded, 2);
        QCOMPARE(r.counts.diaryAdded, 1);
        QCOMPARE(r.counts.rowsUnknownPerson, 1);
        QCOMPARE(r.counts.rowsRejected, 2);
        QCOMPARE(r.counts.rowsAlreadyImported, 0);
        QCOMPARE(r.rowsEmpty, 1);
        // Every row left out is listed with its row number and why.
        QCOMPARE(r.problems.size(), 3);
        QCOMPARE(r.problems.at(0).line, qint64(4));
        QCOMPARE(r.problems.at(0).reason,
                 QStringLiteral("row 4: no person with reference 'P9999' in Lodestar"));
        QCOMPARE(r.problems.at(1).reason,
                 QStringLiteral("row 5: Next action date '31/02/2026' is not a date"));
        QCOMPARE(r.problems.at(2).reason, QStringLiteral("row 6: CID ref is empty"));
        QCOMPARE(r.problems.at(0).file, QStringLiteral("North team.csv"));
        QVERIFY(r.toText().contains(QStringLiteral("2 note")));
        QVERIFY(r.toText().contains(QStringLiteral("From North team.csv: 6 row")));

        const qint64 okafor =
            PersonStore(t.db->sql()).findByRef(QStringLiteral("P1001")).value()->id;
        const qint64 nowak =
            PersonStore(t.db->sql()).findByRef(QStringLiteral("P1002")).value()->id;
        const auto notes = NoteStore(t.db->sql()).notes(okafor);
        QVERIFY(notes);
        QCOMPARE(notes.value().size(), 1);
        QCOMPARE(notes.value().first().body,
                 QStringLiteral("Barrier: Asylum claim\nComments: Reports well, keen"));
        QCOMPARE(notes.value().first().source, QStringLiteral("North team.csv"));
        QCOMPARE(notes.value().first().createdBy, QStringLiteral("jmensah"));
        // "p1002 " found P1002: sheets are typed by hand.
        QCOMPARE(NoteStore(t.db->sql()).notes(nowak).value().first().body,
                 QStringLiteral("Comments: Moved to Leeds"));
        const auto diary = DiaryStore(t.db->sql()).forPerson(okafor);
        QVERIFY(diary);
        QCOMPARE(diary.value().size(), 1);
        QCOMPARE(diary.value().first().due, QDate(2026, 3, 5));
        QCOMPARE(diary.value().first().title, QStringLiteral("Chase ETD interview"));
        QCOMPARE(diary.value().first().source, QStringLiteral("North team.csv"));
        QCOMPARE(diary.value().first().sheetImportId, r.importId);
        // The people's stored last action and next diary date, refreshed once at the end.
        QCOMPARE(TestData::staleStoredFacts(t.db->sql()), QStringList());
        QSqlQuery facts(t.db->sql());
        QVERIFY(facts.exec(QStringLiteral("SELECT diary_next, last_action_at FROM person WHERE "
                                          "id = %1")
                               .arg(okafor)));
        QVERIFY(facts.next());
        QCOMPARE(facts.value(0).toString(), QStringLiteral("2026-03-05"));
        QVERIFY(!facts.value(1).isNull());

        // The import itself is recorded.
        QSqlQuery q(t.db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT imported_by, file_name, sha256, rows_read, "
                                      "notes_added, diary_added, rows_unknown_person, "
                                      "rows_rejected FROM sheet_import")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("jmensah"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("North team.csv"));
        QCOMPARE(q.value(2).toString(), QString::fromLatin1(TestData::fileHash(path).toHex()));
        QCOMPARE(q.value(3).toInt(), 6);
        QCOMPARE(q.value(4).toInt(), 2);
        QCOMPARE(q.value(5).toInt(), 1);
        QCOMPARE(q.value(6).toInt(), 1);
        QCOMPARE(q.value(7).toInt(), 2);
    }

    void importingAgainAddsOnlyWhatIsNew()
    {
        TestDatabase t;
        addPeople(*t.db);
        const QString path = write(t.dir, QStringLiteral("North team.csv"), teamSheet());
        const Sheet sheet = SheetReader::read(path).value();
        const SheetMapping mapping = SheetMapping::guess(sheet.headers);
        QVERIFY(SheetImporter::run(t.db->sql(), sheet, mapping, QStringLiteral("jmensah")));
        // Someone edits the imported note in Lodestar: it still counts as brought in.
        const qint64 okafor =
            PersonStore(t.db->sql()).findByRef(QStringLiteral("P1001")).value()->id;
        const Note note = NoteStore(t.db->sql()).notes(okafor).value().first();
        QVERIFY(
            NoteStore(t.db->sql()).edit(note.id, QStringLiteral("Edited"), QStringLiteral("x"), 1));

        const auto again =
            SheetImporter::run(t.db->sql(), sheet, mapping, QStringLiteral("jmensah"));
        QVERIFY(again);
        QCOMPARE(again.value().counts.notesAdded, 0);
        QCOMPARE(again.value().counts.diaryAdded, 0);
        QCOMPARE(again.value().counts.rowsAlreadyImported, 2);
        QCOMPARE(count(*t.db, QStringLiteral("SELECT COUNT(*) FROM note")), 2);
        QCOMPARE(count(*t.db, QStringLiteral("SELECT COUNT(*) FROM diary_entry")), 1);

        // The team updated a row and added one: only those come in.
        const QString updated =
            write(t.dir, QStringLiteral("North team.csv"),
                  teamSheet() + "P1002,Further reps,Chase reps,10/04/2026,\r\n");
        const Sheet newer = SheetReader::read(updated).value();
        const auto third =
            SheetImporter::run(t.db->sql(), newer, mapping, QStringLiteral("jmensah"));
        QVERIFY(third);
        QCOMPARE(third.value().counts.notesAdded, 1);
        QCOMPARE(third.value().counts.diaryAdded, 1);
        QCOMPARE(count(*t.db, QStringLiteral("SELECT COUNT(*) FROM diary_entry")), 2);
        QCOMPARE(count(*t.db, QStringLiteral("SELECT COUNT(*) FROM sheet_import")), 3);
    }

    void cancelOrRefusalWritesNothing()
    {
        TestDatabase t;
        addPeople(*t.db);
        const Sheet sheet =
            SheetReader::read(write(t.dir, QStringLiteral("s.csv"), teamSheet())).value();
        const auto cancelled =
            SheetImporter::run(t.db->sql(), sheet, SheetMapping::guess(sheet.headers),
                               QStringLiteral("u"), [](qint64 done, qint64) { return done < 6; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, QStringLiteral("cancelled"));
        const auto refused = SheetImporter::run(
            t.db->sql(), sheet, SheetMapping({F::Note, F::Note, F::Note, F::Note, F::Note}),
            QStringLiteral("u"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("refused"));
        for (const char *table : {"note", "note_revision", "diary_entry", "sheet_import"})
            QCOMPARE(
                count(*t.db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                qint64(0));
    }

    void modelsShowTheMappingAndThePreview()
    {
        TestDatabase t;
        addPeople(*t.db);
        const Sheet sheet =
            SheetReader::read(write(t.dir, QStringLiteral("s.csv"), teamSheet())).value();
        SheetMappingModel mapping;
        QAbstractItemModelTester mappingTester(
            &mapping, QAbstractItemModelTester::FailureReportingMode::QtTest);
        mapping.setSheet(sheet, SheetMapping::guess(sheet.headers));
        QCOMPARE(mapping.rowCount(), 5);
        QCOMPARE(mapping.index(0, SheetMappingModel::SheetColumn).data().toString(),
                 QStringLiteral("A \u00b7 CID ref"));
        QCOMPARE(mapping.index(4, SheetMappingModel::Example).data().toString(),
                 QStringLiteral("Reports well, keen"));
        QCOMPARE(mapping.index(3, SheetMappingModel::MapsTo).data().toString(),
                 SheetMapping::fieldName(F::DiaryDate));
        QVERIFY(mapping.flags(mapping.index(3, SheetMappingModel::MapsTo)) & Qt::ItemIsEditable);
        QVERIFY(
            !(mapping.flags(mapping.index(3, SheetMappingModel::Example)) & Qt::ItemIsEditable));
        QSignalSpy changed(&mapping, &SheetMappingModel::mappingChanged);
        QVERIFY(mapping.setData(mapping.index(4, SheetMappingModel::MapsTo), int(F::Ignore)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(mapping.mapping().field(4), F::Ignore);
        QVERIFY(!mapping.setData(mapping.index(4, SheetMappingModel::MapsTo), 99));
        QCOMPARE(SheetMappingModel::columnLetter(0), QStringLiteral("A"));
        QCOMPARE(SheetMappingModel::columnLetter(27), QStringLiteral("AB"));

        SheetPreviewModel preview;
        QAbstractItemModelTester previewTester(
            &preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto planned =
            SheetImporter::plan(t.db->sql(), sheet, SheetMapping::guess(sheet.headers));
        QVERIFY(planned);
        preview.setRows(planned.value());
        QCOMPARE(preview.rowCount(), 6);
        QCOMPARE(preview.readyCount(), 2);
        QCOMPARE(preview.unknownPersonCount(), 1);
        QCOMPARE(preview.problemCount(), 2);
        QCOMPARE(preview.index(0, SheetPreviewModel::Person).data().toString(),
                 QStringLiteral("Okafor, Sam"));
        // One line in the table; the whole note in the tooltip.
        QCOMPARE(preview.index(0, SheetPreviewModel::Note).data().toString(),
                 QStringLiteral("Barrier: Asylum claim \u00b7 Comments: Reports well, keen"));
        QCOMPARE(preview.index(0, SheetPreviewModel::Note).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Barrier: Asylum claim\nComments: Reports well, keen"));
        QCOMPARE(preview.index(2, SheetPreviewModel::Person).data().toString(),
                 QStringLiteral("Not found"));
        QVERIFY(preview.index(2, SheetPreviewModel::Problem).data(Roles::Problem).toBool());
        QCOMPARE(preview.index(5, SheetPreviewModel::Problem).data().toString(),
                 QStringLiteral("Nothing to bring in"));
    }
};

QTEST_MAIN(TestSheetImport)
#include "tst_sheetimport.moc"
