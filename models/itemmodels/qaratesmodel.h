#pragma once

#include "db/error.h"
#include "store/noteqastore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

// Note quality-assurance rates per caseworker (recommendation 4): notes sampled, checked,
// passed and failed, and the pass rate over the checked ones.
class QaRatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Author,
        Sampled,
        Checked,
        Passed,
        Failed,
        PassPercent,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit QaRatesModel(QSqlDatabase db, QObject *parent = nullptr);

    ::Status reload();
    const NoteQaStore::Rate &rateAt(int row) const { return m_rates.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QVector<NoteQaStore::Rate> m_rates;
    QHash<QString, QString> m_labels; // user name → display name
};
