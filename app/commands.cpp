#include "commands.h"
#include "domain/clock.h"

#include "dashboard/dashboardreport.h"
#include "db/database.h"
#include "db/session.h"
#include "demo/demogenerator.h"
#include "domain/disclosure.h"
#include "domain/figurecomparison.h"
#include "domain/textescape.h"
#include "figures/dashboard.h"
#include "figures/figures.h"
#include "figures/snapshotcapture.h"
#include "io/cidimporter.h"
#include "io/disclosurelog.h"
#include "itemmodels/displaytext.h"
#include "person/personrecordwidget.h"
#include "store/accessstore.h"
#include "store/auditstore.h"
#include "store/backup.h"
#include "store/figuresnapshotstore.h"
#include "store/personstore.h"
#include "store/userstore.h"
#include "window/connectdialog.h"
#include "window/mainwindow.h"
#include "window/teamdatabaseurl.h"
#include "window/viewregistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <QUrl>
#include <cstdlib>
#include <optional>

namespace {

// Gives the command line's messages a translation context of their own.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Lodestar"));
    QCoreApplication::setApplicationName(QStringLiteral("lodestar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LODESTAR_VERSION));
}

void installTranslators(QCoreApplication &app)
{
    // The user's language where Lodestar has it, else English, whose .ts carries the plural
    // forms ("1 open barrier", "2 open barriers").
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("lodestar"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/lodestar_en.qm")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

// One line on stderr: "lodestar <command>: <what went wrong>".
int fail(const QString &command, const QString &message, int code = 1)
{
    QTextStream(stderr) << "lodestar " << command << ": " << message << Qt::endl;
    return code;
}

// Parses `args` (the command name already removed from the program's own name); prints help
// and exits on --help, returns false (after printing the error) on a wrong command line.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &command)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        fail(command, parser.errorText(), 2);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        std::exit(0);
    }
    if (!parser.positionalArguments().isEmpty()) {
        fail(command,
             CommandLine::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()),
             2);
        return false;
    }
    return true;
}

// The program name followed by the command's own arguments.
QStringList commandArgs(const QStringList &args)
{
    QStringList out{args.value(0)};
    out << args.mid(2);
    return out;
}

QCommandLineOption databaseOptionFor()
{
    return QCommandLineOption(QStringList{QStringLiteral("database"), QStringLiteral("d")},
                              CommandLine::tr("The Lodestar database file."),
                              QStringLiteral("PATH"));
}

QCommandLineOption userOptionFor()
{
    return QCommandLineOption(
        QStringLiteral("user"),
        CommandLine::tr("Act as this user (default: $LODESTAR_USER, else the OS user)."),
        QStringLiteral("NAME"));
}

QCommandLineOption reasonOptionFor()
{
    return QCommandLineOption(
        QStringLiteral("reason"),
        CommandLine::tr("Why this personal data leaves Lodestar, for the audit trail (default: "
                        "\"%1\"). At most %2 characters are kept.")
            .arg(Disclosure::CommandLineReason)
            .arg(Disclosure::MaxReason),
        QStringLiteral("TEXT"));
}

// The reason a command records: --reason, or "command line" when it is left out (so scripts
// written before issue 19 keep working); a --reason with nothing in it is a mistake.
std::optional<QString> reasonFrom(const QCommandLineParser &parser,
                                  const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return Disclosure::CommandLineReason;
    const QString reason = Disclosure::cleanReason(parser.value(option));
    if (reason.isEmpty())
        return std::nullopt;
    return reason;
}

} // namespace

