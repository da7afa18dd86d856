// Lodestar's benchmark: prints how long the things a person waits for take, and how much
// memory they use, on a database of a given size. Not a test: it asserts nothing and runs
// only when asked:  build/tests/lodestar_bench --persons 100000 [--database PATH]
#include "caseload/caseloadview.h"
#include "dashboard/dashboardview.h"
#include "db/database.h"
#include "db/session.h"
#include "db/transaction.h"
#include "demo/demogenerator.h"
#include "figures/dashboard.h"
#include "figures/figures.h"
#include "io/cidimporter.h"
#include "io/sheetimporter.h"
#include "io/sheetreader.h"
#include "io/xlsxwriter.h"
#include "itemmodels/barrierregistermodel.h"
#include "itemmodels/caseloadmodel.h"
#include "itemmodels/noncompliancemodel.h"
#include "itemmodels/roles.h"
#include "itemmodels/todaymodel.h"
#include "lists/todayview.h"
#include "store/accessstore.h"
#include "store/auditstore.h"
#include "store/barrierstore.h"
#include "store/nativesqlite.h"
#include "store/notestore.h"
#include "store/personstore.h"
#include "store/progressionstore.h"
#include "store/removalstore.h"
#include "store/reportingstore.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlQuery>
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

// The team database's costs on every write and every few seconds: the permission check each
// audited write makes, a write through it as the person's caseworker, and the change watcher's
// poll of the audit log (nothing new, and a burst of entries to read).
void benchTeamDatabase(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT p.id, p.case_owner FROM person p JOIN app_user u ON "
                               "u.user_name = p.case_owner WHERE u.role = 'caseworker' ORDER BY "
                               "p.id LIMIT 1")) ||
        !q.next()) {
        out << "team database: no person owned by a caseworker user" << Qt::endl;
        return;
    }
    const qint64 personId = q.value(0).toLongLong();
    const QString owner = q.value(1).toString();
    q.finish();
    const QString previous = Session::user(db);
    Session::setUser(db, owner);
    const AccessStore access(db);
    const int checks = 1000;
    int allowed = 0;
    const double checkMs = timeMs([&] {
        for (int i = 0; i < checks; ++i)
            allowed += access.may(Permissions::Action::ChangePerson, personId) ? 1 : 0;
    });
    report(QStringLiteral("permission check (enforced), %1 of them").arg(checks), checkMs);
    out << "  allowed: " << allowed << " of " << checks << ", " << 1000 * checkMs / checks
        << " us each" << Qt::endl;
    const int writes = 100;
    int written = 0;
    const double writeMs = timeMs([&] {
        for (int i = 0; i < writes; ++i)
            written += NoteStore(db).add(personId, QStringLiteral("Benchmark note"), owner) ? 1 : 0;
    });
    report(QStringLiteral("note written by its caseworker (checked, audited), each"),
           writeMs / writes);
    out << "  written: " << written << " of " << writes << Qt::endl;
    Session::setUser(db, previous);
    const AuditStore audit(db);
    const qint64 latest = audit.latestId().value();
    report(QStringLiteral("change watcher poll, nothing new"), timeMs([&] {
               audit.latestId();
               audit.since(latest);
           }));
    report(QStringLiteral("change watcher poll, 100 new entries"),
           timeMs([&] { audit.since(latest - 100); }));
    out << "  audit entries: " << audit.count().value() << Qt::endl;
}

