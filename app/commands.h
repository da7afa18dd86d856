#pragma once

#include <QStringList>

// The command line: `lodestar [gui]`, `demo`, `import`, `figures`, `screenshot`, `report`,
// `audit-verify`, `backup`, `restore`. Each command parses its own options (with --help), calls
// into the libraries and returns the process exit code: 0 success, 1 the work failed, 2 the
// command line was wrong, 3 (ActAsRefused) --user or $LODESTAR_USER named someone the OS user
// may not act as on a local file (issue 19: only on a demo database or for the file's
// administrator).
namespace Commands {
inline constexpr int ActAsRefused = 3;
int gui(int argc, char **argv, const QStringList &args);
int demo(int argc, char **argv, const QStringList &args);
int figures(int argc, char **argv, const QStringList &args);
int compare(int argc, char **argv, const QStringList &args);
int screenshot(int argc, char **argv, const QStringList &args);
int report(int argc, char **argv, const QStringList &args);
int import(int argc, char **argv, const QStringList &args);
// Checks the audit trail's hash chain (exit 0 intact, 1 broken).
int auditVerify(int argc, char **argv, const QStringList &args);
// Copies a live local database to a new file and checks the copy (exit 0 good, 1 failed).
int backup(int argc, char **argv, const QStringList &args);
// Checks a backup and puts it in place of a local database, keeping the old file aside.
int restore(int argc, char **argv, const QStringList &args);
// The user asked for: --user, else $LODESTAR_USER, else the operating system user (whom
// Lodestar acts as on a local file also depends on the file: see actingUser in commands.cpp).
QString currentUser(const QString &fromOption);
} // namespace Commands
