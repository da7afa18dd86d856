#pragma once

#include "db/error.h"

#include <QAbstractTableModel>
#include <QVector>

// A list read a page at a time as the view scrolls: its rows are counted first, the first page
// is read in one model reset, and further pages are appended on fetchMore, so a list of 100,000
// rows opens as fast as one of ten. A subclass says only what differs: how many rows there are,
// how to read a page, and its cells. A template because the rows are the subclass's own type,
// and a page is read (which may fail) before the insertion that holds it is announced.
template <typename Row> class PagedListModel : public QAbstractTableModel
{
public:
    static constexpr int PageSize = 500;

    // Rows in the list, fetched or not.
    qint64 totalCount() const { return m_total; }
    // Reads every remaining page (an export, a test).
    ::Status fetchAll()
    {
        while (canFetchMore(QModelIndex()))
            if (::Status s = fetchPage(); !s)
                return s;
        return {};
    }
    // The error of the last page that failed to read, if any: no more are asked for after it.
    const ::Status &fetchStatus() const { return m_fetchStatus; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_busy && m_rows.size() < m_total && m_fetchStatus.ok();
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (canFetchMore(parent))
            m_fetchStatus = fetchPage();
    }

protected:
    PagedListModel(int columnCount, QObject *parent)
        : QAbstractTableModel(parent), m_columnCount(columnCount)
    {
    }

    // How many rows the list has in all.
    virtual Result<qint64> readTotal() const = 0;
    // Up to `limit` rows after the first `offset`, in the list's order. The rows already held
    // are at rowAt(), for a list that pages on from its last row rather than by offset.
    virtual Result<QVector<Row>> readPage(qint64 offset, int limit) const = 0;

    // Counts the rows and reads the first page, in one model reset. On error the list is left
    // empty (the count failed) or short (the page failed) and the error returned.
    ::Status reset()
    {
        Result<qint64> total = readTotal();
        Result<QVector<Row>> first =
            total ? readPage(0, PageSize) : Result<QVector<Row>>(QVector<Row>());
        beginResetModel();
        m_rows = first ? std::move(first.value()) : QVector<Row>();
        m_total = total && first ? total.value() : m_rows.size();
        m_fetchStatus = ::Status();
        // A listener to modelReset may ask for more at once; rows inserted while the reset is
        // still being announced would reach the others out of order, so that ask waits for a
        // scroll.
        m_busy = true;
        endResetModel();
        m_busy = false;
        if (!total)
            return total.status();
        return first.status();
    }

private:
    ::Status fetchPage()
    {
        auto page = readPage(m_rows.size(), PageSize);
        if (!page)
            return page.status();
        if (page.value().isEmpty()) {
            // Fewer rows than counted (another writer since): stop asking.
            m_total = m_rows.size();
            return {};
        }
        const int first = int(m_rows.size());
        // Listeners to the insertion signals may ask for more: not until this page is in.
        m_busy = true;
        beginInsertRows(QModelIndex(), first, first + int(page.value().size()) - 1);
        m_rows += page.value();
        endInsertRows();
        m_busy = false;
        return {};
    }

    const int m_columnCount;
    QVector<Row> m_rows;
    qint64 m_total = 0;
    ::Status m_fetchStatus;
    bool m_busy = false; // inside a reset or an insertion
};
