// Caseload export: RFC 4180 CSV read back by an independent parser, the formula guard,
// the view's filter and sort, a real .xlsx, and cancel or failure leaving no file behind.
#include "common/reasondialog.h"
#include "db/session.h"
#include "io/caseloadexporter.h"
#include "io/csvwriter.h"
#include "io/formulaguard.h"
#include "itemmodels/caseloadmodel.h"
#include "store/auditstore.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

namespace {

// A deliberately simple RFC 4180 reader, written apart from CsvWriter so the test does not
// agree with the writer by construction. Fails on a bare LF or CR outside quotes.
bool parseCsv(const QByteArray &bytes, QVector<QStringList> *records, QString *problem)
{
    const QString text = QString::fromUtf8(bytes);
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                *problem = QStringLiteral("bare CR at %1").arg(i);
                return false;
            }
            ++i;
            record << field;
            *records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            *problem = QStringLiteral("bare LF at %1").arg(i);
            return false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        *problem = QStringLiteral("unterminated quote");
        return false;
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        *problem = QStringLiteral("last record does not end in CRLF");
        return false;
    }
    return true;
}

// What a spreadsheet should receive for a cell the screen shows as v.
QString expectedCell(const QVariant &v)
{
    QString t = v.toString();
    if (v.typeId() == QMetaType::QString && !t.isEmpty() &&
        QStringLiteral("=+-@\t\r").contains(t.at(0)))
        t.prepend(QLatin1Char('\''));
    return t;
}

const QString Reason = QStringLiteral("weekly return to the regional office");

