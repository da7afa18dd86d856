#pragma once

#include "db/error.h"
#include "db/sqldialect.h"
#include "domain/caseloadfilter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

// Owns the read-side SQL of the caseload: counting, filtering, sorting and paging people, so
// the view can stay lazy at 100,000 people. Writes go through PersonStore.
class CaseloadStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadStore)

public:
    explicit CaseloadStore(QSqlDatabase db);

    // The filter's `needs` and the triage columns are judged at its moment (now when unset).
    Result<int> count(const CaseloadFilter &filter) const;
    Result<QVector<CaseloadRow>> fetch(const CaseloadFilter &filter, CaseloadColumn sortColumn,
                                       Qt::SortOrder order, int offset, int limit) const;
    // Distinct owning units and case owners present, for the filter lists ("" = none recorded).
    Result<QStringList> owningUnits() const;
    Result<QStringList> caseOwners() const;

private:
    struct Where
    {
        QString sql;
        QVariantList values;
    };
    static Where where(const CaseloadFilter &filter);
    // The ORDER BY of `column`, with the values its triage keys bind (judged at `at`).
    static Where orderBy(CaseloadColumn column, Qt::SortOrder order, SqlDialect dialect,
                         const Moment &at);
    Result<QStringList> distinct(const QString &column) const;

    QSqlDatabase m_db;
};
