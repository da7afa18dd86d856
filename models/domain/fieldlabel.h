#pragma once

#include <QCoreApplication>
#include <QString>

// A stored column as the record's own screens call it ("cleared_by" of a barrier is "Cleared
// by", "raised_on" is "Raised"), for the audit trail (issue 16: it showed raw field names).
// A column of one table only may be named for that table; an unknown column reads with its
// underscores as spaces and a capital, so nothing is hidden.
class FieldLabel
{
    Q_DECLARE_TR_FUNCTIONS(FieldLabel)

public:
    static QString of(const QString &table, const QString &column);
    // Columns every save rewrites (the version, who and when updated, the search key, the
    // ids): a change of them alone says nothing a reader needs.
    static bool isBookkeeping(const QString &column);
    // Columns that hold a user name: shown by display name.
    static bool namesUser(const QString &column);
    // Columns that hold a date or a timestamp: shown as the screens show dates.
    static bool isDate(const QString &column);
    static bool isTimestamp(const QString &column);
};
