#pragma once

#include "db/error.h"
#include "domain/clock.h"
#include "store/diarystore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// "My diary": the signed-in user's open diary entries that are overdue, due today or due in
// the next 7 days, oldest first, on the people they own or that they wrote. Entries are marked
// done through DiaryStore and leave the list.
class MyDiaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Person,
        Reference,
        Action,
        Source,
        ColumnCount
    };
    Q_ENUM(Column)

    // The three parts of the list.
    enum class Part
    {
        Overdue,
        Today,
        ThisWeek
    };

    explicit MyDiaryModel(QSqlDatabase db, QObject *parent = nullptr);

    // Whose diary: a user's, a team's or everyone's (DiaryStore::openUntil).
    void setWhose(const OwnerScope &whose) { m_whose = whose; }
    const OwnerScope &whose() const { return m_whose; }
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    QDate asOf() const { return m_asOf; }
    Status reload();

    const DiaryStore::Item &itemAt(int row) const { return m_items.at(row); }
    Part partOf(int row) const;
    // How many entries the list would hold for `whose`; -1 when they cannot be read.
    int countFor(const OwnerScope &whose) const;
    int count(Part part) const;
    Status markDone(int row, const QString &user);
    // Opens entry `entryId` again (undoing Mark Done) through DiaryStore::setDone, refused as an
    // edit conflict unless it is still at `version`, then reads the list again.
    Status reopen(qint64 entryId, int version, const QString &user);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    OwnerScope m_whose;
    QDate m_asOf = Clock::today();
    QVector<DiaryStore::Item> m_items;
};