// Writes a synthetic CID extract: `cases` rows over cases*2/3 people, `events` reporting rows.
void writeExtract(const QString &casesPath, const QString &reportingPath, int cases, int events)
{
    QFile c(casesPath);
    c.open(QIODevice::WriteOnly);
    c.write("case_ref,person_ref,case_type,case_status,family_name,given_names,date_of_birth,"
            "nationality,owning_unit,case_owner,mappa_level,harm,sentence_months,custody,"
            "reporting_frequency,reporting_window,flags\n");
    const int people = std::max(1, cases * 2 / 3);
    const char *types[] = {"ASYLUM", "FURTHER_REPS", "APPEAL", "JUDICIAL_REVIEW", "OTHER"};
    for (int i = 0; i < cases; ++i) {
        const int person = i % people;
        const bool criminal = i < people;
        c.write(QStringLiteral("CC/2016/%1,P%2,%3,%4,Family%5,Given,1980-01-%6,JAM,CC Leeds,"
                               "user%7,%8,B,%9,NON_DETAINED,WEEKLY,10:00-11:00,\n")
                    .arg(i, 7, 10, QLatin1Char('0'))
                    .arg(person, 7, 10, QLatin1Char('0'))
                    .arg(QLatin1String(criminal ? "CRIMINAL" : types[i % 5]))
                    .arg(QLatin1String(i % 7 ? "OPEN" : "CLOSED"))
                    .arg(person % 5000)
                    .arg(1 + person % 28, 2, 10, QLatin1Char('0'))
                    .arg(person % 20)
                    .arg(QLatin1String(person % 9 ? "0" : "1"))
                    .arg(12 + person % 80)
                    .toUtf8());
    }
    QFile r(reportingPath);
    r.open(QIODevice::WriteOnly);
    r.write("event_ref,person_ref,scheduled,centre,outcome\n");
    const char *outcomes[] = {"COMPLETED", "COMPLETED", "COMPLETED", "NO_SHOW", "", "EXCUSED"};
    for (int i = 0; i < events; ++i) {
        const int person = i % people;
        const QDate day = QDate(2020, 1, 6).addDays(7 * (i / people));
        r.write(QStringLiteral("E%1,P%2,%3T10:00,Becket House,%4\n")
                    .arg(i, 8, 10, QLatin1Char('0'))
                    .arg(person, 7, 10, QLatin1Char('0'))
                    .arg(day.toString(Qt::ISODate))
                    .arg(QLatin1String(outcomes[i % 6]))
                    .toUtf8());
    }
}

// Times a first and an unchanged second import of a synthetic extract into a new database.
int benchImport(int cases, int events)
{
    QTemporaryDir tmp;
    const QString casesPath = tmp.filePath(QStringLiteral("cases.csv"));
    const QString reportingPath = tmp.filePath(QStringLiteral("reporting.csv"));
    writeExtract(casesPath, reportingPath, cases, events);
    out << QStringLiteral("extract: %1 cases (%2 MiB), %3 reporting events (%4 MiB)")
               .arg(cases)
               .arg(QFileInfo(casesPath).size() / 1048576.0, 0, 'f', 1)
               .arg(events)
               .arg(QFileInfo(reportingPath).size() / 1048576.0, 0, 'f', 1)
        << Qt::endl;
    auto db = Database::open(tmp.filePath(QStringLiteral("import.sqlite")));
    if (!db)
        return 1;
    for (const char *run : {"first import", "second, unchanged import"}) {
        Result<ImportSummary> summary = Error{};
        report(QString::fromLatin1(run), timeMs([&] {
                   summary = CidImporter::run(db.value()->sql(), casesPath, reportingPath,
                                              QStringLiteral("bench"));
               }));
        if (!summary) {
            out << summary.error().toString() << Qt::endl;
            return 1;
        }
        out << QStringLiteral("  cases added %1, updated %2, unchanged %3; events added %4; "
                              "rejected %5")
                   .arg(summary.value().casesAdded)
                   .arg(summary.value().casesUpdated)
                   .arg(summary.value().casesUnchanged)
                   .arg(summary.value().eventsAdded)
                   .arg(summary.value().casesRejected + summary.value().reportingRejected)
            << Qt::endl;
        out << "  memory: " << memory() << Qt::endl;
    }
    return 0;
}

