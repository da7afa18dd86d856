#pragma once

#include "db/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringView>
#include <QVariant>
#include <QVariantList>
#include <QVector>

struct sqlite3_stmt;

// Reads the rows of one SELECT for a bulk pass (the import reads every person, case and event
// held before it starts). Through QSqlQuery each row becomes a list of QVariants, each text a
// new QString: a million events cost a second. On SQLite this reads the library's own
// statement instead and a text column is a view into SQLite's buffer, about three times as
// fast; on other engines it is QSqlQuery. The SQL is the same on both.
class RowReader
{
public:
    explicit RowReader(QSqlDatabase db);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    // Runs sql (no bound values); the error when it cannot be prepared or run.
    Status exec(const QString &sql, const QString &failure);
    // Runs sql with `values` bound in order to its positional (?) placeholders.
    Status exec(const QString &sql, const QVariantList &values, const QString &failure);
    // The next row, false after the last or on an error (then status() says which).
    bool next();
    Status status() const { return m_status; }

    // Column values of the current row. A text view lasts until next(); NULL reads as an
    // empty view and 0, as QSqlQuery's value(i).toString() and toLongLong() would. integer() is
    // for integer columns (SQLite reads "1970-01-01" as 1970, QVariant as 0).
    QStringView text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    QSqlDatabase m_db;
    sqlite3_stmt *m_statement = nullptr; // on SQLite
    QSqlQuery m_query;                   // elsewhere
    QVector<QString> m_texts;            // elsewhere: the current row's texts, for the views
    QVariantList m_values;               // bound: their texts must outlive the steps
    QString m_failure;
    Status m_status;
};
