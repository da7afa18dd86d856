// The import history: every CID import recorded (when, by whom, files and their SHA-256, what
// it did), read newest first by the store, shown by the model and by a tab of the main window.
#include "io/cidimporter.h"
#include "itemmodels/importhistorymodel.h"
#include "itemmodels/roles.h"
#include "lists/importhistoryview.h"
#include "store/importstore.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

class TestImportHistory : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    QTemporaryDir m_dir;
    QString m_cases;
    QString m_reporting;

    static bool write(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    }
    static QString hexHash(const QString &path)
    {
        return QString::fromLatin1(TestData::fileHash(path).toHex());
    }

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_importhistory"));
        m_cases = m_dir.filePath(QStringLiteral("cases.csv"));
        m_reporting = m_dir.filePath(QStringLiteral("reporting.csv"));
        // Two good rows and one with an empty required field.
        QVERIFY(write(m_cases, "case_ref,person_ref,case_type,family_name\n"
                               "CC/1,P1,CRIMINAL,Okafor\nCC/2,P2,CRIMINAL,Nowak\n"
                               "CC/3,P3,CRIMINAL,\n"));
        QVERIFY(write(m_reporting, "event_ref,person_ref,scheduled\nE1,P1,2026-01-05T10:00\n"));
        QVERIFY(CidImporter::run(m_t.db->sql(), m_cases, QString(), QStringLiteral("sokafor")));
        QVERIFY(CidImporter::run(m_t.db->sql(), m_cases, m_reporting, QStringLiteral("jmensah")));
    }

    void storeListsImportsNewestFirst()
    {
        const auto history = ImportStore(m_t.db->sql()).history();
        QVERIFY(history);
        QCOMPARE(history.value().size(), 2);
        const ImportRecord &newest = history.value().at(0);
        const ImportRecord &first = history.value().at(1);
        QVERIFY(newest.id > first.id);
        QCOMPARE(newest.importedBy, QStringLiteral("jmensah"));
        QCOMPARE(first.importedBy, QStringLiteral("sokafor"));
        QVERIFY(!first.startedAt.isEmpty());
        QVERIFY(!first.finishedAt.isEmpty());
        QCOMPARE(first.casesFile, QStringLiteral("cases.csv"));
        QCOMPARE(first.casesSha256, hexHash(m_cases));
        QVERIFY(first.reportingFile.isEmpty());
        QCOMPARE(newest.reportingFile, QStringLiteral("reporting.csv"));
        QCOMPARE(newest.reportingSha256, hexHash(m_reporting));
        QCOMPARE(first.casesRows, 3);
        QCOMPARE(first.casesRejected, 1);
        QCOMPARE(first.personsAdded, 2);
        QCOMPARE(first.casesAdded, 2);
        QCOMPARE(newest.casesUnchanged, 2);
        QCOMPARE(newest.reportingRows, 1);
        QCOMPARE(newest.eventsAdded, 1);
    }

    void modelShowsWhenWhoFilesAndCounts()
    {
        ImportHistoryModel model(m_t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ImportHistoryModel::ColumnCount));
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, ImportHistoryModel::By).toString(), QStringLiteral("jmensah"));
        QCOMPARE(cell(1, ImportHistoryModel::By).toString(), QStringLiteral("sokafor"));
        QVERIFY(!cell(1, ImportHistoryModel::Started).toString().isEmpty());
        // Sorting is by the stored timestamp, not by the text shown.
        QVERIFY(cell(0, ImportHistoryModel::Started, Roles::Sort).toString() >=
                cell(1, ImportHistoryModel::Started, Roles::Sort).toString());
        QCOMPARE(cell(1, ImportHistoryModel::CasesFile).toString(), QStringLiteral("cases.csv"));
        QVERIFY(cell(1, ImportHistoryModel::CasesFile, Qt::ToolTipRole)
                    .toString()
                    .contains(hexHash(m_cases)));
        QVERIFY(!cell(1, ImportHistoryModel::ReportingFile, Qt::ToolTipRole).isValid());
        QCOMPARE(cell(0, ImportHistoryModel::ReportingFile).toString(),
                 QStringLiteral("reporting.csv"));
        QVERIFY(cell(0, ImportHistoryModel::ReportingFile, Qt::ToolTipRole)
                    .toString()
                    .contains(hexHash(m_reporting)));
        QCOMPARE(cell(1, ImportHistoryModel::Rows).toLongLong(), 3);
        QCOMPARE(cell(1, ImportHistoryModel::Rejected).toLongLong(), 1);
        QCOMPARE(cell(1, ImportHistoryModel::PeopleAdded).toLongLong(), 2);
        QCOMPARE(cell(1, ImportHistoryModel::CasesAdded).toLongLong(), 2);
        QCOMPARE(cell(0, ImportHistoryModel::Rows).toLongLong(), 4);
        QCOMPARE(cell(0, ImportHistoryModel::CasesUnchanged).toLongLong(), 2);
        QCOMPARE(cell(0, ImportHistoryModel::EventsAdded).toLongLong(), 1);
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());

        // A reload after a third import shows it on top, through a model reset.
        QVERIFY(CidImporter::run(m_t.db->sql(), m_cases, QString(), QStringLiteral("kjones")));
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(0, ImportHistoryModel::By).toString(), QStringLiteral("kjones"));
    }

    void windowOpensOneHistoryTab()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        auto *action = window.findChild<QAction *>(QStringLiteral("importsAction"));
        QVERIFY(action);
        const int open = window.tabs()->count(); // the caseload and Today
        action->trigger();
        QCOMPARE(window.tabs()->count(), open + 1);
        auto *view = qobject_cast<ImportHistoryView *>(window.tabs()->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 3);
        QVERIFY(view->findChild<QTableView *>(QStringLiteral("importHistoryTable")));
        // The screenshot view name finds the same tab rather than opening a second.
        QVERIFY(window.showView(QStringLiteral("imports")));
        QCOMPARE(window.tabs()->count(), open + 1);
    }
};

QTEST_MAIN(TestImportHistory)
#include "tst_importhistory.moc"
