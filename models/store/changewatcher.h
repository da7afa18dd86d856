#pragma once

#include "domain/auditentry.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QVector>

class QTimer;

// Notices what others changed in a shared database (issue 8: open views pick up other people's
// changes without a restart) by polling the audit log, which every public store write appends
// to: one indexed query per tick (the entries after the last one seen, by primary key).
//
// It starts from the newest entry there is when created, so only later changes are reported.
// Openings of records are not changes and are skipped. What this same connection wrote (the
// window's own writes, known through OwnWrites) comes by ownChanged(), never by changed(): a
// record must not say "changed by someone else" about one's own note (issue 16), while the
// window's other views still follow it. Another connection of the same user (a second window)
// is someone else.
//
// A failure (the server gone, the file unreadable) is reported once by failed(); the watcher
// keeps polling quietly and says recovered() when a poll succeeds again.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 5000;
    // Entries read per tick at most; the rest come on the next one.
    static constexpr int BatchLimit = 1000;

    explicit ChangeWatcher(QSqlDatabase db, QObject *parent = nullptr);

    void setInterval(int ms);
    int interval() const;
    // Polling runs from creation; stop() pauses it (while a long write of this connection
    // keeps the event loop turning under a progress dialog), start() resumes it.
    void start();
    void stop();
    bool isActive() const;

    // The newest audit entry already seen (or skipped): 0 until the log could be read.
    qint64 lastSeenId() const { return m_lastId; }
    // The changes behind the last changed() signal, oldest first: who changed which record.
    // Never this connection's own.
    const QVector<AuditEntry> &lastChanges() const { return m_lastChanges; }

public slots:
    // Reads the entries after lastSeenId() and emits changed() when any is a change. Called by
    // the timer; public so that tests need not wait.
    void poll();

signals:
    // The people whose records changed, and whether anything not about one person changed
    // (users, charter flights, imports, workload weights: entries with person id 0).
    void changed(const QSet<qint64> &personIds, bool others);
    // The same for the writes made through this watcher's own connection.
    void ownChanged(const QSet<qint64> &personIds, bool others);
    void failed(const QString &message);
    void recovered();

private:
    bool readBaseline();
    void fail(const QString &message);

    QSqlDatabase m_db;
    QTimer *m_timer;
    qint64 m_lastId = 0;
    bool m_haveBaseline = false;
    bool m_failing = false;
    QVector<AuditEntry> m_lastChanges;
};
