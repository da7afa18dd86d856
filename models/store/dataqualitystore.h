#pragma once

#include "db/error.h"
#include "domain/dataqualityrules.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

// Reads the team leader's clean-up list (DataQualityRules): each person whose record has a
// problem, once per problem, with what is wrong and what fixes it. Read-only: every fix is an
// action of another store (allocation, restriction, band override...).
class DataQualityStore
{
    Q_DECLARE_TR_FUNCTIONS(DataQualityStore)

public:
    explicit DataQualityStore(QSqlDatabase db);

    struct Row
    {
        DataQualityRules::Issue issue = DataQualityRules::Issue::NoCaseOwner;
        qint64 personId = 0;
        QString personRef;
        QString name;
        QString caseOwner;
        QString owningUnit;
        int band = 0;
        QString detail; // what exactly: the unit, the window, how many outcomes are blank
    };
    // The issues at the moment `at` (the window passes the clock), by issue then name; one issue
    // only when `issue` is set, one case owner's people when `caseOwner` is not empty.
    Result<QVector<Row>> list(const Moment &at,
                              std::optional<DataQualityRules::Issue> issue = std::nullopt,
                              const QString &caseOwner = {}) const;
    // Issues by kind, every kind present.
    Result<QMap<DataQualityRules::Issue, qint64>> counts(const Moment &at) const;

private:
    QSqlDatabase m_db;
};
