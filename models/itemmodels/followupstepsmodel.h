#pragma once

#include "db/error.h"
#include "domain/followupstep.h"
#include "personscopedmodel.h"

#include <QSqlDatabase>
#include <QVector>

// One person's follow-up steps, most recent first, with who recorded each and, for an
// absconder declaration, who countersigned it (or that it still needs a countersignature).
class FollowUpStepsModel : public PersonScopedModel<FollowUpStep>
{
    Q_OBJECT

public:
    enum Column
    {
        TakenOn,
        Step,
        Outcome,
        RecordedBy,
        Countersigned,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit FollowUpStepsModel(QSqlDatabase db, QObject *parent = nullptr);

    const FollowUpStep &stepAt(int row) const { return rowAt(row); }
    const QVector<FollowUpStep> &steps() const { return rows(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QVector<FollowUpStep>> readRows(qint64 personId) const override;
};
