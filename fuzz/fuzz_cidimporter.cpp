// libFuzzer target: CidImporter::run on a cases file and a reporting file made from the input,
// into one Lodestar database (SQLite, in a temporary folder) that every input imports into, so
// that later inputs meet what earlier ones left: updates, people changing, cases going missing.
// It is made anew every DatabaseInputs inputs, so it stays small. A refused or failed import is
// an answer like any other: only a crash, a sanitizer report, a timeout or too much memory is a
// finding.
//
// The input is a settings byte, then the cases file, a 0xFF byte and the reporting file (0xFF is
// never in UTF-8 text, so the split takes nothing from the CSV):
//   bit 0:    the cases file starts with the contract's header line
//   bit 1:    the reporting file starts with its header line
//   bit 2:    the import has a reporting file (else the bytes after 0xFF are not used)
//   bits 3-5: Progress cancels the import at its Nth call (0: never)
#include "db/database.h"
#include "io/cidimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace {

constexpr int DatabaseInputs = 200;

const char CasesHeader[] =
    "case_ref,person_ref,case_type,case_status,family_name,given_names,date_of_birth,"
    "nationality,gender,owning_unit,case_owner,mappa_level,harm,sentence_months,offence,"
    "sentence_end,custody,deportation_decision,address_status,reporting_centre,"
    "reporting_frequency,reporting_window,flags\r\n";
const char ReportingHeader[] = "event_ref,person_ref,scheduled,centre,outcome\r\n";

// Warnings are dropped, as printing them would slow every input; a critical message and a fatal
// one (a failed Q_ASSERT) are printed.
void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

struct Workspace
{
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    int inputs = 0;
    int generation = 0;

    void openDatabase()
    {
        const QString previous = db ? db->location() : QString();
        db.reset();
        if (!previous.isEmpty()) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(previous + QLatin1String(suffix));
        }
        auto opened =
            Database::open(dir.filePath(QStringLiteral("fuzz-%1.sqlite").arg(++generation)));
        if (!opened) {
            std::fprintf(stderr, "cannot create the database: %s\n",
                         qPrintable(opened.error().toString()));
            std::abort();
        }
        db = opened.value();
        inputs = 0;
    }
};

Workspace *workspace;
// The summary's size, kept so that making it is not optimised away.
volatile qsizetype kept;

bool writeFile(const QString &path, const char *header, bool withHeader, const uint8_t *data,
               size_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (withHeader)
        f.write(header, qint64(std::strlen(header)));
    f.write(reinterpret_cast<const char *>(data), qint64(size));
    return f.error() == QFile::NoError;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz_cidimporter";
    static char *argv[] = {name, nullptr};
    // Qt finds its SQL driver plugins through the application object.
    static QCoreApplication app(argc, argv);
    qInstallMessageHandler(quiet);
    workspace = new Workspace;
    if (!workspace->dir.isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder\n");
        std::abort();
    }
    workspace->openDatabase();
    // The folder goes when the run ends (run.sh points TMPDIR at a folder of its own too, for a
    // run that crashes).
    std::atexit([] { workspace->dir.remove(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    if (++workspace->inputs > DatabaseInputs)
        workspace->openDatabase();
    const uint8_t flags = data[0];
    const uint8_t *cases = data + 1;
    const uint8_t *end = data + size;
    const uint8_t *split = static_cast<const uint8_t *>(std::memchr(cases, 0xFF, size - 1));
    const uint8_t *reporting = split ? split + 1 : end;
    const size_t casesSize = size_t((split ? split : end) - cases);

    const QString casesPath = workspace->dir.filePath(QStringLiteral("cases.csv"));
    QString reportingPath;
    if (!writeFile(casesPath, CasesHeader, flags & 1, cases, casesSize))
        std::abort();
    if (flags & 4) {
        reportingPath = workspace->dir.filePath(QStringLiteral("reporting.csv"));
        if (!writeFile(reportingPath, ReportingHeader, flags & 2, reporting,
                       size_t(end - reporting)))
            std::abort();
    }

    CidImporter::Options options;
    options.confirmMissing = [](const CidImporter::MissingCheck &) { return true; };
    const int cancelAt = (flags >> 3) & 7;
    int calls = 0;
    if (cancelAt > 0)
        options.progress = [&calls, cancelAt](qint64, qint64) { return ++calls < cancelAt; };
    const auto result = CidImporter::run(workspace->db->sql(), casesPath, reportingPath,
                                         QStringLiteral("fuzzer"), options);
    // What the command line prints and writes of it: the summary quotes the files' text.
    kept = result ? result.value().toText().size() + result.value().toJson().size()
                  : result.error().toString().size();
    return 0;
}
