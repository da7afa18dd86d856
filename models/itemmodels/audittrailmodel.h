#pragma once

#include "db/error.h"
#include "domain/auditentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

// One person's audit trail as AuditStore::forPerson gives it, newest first: when, who, what
// they did, and to what (the record and, for a change, its fields before → after).
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        Action,
        What,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AuditTrailModel(QSqlDatabase db, QObject *parent = nullptr);

    Status setPersonId(qint64 personId);
    Status reload();
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }

    // "Opened", "Added", "Changed", "Removed", "Imported", "Exported".
    static QString actionName(const QString &action);
    // The record in words: "Note 12", "Barrier 3", "Person".
    static QString entityName(const QString &entity, qint64 id);
    // A disclosure's after JSON (Disclosure::json) as one sentence: what was written where,
    // how many rows, the filters and the reason.
    static QString disclosureText(const QString &afterJson);
    // The fields of a row of `table` that differ between two JSON objects, "Label: before →
    // after" in field order, labelled as the record's screens label them (FieldLabel), dates as
    // dates and user names by `users` (user name → display name); "(empty)" for a missing or
    // null value. Bookkeeping columns (version, updated_at...) are left out.
    static QStringList changedFields(const QString &table, const QString &beforeJson,
                                     const QString &afterJson,
                                     const QHash<QString, QString> &users = {});

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString what(const AuditEntry &e) const;

    QSqlDatabase m_db;
    qint64 m_personId = 0;
    QVector<AuditEntry> m_entries;
    QHash<QString, QString> m_users; // user name → display name
};
