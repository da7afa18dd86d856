#pragma once

#include "db/error.h"
#include "domain/auditentry.h"
#include "personscopedmodel.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>

// One person's audit trail as AuditStore::forPerson gives it, newest first: when, who, what
// they did, and to what (the record and, for a change, its fields before → after). The extras:
// user name → display name.
class AuditTrailModel : public PersonScopedModel<AuditEntry, QHash<QString, QString>>
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

    const AuditEntry &entryAt(int row) const { return rowAt(row); }

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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QVector<AuditEntry>> readRows(qint64 personId) const override;
    ::Status readExtras(qint64 personId, QHash<QString, QString> &extras) const override;

private:
    QString what(const AuditEntry &e) const;
    const QHash<QString, QString> &users() const { return extras(); }
};