namespace Commands {

QString currentUser(const QString &fromOption)
{
    if (!fromOption.isEmpty())
        return fromOption;
    const QString fromEnvironment = qEnvironmentVariable("LODESTAR_USER");
    return fromEnvironment.isEmpty() ? Session::osUser() : fromEnvironment;
}

// Who a command acts as on `db`. On a team database the user is the login (issue 8): --user
// may only name it, never another login, whose rights the server would not give anyway; an
// $LODESTAR_USER set for the local database does not apply there. On a local file (issue 19)
// the OS user, or whom --user or $LODESTAR_USER name when the file is a demo or the OS user is
// its administrator (Permissions::actAsRefusal): else refused, code Permissions::ActAsRefused.
Result<QString> actingUser(const Database &db, const QString &fromOption)
{
    if (db.login().isEmpty()) {
        const QString asked = currentUser(fromOption);
        if (const Status s = AccessStore(db.sql()).mayActAs(Session::osUser(), asked); !s) {
            const QString how = fromOption.isEmpty()
                                    ? QStringLiteral("$LODESTAR_USER=%1").arg(asked)
                                    : QStringLiteral("--user %1").arg(asked);
            return Error{CommandLine::tr("%1 on %2: %3 (leave out --user and $LODESTAR_USER to "
                                         "act as yourself)")
                             .arg(how, db.location(), s.error().message),
                         s.error().detail, s.error().code};
        }
        return asked;
    }
    if (!fromOption.isEmpty() && fromOption != db.login())
        return Error{CommandLine::tr("--user %1: on the team database %2 you act as its login, "
                                     "%3; to act as %1, connect as %1 (postgresql://%1@host/"
                                     "database) with their password")
                         .arg(fromOption, db.location(), db.login()),
                     QString(), QStringLiteral("bad-user")};
    return db.login();
}

// The exit code of a refused user: 3 for acting as someone else on a local file without the
// right (Commands::ActAsRefused), 2 for a --user the team database does not allow.
static int userExitCode(const Error &e)
{
    return e.code == Permissions::ActAsRefused ? Commands::ActAsRefused : 2;
}

// A database other users of the computer may read: one line on stderr, as a warning.
static void warnIfExposed(const QString &command, const Database &db)
{
    if (!db.exposure().isEmpty())
        QTextStream(stderr) << "lodestar " << command << ": "
                            << CommandLine::tr("warning: %1").arg(db.exposure()) << Qt::endl;
}

int gui(int argc, char **argv, const QStringList &args)
{
    QApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    const QCommandLineOption databaseOption = databaseOptionFor();
    const QCommandLineOption userOption = userOptionFor();
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Lodestar: the casework workbench. Without --database, opens your own database, "
        "creating it on first start."));
    parser.addOption(databaseOption);
    parser.addOption(userOption);
    parser.addVersionOption();
    QStringList guiArgs = args;
    if (guiArgs.value(1) == QLatin1String("gui"))
        guiArgs = commandArgs(args);
    if (!parse(parser, guiArgs, QStringLiteral("gui")))
        return 2;
    const bool ownDatabase = !parser.isSet(databaseOption);
    const QString location =
        ownDatabase ? Database::defaultLocation() : parser.value(databaseOption);
    // A team database whose server wants a password asks for it here, as the connection
    // dialog does, rather than failing.
    auto db =
        ConnectDialog::openAsking(nullptr, location, QString(), ConnectDialog::defaultOpener());
    if (!db) {
        fail(QStringLiteral("gui"), db.error().toString());
        QMessageBox::critical(nullptr, CommandLine::tr("Lodestar cannot open the database"),
                              db.error().toString());
        return 1;
    }
    const bool team = Database::isPostgresLocation(location);
    const Result<QString> user = actingUser(*db.value(), parser.value(userOption));
    if (!user) {
        fail(QStringLiteral("gui"), user.error().toString(), 2);
        QMessageBox::critical(nullptr, CommandLine::tr("Lodestar cannot act as that user"),
                              user.error().toString());
        return userExitCode(user.error());
    }
    warnIfExposed(QStringLiteral("gui"), *db.value());
    if (const auto target = TeamDatabaseUrl::parse(location); team && target)
        ConnectDialog::remember(*target);
    MainWindow window(db.value(), user.value());
    window.show();
    window.warnIfExposed();
    // Invented people are never offered for a team's shared database.
    if (db.value()->wasCreated() && !team)
        QTimer::singleShot(0, &window,
                           ownDatabase ? &MainWindow::offerFirstStart : &MainWindow::offerDemoData);
    return app.exec();
}

int demo(int argc, char **argv, const QStringList &args)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    const QCommandLineOption databaseOption = databaseOptionFor();
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Writes a synthetic caseload of invented people into a new or empty database. The "
        "same seed gives the same database."));
    parser.addOption(databaseOption);
    const QCommandLineOption persons(QStringLiteral("persons"),
                                     CommandLine::tr("Number of people."), QStringLiteral("N"),
                                     QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CommandLine::tr("Random seed (default 1)."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        CommandLine::tr("Date the history runs up to (default 2026-11-23, so that the same seed "
                        "gives the same figures on any day)."),
        QStringLiteral("YYYY-MM-DD"));
    parser.addOption(persons);
    parser.addOption(seed);
    parser.addOption(asOf);
    if (!parse(parser, commandArgs(args), QStringLiteral("demo")))
        return 2;
    if (!parser.isSet(databaseOption))
        return fail(QStringLiteral("demo"), CommandLine::tr("--database PATH is required"), 2);
    bool ok = false;
    DemoGenerator::Options options;
    options.persons = parser.value(persons).toInt(&ok);
    if (!ok || options.persons < 1 || options.persons > 10000000)
        return fail(QStringLiteral("demo"),
                    CommandLine::tr("--persons '%1' is not a number between 1 and 10,000,000")
                        .arg(parser.value(persons)),
                    2);
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("demo"),
                    CommandLine::tr("--seed '%1' is not a whole number").arg(parser.value(seed)),
                    2);
    if (parser.isSet(asOf)) {
        if (!QDate::fromString(parser.value(asOf), Qt::ISODate).isValid())
            return fail(
                QStringLiteral("demo"),
                CommandLine::tr("--as-of '%1' is not a date (YYYY-MM-DD)").arg(parser.value(asOf)),
                2);
        options.asOf = parser.value(asOf);
    }
    auto db = Database::open(parser.value(databaseOption), Database::Create::IfMissing);
    if (!db)
        return fail(QStringLiteral("demo"), db.error().toString());
    warnIfExposed(QStringLiteral("demo"), *db.value());
    // Written as the OS user on a file ($LODESTAR_USER is for signing in to the demo once it
    // is written), as the login on a team database.
    Session::setUser(db.value()->sql(),
                     db.value()->login().isEmpty() ? Session::osUser() : db.value()->login());
    QElapsedTimer timer;
    timer.start();
    const Status s = DemoGenerator::generate(db.value()->sql(), options);
    if (!s)
        return fail(QStringLiteral("demo"),
                    QStringLiteral("%1: %2").arg(db.value()->location(), s.error().toString()));
    QTextStream(stdout) << CommandLine::tr("Wrote %1 invented people to %2 in %3 s")
                               .arg(options.persons)
                               .arg(db.value()->location())
                               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                        << Qt::endl;
    return 0;
}

