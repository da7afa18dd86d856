#pragma once

#include "db/error.h"
#include "domain/clock.h"
#include "domain/diaryentry.h"
#include "personscopedmodel.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// One person's diary: open entries by due date (overdue ones marked), then those done.
// Writes go through DiaryStore and the model reloads after each.
class DiaryModel : public PersonScopedModel<DiaryEntry>
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

    // The day entries are judged overdue against; today unless set (tests, screenshots).
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }

    const DiaryEntry &entryAt(int row) const { return rowAt(row); }
    int openCount() const;
    int overdueCount() const;

    Status addEntry(const QDate &due, const QString &title, const QString &user);
    // Marks the entry at `row` done by `user`, or reopens it.
    Status setDone(int row, bool done, const QString &user);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QVector<DiaryEntry>> readRows(qint64 personId) const override;

private:
    QDate m_asOf = Clock::today();
};
