// The management report: one cover and one page per chart, written whole or not at all, by the
// library and by `lodestar report` without a display.
#include "dashboard/dashboardreport.h"
#include "demo/demogenerator.h"
#include "figures/dashboard.h"
#include "testsupport.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>

namespace {

// Page objects of a PDF ("/Type /Page", not the "/Type /Pages" tree above them).
int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++n;
    return n;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

using TestData::lodestar;
using TestData::Run;

QString errorText(const Status &s)
{
    return s.ok() ? QString() : s.error().toString();
}

} // namespace

class TestDashboardReport : public QObject
{
    Q_OBJECT

    TestDatabase m_demo;
    QDate m_asOf;
    DashboardReport::Provenance m_provenance;

    DashboardFilter filter() const { return DashboardFilter::lastTwelveMonths(m_asOf); }

private slots:
    void initTestCase()
    {
        DemoGenerator::Options options;
        options.persons = 300;
        options.seed = 7;
        const Status s = DemoGenerator::generate(m_demo.db->sql(), options);
        QVERIFY2(s.ok(), qPrintable(errorText(s)));
        m_asOf = QDate::fromString(options.asOf, Qt::ISODate);
        QVERIFY(m_asOf.isValid());
        m_provenance.producedBy = QStringLiteral("Sam Okafor (sokafor)");
        m_provenance.database = m_demo.path();
        m_provenance.producedAt = QStringLiteral("23 Nov 2026 09:30");
    }

    void onePagePerChartAfterTheCover()
    {
        const auto charts = Dashboard::compute(m_demo.db->sql(), filter());
        QVERIFY2(charts.ok(), qPrintable(charts.ok() ? QString() : charts.error().toString()));
        QCOMPARE(DashboardReport::pageCount(charts.value()), 1 + int(Dashboard::chartIds().size()));

        const QString path = m_demo.dir.filePath(QStringLiteral("report.pdf"));
        const Status s = DashboardReport::writePdf(m_demo.db->sql(), filter(), m_provenance, path,
                                                   QStringLiteral("test"));
        QVERIFY2(s.ok(), qPrintable(errorText(s)));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(pdfPages(pdf), DashboardReport::pageCount(charts.value()));
        // The document's title, as PDF metadata (a UTF-16 string with its byte-order mark).
        QByteArray title("\xfe\xff");
        for (const QChar c : QStringLiteral("Lodestar management report")) {
            title += char(c.unicode() >> 8);
            title += char(c.unicode() & 0xff);
        }
        QVERIFY(pdf.contains(title));
        // Nothing is left beside it by the save-then-rename.
        QCOMPARE(QDir(m_demo.dir.path()).entryList({QStringLiteral("report.pdf*")}).size(), 1);
    }

    void aTeamAndUnitFilterKeepsThePages()
    {
        const auto teams = Dashboard::teams(m_demo.db->sql());
        const auto units = Dashboard::owningUnits(m_demo.db->sql());
        QVERIFY(teams.ok() && !teams.value().isEmpty());
        QVERIFY(units.ok() && !units.value().isEmpty());
        DashboardFilter f = filter();
        f.team = teams.value().first();
        f.owningUnit = units.value().first();
        const QString path = m_demo.dir.filePath(QStringLiteral("team.pdf"));
        const Status s = DashboardReport::writePdf(m_demo.db->sql(), f, m_provenance, path,
                                                   QStringLiteral("test"));
        QVERIFY2(s.ok(), qPrintable(errorText(s)));
        QCOMPARE(pdfPages(readAll(path)), 1 + int(Dashboard::chartIds().size()));
    }

    // Tables too long for the page shrink or are cut short: the page count never grows.
    void longAndEmptyTablesStayOnTheirPage()
    {
        Chart many;
        many.id = QStringLiteral("stock_by_unit");
        many.title = QStringLiteral("Many units");
        many.definition = QStringLiteral("A long table.");
        many.unit = QStringLiteral("people");
        many.kind = Chart::Kind::StackedBar;
        many.asOf = m_asOf;
        many.series =
            many.seriesKeys = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
        many.values.resize(3);
        for (int c = 0; c < 90; ++c) {
            many.categoryKeys << QString::number(c);
            many.categories << QStringLiteral("Criminal Casework unit with a long name %1").arg(c);
            for (auto &s : many.values)
                s << c;
        }
        Chart empty = many;
        empty.title = QStringLiteral("Nothing");
        empty.categories.clear();
        empty.categoryKeys.clear();
        empty.values = {{}, {}, {}};
        Chart pie = many;
        pie.kind = Chart::Kind::Pie;
        pie.series = pie.seriesKeys = {QStringLiteral("failed")};
        pie.values.resize(1);
        const QVector<Chart> charts{many, empty, pie};

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        {
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(150);
            const Status s = DashboardReport::paint(&writer, charts, filter(), m_provenance);
            QVERIFY2(s.ok(), qPrintable(errorText(s)));
        }
        QCOMPARE(pdfPages(buffer.data()), 4);
        QCOMPARE(DashboardReport::pageCount(charts), 4);
    }

