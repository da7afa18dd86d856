#include "auditchain.h"

#include <QCryptographicHash>
#include <QStringList>

namespace {
QString field(const QString &text)
{
    return QString::number(text.size()) + QLatin1Char(':') + text;
}
QString field(qint64 n)
{
    return field(QString::number(n));
}
} // namespace

QString AuditChain::canonicalText(const AuditEntry &e)
{
    return field(e.id) + field(e.at) + field(e.actor) + field(e.action) + field(e.entity) +
           field(e.entityId) + field(e.personId) + field(e.beforeJson) + field(e.afterJson) +
           field(e.prevHash);
}

QString AuditChain::hashOf(const AuditEntry &e)
{
    const QByteArray text = (e.prevHash + canonicalText(e)).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

QString AuditChain::headProblem(qint64 recordedId, const QString &recordedHash, qint64 newestId,
                                const QString &hashAtRecordedId)
{
    if (recordedId <= 0)
        return {};
    if (hashAtRecordedId.isEmpty())
        return newestId < recordedId
                   ? tr("the audit log ends at entry %1, but entry %2 was in it when it was last "
                        "seen from this computer: entries were cut from its end")
                         .arg(newestId)
                         .arg(recordedId)
                   : tr("entry %1, in the audit log when it was last seen from this computer, is "
                        "gone from it")
                         .arg(recordedId);
    if (hashAtRecordedId.compare(recordedHash.trimmed(), Qt::CaseInsensitive) != 0)
        return tr("entry %1 of the audit log is not the one this computer saw there: the log was "
                  "rewritten from it")
            .arg(recordedId);
    return {};
}

void AuditChain::Checker::expect(qint64 id, const QString &hash)
{
    m_expectedId = id;
    m_expectedHash = hash.trimmed().toLower();
}

void AuditChain::Checker::finish()
{
    if (m_badId != 0 || m_expectedId <= m_lastId)
        return;
    m_badId = m_expectedId;
    m_why = m_lastId == 0
                ? tr("the log is empty, but entry %1 was recorded earlier: every entry was removed")
                      .arg(m_expectedId)
                : tr("the log ends at entry %1, but entry %2 was recorded earlier: entries were "
                     "cut from its end")
                      .arg(m_lastId)
                      .arg(m_expectedId);
}

bool AuditChain::Checker::add(const AuditEntry &e)
{
    if (m_badId != 0)
        return false;
    const qint64 expectedId = m_lastId + 1;
    if (e.prevHash != m_lastHash) {
        m_badId = e.id;
        m_why = m_count == 0 && !e.prevHash.isEmpty()
                    ? tr("the first entry follows another: entries before it were removed")
                    : tr("it does not follow entry %1: an entry was removed or inserted between "
                         "them")
                          .arg(m_lastId);
    } else if (AuditChain::hashOf(e) != e.hash) {
        m_badId = e.id;
        m_why = tr("its contents do not match its hash: it was edited");
    } else if (e.id != expectedId) {
        m_badId = e.id;
        m_why = tr("entry %1 is missing").arg(expectedId);
    } else if (m_expectedId > 0 && e.id == m_expectedId && e.hash != m_expectedHash) {
        m_badId = e.id;
        m_why = tr("it is not the entry recorded as %1 earlier: the log was rewritten from there")
                    .arg(m_expectedId);
    }
    if (m_badId != 0)
        return false;
    ++m_count;
    m_lastId = e.id;
    m_lastHash = e.hash;
    return true;
}
