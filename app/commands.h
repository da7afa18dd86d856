#pragma once

#include <QStringList>

// The command line: `lodestar [gui]`, `demo`, `import`, `figures`, `screenshot`, `report`,
// `audit-verify`, `backup`, `restore`. Each command parses its own options (with --help), calls
// into the libraries and returns the process exit code: 0 success, 1 the work failed, 2 the command
// line was wrong.
namespace Commands {
int gui(int argc, char **argv, const QStringList &args);
int demo(int argc, char **argv, const QStringList &args);
int figures(int argc, char **argv, const QStringList &args);
int screenshot(int argc, char **argv, const QStringList &args);
int report(int argc, char **argv, const QStringList &args);
int import(int argc, char **argv, const QStringList &args);
// Checks the audit trail's hash chain (exit 0 intact, 1 broken).
int auditVerify(int argc, char **argv, const QStringList &args);
// Copies a live local database to a new file and checks the copy (exit 0 good, 1 failed).
int backup(int argc, char **argv, const QStringList &args);
// Checks a backup and puts it in place of a local database, keeping the old file aside.
int restore(int argc, char **argv, const QStringList &args);
// The user Lodestar acts as: --user, else $LODESTAR_USER, else the operating system user.
QString currentUser(const QString &fromOption);
} // namespace Commands
