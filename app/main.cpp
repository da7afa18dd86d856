// Lodestar's entry point: picks the command and hands over. All work happens in the libraries.
#include "commands.h"

#include "store/nativesqlite.h"

#include <cstring>

int main(int argc, char **argv)
{
    NativeSqlite::configureProcess();
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == QLatin1String("demo"))
        return Commands::demo(argc, argv, args);
    if (command == QLatin1String("import"))
        return Commands::import(argc, argv, args);
    if (command == QLatin1String("figures"))
        return Commands::figures(argc, argv, args);
    if (command == QLatin1String("compare"))
        return Commands::compare(argc, argv, args);
    if (command == QLatin1String("screenshot"))
        return Commands::screenshot(argc, argv, args);
    if (command == QLatin1String("report"))
        return Commands::report(argc, argv, args);
    if (command == QLatin1String("audit-verify"))
        return Commands::auditVerify(argc, argv, args);
    if (command == QLatin1String("backup"))
        return Commands::backup(argc, argv, args);
    if (command == QLatin1String("restore"))
        return Commands::restore(argc, argv, args);
    if (command == QLatin1String("gui"))
        return Commands::gui(argc, argv, args);
    return Commands::gui(argc, argv, args);
}
