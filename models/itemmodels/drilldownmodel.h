#pragma once

#include "db/error.h"
#include "figures/dashboard.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// The rows behind one bar or slice of the dashboard (Dashboard::drill): exactly the rows the
// chart counts, one per row counted (a person, a breach, a barrier...), in the drill's order.
// The total comes from the drill's count first; the rows themselves are read a page at a time
// as the view scrolls, so the 60,000 people behind a bar open as fast as six.
class DrillDownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Reference,
        Name,
        Band,
        OwningUnit,
        CaseOwner,
        Detail,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int PageSize = 500;

    explicit DrillDownModel(QSqlDatabase db, QObject *parent = nullptr);

    // Counts the drill's rows and reads the first page.
    ::Status setDrill(const Dashboard::Drill &drill);
    const Dashboard::Drill &drill() const { return m_drill; }
    // Rows the drill counts, fetched or not.
    qint64 totalCount() const { return m_total; }
    // Reads every remaining page (a test, a check).
    ::Status fetchAll();
    // The error of the last page that failed to read, if any.
    const ::Status &fetchStatus() const { return m_fetchStatus; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        qint64 personId = 0;
        QString personRef;
        QString name;
        int band = 0;
        QString owningUnit;
        QString caseOwner;
        QString detail;
    };

    Result<QVector<Row>> readPage(qint64 offset) const;
    ::Status fetchPage();

    QSqlDatabase m_db;
    Dashboard::Drill m_drill;
    QVector<Row> m_rows;
    qint64 m_total = 0;
    ::Status m_fetchStatus;
    bool m_busy = false; // inside a reset or an insertion
};
