#pragma once

#include "db/error.h"
#include "figures/dashboard.h"
#include "pagedlistmodel.h"

#include <QSqlDatabase>
#include <QVector>

// One row behind a figure, read by position in the order Dashboard::Drill documents.
struct DrillDownRow
{
    qint64 personId = 0;
    QString personRef;
    QString name;
    int band = 0;
    QString owningUnit;
    QString caseOwner;
    QString detail;
};

// The rows behind one bar or slice of the dashboard (Dashboard::drill): exactly the rows the
// chart counts, one per row counted (a person, a breach, a barrier...), in the drill's order.
// The total comes from the drill's count first; the rows themselves are read a page at a time
// as the view scrolls, so the 60,000 people behind a bar open as fast as six.
class DrillDownModel : public PagedListModel<DrillDownRow>
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

    explicit DrillDownModel(QSqlDatabase db, QObject *parent = nullptr);

    // Counts the drill's rows and reads the first page.
    ::Status setDrill(const Dashboard::Drill &drill);
    const Dashboard::Drill &drill() const { return m_drill; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<qint64> readTotal() const override;
    Result<QVector<DrillDownRow>> readPage(qint64 offset, int limit) const override;

private:
    QSqlDatabase m_db;
    Dashboard::Drill m_drill;
};
