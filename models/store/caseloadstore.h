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
    // A page: ids() then rows().
    Result<QVector<CaseloadRow>> fetch(const CaseloadFilter &filter, CaseloadColumn sortColumn,
                                       Qt::SortOrder order, int offset, int limit) const;
    // Distinct owning units and case owners present, for the filter lists ("" = none recorded).
    // The ids of the people matching `filter` in the order of `sortColumn`, from `offset`,
    // `limit` of them (every one when negative).
    Result<QVector<qint64>> ids(const CaseloadFilter &filter, CaseloadColumn sortColumn,
                                Qt::SortOrder order, int offset, int limit) const;
    // The rows of `ids`, in that order, their triage columns judged at `at`; a person no longer
    // there is left out.
    Result<QVector<CaseloadRow>> rows(const QVector<qint64> &ids, const Moment &at) const;
    // Whether sorting by `column` computes a triage rule for every person the filter keeps
    // (the triage columns, and the band's urgency within a band): hundreds of milliseconds at
    // 100,000 people, where an indexed column takes one. A reader of many pages then asks for
    // every id once (ids() with no limit) and reads the pages' rows by id, instead of sorting
    // everyone again for each page.
    static bool sortComputes(CaseloadColumn column);
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
