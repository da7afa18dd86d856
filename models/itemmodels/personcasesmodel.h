#pragma once

#include "db/error.h"
#include "domain/cidcase.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// Every CID case of one person, in the order CID recorded them: the person record shows them
// all in one table, because CID itself scatters a person across cases (report 6.47).
class PersonCasesModel : public QAbstractTableModel
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

    qint64 personId() const { return m_personId; }
    // Shows the cases of `personId` (0 = none) and reloads.
    Status setPersonId(qint64 personId);
    // Reads the cases again; on error the table is left empty and the error returned.
    Status reload();
    const CidCase &caseAt(int row) const { return m_cases.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_personId = 0;
    QVector<CidCase> m_cases;
};
