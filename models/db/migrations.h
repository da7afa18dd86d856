#pragma once

#include "error.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

// Numbered schema migrations. A database records the number of the last one applied in
// lodestar_meta.schema_version; opening an older database applies the rest in order, each
// in its own transaction. Never edit a migration that has shipped: add a new one.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static QVector<Migration> all(SqlDialect dialect);
    static int latestVersion();
    // Applies every migration above the database's current version up to `target`.
    static Status migrate(QSqlDatabase db, SqlDialect dialect, int target = latestVersion());
    // The schema version recorded in the database; 0 for a database without lodestar_meta.
    static Result<int> currentVersion(QSqlDatabase db);
};
