// Peak memory of reading each hostile workbook of tests/xlsxfiles.h through XlsxReader, and of
// a few workbooks just inside the limits for comparison. Each is read by a fresh process of
// its own (this program again, with --read), so that each peak is that file's alone:
//
//   lodestar_xlsxbomb           writes each workbook to a temporary folder and prints its
//                               name, file size, what the reader said, time and peak RSS
//   lodestar_xlsxbomb --read F  reads F and prints what the reader said (the child's side)
#include "io/xlsxreader.h"
#include "xlsxfiles.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace xlsxfiles;

namespace {

int readOne(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const auto rows = XlsxReader::readSheet(path);
    const QString outcome =
        rows ? QStringLiteral("read %1 rows").arg(rows.value().size())
             : QStringLiteral("refused (%1): %2").arg(rows.error().code, rows.error().toString());
    std::printf("%s | %.2f s", qPrintable(outcome), double(timer.elapsed()) / 1000.0);
    std::fflush(stdout);
    return 0;
}

// Workbooks the reader takes, to set the bombs' peaks beside.
QVector<Bomb> inside()
{
    const QString sheet = QStringLiteral("xl/worksheets/sheet1.xml");
    const QString strings = QStringLiteral("xl/sharedStrings.xml");
    return {
        {QStringLiteral("baseline: a one-cell workbook"),
         [](const QString &path) {
             return writeParts(path, handMade(worksheet("<row><c><v>1</v></c></row>")));
         },
         QString()},
        {QStringLiteral("inside: 426 rows of one cell in column XFD (160 MiB as counted)"),
         [=](const QString &path) {
             return writeRepeated(path, handMade(QByteArray()), sheet,
                                  sheetOf("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>", 426));
         },
         QString()},
        {QStringLiteral("inside: 1,048,576 rows of two numbers"),
         [=](const QString &path) {
             return writeRepeated(path, handMade(QByteArray()), sheet,
                                  sheetOf("<row><c><v>#</v></c><c><v>##</v></c></row>", 1048576));
         },
         QString()},
        {QStringLiteral("inside: 1,048,576 shared strings"),
         [=](const QString &path) {
             return writeRepeated(
                 path, handMade(worksheet(QByteArray())), strings,
                 Repeat{sharedStringsHead(), "<si><t>######</t></si>", 1048576, "</sst>"});
         },
         QString()},
        {QStringLiteral("inside: shared strings of 32 Mi characters"),
         [=](const QString &path) {
             return writeRepeated(path, handMade(worksheet(QByteArray())), strings,
                                  Repeat{sharedStringsHead(),
                                         "<si><t>" + loosely(32767) + "</t></si>", 1024, "</sst>"});
         },
         QString()},
    };
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--read") == 0)
        return readOne(QString::fromLocal8Bit(argv[2]));
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
    for (const Bomb &bomb : bombs() + inside()) {
        QFile::remove(path);
        if (!bomb.write(path)) {
            std::printf("%s | cannot write it\n", qPrintable(bomb.name));
            continue;
        }
        std::printf("%s | %.1f KiB | ", qPrintable(bomb.name),
                    double(QFileInfo(path).size()) / 1024.0);
        std::fflush(stdout);
        const pid_t child = fork();
        if (child == 0) {
            // A fresh image: nothing of this process's memory counts in the child's peak.
            execl("/proc/self/exe", argv[0], "--read", QFile::encodeName(path).constData(),
                  static_cast<char *>(nullptr));
            _exit(127);
        }
        int status = 0;
        rusage usage = {};
        if (child < 0 || wait4(child, &status, 0, &usage) < 0) {
            std::printf("cannot run the reader\n");
            continue;
        }
        const bool crashed = !WIFEXITED(status) || WEXITSTATUS(status) != 0;
        std::printf("%s | peak %.1f MiB\n", crashed ? " | CRASHED" : "",
                    double(usage.ru_maxrss) / 1024.0);
        std::fflush(stdout);
    }
    return 0;
}
