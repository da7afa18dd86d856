#pragma once

#include "db/error.h"
#include "domain/cidcase.h"
#include "personscopedmodel.h"

#include <QSqlDatabase>
#include <QVector>

// Every CID case of one person, in the order CID recorded them: the person record shows them
// all in one table, because CID itself scatters a person across cases (report 6.47).
class PersonCasesModel : public PersonScopedModel<CidCase>
{
    Q_OBJECT

public:
    enum Column
    {
        CaseRef,
        Type,
        CaseStatus,
        OwningUnit,
        CaseOwner,
        Mappa,
        Harm,
        Sentence,
        Custody,
        Deportation,
        CaseFlags,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PersonCasesModel(QSqlDatabase db, QObject *parent = nullptr);

    const CidCase &caseAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QVector<CidCase>> readRows(qint64 personId) const override;
};
