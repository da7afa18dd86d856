#pragma once

#include "db/error.h"
#include "domain/reoffence.h"
#include "personscopedmodel.h"

#include <QSqlDatabase>
#include <QVector>

// One person's reoffences as ReoffenceStore::forPerson gives them, newest offence first: the
// day, what was done, where Lodestar learned of it, notes, and who recorded it.
class ReoffencesModel : public PersonScopedModel<Reoffence>
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

    const Reoffence &reoffenceAt(int row) const { return rowAt(row); }
    // The row of reoffence `id`; -1 when the person has none with that id.
    int rowOf(qint64 id) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QVector<Reoffence>> readRows(qint64 personId) const override;
};
