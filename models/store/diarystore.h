#pragma once

#include "db/error.h"
#include "domain/diaryentry.h"
#include "domain/ownerscope.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

// Owns the SQL of the diary (table diary_entry). Entries are never deleted: marking one done
// records who and when, and it can be reopened.
class DiaryStore
{
    Q_DECLARE_TR_FUNCTIONS(DiaryStore)

public:
    explicit DiaryStore(QSqlDatabase db);

    // Adds `entry` (person, due date, title, kind, source) created by `user`, in a transaction.
    Result<qint64> add(const DiaryEntry &entry, const QString &user);
    // The same inside a transaction the caller holds (an import adding many at once). With
    // `refreshPerson` false the person's stored next diary date is left to the caller, who
    // refreshes everyone it touched at once (PersonStore::refreshNextDiaryInTransaction).
    Result<qint64> addInTransaction(const DiaryEntry &entry, const QString &user,
                                    const QString &now, bool refreshPerson = true);
    // True when the person already has an entry with this due date, title and source: what
    // bringing in the same sheet twice must not duplicate.
    Result<bool> exists(qint64 personId, const QDate &due, const QString &title,
                        const QString &source) const;
    // Marks the entry done by `user` now, or reopens it (done = false); refused
    // (EditConflict::Code) unless the entry is still at `expectedVersion`, the version read.
    Status setDone(qint64 entryId, bool done, const QString &user, int expectedVersion);
    // Marks done the open entries of `kind` (a workflow's own, e.g. a tasking's), inside a
    // transaction the caller holds.
    Status closeKindInTransaction(const QString &kind, const QString &user, const QString &when);
    // Moves the open entries of `kind` to `due` (a workflow's date changed), inside a
    // transaction the caller holds.
    Status rescheduleKindInTransaction(const QString &kind, const QDate &due);
    // Marks it done at `when`, inside a transaction the caller holds (the demo's history);
    // refused (EditConflict::Code) unless the entry is still at `expectedVersion`, as read.
    Status setDoneInTransaction(qint64 entryId, const QString &user, const QString &when,
                                int expectedVersion);
    // The person's entries: open ones first by due date, then done ones, most recent first.
    Result<QVector<DiaryEntry>> forPerson(qint64 personId) const;

    // An open entry with the person it is about, for "My diary".
    struct Item
    {
        DiaryEntry entry;
        QString personRef;
        QString personName;
        QString caseOwner;
    };
    // Open entries due on or before `until`, oldest first, within `whose`: a user's are those
    // on the people they own (case owner) or that they wrote; a team's, those on the people its
    // members own or that its members wrote; or everyone's.
    Result<QVector<Item>> openUntil(const QDate &until, const OwnerScope &whose) const;
    // How many openUntil() would list.
    Result<int> countOpenUntil(const QDate &until, const OwnerScope &whose) const;

private:
    QSqlDatabase m_db;
};
