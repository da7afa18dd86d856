#include "subjectaccessexport.h"

#include "db/session.h"
#include "db/transaction.h"
#include "domain/disclosure.h"
#include "store/auditstore.h"
#include "store/storesupport.h"
#include "store/userstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace StoreSupport;

namespace {

QJsonObject objectOf(const QSqlQuery &q)
{
    const QSqlRecord record = q.record();
    QJsonObject o;
    for (int i = 0; i < record.count(); ++i) {
        const QVariant v = record.value(i);
        o.insert(record.fieldName(i), v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v));
    }
    return o;
}

// Every row `sql` gives for the person, as objects.
Result<QJsonArray> rows(QSqlDatabase db, const QString &sql, qint64 personId)
{
    QSqlQuery q(db);
    prepare(q, sql);
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(SubjectAccessExport::tr("Could not read what is held about the person"),
                          q);
    QJsonArray out;
    while (q.next())
        out.append(objectOf(q));
    return out;
}

} // namespace

const QStringList &SubjectAccessExport::personTables()
{
    static const QStringList tables{
        QStringLiteral("cid_case"),         QStringLiteral("note"),
        QStringLiteral("band_override"),    QStringLiteral("reporting_event"),
        QStringLiteral("followup_step"),    QStringLiteral("diary_entry"),
        QStringLiteral("barrier"),          QStringLiteral("removal_directions"),
        QStringLiteral("progression_hold"), QStringLiteral("case_preparation"),
        QStringLiteral("review"),           QStringLiteral("allocation"),
        QStringLiteral("reoffence"),        QStringLiteral("travel_document"),
        QStringLiteral("tasking"),          QStringLiteral("reporting_restriction"),
        QStringLiteral("import_change")};
    return tables;
}

Result<bool> SubjectAccessExport::allowed(QSqlDatabase db)
{
    const auto user = UserStore(db).find(Session::user(db));
    if (!user)
        return user.error();
    return user.value().has_value() && user.value()->role == QLatin1String("admin");
}

Result<QJsonObject> SubjectAccessExport::document(QSqlDatabase db, qint64 personId)
{
    const auto person = rows(db, QStringLiteral("SELECT * FROM person WHERE id = ?"), personId);
    if (!person)
        return person.error();
    if (person.value().isEmpty())
        return Error{tr("There is no person with id %1").arg(personId), QString(),
                     QStringLiteral("not-found")};
    QJsonObject doc;
    doc.insert(QStringLiteral("person"), person.value().first());
    for (const QString &table : personTables()) {
        // case_preparation is keyed by the person, the others by their own id.
        const QString order = table == QLatin1String("case_preparation")
                                  ? QStringLiteral("person_id")
                                  : QStringLiteral("id");
        const auto held = rows(
            db,
            QStringLiteral("SELECT * FROM %1 WHERE person_id = ? ORDER BY %2").arg(table, order),
            personId);
        if (!held)
            return held.error();
        doc.insert(table, held.value());
    }
    const auto revisions =
        rows(db,
             QStringLiteral("SELECT r.* FROM note_revision r JOIN note n ON n.id = r.note_id "
                            "WHERE n.person_id = ? ORDER BY r.note_id, r.revision"),
             personId);
    if (!revisions)
        return revisions.error();
    doc.insert(QStringLiteral("note_revision"), revisions.value());
    const auto qa =
        rows(db,
             QStringLiteral("SELECT q.* FROM note_qa q JOIN note n ON n.id = q.note_id WHERE "
                            "n.person_id = ? ORDER BY q.id"),
             personId);
    if (!qa)
        return qa.error();
    doc.insert(QStringLiteral("note_qa"), qa.value());
    const auto audit = rows(
        db, QStringLiteral("SELECT * FROM audit_log WHERE person_id = ? ORDER BY id"), personId);
    if (!audit)
        return audit.error();
    doc.insert(QStringLiteral("audit_log"), audit.value());
    doc.insert(QStringLiteral("exported_at"), nowIso());
    doc.insert(QStringLiteral("exported_by"), Session::user(db));
    return doc;
}

Status SubjectAccessExport::write(QSqlDatabase db, qint64 personId, const QString &path,
                                  const QString &reason)
{
    const QString why = Disclosure::cleanReason(reason);
    if (why.isEmpty())
        return Error{tr("A subject access export needs a reason"), QString(),
                     QStringLiteral("no-reason")};
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    {
        const auto admin = allowed(db);
        if (!admin)
            return admin.status();
        if (!admin.value())
            return Error{tr("Only an administrator may export everything held about a person; "
                            "%1 is not one")
                             .arg(Session::user(db)),
                         QString(), QStringLiteral("refused")};
        const auto doc = document(db, personId);
        if (!doc)
            return doc.status();
        // The export is audited with what it held, not the document again.
        QVariantMap counts;
        for (auto it = doc.value().constBegin(); it != doc.value().constEnd(); ++it)
            if (it.value().isArray())
                counts.insert(it.key(), it.value().toArray().size());
        if (Status s = AuditStore(db).appendInTransaction(
                QStringLiteral("export"), QStringLiteral("person"), personId, personId, QString(),
                AuditStore::summaryJson({{QStringLiteral("file"), QFileInfo(path).fileName()},
                                         {QStringLiteral("folder"), QFileInfo(path).absolutePath()},
                                         {QStringLiteral("records"), counts},
                                         {QStringLiteral("reason"), why}}));
            !s)
            return s;
        // Written before the commit, so a file that cannot be written leaves no export audited;
        // a commit that fails after it takes the file away again.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Status::fail(tr("Could not write %1").arg(path), file.errorString());
        file.write(QJsonDocument(doc.value()).toJson(QJsonDocument::Indented));
        if (!file.commit())
            return Status::fail(tr("Could not write %1").arg(path), file.errorString());
    }
    if (Status s = tx.commit(); !s) {
        QFile::remove(path);
        return s;
    }
    return {};
}
