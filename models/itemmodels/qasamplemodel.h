#pragma once

#include "db/error.h"
#include "store/noteqastore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

// The notes of one quality-assurance sample (recommendation 4): whose note, who wrote it and
// when, its first line, and the team leader's result (Pass, Fail or not checked yet) with the
// comment. Marking goes through NoteQaStore, which refuses a fail without a comment and a
// team leader marking their own note; the model reloads after each.
class QaSampleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Person, // the person's reference
        Author,
        Written,
        FirstLine,
        Result,
        Comment,
        CheckedBy,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit QaSampleModel(QSqlDatabase db, QObject *parent = nullptr);

    qint64 sampleId() const { return m_sampleId; }
    // Shows sample `sampleId` (0 = none) and reloads.
    ::Status setSampleId(qint64 sampleId);
    ::Status reload();
    const NoteQaStore::Item &itemAt(int row) const { return m_items.at(row); }
    // Marks the item at `row` "pass" or "fail" as `teamLeader`; the store's refusal is returned.
    ::Status mark(int row, const QString &result, const QString &comment,
                  const QString &teamLeader);

    // "Pass", "Fail" or "Not checked".
    static QString resultName(const QString &result);
    // The first non-blank line of a note.
    static QString firstLine(const QString &body);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString userLabel(const QString &userName) const;

    QSqlDatabase m_db;
    qint64 m_sampleId = 0;
    QVector<NoteQaStore::Item> m_items;
    QHash<QString, QString> m_labels; // user name → display name
};