int import(int argc, char **argv, const QStringList &args)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    const QCommandLineOption databaseOption = databaseOptionFor();
    const QCommandLineOption userOption = userOptionFor();
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Imports the daily CID extract (cases.csv, optionally reporting.csv) in one "
        "transaction. Rows that break the contract are rejected and listed; the rest are "
        "imported. Exit 0 when the import ran, 2 when a file is refused whole."));
    parser.addOption(databaseOption);
    parser.addOption(userOption);
    const QCommandLineOption cases(QStringLiteral("cases"), CommandLine::tr("The cases.csv file."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption reporting(QStringLiteral("reporting"),
                                       CommandLine::tr("The reporting.csv file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("Print the summary as one JSON object."));
    const QCommandLineOption allowMissing(
        QStringLiteral("allow-missing"),
        CommandLine::tr("Import even when the extract leaves out more than %1% of the cases held "
                        "(they are marked missing). Without it such an extract, the sign of a "
                        "file cut short, is refused.")
            .arg(100.0 * CidImporter::DefaultMissingLimit));
    parser.addOption(cases);
    parser.addOption(reporting);
    parser.addOption(json);
    parser.addOption(allowMissing);
    const QString command = QStringLiteral("import");
    if (!parse(parser, commandArgs(args), command))
        return 2;
    if (!parser.isSet(databaseOption) || !parser.isSet(cases))
        return fail(command, CommandLine::tr("--database PATH and --cases FILE are required"), 2);
    auto db = Database::open(parser.value(databaseOption), Database::Create::IfMissing);
    if (!db)
        return fail(command, db.error().toString());
    const Result<QString> user = actingUser(*db.value(), parser.value(userOption));
    if (!user)
        return fail(command, user.error().toString(), userExitCode(user.error()));
    warnIfExposed(command, *db.value());
    Session::setUser(db.value()->sql(), user.value());
    CidImporter::Options options;
    if (parser.isSet(allowMissing))
        options.confirmMissing = [](const CidImporter::MissingCheck &) { return true; };
    const auto summary = CidImporter::run(db.value()->sql(), parser.value(cases),
                                          parser.value(reporting), user.value(), options);
    if (!summary) {
        const QString &code = summary.error().code;
        if (code == CidImporter::TooManyMissing)
            return fail(command,
                        summary.error().toString() + QLatin1Char(' ') +
                            CommandLine::tr("--allow-missing imports it anyway."),
                        2);
        return fail(command, summary.error().toString(), code == CidImporter::Refused ? 2 : 1);
    }
    if (parser.isSet(json))
        QTextStream(stdout) << QString::fromUtf8(QJsonDocument(summary.value().toJson())
                                                     .toJson(QJsonDocument::Compact))
                            << Qt::endl;
    else
        QTextStream(stdout) << summary.value().toText();
    return 0;
}

// Every figure's key and meaning (Figures::definitions), then every chart's
// ("charts/<id>", Dashboard::describe): the same text the window and the report show.
static void printDefinitions(bool asJson)
{
    QTextStream out(stdout);
    if (asJson) {
        QJsonObject all;
        for (const Figures::Definition &d : Figures::definitions()) {
            QJsonObject one;
            one.insert(QStringLiteral("meaning"), d.meaning);
            one.insert(QStringLiteral("unit"), d.unit);
            one.insert(QStringLiteral("people"), d.people);
            one.insert(QStringLiteral("present"), d.present);
            all.insert(d.key, one);
        }
        for (const QString &id : Dashboard::chartIds()) {
            const Chart c = Dashboard::describe(id);
            QJsonObject one;
            one.insert(QStringLiteral("title"), c.title);
            one.insert(QStringLiteral("meaning"), c.definition);
            one.insert(QStringLiteral("unit"), c.unit);
            all.insert(QStringLiteral("charts/") + id, one);
        }
        out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)) << Qt::endl;
        return;
    }
    for (const Figures::Definition &d : Figures::definitions())
        out << d.key << '\t' << d.meaning << " (" << d.unit << ")" << Qt::endl;
    for (const QString &id : Dashboard::chartIds()) {
        const Chart c = Dashboard::describe(id);
        out << "charts/" << id << '\t' << c.title << ": " << c.definition << Qt::endl;
    }
}

// Prints a JSON object, compact for --json, indented otherwise.
void printJson(const QJsonObject &object, bool compact)
{
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(object).toJson(
                               compact ? QJsonDocument::Compact : QJsonDocument::Indented))
                        << (compact ? "\n" : "");
}

// The snapshot id an option names: a whole number from 1, else nothing.
std::optional<qint64> snapshotId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

