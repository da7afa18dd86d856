// Lodestar's benchmark: prints how long the things a person waits for take, and how much
// memory they use, on a database of a given size. Not a test: it asserts nothing and runs
// only when asked:  build/tests/lodestar_bench --persons 100000 [--database PATH]
#include "caseloadview.h"
#include "db/database.h"
#include "demo/demogenerator.h"
#include "figures/figures.h"
#include "itemmodels/caseloadmodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <functional>

namespace {

QTextStream out(stdout);

// Peak and current resident memory of this process, in MiB (Linux).
QString memory()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    QString rss, hwm;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const auto kib = [&](const char *key) {
            return QString::number(
                line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong() / 1024.0, 'f', 0);
        };
        if (line.startsWith("VmRSS:"))
            rss = kib("VmRSS:");
        else if (line.startsWith("VmHWM:"))
            hwm = kib("VmHWM:");
    }
    return QStringLiteral("rss %1 MiB, peak %2 MiB").arg(rss, hwm);
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return t.nsecsElapsed() / 1e6;
}

void report(const QString &what, double ms)
{
    out << QStringLiteral("%1 %2 ms").arg(what, -58).arg(ms, 10, 'f', 1) << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times Lodestar's work at scale."));
    parser.addHelpOption();
    const QCommandLineOption persons(QStringLiteral("persons"),
                                     QStringLiteral("People to generate."), QStringLiteral("N"),
                                     QStringLiteral("100000"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("Use (or create) this database file."),
                                      QStringLiteral("PATH"));
    parser.addOption(persons);
    parser.addOption(database);
    parser.process(app);

    QTemporaryDir tmp;
    const QString path = parser.isSet(database) ? parser.value(database)
                                                : tmp.filePath(QStringLiteral("bench.sqlite"));
    const int n = parser.value(persons).toInt();
    out << "Lodestar benchmark: " << path << Qt::endl;

    if (!QFileInfo::exists(path)) {
        auto db = Database::open(path);
        if (!db) {
            out << db.error().toString() << Qt::endl;
            return 1;
        }
        DemoGenerator::Options options;
        options.persons = n;
        Status s;
        report(QStringLiteral("demo: write %1 people").arg(n),
               timeMs([&] { s = DemoGenerator::generate(db.value()->sql(), options); }));
        if (!s) {
            out << s.error().toString() << Qt::endl;
            return 1;
        }
    }
    out << QStringLiteral("database file: %1 MiB")
               .arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 1)
        << Qt::endl;

    std::shared_ptr<Database> db;
    report(QStringLiteral("open database (checks + migrations)"), timeMs([&] {
               auto r = Database::open(path, Database::Create::Never);
               if (r)
                   db = r.value();
           }));
    if (!db)
        return 1;

    std::unique_ptr<CaseloadModel> model;
    report(QStringLiteral("caseload model: count people"),
           timeMs([&] { model.reset(new CaseloadModel(db->sql())); }));
    out << "  people: " << model->rowCount() << Qt::endl;
    const auto touchPage = [&](int row) {
        for (int c = 0; c < model->columnCount(); ++c)
            model->index(row, c).data();
    };
    report(QStringLiteral("first page (256 rows) fetched"), timeMs([&] { touchPage(0); }));
    report(QStringLiteral("jump to the middle row"),
           timeMs([&] { touchPage(model->rowCount() / 2); }));
    report(QStringLiteral("jump to the last row"),
           timeMs([&] { touchPage(model->rowCount() - 1); }));
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString name = model->headerData(c, Qt::Horizontal).toString();
        report(QStringLiteral("sort by %1 desc + first page").arg(name), timeMs([&] {
                   model->sort(c, Qt::DescendingOrder);
                   touchPage(0);
               }));
        report(QStringLiteral("sort by %1 desc + last row").arg(name),
               timeMs([&] { touchPage(model->rowCount() - 1); }));
    }
    model->sort(0, Qt::AscendingOrder);

    const auto filtered = [&](const QString &what, const CaseloadFilter &f) {
        report(QStringLiteral("filter %1 + first page").arg(what), timeMs([&] {
                   model->setFilter(f);
                   touchPage(0);
               }));
        out << "  matches: " << model->rowCount() << Qt::endl;
    };
    CaseloadFilter f;
    f.bands = {1};
    filtered(QStringLiteral("band 1"), f);
    f = CaseloadFilter();
    f.owningUnit = QStringLiteral("CC Leeds");
    filtered(QStringLiteral("unit CC Leeds"), f);
    f = CaseloadFilter();
    f.caseOwner = QStringLiteral("sokafor");
    filtered(QStringLiteral("owner sokafor"), f);
    f = CaseloadFilter();
    f.search = QStringLiteral("jose");
    filtered(QStringLiteral("search 'jose'"), f);
    f.search = QStringLiteral("P00");
    filtered(QStringLiteral("search 'P00'"), f);
    f.search = QStringLiteral("zzzz-nothing");
    filtered(QStringLiteral("search with no match"), f);
    f.search = QStringLiteral("jose");
    f.bands = {3};
    f.owningUnit = QStringLiteral("CC Leeds");
    filtered(QStringLiteral("band 3 + unit + search"), f);
    model.reset();

    report(QStringLiteral("figures --json"), timeMs([&] {
               const auto fig = Figures::compute(db->sql(), QDate(2026, 11, 23));
               if (!fig)
                   out << fig.error().toString() << Qt::endl;
           }));

    std::unique_ptr<MainWindow> window;
    report(QStringLiteral("main window built, shown and painted"), timeMs([&] {
               window.reset(new MainWindow(db, QStringLiteral("sokafor")));
               window->resize(1400, 860);
               window->show();
               QCoreApplication::processEvents();
               window->grab();
           }));
    report(QStringLiteral("open a person record"), timeMs([&] {
               window->openPerson(window->caseloadView()->model()->personIdAt(0));
               QCoreApplication::processEvents();
               window->grab();
           }));
    window.reset();
    out << "memory: " << memory() << Qt::endl;
    return 0;
}
