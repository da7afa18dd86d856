#pragma once

#include "db/error.h"
#include "domain/figuresnapshot.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

// Published figure snapshots (issue 22): written once, in the publisher's transaction, and
// never changed (the database refuses it too, migration 25). The one owner of the tables
// figure_snapshot and figure_snapshot_person.
class FigureSnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(FigureSnapshotStore)

public:
    // One publication as the list shows it.
    struct Published
    {
        qint64 id = 0;
        QString publishedAt; // UTC ISO
        QString publishedBy;
        QString asOf;
        QString label;
        qint64 people = 0;
    };

    // Error::code of load() for an id that was never published.
    static inline const QString NotFound = QStringLiteral("not-found");
    // The longest label kept.
    static constexpr int MaxLabel = 200;

    explicit FigureSnapshotStore(QSqlDatabase db);

    // Writes `snapshot` (its publishedAt, publishedBy and label set, id 0) with its people,
    // audited, inside the caller's transaction; the new id. Refused (Permissions::Refused) unless
    // the session's user may publish figures.
    Result<qint64> insertInTransaction(const FigureSnapshot &snapshot);
    // Every publication, newest first.
    Result<QVector<Published>> list() const;
    // A publication with its people (`withPeople`) or its figures alone.
    Result<FigureSnapshot> load(qint64 id, bool withPeople = true) const;

private:
    QSqlDatabase m_db;
};