int figures(int argc, char **argv, const QStringList &args)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    const QString command = QStringLiteral("figures");
    const QCommandLineOption databaseOption = databaseOptionFor();
    const QCommandLineOption userOption = userOptionFor();
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Prints the headline figures of a database."));
    parser.addOption(databaseOption);
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        CommandLine::tr("Date the figures are taken at, meaning the end of that day (default "
                        "today), or a minute within a day (YYYY-MM-DDTHH:MM): reporting events "
                        "scheduled after it are pending, not breaches."),
        QStringLiteral("YYYY-MM-DD[THH:MM]"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("Print one JSON object."));
    const QCommandLineOption definitions(
        QStringLiteral("definitions"),
        CommandLine::tr("Print what each figure and chart counts, one per line (with --json, "
                        "one object); needs no database."));
    const QCommandLineOption publish(
        QStringLiteral("publish"),
        CommandLine::tr("Publish the figures as they stand today: keep them for good with the "
                        "people behind each, to be printed again (--snapshot) and compared "
                        "(lodestar compare). A team leader's or a manager's. Prints them with "
                        "their \"snapshot_id\"."));
    const QCommandLineOption label(QStringLiteral("label"),
                                   CommandLine::tr("With --publish: what the publication is for "
                                                   "(\"Quarterly return Q3\")."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption snapshot(
        QStringLiteral("snapshot"),
        CommandLine::tr("Print the figures published as snapshot ID, exactly as they were."),
        QStringLiteral("ID"));
    const QCommandLineOption snapshots(
        QStringLiteral("snapshots"),
        CommandLine::tr("List the published snapshots: id, when, who, as of, people, label."));
    parser.addOption(userOption);
    parser.addOption(asOf);
    parser.addOption(json);
    parser.addOption(definitions);
    parser.addOption(publish);
    parser.addOption(label);
    parser.addOption(snapshot);
    parser.addOption(snapshots);
    if (!parse(parser, commandArgs(args), command))
        return 2;
    if (parser.isSet(definitions)) {
        printDefinitions(parser.isSet(json));
        return 0;
    }
    if (!parser.isSet(databaseOption))
        return fail(command, CommandLine::tr("--database PATH is required"), 2);
    const int modes =
        int(parser.isSet(publish)) + int(parser.isSet(snapshot)) + int(parser.isSet(snapshots));
    if (modes > 1)
        return fail(command,
                    CommandLine::tr("--publish, --snapshot and --snapshots go one at a time"), 2);
    if (modes == 1 && parser.isSet(asOf))
        return fail(command,
                    CommandLine::tr("--as-of goes with neither --publish (a publication is taken "
                                    "now) nor --snapshot (it has its own date)"),
                    2);
    if (parser.isSet(label) && !parser.isSet(publish))
        return fail(command, CommandLine::tr("--label goes with --publish"), 2);
    std::optional<qint64> snapshotWanted;
    if (parser.isSet(snapshot)) {
        snapshotWanted = snapshotId(parser.value(snapshot));
        if (!snapshotWanted)
            return fail(command,
                        CommandLine::tr("--snapshot '%1' is not a snapshot id (a whole number "
                                        "from 1)")
                            .arg(parser.value(snapshot)),
                        2);
    }
    Moment at = Moment::endOfDay(Clock::today());
    if (parser.isSet(asOf)) {
        at = Moment::fromString(parser.value(asOf));
        if (!at.isValid())
            return fail(command,
                        CommandLine::tr("--as-of '%1' is not a date (YYYY-MM-DD) or a date and "
                                        "time (YYYY-MM-DDTHH:MM)")
                            .arg(parser.value(asOf)),
                        2);
    }
    auto db = Database::open(parser.value(databaseOption), Database::Create::Never);
    if (!db)
        return fail(command, db.error().toString());
    warnIfExposed(command, *db.value());
    const QSqlDatabase sql = db.value()->sql();
    const auto failWith = [&](const Error &e) {
        return fail(command, QStringLiteral("%1: %2").arg(db.value()->location(), e.toString()),
                    e.code == FigureSnapshotStore::NotFound || e.code == Permissions::Refused ? 2
                                                                                              : 1);
    };
    if (parser.isSet(snapshots)) {
        const auto list = FigureSnapshotStore(sql).list();
        if (!list)
            return failWith(list.error());
        QTextStream out(stdout);
        for (const FigureSnapshotStore::Published &p : list.value())
            out << p.id << '\t' << p.publishedAt << '\t' << p.publishedBy << '\t' << p.asOf << '\t'
                << p.people << '\t' << TextEscape::controls(p.label) << Qt::endl;
        return 0;
    }
    if (snapshotWanted) {
        const auto published = FigureSnapshotStore(sql).load(*snapshotWanted, false);
        if (!published)
            return failWith(published.error());
        QJsonObject object = published.value().figures;
        object.insert(QStringLiteral("snapshot_id"), QJsonValue(published.value().id));
        printJson(object, parser.isSet(json));
        return 0;
    }
    if (parser.isSet(publish)) {
        const Result<QString> user = actingUser(*db.value(), parser.value(userOption));
        if (!user)
            return fail(command, user.error().toString(), userExitCode(user.error()));
        Session::setUser(sql, user.value());
        const auto published = SnapshotCapture::publish(sql, user.value(), parser.value(label));
        if (!published)
            return failWith(published.error());
        QJsonObject object = published.value().figures;
        object.insert(QStringLiteral("snapshot_id"), QJsonValue(published.value().id));
        printJson(object, parser.isSet(json));
        return 0;
    }
    const auto result = Figures::compute(sql, at);
    if (!result)
        return failWith(result.error());
    printJson(result.value().toJson(), parser.isSet(json));
    return 0;
}

int compare(int argc, char **argv, const QStringList &args)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    const QString command = QStringLiteral("compare");
    const QCommandLineOption databaseOption = databaseOptionFor();
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Compares one figure between a published snapshot and another, or now: the two values, "
        "then every person who joined or left it with the fact that changed, grouped by "
        "reason. The counts add up: to = from + joined - left."));
    parser.addOption(databaseOption);
    const QCommandLineOption figure(QStringLiteral("figure"),
                                    CommandLine::tr("The figure's key, as figures --json spells "
                                                    "it (by_band/3, reporting, flags/ZINCS)."),
                                    QStringLiteral("KEY"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CommandLine::tr("The earlier published snapshot's id."),
                                  QStringLiteral("ID"));
    const QCommandLineOption to(QStringLiteral("to"),
                                CommandLine::tr("The later snapshot's id, or now (the default)."),
                                QStringLiteral("ID|now"), QStringLiteral("now"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("Print one JSON object: figure, from, to, "
                                                  "definition_changed, joined, left."));
    parser.addOption(figure);
    parser.addOption(from);
    parser.addOption(to);
    parser.addOption(json);
    if (!parse(parser, commandArgs(args), command))
        return 2;
    if (!parser.isSet(databaseOption) || !parser.isSet(figure) || !parser.isSet(from))
        return fail(command,
                    CommandLine::tr("--database PATH, --figure KEY and --from ID are required"), 2);
    const QString key = parser.value(figure);
    const FigureDefinitions::Definition *definition = FigureDefinitions::definition(key);
    if (!definition)
        return fail(command,
                    CommandLine::tr("there is no figure called '%1' (lodestar figures "
                                    "--definitions lists them)")
                        .arg(key),
                    2);
    if (!definition->people)
        return fail(command,
                    CommandLine::tr("%1 counts %2, not people: only a figure of people is "
                                    "explained person by person")
                        .arg(key, definition->unit),
                    2);
    const std::optional<qint64> fromId = snapshotId(parser.value(from));
    const bool toNow = parser.value(to) == QLatin1String("now");
    const std::optional<qint64> toId = toNow ? std::nullopt : snapshotId(parser.value(to));
    if (!fromId || (!toNow && !toId))
        return fail(command,
                    CommandLine::tr("--from and --to take a snapshot id (a whole number from 1); "
                                    "--to also takes now"),
                    2);
    auto db = Database::open(parser.value(databaseOption), Database::Create::Never);
    if (!db)
        return fail(command, db.error().toString());
    warnIfExposed(command, *db.value());
    const QSqlDatabase sql = db.value()->sql();
    const auto failWith = [&](const Error &e) {
        return fail(command, QStringLiteral("%1: %2").arg(db.value()->location(), e.toString()),
                    e.code == FigureSnapshotStore::NotFound ? 2 : 1);
    };
    const FigureSnapshotStore store(sql);
    const auto earlier = store.load(*fromId);
    if (!earlier)
        return failWith(earlier.error());
    // Now: only the compared figure is evaluated, with every person's facts.
    const auto later = toNow ? SnapshotCapture::people(sql, Moment::endOfDay(Clock::today()), {key})
                             : store.load(*toId);
    if (!later)
        return failWith(later.error());
    const auto comparison = FigureComparison::compare(earlier.value(), later.value(), key);
    if (!comparison)
        return fail(command,
                    CommandLine::tr("snapshot %1 did not keep the people behind %2 (it was "
                                    "published before the figure existed)")
                        .arg(*fromId)
                        .arg(key),
                    2);
    if (parser.isSet(json))
        printJson(comparison->toJson(), true);
    else
        QTextStream(stdout) << comparison->toText();
    return 0;
}

int screenshot(int argc, char **argv, const QStringList &args)
{
    // Renders without a display unless the caller chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    const QCommandLineOption databaseOption = databaseOptionFor();
    const QCommandLineOption userOption = userOptionFor();
    // Pictures show the defaults, not whatever layout this machine's user last left behind.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Renders the main window showing a view to a PNG file, without a display."));
    parser.addOption(databaseOption);
    parser.addOption(userOption);
    const QCommandLineOption view(
        QStringLiteral("view"),
        CommandLine::tr("%1; dashboard:ID (compared with publication ID) or published:ID/FIGURE; "
                        "or person:<person_ref>[/TAB] with TAB one of %2.")
            .arg(ViewRegistry::keys().join(QStringLiteral(", ")),
                 PersonRecordWidget::lowerTabKeys().join(QStringLiteral(", "))),
        QStringLiteral("VIEW"), QStringLiteral("caseload"));
    const QCommandLineOption out(QStringLiteral("out"), CommandLine::tr("PNG file to write."),
                                 QStringLiteral("FILE.png"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  CommandLine::tr("Window size (default 1400x860)."),
                                  QStringLiteral("WxH"), QStringLiteral("1400x860"));
    const QCommandLineOption reasonOption = reasonOptionFor();
    parser.addOption(view);
    parser.addOption(out);
    parser.addOption(size);
    parser.addOption(reasonOption);
    if (!parse(parser, commandArgs(args), QStringLiteral("screenshot")))
        return 2;
    const std::optional<QString> reason = reasonFrom(parser, reasonOption);
    if (!reason)
        return fail(QStringLiteral("screenshot"), CommandLine::tr("--reason is empty"), 2);
    if (!parser.isSet(databaseOption) || !parser.isSet(out))
        return fail(QStringLiteral("screenshot"),
                    CommandLine::tr("--database PATH and --out FILE.png are required"), 2);
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    const int width = wh.value(0).toInt();
    const int height = wh.value(1).toInt();
    if (wh.size() != 2 || width < 200 || height < 200 || width > 10000 || height > 10000)
        return fail(
            QStringLiteral("screenshot"),
            CommandLine::tr("--size '%1' is not WxH between 200 and 10000").arg(parser.value(size)),
            2);
    auto db = Database::open(parser.value(databaseOption), Database::Create::Never);
    if (!db)
        return fail(QStringLiteral("screenshot"), db.error().toString());
    const Result<QString> user = actingUser(*db.value(), parser.value(userOption));
    if (!user)
        return fail(QStringLiteral("screenshot"), user.error().toString(),
                    userExitCode(user.error()));
    warnIfExposed(QStringLiteral("screenshot"), *db.value());
    MainWindow window(db.value(), user.value());
    window.resize(width, height);
    window.show();
    if (Status s = window.showView(parser.value(view)); !s)
        return fail(QStringLiteral("screenshot"), s.error().toString());
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const QString file = parser.value(out);
    if (!window.grab().save(file, "PNG"))
        return fail(QStringLiteral("screenshot"),
                    CommandLine::tr("%1: cannot write the PNG file").arg(file));
    // A picture of a view of people is a disclosure; of one person's record, about them.
    const QString shown = parser.value(view);
    Disclosure disclosure;
    disclosure.kind = Disclosure::Kind::Screenshot;
    disclosure.view = shown.section(QLatin1Char(':'), 0, 0);
    if (disclosure.view == QLatin1String("person")) {
        const QString ref = shown.section(QLatin1Char(':'), 1).section(QLatin1Char('/'), 0, 0);
        const auto person = PersonStore(db.value()->sql()).findByRef(ref);
        if (person && person.value())
            disclosure.personId = person.value()->id;
        disclosure.filters.insert(QStringLiteral("person_ref"), ref);
        if (const QString tab = shown.section(QLatin1Char('/'), 1); !tab.isEmpty())
            disclosure.filters.insert(QStringLiteral("tab"), tab);
    }
    disclosure.file = file;
    disclosure.format = QStringLiteral("png");
    disclosure.reason = *reason;
    if (const Status s = DisclosureLog::written(db.value()->sql(), disclosure); !s)
        return fail(QStringLiteral("screenshot"), s.error().toString());
    return 0;
}

int report(int argc, char **argv, const QStringList &args)
{
    // Charts are drawn by Qt Charts, which needs a GUI application but no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    const QString command = QStringLiteral("report");
    const QCommandLineOption databaseOption = databaseOptionFor();
    const QCommandLineOption userOption = userOptionFor();
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Writes the management report (every dashboard chart with its definition and its "
        "numbers, the as-of date, who produced it and the database) as an A4 PDF, without a "
        "display."));
    parser.addOption(databaseOption);
    parser.addOption(userOption);
    const QCommandLineOption out(QStringLiteral("out"), CommandLine::tr("PDF file to write."),
                                 QStringLiteral("FILE.pdf"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        CommandLine::tr("Date the report is taken at, the period's last day (default today)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        CommandLine::tr("The period's first day (default: the first of the month 11 months "
                        "before --as-of, so the period is 12 months)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption team(QStringLiteral("team"),
                                  CommandLine::tr("Only this team's people (default: all)."),
                                  QStringLiteral("TEAM"));
    const QCommandLineOption unit(QStringLiteral("unit"),
                                  CommandLine::tr("Only this owning unit (default: all)."),
                                  QStringLiteral("UNIT"));
    parser.addOption(out);
    parser.addOption(asOf);
    parser.addOption(from);
    parser.addOption(team);
    parser.addOption(unit);
    const QCommandLineOption publish(
        QStringLiteral("publish"),
        CommandLine::tr("Publish the figures with the report (as figures --publish does): the "
                        "cover names the snapshot that prints them again. Only for the whole "
                        "caseload as it stands today (no --as-of, --from, --team or --unit). A "
                        "team leader's or a manager's."));
    const QCommandLineOption label(QStringLiteral("label"),
                                   CommandLine::tr("With --publish: what the publication is for."),
                                   QStringLiteral("TEXT"));
    parser.addOption(publish);
    parser.addOption(label);
    const QCommandLineOption reasonOption = reasonOptionFor();
    parser.addOption(reasonOption);
    if (!parse(parser, commandArgs(args), command))
        return 2;
    const std::optional<QString> reason = reasonFrom(parser, reasonOption);
    if (!reason)
        return fail(command, CommandLine::tr("--reason is empty"), 2);
    if (!parser.isSet(databaseOption) || !parser.isSet(out))
        return fail(command, CommandLine::tr("--database PATH and --out FILE.pdf are required"), 2);
    // A publication is the whole caseload's figures today: a report of part of it, or of
    // another day, would stamp a snapshot on numbers it does not hold.
    if (parser.isSet(publish) &&
        (parser.isSet(asOf) || parser.isSet(from) || parser.isSet(team) || parser.isSet(unit)))
        return fail(command,
                    CommandLine::tr("--publish is for the whole caseload today: leave out "
                                    "--as-of, --from, --team and --unit"),
                    2);
    if (parser.isSet(label) && !parser.isSet(publish))
        return fail(command, CommandLine::tr("--label goes with --publish"), 2);
    const auto dateOption = [&parser](const QCommandLineOption &option, const QDate &fallback) {
        return parser.isSet(option) ? QDate::fromString(parser.value(option), Qt::ISODate)
                                    : fallback;
    };
    const QDate to = dateOption(asOf, Clock::today());
    if (!to.isValid())
        return fail(
            command,
            CommandLine::tr("--as-of '%1' is not a date (YYYY-MM-DD)").arg(parser.value(asOf)), 2);
    DashboardFilter filter = DashboardFilter::lastTwelveMonths(to);
    filter.from = dateOption(from, filter.from);
    if (!filter.from.isValid())
        return fail(
            command,
            CommandLine::tr("--from '%1' is not a date (YYYY-MM-DD)").arg(parser.value(from)), 2);
    if (filter.from > filter.to)
        return fail(command,
                    CommandLine::tr("--from %1 is after the as-of date %2")
                        .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)),
                    2);
    filter.team = parser.value(team);
    filter.owningUnit = parser.value(unit);
    auto db = Database::open(parser.value(databaseOption), Database::Create::Never);
    if (!db)
        return fail(command, db.error().toString());
    warnIfExposed(command, *db.value());
    const QSqlDatabase sql = db.value()->sql();
    // A misspelt team or unit would give a report of zeros that looks like a real one.
    const auto known = [&](const Result<QStringList> &values, const QString &value,
                           const QString &option) -> std::optional<int> {
        if (!values)
            return fail(command, values.error().toString());
        if (!value.isEmpty() && !values.value().contains(value))
            return fail(command,
                        CommandLine::tr("%1 '%2' is not in %3; it is one of: %4")
                            .arg(option, value, db.value()->location(),
                                 values.value().join(QStringLiteral(", "))),
                        2);
        return std::nullopt;
    };
    if (const auto code = known(Dashboard::teams(sql), filter.team, QStringLiteral("--team")))
        return *code;
    if (const auto code =
            known(Dashboard::owningUnits(sql), filter.owningUnit, QStringLiteral("--unit")))
        return *code;

    DashboardReport::Provenance provenance;
    // On a team database, the login the server knows; on a file, whoever runs the command (or
    // whom --user names, where the file allows it: a demo, or its administrator).
    const Result<QString> acting = actingUser(*db.value(), parser.value(userOption));
    if (!acting)
        return fail(command, acting.error().toString(), userExitCode(acting.error()));
    const QString login = acting.value();
    provenance.producedBy = login;
    // The audit entry of the report names whom the report names.
    Session::setUser(sql, login);
    if (const auto user = UserStore(sql).find(login);
        user && user.value().has_value() && !user.value()->displayName.isEmpty())
        provenance.producedBy = CommandLine::tr("%1 (%2)").arg(user.value()->displayName, login);
    provenance.database = db.value()->location();
    provenance.producedAt = DisplayText::dateTime(Clock::nowUtcIso());
    if (parser.isSet(publish)) {
        // Taken just before the charts are drawn, from the same database.
        const auto published = SnapshotCapture::publish(sql, login, parser.value(label));
        if (!published)
            return fail(command, published.error().toString(),
                        published.error().code == Permissions::Refused ? 2 : 1);
        provenance.snapshotId = published.value().id;
        provenance.snapshotLabel = published.value().label;
    }
    const QString file = parser.value(out);
    if (const Status s = DashboardReport::writePdf(sql, filter, provenance, file, *reason); !s)
        return fail(command, s.error().toString());
    // writePdf draws every chart Dashboard::compute gives: one per chart id.
    const int pages = DashboardReport::pageCount(QVector<Chart>(Dashboard::chartIds().size()));
    QTextStream(stdout) << CommandLine::tr("Wrote %1: %n pages", "", pages).arg(file) << Qt::endl;
    if (provenance.snapshotId > 0)
        QTextStream(stdout)
            << CommandLine::tr("Published the figures as snapshot %1").arg(provenance.snapshotId)
            << Qt::endl;
    return 0;
}

int auditVerify(int argc, char **argv, const QStringList &args)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    const QString command = QStringLiteral("audit-verify");
    const QCommandLineOption databaseOption = databaseOptionFor();
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Checks the audit trail's hash chain: every entry unedited and none removed or "
        "inserted. Prints the newest entry (the head): kept somewhere else and given back "
        "later with --expect-head, it also shows entries cut from the end. Exit 0 when it is "
        "intact, 1 when it is broken."));
    parser.addOption(databaseOption);
    const QCommandLineOption expectHead(
        QStringLiteral("expect-head"),
        CommandLine::tr("An entry an earlier run printed as the head, which the log must "
                        "still hold."),
        QStringLiteral("ID:SHA256"));
    parser.addOption(expectHead);
    if (!parse(parser, commandArgs(args), command))
        return 2;
    if (!parser.isSet(databaseOption))
        return fail(command, CommandLine::tr("--database PATH is required"), 2);
    qint64 expectedId = 0;
    QString expectedHash;
    if (parser.isSet(expectHead)) {
        const QStringList parts = parser.value(expectHead).split(QLatin1Char(':'));
        bool ok = parts.size() == 2;
        if (ok)
            expectedId = parts.at(0).toLongLong(&ok);
        static const QRegularExpression sha(QStringLiteral("^[0-9a-fA-F]{64}$"));
        if (!ok || expectedId < 1 || !sha.match(parts.at(1)).hasMatch())
            return fail(command,
                        CommandLine::tr("--expect-head '%1' is not ID:SHA256 (an entry number, a "
                                        "colon, 64 hex digits) as audit-verify prints it")
                            .arg(parser.value(expectHead)),
                        2);
        expectedHash = parts.at(1);
    }
    auto db = Database::open(parser.value(databaseOption), Database::Create::Never);
    if (!db)
        return fail(command, db.error().toString());
    warnIfExposed(command, *db.value());
    const auto verified = AuditStore(db.value()->sql()).verify(expectedId, expectedHash);
    if (!verified)
        return fail(command, QStringLiteral("%1: %2").arg(db.value()->location(),
                                                          verified.error().toString()));
    const AuditStore::Verification &v = verified.value();
    if (!v.intact) {
        QTextStream(stdout)
            << CommandLine::tr("Audit trail broken at entry %1: %2").arg(v.badId).arg(v.why)
            << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << CommandLine::tr("Audit trail intact: %n entry(ies)", "", int(v.entries))
                        << Qt::endl;
    if (v.headId > 0)
        QTextStream(stdout) << CommandLine::tr("Head: %1:%2 (keep it elsewhere; --expect-head "
                                               "with it later also finds entries cut from the end)")
                                   .arg(v.headId)
                                   .arg(v.headHash)
                            << Qt::endl;
    return 0;
}

