// The spreadsheet import dialog through its widgets: a sheet opened, its columns mapped with
// the combo box, the preview following, the mapping remembered for the next sheet with the
// same header; and the File menu action bringing a sheet into a person's record.
#include "db/session.h"
#include "import/sheetimportdialog.h"
#include "itemmodels/sheetmappingmodel.h"
#include "itemmodels/sheetpreviewmodel.h"
#include "person/personrecordwidget.h"
#include "store/diarystore.h"
#include "store/notestore.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using F = SheetMapping::Field;

class TestSheetImportGui : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    QString m_sheet;

    // Who signs in: on a team database (PostgreSQL) the window's user is the login, and the
    // mapping is remembered per user, so the dialogs here act as that user too.
    QString user() const
    {
        return m_t.onPostgres() ? Session::user(m_t.db->sql()) : QStringLiteral("sokafor");
    }

    static QString write(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_sheetimportgui"));
        QVERIFY(TestData::add(*m_t.db,
                              {TestData::person(QStringLiteral("P1001"), QStringLiteral("Okafor"),
                                                QStringLiteral("Sam"), QString(), 24)}));
        m_sheet = write(m_t.dir.filePath(QStringLiteral("tracker.csv")),
                        "Subject,Status,Due\nP1001,Awaiting ETD,05/03/2026\nP7,Gone,\n");
    }

    void dialogMapsPreviewsAndRemembers()
    {
        SheetImportDialog dialog({m_t.db->sql(), user()});
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no sheet yet

        // Typing a path and leaving the field opens it.
        auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("sheetPathEdit"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        path->setFocus();
        QTest::keyClicks(path, m_sheet);
        QTest::keyClick(path, Qt::Key_Tab);
        QCOMPARE(dialog.sheet().rows.size(), 2);
        // "Due" is guessed as the diary date; "Status" becomes a note line.
        QCOMPARE(dialog.mapping().fields(), (QVector<F>{F::PersonRef, F::Note, F::DiaryDate}));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.previewModel()->readyCount(), 1);
        QCOMPARE(dialog.previewModel()->unknownPersonCount(), 1);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("previewSummary"))
                    ->text()
                    .contains(QStringLiteral("1 ready")));

        // Map "Status" to the diary action through the combo box in the table.
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("mappingTable"));
        const QModelIndex cell = dialog.mappingModel()->index(1, SheetMappingModel::MapsTo);
        table->setCurrentIndex(cell);
        table->edit(cell);
        auto *combo = table->findChild<QComboBox *>(QStringLiteral("sheetFieldCombo"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(int(F::DiaryAction)));
        emit combo->activated(combo->currentIndex());
        QCOMPARE(dialog.mapping().field(1), F::DiaryAction);
        QCOMPARE(dialog.previewModel()->index(0, SheetPreviewModel::DiaryAction).data().toString(),
                 QStringLiteral("Awaiting ETD"));

        // A mapping that cannot work disables Import and says why.
        QVERIFY(dialog.mappingModel()->setData(
            dialog.mappingModel()->index(0, SheetMappingModel::MapsTo), int(F::Ignore)));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("mappingProblemLabel"))
                    ->text()
                    .contains(QStringLiteral("person reference")));
        QVERIFY(dialog.mappingModel()->setData(
            dialog.mappingModel()->index(0, SheetMappingModel::MapsTo), int(F::PersonRef)));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // Another sheet with the same header (another case, other spacing) gets that mapping.
        const QString next = write(m_t.dir.filePath(QStringLiteral("next.csv")),
                                   "subject , STATUS,due\nP1001,Chase,06/03/2026\n");
        SheetImportDialog again({m_t.db->sql(), user()});
        QVERIFY(again.openFile(next));
        QCOMPARE(again.mapping().fields(),
                 (QVector<F>{F::PersonRef, F::DiaryAction, F::DiaryDate}));
    }

    void dialogSaysWhyAFileCannotBeRead()
    {
        SheetImportDialog dialog({m_t.db->sql(), user()});
        const QString bad =
            write(m_t.dir.filePath(QStringLiteral("bad.xlsx")), "this is not a workbook");
        QVERIFY(!dialog.openFile(bad));
        QVERIFY(dialog.problem().contains(QStringLiteral("not an Excel workbook")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("mappingProblemLabel"))
                    ->text()
                    .contains(QStringLiteral("bad.xlsx")));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void menuActionBringsTheSheetIntoTheRecord()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        auto *action = window.findChild<QAction *>(QStringLiteral("importSheetAction"));
        QVERIFY(action);
        // Drive the modal dialogs as a person would: open the sheet, Import, close the results.
        bool sawResults = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SheetImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->openFile(m_sheet));
            QTimer::singleShot(0, this, [&] {
                QWidget *results = QApplication::activeModalWidget();
                QVERIFY(results);
                QCOMPARE(results->windowTitle(), QStringLiteral("Spreadsheet Import Results"));
                sawResults = true;
                results->close();
            });
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        action->trigger();
        QVERIFY(sawResults);
        const qint64 id = PersonStore(m_t.db->sql()).findByRef(QStringLiteral("P1001")).value()->id;
        // The mapping remembered from the first test: Status is the diary action.
        const auto diary = DiaryStore(m_t.db->sql()).forPerson(id);
        QVERIFY(diary);
        QCOMPARE(diary.value().size(), 1);
        QCOMPARE(diary.value().first().title, QStringLiteral("Awaiting ETD"));
        QCOMPARE(diary.value().first().source, QStringLiteral("tracker.csv"));
    }
};

QTEST_MAIN(TestSheetImportGui)
#include "tst_sheetimportgui.moc"
