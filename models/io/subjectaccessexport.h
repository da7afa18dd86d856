#pragma once

#include "db/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// A subject access request: everything Lodestar holds about one person as one JSON document
// (the person's row, every record of theirs in every table, the notes' revisions, and the audit
// trail of the person), for an administrator only: the session user must be an app_user whose
// role is "admin", whatever the screen offered. The export itself is audited ("export").
class SubjectAccessExport
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessExport)

public:
    // The tables held per person, in the order the document lists them.
    static const QStringList &personTables();

    // Whether the connection's session user may export (an admin).
    static Result<bool> allowed(QSqlDatabase db);
    // Checks the role, writes the document to `path` (whole or not at all) and audits the
    // export in the same transaction with `reason` (Disclosure::cleanReason); refused (code
    // "refused") for anyone but an admin, and (code "no-reason") without a reason.
    static Status write(QSqlDatabase db, qint64 personId, const QString &path,
                        const QString &reason);

private:
    // The document, unchecked: only write() reads it, after the role check.
    static Result<QJsonObject> document(QSqlDatabase db, qint64 personId);
};
