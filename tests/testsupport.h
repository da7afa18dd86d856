#pragma once

// Shared by the test suites: a fresh database in a temporary folder.
#include "db/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

struct TestDatabase
{
    QTemporaryDir dir;
    std::shared_ptr<Database> db;

    explicit TestDatabase(const QString &name = QStringLiteral("test.sqlite"))
    {
        auto result = Database::open(dir.filePath(name));
        if (!result)
            qFatal("cannot create test database: %s", qPrintable(result.error().toString()));
        db = result.value();
    }
    QString path() const { return db->location(); }
};
