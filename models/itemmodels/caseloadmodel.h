#pragma once

#include "domain/caseloadfilter.h"
#include "store/caseloadstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

// The caseload: one row per person, fetched lazily a page at a time, with filtering, sorting
// and counting done in SQL by CaseloadStore. Only the pages a view actually shows are held,
// so the model stays small and instant at 100,000 people.
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 64;

    explicit CaseloadModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const CaseloadFilter &filter);
    const CaseloadFilter &filter() const { return m_filter; }
    int sortColumn() const { return int(m_sortColumn); }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // People matching the filter, and people in the database.
    int visibleCount() const { return m_count; }
    int totalCount() const { return m_total; }
    qint64 personIdAt(int row) const;
    // The person's version as the row shows them (0 for no row): an allocation of the
    // selection is refused if someone changed one of them by hand since.
    int personVersionAt(int row) const;
    // What a cell of this row shows on screen (DisplayRole), for exports of the same view.
    QVariant displayValue(const CaseloadRow &row, CaseloadColumn column) const
    {
        return display(row, column);
    }
    // Every text the band column can show: each band's label, plain, "(override)" and
    // "(provisional)", and "Removed on <date>" with a date of each month (for the column's width).
    static QStringList bandTexts();
    // Every text the reporting column can show (DisplayText::reportingFrequency of each code).
    static QStringList reportingTexts();
    // Values for the filter lists; "" stands for "none recorded".
    QStringList owningUnits() const;
    QStringList caseOwners() const;
    // Re-reads counts and drops cached pages, e.g. after an import or an edit.
    void refresh();

signals:
    void countsChanged(int visible, int total);
    void errorOccurred(const QString &message);

private:
    const CaseloadRow *rowAt(int row) const;
    // The filter with the moment this reading is judged at.
    CaseloadFilter judged() const;
    // Page `page`'s rows (CaseloadStore::sortComputes: by id from m_orderedIds).
    Result<QVector<CaseloadRow>> readPage(int page) const;
    void recount();
    QVariant display(const CaseloadRow &r, CaseloadColumn column) const;
    // The band column's text: "Removed on <date>" when `removedOn` is valid (out of the stock),
    // else the label of `band` with its mark.
    static QString bandText(int band, bool overridden, bool provisional, const QDate &removedOn);
    QVariant sortValue(const CaseloadRow &r, CaseloadColumn column) const;

    CaseloadStore m_store;
    CaseloadFilter m_filter;
    Moment m_at; // set by every count: the triage columns' moment
    CaseloadColumn m_sortColumn = CaseloadColumn::FamilyName;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_count = 0;
    int m_total = 0;
    // Page cache; logically const reads fill it.
    mutable QHash<int, QVector<CaseloadRow>> m_pages;
    mutable QVector<int> m_pageUse; // least recently used first
    // Everyone in order, for a sort that computes a rule per person; read with the first page.
    mutable std::optional<QVector<qint64>> m_orderedIds;
};
