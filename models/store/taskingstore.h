#pragma once

#include "db/error.h"
#include "domain/tasking.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

// Owns the SQL of taskings to reporting centres (table tasking). A tasking is created once and
// closed once, with the centre's feedback; nothing is deleted.
class TaskingStore
{
    Q_DECLARE_TR_FUNCTIONS(TaskingStore)

public:
    // Error code when a detain-on-reporting tasking meets a window over one hour that the
    // caseworker has not cleared.
    static inline const QString LongWindow = QStringLiteral("long-window");

    explicit TaskingStore(QSqlDatabase db);

    // The kind of the diary entry a tasking writes for its day ("tasking:<id>").
    static QString diaryKind(qint64 taskingId);

    // Tasks the centre, and puts the day in the diary. A detain-on-reporting tasking for a person
    // whose window is over an hour is refused (code LongWindow) unless `clearLongWindow`: the
    // caseworker confirms they have dealt with the window, and the tasking records that they did.
    Result<qint64> create(const Tasking &tasking, const QString &user, bool clearLongWindow);
    // The centre's feedback: closes the tasking with its outcome, and its diary entry.
    // Refused (EditConflict::Code) unless the tasking is still at `expectedVersion`, the
    // version read with it; so is clearWindowWarning.
    Status recordFeedback(qint64 taskingId, const QString &outcome, const QString &feedback,
                          const QString &user, int expectedVersion);
    Result<QVector<Tasking>> forPerson(qint64 personId) const;
    // The caseworker clears the long-window warning of an open tasking for `window`, the
    // person's window now.
    Status clearWindowWarning(qint64 taskingId, const QString &window, const QString &user,
                              int expectedVersion);

    struct OpenItem
    {
        Tasking tasking;
        QString personRef;
        QString personName;
    };
    // Open taskings by centre and date; one centre's, or every centre's when `centre` is empty.
    Result<QVector<OpenItem>> open(const QString &centre) const;
    // The centres with open taskings, by name.
    Result<QStringList> centresWithOpenTaskings() const;

private:
    QSqlDatabase m_db;
};