// Times bringing in a team spreadsheet of `rows` rows (an .xlsx naming people of a demo
// caseload of `persons`), then the same sheet again (everything already brought in).
int benchSheet(int persons, int rows)
{
    QTemporaryDir tmp;
    auto db = Database::open(tmp.filePath(QStringLiteral("sheet.sqlite")));
    if (!db)
        return 1;
    DemoGenerator::Options options;
    options.persons = persons;
    if (Status s = DemoGenerator::generate(db.value()->sql(), options); !s) {
        out << s.error().toString() << Qt::endl;
        return 1;
    }
    QStringList refs;
    QSqlQuery q(db.value()->sql());
    q.exec(QStringLiteral("SELECT person_ref FROM person ORDER BY id"));
    while (q.next())
        refs << q.value(0).toString();
    const QString path = tmp.filePath(QStringLiteral("team.xlsx"));
    XlsxWriter w;
    w.open(path, QStringLiteral("Caseload"));
    w.writeHeader({QStringLiteral("CID ref"), QStringLiteral("Barrier"),
                   QStringLiteral("Next action"), QStringLiteral("Next action date"),
                   QStringLiteral("Comments")});
    for (int i = 0; i < rows; ++i)
        w.writeRow({refs.at(i % refs.size()), QStringLiteral("Further reps %1").arg(i),
                    QStringLiteral("Chase solicitor"),
                    QDate(2026, 12, 1).addDays(i % 90).toString(QStringLiteral("dd/MM/yyyy")),
                    QStringLiteral("Row %1 of the team's tracker").arg(i)});
    if (!w.close())
        return 1;
    out << QStringLiteral("team sheet: %1 rows (%2 KiB) over %3 people")
               .arg(rows)
               .arg(QFileInfo(path).size() / 1024)
               .arg(refs.size())
        << Qt::endl;
    Result<Sheet> sheet = Error{};
    report(QStringLiteral("read the .xlsx"), timeMs([&] { sheet = SheetReader::read(path); }));
    if (!sheet)
        return 1;
    const SheetMapping mapping = SheetMapping::guess(sheet.value().headers);
    report(QStringLiteral("preview: map every row and match its person"),
           timeMs([&] { SheetImporter::plan(db.value()->sql(), sheet.value(), mapping); }));
    // The demo's users are defined, so the import is an administrator's: the demo's.
    Session::setUser(db.value()->sql(), QStringLiteral("dfarrow"));
    for (const char *run : {"import", "same sheet again (all already in)"}) {
        Result<SheetImportResult> result = Error{};
        report(QString::fromLatin1(run), timeMs([&] {
                   result = SheetImporter::run(db.value()->sql(), sheet.value(), mapping,
                                               QStringLiteral("dfarrow"));
               }));
        if (!result) {
            out << result.error().toString() << Qt::endl;
            return 1;
        }
        out << QStringLiteral("  notes added %1, diary entries added %2, already in %3")
                   .arg(result.value().counts.notesAdded)
                   .arg(result.value().counts.diaryAdded)
                   .arg(result.value().counts.rowsAlreadyImported)
            << Qt::endl;
    }
    out << "  memory: " << memory() << Qt::endl;
    return 0;
}

// Times the managers' dashboard's figures: every chart for the default period, again (warm),
// each chart on its own, a change of each filter, and the largest drill-down's count.
void benchDashboard(QSqlDatabase db, const QDate &asOf)
{
    const DashboardFilter period = DashboardFilter::lastTwelveMonths(asOf);
    for (const char *run : {"first", "again"})
        report(QStringLiteral("dashboard: every chart (%1)").arg(QLatin1String(run)),
               timeMs([&] { Dashboard::compute(db, period); }));
    QPair<qint64, Dashboard::Drill> largest{-1, {}};
    for (const QString &id : Dashboard::chartIds()) {
        Chart chart;
        report(QStringLiteral("dashboard: %1").arg(id), timeMs([&] {
                   auto c = Dashboard::compute(db, id, period);
                   if (c)
                       chart = c.value();
               }));
        for (int s = 0; s < chart.seriesKeys.size(); ++s)
            for (int c = 0; c < chart.categoryKeys.size(); ++c)
                if (chart.value(s, c) > largest.first)
                    largest = {chart.value(s, c),
                               Dashboard::drill(id, period, chart.seriesKeys.at(s),
                                                chart.categoryKeys.at(c))};
    }
    auto units = Dashboard::owningUnits(db);
    auto teams = Dashboard::teams(db);
    DashboardFilter f = period;
    if (units && !units.value().isEmpty()) {
        f.owningUnit = units.value().first();
        report(QStringLiteral("dashboard: filter by unit %1").arg(f.owningUnit),
               timeMs([&] { Dashboard::compute(db, f); }));
    }
    if (teams && !teams.value().isEmpty()) {
        f.team = teams.value().first();
        report(QStringLiteral("dashboard: filter by unit and team %1").arg(f.team),
               timeMs([&] { Dashboard::compute(db, f); }));
    }
    f = period;
    f.from = asOf.addMonths(-3);
    report(QStringLiteral("dashboard: period of 3 months"),
           timeMs([&] { Dashboard::compute(db, f); }));
    report(QStringLiteral("dashboard: count behind the largest cell"),
           timeMs([&] { Dashboard::drillCount(db, largest.second); }));
    out << "  rows: " << largest.first << Qt::endl;
}

