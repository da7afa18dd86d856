#pragma once

#include "db/error.h"
#include "domain/importrecord.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// Every CID import recorded (newest first): when, by whom, the files with their SHA-256, and
// what each did.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Started,
        By,
        CasesFile,
        ReportingFile,
        Rows,
        Rejected,
        PeopleAdded,
        CasesAdded,
        CasesUpdated,
        CasesUnchanged,
        EventsAdded,
        NotInExtract,
        ColumnCount
    };

    explicit ImportHistoryModel(QSqlDatabase db, QObject *parent = nullptr);

    Status reload();
    const ImportRecord &recordAt(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QVector<ImportRecord> m_records;
};
