#pragma once

#include "db/error.h"

#include <QSqlDatabase>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

// Work that only reads, done on a second connection to the caller's database in a thread of
// its own while the caller goes on with its own connection: the figures are two independent
// halves (every person's mask; a few dozen other counts and the charts), and a laptop has two
// cores.
//
// On an SQLite file the side connection opens the same file and reads in one read transaction
// (write-ahead logging lets it read beside the caller). Two connections see the same state
// only when nothing can be committed between their reads, so the side goes on alone only when:
// - the caller has no transaction open (Caller::Autocommit): each of its statements reads the
//   latest state anyway, as the side's do, and each figure is one statement;
// - or the caller holds the write lock and has written nothing yet (Caller::WriteLocked, as
//   SnapshotCapture::publish does in its BEGIN IMMEDIATE): nobody can commit until it ends, so
//   both read the very same state.
// Otherwise (a transaction that may have written, or only read from an older state), on
// PostgreSQL (a second login would not see the caller's transaction) and for an in-memory
// database (a second connection cannot reach it), and when the second connection cannot be
// opened, the work runs on the caller's connection when its result is asked for: the same
// answer, one part after the other.
class SideReadThread
{
public:
    enum class Caller
    {
        Autocommit,
        WriteLocked
    };

    // Starts `work` on a side connection when `db` and its state allow one (above); otherwise
    // runs nothing (started() is false).
    SideReadThread(const QSqlDatabase &db, Caller caller, std::function<void(QSqlDatabase)> work);
    ~SideReadThread();
    SideReadThread(const SideReadThread &) = delete;
    SideReadThread &operator=(const SideReadThread &) = delete;

    bool started() const { return m_thread != nullptr; }
    // Waits for the work to end (at once when none was started).
    void wait();

private:
    std::unique_ptr<QThread> m_thread;
};

// SideReadThread with its work's Result: result() waits for it, or runs the work on the
// caller's connection when it could not run beside it (or the side connection failed to open).
template <typename T> class SideRead
{
public:
    using Work = std::function<Result<T>(QSqlDatabase)>;
    using Caller = SideReadThread::Caller;

    SideRead(QSqlDatabase db, Caller caller, Work work)
        : m_db(db), m_work(std::move(work)),
          m_thread(db, caller, [this](QSqlDatabase side) { m_result.emplace(m_work(side)); })
    {
    }

    // The work's result; call once, from the caller's thread.
    Result<T> result()
    {
        m_thread.wait();
        if (!m_result)
            return m_work(m_db);
        return std::move(*m_result);
    }

private:
    QSqlDatabase m_db;
    Work m_work;
    std::optional<Result<T>> m_result; // set by the side thread, read after wait()
    SideReadThread m_thread;           // last: started once the members it uses exist
};
