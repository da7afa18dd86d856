#pragma once

#include "db/error.h"
#include "store/importstore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <optional>

// What one import changed for the caseload, a row per change, narrowed to a case owner and a
// kind of change: the morning's first look for a caseworker.
class ImportChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Person,
        PersonRef,
        Change,
        Before,
        After,
        Detail,
        ColumnCount
    };

    explicit ImportChangesModel(QSqlDatabase db, QObject *parent = nullptr);

    // Shows import `importId` (0 = none), for `owner` (unset = everyone, "" = no owner) and
    // `kind` (unset = every kind).
    Status show(qint64 importId, const std::optional<QString> &owner,
                const std::optional<ImportChange::Kind> &kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString valueText(const ImportStore::ChangeRow &r, const QString &value) const;

    QSqlDatabase m_db;
    QVector<ImportStore::ChangeRow> m_rows;
};
