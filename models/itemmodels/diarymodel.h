#pragma once

#include "db/error.h"
#include "domain/clock.h"
#include "domain/diaryentry.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// One person's diary: open entries by due date (overdue ones marked), then those done.
// Writes go through DiaryStore and the model reloads after each.
class DiaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Due,
        Action,
        Source,
        State,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit DiaryModel(QSqlDatabase db, QObject *parent = nullptr);

    Status setPersonId(qint64 personId);
    Status reload();
    // The day entries are judged overdue against; today unless set (tests, screenshots).
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }

    const DiaryEntry &entryAt(int row) const { return m_entries.at(row); }
    int openCount() const;
    int overdueCount() const;

    Status addEntry(const QDate &due, const QString &title, const QString &user);
    // Marks the entry at `row` done by `user`, or reopens it.
    Status setDone(int row, bool done, const QString &user);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_personId = 0;
    QDate m_asOf = Clock::today();
    QVector<DiaryEntry> m_entries;
};