QByteArray unzipEntry(const QString &zip, const QString &entry)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QByteArray();
    return p.readAllStandardOutput();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    QTemporaryDir m_out;
    static constexpr int People = 2300; // more than two export pages

    QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Exports the model's view to CSV and checks every cell against the model, in its order.
    void checkCsvMatchesModel(CaseloadModel &model, const QString &name)
    {
        const QString path = m_out.filePath(name);
        const CaseloadExporter exporter(m_t.db->sql(), model);
        const auto written = exporter.exportView(path, CaseloadExporter::Format::Csv, Reason);
        QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error().toString()));
        QCOMPARE(written.value(), model.rowCount());
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVector<QStringList> records;
        QString problem;
        QVERIFY2(parseCsv(bytes.mid(3), &records, &problem), qPrintable(problem));
        QCOMPARE(records.size(), model.rowCount() + 1);
        for (int c = 0; c < model.columnCount(); ++c)
            QCOMPARE(records[0].value(c), model.headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(records[r + 1].size(), model.columnCount());
            for (int c = 0; c < model.columnCount(); ++c)
                QCOMPARE(records[r + 1][c], expectedCell(model.index(r, c).data()));
        }
    }

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_export"));
        QVector<PersonStore::NewPerson> people;
        // The awkward ones first: RFC 4180 specials, accents, and would-be formulas.
        auto tricky =
            TestData::person(QStringLiteral("T0000001"), QStringLiteral("O'Brien, \"Junior\""),
                             QStringLiteral("Ann\r\nMarie"), QStringLiteral("1"), 24);
        tricky.details.nationality = QStringLiteral("IRL");
        people << tricky;
        auto formulas = TestData::person(QStringLiteral("T0000002"), QStringLiteral("=1+2"),
                                         QStringLiteral("+44 113"), QStringLiteral("2"), 48, {},
                                         QStringLiteral("-unit"), QStringLiteral("@owner"));
        formulas.details.nationality = QStringLiteral("\tTAB");
        people << formulas;
        people << TestData::person(QStringLiteral("T0000003"), QStringLiteral("García"),
                                   QStringLiteral("José Łukasz"), QStringLiteral("EX"), 6,
                                   {QStringLiteral("ASYLUM")});
        const QStringList families{QStringLiteral("Okafor"), QStringLiteral("Wiśniewski"),
                                   QStringLiteral("Иванов"), QStringLiteral("Smith")};
        const QStringList mappa{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                QString()};
        for (int i = int(people.size()); i < People; ++i) {
            std::optional<int> sentence;
            if (i % 4 != 0)
                sentence = (i * 13) % 120;
            people << TestData::person(
                QStringLiteral("P%1").arg(i, 7, 10, QLatin1Char('0')),
                families[i % families.size()], QStringLiteral("Given %1").arg(i),
                mappa[i % mappa.size()], sentence,
                i % 3 == 0 ? QStringList{QStringLiteral("APPEAL")} : QStringList(),
                i % 2 ? QStringLiteral("CC Leeds") : QStringLiteral("CC Hull"),
                i % 5 ? QStringLiteral("sokafor") : QStringLiteral("jmensah"));
        }
        QVERIFY(TestData::add(*m_t.db, people));
    }

    void formulaGuard()
    {
        for (const char *risky : {"=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx"})
            QCOMPARE(FormulaGuard::guard(QString::fromLatin1(risky)),
                     QLatin1Char('\'') + QString::fromLatin1(risky));
        // A leading NUL: QString::fromLatin1 would stop at it.
        const QString nul = QString(QChar(0)) + QStringLiteral("=SUM(A1)");
        QVERIFY(FormulaGuard::isRisky(nul));
        QCOMPARE(FormulaGuard::guard(nul), QLatin1Char('\'') + nul);
        for (const char *safe : {"", "Smith", " =1", "1-2", "a=b", "'quoted"})
            QCOMPARE(FormulaGuard::guard(QString::fromLatin1(safe)), QString::fromLatin1(safe));
        // Numbers are numbers, not text, and never guarded.
        QCOMPARE(CsvWriter::cellText(QVariant(-3)), QStringLiteral("-3"));
        QCOMPARE(CsvWriter::cellText(QVariant(QStringLiteral("-3"))), QStringLiteral("'-3"));
    }

    void csvQuoting()
    {
        QCOMPARE(CsvWriter::quoted(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::quoted(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::quoted(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::quoted(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(CsvWriter::quoted(QStringLiteral("cr\r")), QStringLiteral("\"cr\r\""));
    }

    void csvRoundTrip()
    {
        CaseloadModel model(m_t.db->sql());
        QCOMPARE(model.rowCount(), People);
        checkCsvMatchesModel(model, QStringLiteral("all.csv"));
        // The awkward people survived intact, and the would-be formulas are guarded.
        const QByteArray bytes = readAll(m_out.filePath(QStringLiteral("all.csv")));
        QVector<QStringList> records;
        QString problem;
        QVERIFY(parseCsv(bytes.mid(3), &records, &problem));
        auto find = [&](const QString &ref) {
            for (const QStringList &r : records)
                if (r.value(int(CaseloadColumn::PersonRef)) == ref)
                    return r;
            return QStringList();
        };
        const QStringList tricky = find(QStringLiteral("T0000001"));
        QCOMPARE(tricky.value(0), QStringLiteral("O'Brien, \"Junior\""));
        QCOMPARE(tricky.value(1), QStringLiteral("Ann\r\nMarie"));
        const QStringList formulas = find(QStringLiteral("T0000002"));
        QCOMPARE(formulas.value(int(CaseloadColumn::FamilyName)), QStringLiteral("'=1+2"));
        QCOMPARE(formulas.value(int(CaseloadColumn::GivenNames)), QStringLiteral("'+44 113"));
        QCOMPARE(formulas.value(int(CaseloadColumn::Nationality)), QStringLiteral("'\tTAB"));
        QCOMPARE(formulas.value(int(CaseloadColumn::OwningUnit)), QStringLiteral("'-unit"));
        QCOMPARE(formulas.value(int(CaseloadColumn::CaseOwner)), QStringLiteral("'@owner"));
        QCOMPARE(formulas.value(int(CaseloadColumn::Sentence)), QStringLiteral("48"));
        const QStringList accents = find(QStringLiteral("T0000003"));
        QCOMPARE(accents.value(0), QStringLiteral("García"));
        QCOMPARE(accents.value(1), QStringLiteral("José Łukasz"));
    }

    void filterAndSortRespected_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("search");
        QTest::newRow("sentence desc, jmensah")
            << int(CaseloadColumn::Sentence) << Qt::DescendingOrder << QStringLiteral("jmensah")
            << QString();
        QTest::newRow("band asc, search") << int(CaseloadColumn::Band) << Qt::AscendingOrder
                                          << QString() << QStringLiteral("wisniewski");
        QTest::newRow("family desc, all")
            << int(CaseloadColumn::FamilyName) << Qt::DescendingOrder << QString() << QString();
    }

    void filterAndSortRespected()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, owner);
        QFETCH(QString, search);
        CaseloadModel model(m_t.db->sql());
        CaseloadFilter filter;
        if (!owner.isEmpty())
            filter.caseOwner = owner;
        filter.search = search;
        model.setFilter(filter);
        model.sort(column, order);
        if (!filter.isEmpty())
            QVERIFY(model.rowCount() < People);
        QVERIFY(model.rowCount() > 0);
        checkCsvMatchesModel(model, QStringLiteral("filtered.csv"));
    }

    void xlsx()
    {
        CaseloadModel model(m_t.db->sql());
        model.sort(int(CaseloadColumn::PersonRef), Qt::AscendingOrder);
        const QString path = m_out.filePath(QStringLiteral("caseload.xlsx"));
        const CaseloadExporter exporter(m_t.db->sql(), model);
        const auto written = exporter.exportView(path, CaseloadExporter::Format::Xlsx, Reason);
        QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error().toString()));
        QCOMPARE(written.value(), People);
        QVERIFY(readAll(path).startsWith("PK"));
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is not installed: only the zip signature was checked");
        // Constant-memory mode writes strings inline in the sheet rather than shared.
        const QByteArray sheet = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(!sheet.isEmpty());
        QVERIFY(!sheet.contains("<f>")); // no formulas at all
        QVERIFY(sheet.contains("ySplit=\"1\""));
        QVERIFY(sheet.contains("<cols>"));
        QVERIFY(sheet.contains(QStringLiteral("García").toUtf8()));
        QVERIFY(sheet.contains(QStringLiteral("Wiśniewski").toUtf8()));
        QVERIFY(sheet.contains("O'Brien, &quot;Junior&quot;") ||
                sheet.contains("O'Brien, \"Junior\""));
        QVERIFY(sheet.contains("'=1+2"));
        QVERIFY(sheet.contains("'@owner"));
        QVERIFY(!sheet.contains(">=1+2<"));
        QVERIFY(sheet.contains(model.headerData(0, Qt::Horizontal).toString().toUtf8()));
        // The sentence of the first person (T0000001, 24 months) is a number cell.
        QVERIFY(sheet.contains("<v>24</v>"));
        QCOMPARE(sheet.count("<row "), People + 1);
        const QByteArray styles = unzipEntry(path, QStringLiteral("xl/styles.xml"));
        QVERIFY(styles.contains("<b/>"));
    }

    void cancelRemovesFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(CaseloadExporter::Format::Csv);
        QTest::newRow("xlsx") << int(CaseloadExporter::Format::Xlsx);
    }

    void cancelRemovesFile()
    {
        QFETCH(int, format);
        QTemporaryDir dir;
        CaseloadModel model(m_t.db->sql());
        const CaseloadExporter exporter(m_t.db->sql(), model);
        const QString fresh = dir.filePath(QStringLiteral("fresh.out"));
        QVector<int> seen;
        int lastTotal = -1;
        const auto cancelAfterFirstPage = [&](int written, int total) {
            seen << written;
            lastTotal = total;
            return written < CaseloadExporter::PageSize;
        };
        auto result = exporter.exportView(fresh, CaseloadExporter::Format(format), Reason,
                                          cancelAfterFirstPage);
        QVERIFY(!result);
        QCOMPARE(result.error().code, CaseloadExporter::Cancelled);
        // Asked before the first row and after each page; stopped after the first page.
        QCOMPARE(seen, (QVector<int>{0, CaseloadExporter::PageSize}));
        QCOMPARE(lastTotal, People);
        QVERIFY(!QFileInfo::exists(fresh));
        // An existing file is kept as it was, and nothing else is left in the folder.
        const QString existing = dir.filePath(QStringLiteral("existing.out"));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        result = exporter.exportView(existing, CaseloadExporter::Format(format), Reason,
                                     [](int, int) { return false; });
        QCOMPARE(result.error().code, CaseloadExporter::Cancelled);
        QCOMPARE(readAll(existing), QByteArray("keep me"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"existing.out"});
    }

    void failureIsAnError()
    {
        CaseloadModel model(m_t.db->sql());
        const CaseloadExporter exporter(m_t.db->sql(), model);
        const QString path = m_out.filePath(QStringLiteral("no/such/folder/x.csv"));
        for (auto format : {CaseloadExporter::Format::Csv, CaseloadExporter::Format::Xlsx}) {
            const auto result = exporter.exportView(path, format, Reason);
            QVERIFY(!result);
            QVERIFY(!result.error().message.isEmpty());
            QVERIFY(!QFileInfo::exists(path));
        }
    }

    void formatFromSuffix()
    {
        QCOMPARE(CaseloadExporter::formatFor(QStringLiteral("a.CSV")),
                 CaseloadExporter::Format::Csv);
        QCOMPARE(CaseloadExporter::formatFor(QStringLiteral("/x/a.xlsx")),
                 CaseloadExporter::Format::Xlsx);
        QVERIFY(!CaseloadExporter::formatFor(QStringLiteral("a.txt")));
    }

    // An export is a disclosure: exactly one entry, naming who, the view, its filter, the
    // count, the file and the reason; a cancelled or failed one, or one without a reason, none.
    void exportIsAudited()
    {
        const auto entries = [&] { return AuditStore(m_t.db->sql()).count().value(); };
        QTemporaryDir dir;
        CaseloadModel model(m_t.db->sql());
        CaseloadFilter filter;
        filter.search = QStringLiteral("T00000");
        model.setFilter(filter);
        const CaseloadExporter exporter(m_t.db->sql(), model);
        const qint64 before = entries();
        // Cancelled, failed, or without a reason: no entry.
        QVERIFY(!exporter.exportView(dir.filePath("c.csv"), CaseloadExporter::Format::Csv, Reason,
                                     [](int, int) { return false; }));
        QVERIFY(!exporter.exportView(dir.filePath("no/such/c.csv"), CaseloadExporter::Format::Csv,
                                     Reason));
        const auto unreasoned =
            exporter.exportView(dir.filePath("c.csv"), CaseloadExporter::Format::Csv, "  ");
        QCOMPARE(unreasoned.error().code, QStringLiteral("no-reason"));
        QVERIFY(!QFileInfo::exists(dir.filePath("c.csv")));
        QCOMPARE(entries(), before);

        Session::setUser(m_t.db->sql(), QStringLiteral("exporter1"));
        const QString path = dir.filePath(QStringLiteral("c.xlsx"));
        const auto written = exporter.exportView(path, CaseloadExporter::Format::Xlsx, Reason);
        Session::setUser(m_t.db->sql(), QString());
        QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
        QCOMPARE(entries(), before + 1);
        const auto last = AuditStore(m_t.db->sql()).since(before, 10);
        QCOMPARE(last.value().size(), 1);
        const AuditEntry e = last.value().first();
        QCOMPARE(e.actor, QStringLiteral("exporter1"));
        QCOMPARE(e.action, QStringLiteral("disclose"));
        QCOMPARE(e.entity, QStringLiteral("caseload"));
        QCOMPARE(e.personId, 0);
        const QJsonObject o = QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
        QCOMPARE(o.value("kind").toString(), QStringLiteral("export"));
        QCOMPARE(o.value("rows").toInt(), written.value());
        QVERIFY(written.value() > 0 && written.value() < People);
        QCOMPARE(o.value("file").toString(), QStringLiteral("c.xlsx"));
        QCOMPARE(o.value("format").toString(), QStringLiteral("xlsx"));
        QCOMPARE(o.value("filters").toObject().value("search").toString(),
                 QStringLiteral("T00000"));
        QCOMPARE(o.value("reason").toString(), Reason);
        QVERIFY(AuditStore(m_t.db->sql()).verify().value().intact);
    }

    // The window asks the reason before writing: OK is disabled until one is typed, and the
    // entry carries it. Cancelling the question writes neither file nor entry.
    void windowAsksTheReason()
    {
        QTemporaryDir dir;
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        const qint64 before = AuditStore(m_t.db->sql()).count().value();
        bool okDisabledWhenEmpty = false;
        const auto answer = [&](bool give) {
            QTimer::singleShot(0, &window, [&, give] {
                auto *dialog = qobject_cast<ReasonDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                okDisabledWhenEmpty = !dialog->okButton()->isEnabled();
                if (!give) {
                    dialog->reject();
                    return;
                }
                QTest::keyClicks(dialog->field(), QStringLiteral("   "));
                QVERIFY(!dialog->okButton()->isEnabled());
                QTest::keyClicks(dialog->field(), QStringLiteral("audit sample"));
                QVERIFY(dialog->okButton()->isEnabled());
                QTest::keyClick(dialog->field(), Qt::Key_Return);
            });
        };
        const QString path = dir.filePath(QStringLiteral("window.csv"));
        answer(false);
        QVERIFY(!window.exportCaseloadTo(path));
        QVERIFY(okDisabledWhenEmpty);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(AuditStore(m_t.db->sql()).count().value(), before);
        okDisabledWhenEmpty = false;
        answer(true);
        QVERIFY(window.exportCaseloadTo(path));
        QVERIFY(okDisabledWhenEmpty);
        QVERIFY(QFileInfo::exists(path));
        const auto added = AuditStore(m_t.db->sql()).since(before, 10).value();
        QCOMPARE(added.size(), 1);
        const QJsonObject o = QJsonDocument::fromJson(added.first().afterJson.toUtf8()).object();
        QCOMPARE(o.value("reason").toString(), QStringLiteral("audit sample"));
        QCOMPARE(o.value("rows").toInt(), People);
        // The window's user: on PostgreSQL, the login.
        QCOMPARE(added.first().actor, window.currentUser());
    }

    void menuOffersExport()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        auto *action = window.findChild<QAction *>(QStringLiteral("exportCaseloadAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
