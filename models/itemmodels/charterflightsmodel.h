#pragma once

#include "db/error.h"
#include "store/removalstore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// Charter flights with what became of the people planned on them, the shape of report
// Figures 7 and 8: planned, removed, failed (and why), still pending. Latest departure first.
class CharterFlightsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Flight,
        Destination,
        Departs,
        Planned,
        Removed,
        Failed,
        Pending,
        // Then one column per RemovalDirections::failureReasons(), in the report's order: the
        // failed removals by reason, as Figure 8 counts them.
        FirstReason
    };
    Q_ENUM(Column)

    explicit CharterFlightsModel(QSqlDatabase db, QObject *parent = nullptr);

    ::Status reload();
    const RemovalStore::FlightSummary &rowAt(int row) const { return m_rows.at(row); }
    // The failure reason of a column from FirstReason on; empty for the others.
    static QString reasonOf(int column);
    static int columnOf(const QString &reason);
    // A few words for a reason's column header; the full name is its tooltip.
    static QString shortReasonName(const QString &reason);
    // Over every flight: the sums of each column, failures by reason.
    RemovalStore::FlightSummary totals() const;
    // "Fresh asylum claim 3, Judicial review 1": the reasons with people, in the report's order.
    static QString reasonsText(const QMap<QString, qint64> &failedByReason);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QVector<RemovalStore::FlightSummary> m_rows;
};
