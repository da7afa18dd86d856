#pragma once

#include "auditentry.h"

#include <QCoreApplication>
#include <QString>

// The hash chain of the audit log, pure: each entry's hash is SHA-256 (hex) of the previous
// entry's hash followed by the entry's canonical text, so an entry edited, removed, inserted
// or moved behind Lodestar's back no longer matches. Removing the newest entries leaves a
// shorter chain that is still whole: that shows only against a head (the newest entry's id and
// hash) recorded elsewhere earlier, which the checker can be given to expect.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    // Every field but the hash, in a fixed order, each as its length, a colon and its text
    // (a number as decimal text, "0" for none), so no two different entries share a text.
    static QString canonicalText(const AuditEntry &e);
    // SHA-256 hex of prevHash + canonicalText(e).
    static QString hashOf(const AuditEntry &e);

    // What a log says about a head recorded earlier (the newest entry a client saw: its id and
    // hash), given the log's newest id now and the hash the log holds at the recorded id (empty
    // when it holds no such entry). Empty when the log still holds that very entry; otherwise
    // a sentence: entries cut from the end, the entry removed, or the log rewritten from it.
    // Nothing recorded (id 0) is never a problem.
    static QString headProblem(qint64 recordedId, const QString &recordedHash, qint64 newestId,
                               const QString &hashAtRecordedId);

    // Checks the entries in id order, one at a time, so a long log needs no memory.
    class Checker
    {
    public:
        // An entry recorded earlier (its id and hash, as `audit-verify` printed them): the log
        // must still hold exactly that entry, else it was cut back or rewritten from there.
        void expect(qint64 id, const QString &hash);
        // False at the first entry that breaks the chain (and every call after it).
        bool add(const AuditEntry &e);
        // After the last entry: breaks the chain when the expected entry never came.
        void finish();
        bool intact() const { return m_badId == 0; }
        qint64 lastId() const { return m_lastId; }
        QString lastHash() const { return m_lastHash; }
        qint64 count() const { return m_count; }
        qint64 badId() const { return m_badId; }
        QString why() const { return m_why; }

    private:
        qint64 m_count = 0;
        qint64 m_lastId = 0;
        QString m_lastHash;
        qint64 m_badId = 0;
        QString m_why;
        qint64 m_expectedId = 0;
        QString m_expectedHash;
    };
};
