#pragma once

#include "db/error.h"
#include "domain/clock.h"
#include "store/progressionstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// One of the removal progression worklists (ProgressionStore::List): ripe for progression,
// case preparation overdue, deportation decisions overdue, or travel documents to seek while a
// barrier is open, each person with the next steps towards removal (on the last list, the
// document's step, and the open barriers). Its rows are the people of the figure of the same name,
// so the list and `lodestar figures` agree.
class ProgressionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Person,
        Reference,
        Band,
        CaseOwner,
        SentenceEnd, // shown on the decisions list, where it is the reason to be there
        OnHoldUntil,
        NextStep,
        Decision,
        TravelDocument,
        Preparation,
        Barriers, // shown on the documents-to-seek list, where they are the reason to be there
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ProgressionModel(QSqlDatabase db, QObject *parent = nullptr);

    void setList(ProgressionStore::List list) { m_list = list; }
    ProgressionStore::List list() const { return m_list; }
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    QDate asOf() const { return m_asOf; }
    // Empty: everyone's people.
    void setCaseOwner(const QString &caseOwner) { m_caseOwner = caseOwner; }
    QString caseOwner() const { return m_caseOwner; }

    ::Status reload();
    const ProgressionStore::Row &rowAt(int row) const { return m_rows.at(row); }

    static QString decisionName(ProgressionRules::Decision d);
    static QString documentName(ProgressionRules::Document d);
    // The open barriers' names, oldest first ("Asylum claim, Embassy non-cooperation").
    static QString barriersText(const QStringList &types);
    // "Initial preparation overdue, due 3 Mar 2026": the status and the date it turns on.
    static QString preparationText(const CasePreparation &p, const QDate &asOf);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    ProgressionStore::List m_list = ProgressionStore::List::Ripe;
    QDate m_asOf = Clock::today();
    QString m_caseOwner;
    QVector<ProgressionStore::Row> m_rows;
};