// "12.3 MB": the size a person reads.
static QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

int backup(int argc, char **argv, const QStringList &args)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    const QString command = QStringLiteral("backup");
    const QCommandLineOption databaseOption = databaseOptionFor();
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Copies a local database to a new file while it is in use (SQLite's online backup: "
        "one consistent snapshot, other Lodestars keep working), then checks the copy: "
        "SQLite's integrity check and the audit trail's hash chain. The file is readable by "
        "you alone and never replaces an existing one. Exit 0 when the copy is good, 1 when "
        "it failed (nothing is left behind). A team database is backed up with pg_dump."));
    parser.addOption(databaseOption);
    const QCommandLineOption out(QStringLiteral("out"),
                                 CommandLine::tr("The backup file to write (must not exist)."),
                                 QStringLiteral("FILE"));
    parser.addOption(out);
    if (!parse(parser, commandArgs(args), command))
        return 2;
    if (!parser.isSet(databaseOption) || !parser.isSet(out))
        return fail(command, CommandLine::tr("--database PATH and --out FILE are required"), 2);
    if (Database::isPostgresLocation(parser.value(databaseOption)))
        return fail(command,
                    CommandLine::tr("%1 is a team database on PostgreSQL: back it up with "
                                    "pg_dump as the database's owner (see the README, \"Backup "
                                    "and restore\"), then check it with lodestar audit-verify")
                        .arg(QUrl(parser.value(databaseOption)).toString(QUrl::RemovePassword)));
    auto db = Database::open(parser.value(databaseOption), Database::Create::Never);
    if (!db)
        return fail(command, db.error().toString());
    const auto copied = Backup::create(*db.value(), parser.value(out));
    if (!copied)
        return fail(command, copied.error().toString());
    const Backup::Copied &c = copied.value();
    QTextStream(stdout) << CommandLine::tr("Backed up %1 to %2: %3 pages, %4, schema %5")
                               .arg(db.value()->location(), c.file)
                               .arg(c.pages)
                               .arg(sizeText(c.verified.bytes))
                               .arg(c.verified.schemaVersion)
                        << Qt::endl
                        << CommandLine::tr("Checked: integrity ok, audit trail intact (%n "
                                           "entry(ies))",
                                           "", int(c.verified.auditEntries))
                        << Qt::endl;
    return 0;
}