// Times the non-compliance queue, the person's reporting tab and the reporting figures on a
// demo caseload of `persons` topped up with older weekly events to `events` in all.
// Today (issue 23) for the demo's caseworker sokafor at `now`: the sections read (with each
// section's count and the rows listed under it), the view built and shown, and the whole window
// as it opens on it.
void benchToday(const std::shared_ptr<Database> &database, const QDateTime &now)
{
    const QSqlDatabase db = database->sql();
    QTextStream out(stdout);
    const Clock::Fixed fixed(now);
    for (int run = 0; run < 2; ++run) {
        TodayModel model(db);
        model.setUser(QStringLiteral("sokafor"));
        model.setMoment(Moment::at(now));
        report(
            QStringLiteral("Today, sokafor: every section read (%1)").arg(run ? "again" : "first"),
            timeMs([&] { model.reload(); }));
        if (run > 0)
            continue;
        for (int i = 0; i < model.sectionCount(); ++i)
            out << QStringLiteral("  %1: count %2, rows %3")
                       .arg(model.section(i).key)
                       .arg(model.data(model.index(i, 0), Roles::Sort).toLongLong())
                       .arg(model.rowCount(model.index(i, 0)))
                << Qt::endl;
    }
    // A team leader's adds their team's sections; a manager's starts with the headline figures,
    // every person's figures worked out in one pass, on every reload.
    for (const auto &[who, what] :
         {std::pair{"rfarrell", "team leader"}, {"cbennett", "manager"}}) {
        TodayModel model(db);
        model.setUser(QString::fromLatin1(who));
        model.setMoment(Moment::at(now));
        if (QLatin1String(what) == QLatin1String("manager"))
            model.setHeadline(true);
        else
            model.setTeam(QStringLiteral("Liverpool A"));
        report(QStringLiteral("Today, %1 (%2): every section read").arg(who, what),
               timeMs([&] { model.reload(); }));
        int counted = 0;
        for (int i = 0; i < model.sectionCount(); ++i)
            counted += model.rowCount(model.index(i, 0)) > 0;
        out << QStringLiteral("  sections: %1, with rows: %2")
                   .arg(model.sectionCount())
                   .arg(counted)
            << Qt::endl;
    }
    report(QStringLiteral("Today, sokafor: the view built and shown"), timeMs([&] {
               TodayView view({db, QStringLiteral("sokafor")});
               view.resize(1400, 900);
               view.show();
               QCoreApplication::processEvents();
           }));
    // The measure: the whole window as it opens, Today in front of the caseload.
    report(QStringLiteral("Today, sokafor: the main window built, shown and painted"), timeMs([&] {
               MainWindow window(database, QStringLiteral("sokafor"));
               window.resize(1400, 860);
               window.show();
               QCoreApplication::processEvents();
               window.grab();
           }));
}

// The caseload's triage (issue 23) on `db` at `now`: each triage column sorted, each Needs
// filter, and a caseworker's first view (their people, by band: urgency within a band), each
// with its first page read as the window reads it.
void benchTriage(const QSqlDatabase &db, const QDateTime &now)
{
    QTextStream out(stdout);
    {
        // The morning's import works each person's last due event out again where one has come
        // due since (PersonStore::refreshStaleDueEventsInTransaction); the day's reading then
        // searches only the events due since the import.
        const Clock::Fixed morning(QDateTime(now.date(), QTime(6, 30)));
        report(QStringLiteral("triage: the import's pass over the last due events, at 06:30"),
               timeMs([&] {
                   const Status s = Transaction::run(
                       db, [&] { return PersonStore(db).refreshStaleDueEventsInTransaction(); });
                   if (!s)
                       out << s.error().toString() << Qt::endl;
               }));
    }
    const Clock::Fixed fixed(now);
    CaseloadModel model(db);
    const auto touchPage = [&](int row) {
        for (int c = 0; c < model.columnCount(); ++c)
            model.index(row, c).data();
    };
    for (const CaseloadColumn column :
         {CaseloadColumn::LastOutcome, CaseloadColumn::LastReported, CaseloadColumn::BreachRun,
          CaseloadColumn::NextDiary, CaseloadColumn::LastAction, CaseloadColumn::OpenTaskings,
          CaseloadColumn::Band}) {
        const QString name = model.headerData(int(column), Qt::Horizontal).toString();
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            report(QStringLiteral("triage: everyone by %1 %2 + first page")
                       .arg(name, order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                              : QStringLiteral("desc")),
                   timeMs([&] {
                       model.sort(int(column), order);
                       touchPage(0);
                   }));
    }
    model.sort(int(CaseloadColumn::FamilyName), Qt::AscendingOrder);
    using Needs = CaseloadFilter::Needs;
    for (const auto &[name, needs] :
         {std::pair{QStringLiteral("in a run of breaches"), Needs::InRunOfBreaches},
          std::pair{QStringLiteral("diary due"), Needs::DiaryDue},
          std::pair{QStringLiteral("open taskings"), Needs::OpenTaskings},
          std::pair{QStringLiteral("no action in 60 days"), Needs::Quiet}}) {
        CaseloadFilter f;
        f.needs = needs;
        report(QStringLiteral("triage: needs %1, count + first page").arg(name), timeMs([&] {
                   model.setFilter(f);
                   touchPage(0);
               }));
        out << "  matches: " << model.rowCount() << Qt::endl;
    }
    CaseloadFilter mine;
    mine.caseOwner = QStringLiteral("sokafor");
    report(QStringLiteral("triage: sokafor's first view (my cases, by band) + first page"),
           timeMs([&] {
               model.setFilter(mine);
               model.sort(int(CaseloadColumn::Band), Qt::AscendingOrder);
               touchPage(0);
           }));
    out << "  people: " << model.rowCount() << Qt::endl;
}