    void anUnwritablePathIsAnErrorAndLeavesNoFile()
    {
        const QString path = m_demo.dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
        const Status s = DashboardReport::writePdf(m_demo.db->sql(), filter(), m_provenance, path,
                                                   QStringLiteral("test"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().toString().contains(path), qPrintable(s.error().toString()));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(m_demo.dir.filePath(QStringLiteral("no"))));
    }

    void aPeriodEndingBeforeItStartsIsAnError()
    {
        DashboardFilter f = filter();
        f.from = f.to.addDays(1);
        const QString path = m_demo.dir.filePath(QStringLiteral("backwards.pdf"));
        QVERIFY(!DashboardReport::writePdf(m_demo.db->sql(), f, m_provenance, path,
                                           QStringLiteral("test"))
                     .ok());
        QVERIFY(!QFileInfo::exists(path));
    }

    void theCommandWritesTheReportWithoutADisplay()
    {
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("LODESTAR_BINARY")),
                 "set LODESTAR_BINARY to the lodestar executable");
        const QString out = m_demo.dir.filePath(QStringLiteral("cli.pdf"));
        const Run r = lodestar({QStringLiteral("report"), QStringLiteral("--database"),
                                m_demo.path(), QStringLiteral("--out"), out,
                                QStringLiteral("--as-of"), QStringLiteral("2026-11-30")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int pages = 1 + int(Dashboard::chartIds().size());
        QVERIFY2(r.out.contains(QStringLiteral("Wrote %1: %2 pages").arg(out).arg(pages)),
                 qPrintable(r.out));
        const QByteArray pdf = readAll(out);
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(pdfPages(pdf), pages);
    }

    void theCommandHasHelp()
    {
        const Run r = lodestar({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--database", "--out", "--as-of", "--from", "--team", "--unit"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void theCommandRefusesAWrongCommandLine_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("named");
        QTest::newRow("as-of not a date")
            << QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-02-30")}
            << QStringLiteral("--as-of");
        QTest::newRow("from not a date")
            << QStringList{QStringLiteral("--from"), QStringLiteral("yesterday")}
            << QStringLiteral("--from");
        QTest::newRow("from after as-of")
            << QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-11-30"),
                           QStringLiteral("--from"), QStringLiteral("2026-12-01")}
            << QStringLiteral("--from");
        QTest::newRow("unknown team")
            << QStringList{QStringLiteral("--team"), QStringLiteral("No Such Team")}
            << QStringLiteral("--team");
        QTest::newRow("unknown unit")
            << QStringList{QStringLiteral("--unit"), QStringLiteral("No Such Unit")}
            << QStringLiteral("--unit");
    }
    void theCommandRefusesAWrongCommandLine()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, named);
        const QString out = m_demo.dir.filePath(QStringLiteral("refused.pdf"));
        const Run r = lodestar(QStringList{QStringLiteral("report"), QStringLiteral("--database"),
                                           m_demo.path(), QStringLiteral("--out"), out} +
                               options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("lodestar report: ")) && r.err.contains(named),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void theCommandNamesADatabaseItCannotRead()
    {
        const QString missing = m_demo.dir.filePath(QStringLiteral("missing.sqlite"));
        const QString out = m_demo.dir.filePath(QStringLiteral("missing.pdf"));
        const Run r = lodestar({QStringLiteral("report"), QStringLiteral("--database"), missing,
                                QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(out));
    }

    void theCommandNamesAnUnwritableOutput()
    {
        const QString out = m_demo.dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
        const Run r = lodestar({QStringLiteral("report"), QStringLiteral("--database"),
                                m_demo.path(), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(out), qPrintable(r.err));
    }
};

QTEST_MAIN(TestDashboardReport)
#include "tst_dashboardreport.moc"