int restore(int argc, char **argv, const QStringList &args)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    const QString command = QStringLiteral("restore");
    const QCommandLineOption databaseOption(
        QStringList{QStringLiteral("database"), QStringLiteral("d")},
        CommandLine::tr("The Lodestar database file to restore to."), QStringLiteral("PATH"));
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Checks a backup (SQLite's integrity check, a Lodestar database this version "
        "understands, the audit trail's hash chain) and, only when it passes, puts a copy of "
        "it at --database. A file already there is kept, renamed to "
        "PATH.before-restore-YYYYMMDD-HHMMSS; restoring is refused while another Lodestar has "
        "it open. Exit 0 when restored, 1 when refused (nothing changed)."));
    const QCommandLineOption from(QStringLiteral("from"), CommandLine::tr("The backup file."),
                                  QStringLiteral("FILE"));
    parser.addOption(from);
    parser.addOption(databaseOption);
    if (!parse(parser, commandArgs(args), command))
        return 2;
    if (!parser.isSet(databaseOption) || !parser.isSet(from))
        return fail(command, CommandLine::tr("--from FILE and --database PATH are required"), 2);
    if (Database::isPostgresLocation(parser.value(databaseOption)))
        return fail(command,
                    CommandLine::tr("%1 is a team database on PostgreSQL: restore its pg_dump "
                                    "with pg_restore or psql as the database's owner (see the "
                                    "README, \"Backup and restore\"), then check it with "
                                    "lodestar audit-verify")
                        .arg(QUrl(parser.value(databaseOption)).toString(QUrl::RemovePassword)));
    const auto restored = Backup::restore(parser.value(from), parser.value(databaseOption));
    if (!restored)
        return fail(command, restored.error().toString() + QLatin1Char(' ') +
                                 CommandLine::tr("Nothing was changed."));
    const Backup::Restored &r = restored.value();
    QTextStream out(stdout);
    out << CommandLine::tr("Checked %1: integrity ok, schema %2, audit trail intact (%n "
                           "entry(ies))",
                           "", int(r.verified.auditEntries))
               .arg(QFileInfo(parser.value(from)).absoluteFilePath())
               .arg(r.verified.schemaVersion)
        << Qt::endl;
    if (!r.keptAside.isEmpty())
        out << CommandLine::tr("Kept the database that was there as %1").arg(r.keptAside)
            << Qt::endl;
    out << CommandLine::tr("Restored %1 (%2)").arg(r.database, sizeText(r.verified.bytes))
        << Qt::endl;
    return 0;
}

} // namespace Commands