int benchQueue(int persons, qint64 events, const QString &path)
{
    QTemporaryDir tmp;
    const QString file = path.isEmpty() ? tmp.filePath(QStringLiteral("queue.sqlite")) : path;
    const bool exists = QFileInfo::exists(file);
    auto db = Database::open(file);
    if (!db)
        return 1;
    if (!exists) {
        DemoGenerator::Options options;
        options.persons = persons;
        report(QStringLiteral("demo: %1 people with their reporting history").arg(persons),
               timeMs([&] { DemoGenerator::generate(db.value()->sql(), options); }));
        QSqlQuery count(db.value()->sql());
        count.exec(QStringLiteral("SELECT COUNT(*) FROM reporting_event"));
        count.next();
        qint64 have = count.value(0).toLongLong();
        // Older history: one weekly event per person going back, all completed.
        QVector<qint64> ids;
        QSqlQuery people(db.value()->sql());
        people.exec(QStringLiteral("SELECT id FROM person WHERE custody = 'NON_DETAINED'"));
        while (people.next())
            ids << people.value(0).toLongLong();
        report(QStringLiteral("top up to %1 reporting events").arg(events), timeMs([&] {
                   Transaction tx(db.value()->sql());
                   ReportingStore store(db.value()->sql());
                   ReportingEvent e;
                   e.outcome = QStringLiteral("COMPLETED");
                   e.source = QStringLiteral("CID");
                   e.centre = QStringLiteral("Becket House");
                   for (int week = 27; have < events && !ids.isEmpty(); ++week) {
                       const QString when =
                           QDate(2026, 11, 23).addDays(-7 * week).toString(Qt::ISODate) +
                           QStringLiteral("T10:00");
                       for (int i = 0; i < ids.size() && have < events; ++i, ++have) {
                           e.personId = ids.at(i);
                           e.eventRef = QStringLiteral("B%1-%2").arg(ids.at(i)).arg(week);
                           e.scheduled = when;
                           store.queueInTransaction(e);
                       }
                   }
                   store.flushInTransaction();
                   PersonStore(db.value()->sql()).refreshAllReportingSpansInTransaction();
                   tx.commit();
               }));
    }
    QSqlQuery count(db.value()->sql());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM reporting_event"));
    count.next();
    out << QStringLiteral("reporting events: %1; database file: %2 MiB")
               .arg(count.value(0).toLongLong())
               .arg(QFileInfo(file).size() / 1048576.0, 0, 'f', 0)
        << Qt::endl;
    const QDate asOf(2026, 11, 23);
    for (int run = 0; run < 2; ++run) {
        NoncomplianceModel model(db.value()->sql());
        model.setAsOf(Moment::endOfDay(asOf));
        report(QStringLiteral("non-compliance queue (%1)").arg(run ? "again" : "first"),
               timeMs([&] { model.reload(); }));
        if (run == 0)
            out << QStringLiteral("  %1 people in the queue, %2 unactioned")
                       .arg(model.totalCount())
                       .arg(model.unactionedCount())
                << Qt::endl;
    }
    benchDashboard(db.value()->sql(), asOf);
    report(QStringLiteral("figures --json (all, reporting included)"),
           timeMs([&] { Figures::compute(db.value()->sql(), asOf); }));
    report(QStringLiteral("one person's reporting timeline"),
           timeMs([&] { ReportingStore(db.value()->sql()).forPerson(1); }));
    benchToday(db.value(), QDateTime(asOf, QTime(12, 0)));
    benchTriage(db.value()->sql(), QDateTime(asOf, QTime(12, 0)));
    out << "  memory: " << memory() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    NativeSqlite::configureProcess(); // as the app's main() does
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
    const QCommandLineOption importCases(
        QStringLiteral("import-cases"),
        QStringLiteral("Instead: time importing a synthetic extract of N cases."),
        QStringLiteral("N"));
    const QCommandLineOption importEvents(QStringLiteral("import-events"),
                                          QStringLiteral("Reporting events in that extract."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption sheetRows(
        QStringLiteral("sheet-rows"),
        QStringLiteral("Instead: time importing a team spreadsheet of N rows into --persons."),
        QStringLiteral("N"));
    const QCommandLineOption queueEvents(
        QStringLiteral("queue-events"),
        QStringLiteral("Instead: time the non-compliance queue over N reporting events."),
        QStringLiteral("N"));
    parser.addOption(persons);
    parser.addOption(database);
    parser.addOption(sheetRows);
    parser.addOption(queueEvents);
    parser.addOption(importCases);
    parser.addOption(importEvents);
    parser.process(app);
    if (parser.isSet(queueEvents))
        return benchQueue(parser.value(persons).toInt(), parser.value(queueEvents).toLongLong(),
                          parser.value(database));
    if (parser.isSet(sheetRows))
        return benchSheet(parser.value(persons).toInt(), parser.value(sheetRows).toInt());
    if (parser.isSet(importCases))
        return benchImport(parser.value(importCases).toInt(), parser.value(importEvents).toInt());

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
    benchTriage(db->sql(), QDateTime(QDate(2026, 11, 23), QTime(12, 0)));

    report(QStringLiteral("figures --json"), timeMs([&] {
               const auto fig = Figures::compute(db->sql(), QDate(2026, 11, 23));
               if (!fig)
                   out << fig.error().toString() << Qt::endl;
           }));

    benchDashboard(db->sql(), QDate(2026, 11, 23));

    // Removal progression: the worklists and the register read whole lists (no paging), so
    // their size at this scale is what decides whether they may.
    const QDate asOf(2026, 11, 23);
    const ProgressionStore progression(db->sql());
    for (const auto &[name, list] :
         {std::pair{QStringLiteral("ripe for progression"), ProgressionStore::List::Ripe},
          std::pair{QStringLiteral("preparation overdue"),
                    ProgressionStore::List::PreparationOverdue},
          std::pair{QStringLiteral("deportation decisions overdue"),
                    ProgressionStore::List::DecisionOverdue}}) {
        qsizetype rows = 0;
        // A copy: C++17 lambdas cannot capture a structured binding (clang refuses it).
        const ProgressionStore::List which = list;
        report(QStringLiteral("worklist: %1").arg(name), timeMs([&] {
                   const auto r = progression.list(which, asOf);
                   rows = r ? r.value().size() : -1;
               }));
        out << "  people: " << rows << Qt::endl;
    }
    BarrierRegisterModel barriers(db->sql());
    report(QStringLiteral("barrier register: count + first page"),
           timeMs([&] { barriers.reload(); }));
    out << "  open barriers: " << barriers.totalCount() << Qt::endl;
    report(QStringLiteral("barrier register: every page (a full scroll)"),
           timeMs([&] { barriers.fetchAll(); }));
    report(QStringLiteral("removals and charter flights"), timeMs([&] {
               const RemovalStore removals(db->sql());
               removals.list(false);
               removals.flightSummaries();
           }));

    benchTeamDatabase(db->sql());

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

    // The dashboard as a manager sees it: the charts computed, drawn and painted; then a unit
    // chosen in the filter, which recomputes and redraws every chart in the same views.
    std::unique_ptr<DashboardView> dashboard;
    QSettings().remove(QStringLiteral("dashboard")); // every team and unit, 12 months to today
    report(QStringLiteral("dashboard view built (charts computed and made)"), timeMs([&] {
               dashboard.reset(new DashboardView({db->sql(), QStringLiteral("sokafor")}));
           }));
    report(QStringLiteral("dashboard view shown and painted"), timeMs([&] {
               dashboard->resize(1400, 860);
               dashboard->show();
               QCoreApplication::processEvents();
               dashboard->grab();
           }));
    if (dashboard->unitCombo()->count() > 1)
        report(QStringLiteral("dashboard: choose a unit, every chart redrawn"), timeMs([&] {
                   dashboard->unitCombo()->setCurrentIndex(1);
                   QCoreApplication::processEvents();
                   dashboard->grab();
               }));
    dashboard.reset();
    out << "memory: " << memory() << Qt::endl;
    return 0;
}
