// The GUI side of a CID import: the rejects model, the results dialog and its CSV of rejects,
// and the file chooser.
#include "domain/importsummary.h"
#include "import/importdialog.h"
#include "import/importresultsdialog.h"
#include "itemmodels/rejectsmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class TestImportGui : public QObject
{
    Q_OBJECT

    static ImportSummary summaryWithRejects()
    {
        ImportSummary s;
        s.casesFile = QStringLiteral("cases.csv");
        s.casesRows = 3;
        s.casesRejected = 2;
        s.rejects << ImportSummary::Row{QStringLiteral("cases.csv"), 812,
                                        QStringLiteral("date_of_birth '1988-02-30' is not a date")}
                  << ImportSummary::Row{QStringLiteral("cases.csv"), 9,
                                        QStringLiteral("offence, \"quoted\" =SUM(A1)")};
        return s;
    }

private slots:
    void initTestCase() { TestData::isolateSettings(QStringLiteral("tst_importgui")); }

    void rejectsModel()
    {
        RejectsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(summaryWithRejects().rejects);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RejectsModel::Line).data().toLongLong(), 812);
        QVERIFY(model.index(0, RejectsModel::Reason)
                    .data()
                    .toString()
                    .contains(QLatin1String("1988-02-30")));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void resultsDialogSavesRejectsAsCsv()
    {
        ImportResultsDialog dialog(summaryWithRejects());
        QCOMPARE(dialog.rejects()->rowCount(), 2);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveRejectsButton"))->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rejects.csv"));
        QString error;
        QVERIFY2(dialog.saveRejects(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM, so Excel reads accents
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QLatin1String("file,line,reason\r\n")));
        QVERIFY(text.contains(
            QLatin1String("cases.csv,812,date_of_birth '1988-02-30' is not a date\r\n")));
        // Quotes doubled, the comma quoted; text is data, never a formula.
        QVERIFY(text.contains(QLatin1String("cases.csv,9,\"offence, \"\"quoted\"\" =SUM(A1)\"")));

        QVERIFY(!dialog.saveRejects(dir.filePath(QStringLiteral("no/such/dir/r.csv")), &error));
        QVERIFY(!error.isEmpty());

        ImportResultsDialog clean(ImportSummary{});
        QVERIFY(!clean.findChild<QPushButton *>(QStringLiteral("saveRejectsButton"))->isEnabled());
    }

    void importDialogNeedsACasesFile()
    {
        ImportDialog dialog;
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("casesPathEdit")),
                         QStringLiteral("/data/cases.csv"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.casesPath(), QStringLiteral("/data/cases.csv"));
        QVERIFY(dialog.reportingPath().isEmpty());
    }
};

QTEST_MAIN(TestImportGui)
#include "tst_importgui.moc"
