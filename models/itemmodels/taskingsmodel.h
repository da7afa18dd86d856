#pragma once

#include "db/error.h"
#include "store/taskingstore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// Taskings to reporting centres: the open ones of a centre (or of every centre), or all of
// one person's with the centres' feedback.
class TaskingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Centre,
        DueOn,
        Person,
        Reference,
        Kind,
        Window,
        TaskedBy,
        Outcome,
        Feedback,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit TaskingsModel(QSqlDatabase db, QObject *parent = nullptr);

    // The open taskings of `centre` (empty: every centre).
    Status loadOpen(const QString &centre);
    // Every tasking of one person, newest first; `currentWindow` is their window now, against
    // which an open detain-on-reporting tasking is checked (Tasking::needsWindowClearing).
    Status loadPerson(qint64 personId, const QString &currentWindow = QString());
    Status reload();

    const Tasking &taskingAt(int row) const { return m_items.at(row).tasking; }
    int openCount() const;
    // Open taskings whose long-window warning waits to be cleared.
    int warningCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_personId = 0; // person mode when > 0
    QString m_centre;
    QString m_currentWindow;
    QVector<TaskingStore::OpenItem> m_items;
};
