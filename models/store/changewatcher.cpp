#include "changewatcher.h"

#include "auditstore.h"
#include "domain/disclosure.h"
#include "ownwrites.h"

#include <QTimer>

ChangeWatcher::ChangeWatcher(QSqlDatabase db, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_timer(new QTimer(this))
{
    m_timer->setInterval(DefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    // A log that cannot be read now is read again by the first poll: only what comes after
    // that is reported, as the views were read at about the same time.
    readBaseline();
    m_timer->start();
}

void ChangeWatcher::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

int ChangeWatcher::interval() const
{
    return m_timer->interval();
}

void ChangeWatcher::start()
{
    m_timer->start();
}

void ChangeWatcher::stop()
{
    m_timer->stop();
}

bool ChangeWatcher::isActive() const
{
    return m_timer->isActive();
}

bool ChangeWatcher::readBaseline()
{
    if (!m_db.isOpen()) {
        fail(tr("The connection to the database is closed."));
        return false;
    }
    const Result<qint64> latest = AuditStore(m_db).latestId();
    if (!latest) {
        fail(latest.error().toString());
        return false;
    }
    m_lastId = latest.value();
    OwnWrites::forgetUpTo(m_db.connectionName(), m_lastId);
    m_haveBaseline = true;
    return true;
}

void ChangeWatcher::fail(const QString &message)
{
    if (m_failing)
        return;
    m_failing = true;
    emit failed(message);
}

void ChangeWatcher::poll()
{
    // A closed connection is not queried: Qt would warn on every tick.
    if (!m_db.isOpen()) {
        fail(tr("The connection to the database is closed."));
        return;
    }
    if (!m_haveBaseline) {
        if (readBaseline() && m_failing) {
            m_failing = false;
            emit recovered();
        }
        return;
    }
    const Result<QVector<AuditEntry>> entries = AuditStore(m_db).since(m_lastId, BatchLimit);
    if (!entries) {
        fail(entries.error().toString());
        return;
    }
    if (m_failing) {
        m_failing = false;
        emit recovered();
    }
    // Each batch splits into the changes of others and this connection's own.
    struct Split
    {
        QSet<qint64> people;
        bool others = false;
        QVector<AuditEntry> changes;
    } theirs, mine;
    const QString connection = m_db.connectionName();
    for (const AuditEntry &e : entries.value()) {
        m_lastId = qMax(m_lastId, e.id);
        const bool own = OwnWrites::take(connection, e.id, e.hash);
        // An opening or a disclosure (a subject access export, a report, a screenshot) reads
        // data and changes none: no view has anything to reload for it.
        if (e.action == QLatin1String("open") || e.action == QLatin1String("export") ||
            e.action == Disclosure::Action)
            continue;
        Split &split = own ? mine : theirs;
        if (e.personId > 0)
            split.people.insert(e.personId);
        else
            split.others = true;
        split.changes << e;
    }
    // Entries recorded by writes that were rolled back never come: dropped once read past.
    OwnWrites::forgetUpTo(connection, m_lastId);
    if (!mine.changes.isEmpty())
        emit ownChanged(mine.people, mine.others);
    if (theirs.changes.isEmpty())
        return;
    m_lastChanges = theirs.changes;
    emit changed(theirs.people, theirs.others);
}
