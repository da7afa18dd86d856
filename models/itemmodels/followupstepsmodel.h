#pragma once

#include "db/error.h"
#include "domain/followupstep.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// One person's follow-up steps, most recent first, with who recorded each and, for an
// absconder declaration, who countersigned it (or that it still needs a countersignature).
class FollowUpStepsModel : public QAbstractTableModel
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

    Status setPersonId(qint64 personId);
    Status reload();
    const FollowUpStep &stepAt(int row) const { return m_steps.at(row); }
    const QVector<FollowUpStep> &steps() const { return m_steps; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_personId = 0;
    QVector<FollowUpStep> m_steps;
};
