#pragma once

#include "db/error.h"
#include "domain/reoffence.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// One person's reoffences as ReoffenceStore::forPerson gives them, newest offence first: the
// day, what was done, where Lodestar learned of it, notes, and who recorded it.
class ReoffencesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OffenceOn,
        Offence,
        Source,
        Notes,
        RecordedBy,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ReoffencesModel(QSqlDatabase db, QObject *parent = nullptr);

    Status setPersonId(qint64 personId);
    Status reload();
    qint64 personId() const { return m_personId; }

    const Reoffence &reoffenceAt(int row) const { return m_reoffences.at(row); }
    // The row of reoffence `id`; -1 when the person has none with that id.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_personId = 0;
    QVector<Reoffence> m_reoffences;
};
