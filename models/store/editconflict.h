#pragma once

#include "db/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

// The refusal of a save that would overwrite someone else's change (issue 8, edit conflicts).
// Every editable record carries a row version (column `version`, 1 when inserted, one more at
// every UPDATE); a save names the version it read and updates `... AND version = ?`. When that
// touches no row, someone else saved (or deleted) the record since it was read: nothing is
// written, and the Error built here says who changed what, from the record's newest audit entry.
class EditConflict
{
    Q_DECLARE_TR_FUNCTIONS(EditConflict)

public:
    // Error::code of a save refused because the record changed since it was read.
    static inline const QString Code = QStringLiteral("edit-conflict");

    // The Error of a refused save of row `id` of `table`; `noun` names the record for the
    // reader (tr("travel document")). Reads the audit log and app_user on `db` (inside the
    // caller's transaction, which then rolls back). `key` is the column `id` is of (a table
    // keyed by its person: case_preparation).
    static Error error(QSqlDatabase db, const QString &table, qint64 id, const QString &noun,
                       const QString &key = QStringLiteral("id"));
    // The same for a record keyed by text (app_user by user_name), whose audit entries carry
    // no entity id: who and when come from the row's updated_by/updated_at, what is not known.
    static Error errorForKey(QSqlDatabase db, const QString &table, const QString &key,
                             const QString &value, const QString &noun);

    // The Error of an `UPDATE ... WHERE id = ? AND version = ?` of a record of person
    // `personId` that touched no row: `notFound` when the record is another person's (the
    // caller's mistake, not a conflict), the conflict's Error otherwise (changed or deleted).
    static Error missedUpdate(QSqlDatabase db, const QString &table, qint64 id, qint64 personId,
                              const QString &noun, const Error &notFound);

    // Checks and bumps the version of row `id` of `table` (UPDATE ... SET version = version + 1
    // WHERE id = ? AND version = ?), inside the caller's transaction: for a save that changes
    // the record through other statements (a restriction or allocation of a person). The
    // conflict's Error when the version is no longer `expectedVersion`.
    static Status claimInTransaction(QSqlDatabase db, const QString &table, qint64 id,
                                     int expectedVersion, const QString &noun);

    // The conflict's Error when row `id` of `table` is no longer at `expectedVersion` (or is
    // gone), before a save checks anything else: a record someone else changed meanwhile is
    // refused as a conflict, not as whatever the other change made wrong ("already cleared").
    // The save's UPDATE still says `AND version = ?`, for a change that lands in between.
    static Status checkInTransaction(QSqlDatabase db, const QString &table, qint64 id,
                                     int expectedVersion, const QString &noun);

    // ---- The pure parts ----
    // The columns whose values differ between two JSON objects of a row (either may be empty),
    // in the order of `after` then `before`, bookkeeping columns (version, updated_at...) left
    // out.
    static QStringList changedColumns(const QString &beforeJson, const QString &afterJson);
    // A column as a reader calls it ("expires_on" -> "expiry date"); an unknown one with its
    // underscores as spaces.
    static QString fieldName(const QString &column);
    // The message: `who` (empty when not known) changed or deleted the record `noun` at `at`
    // (invalid when not known), these `fields` (column names; may be empty).
    static QString message(const QString &noun, const QString &who, const QDateTime &at,
                           const QStringList &fields, bool deleted);
};
