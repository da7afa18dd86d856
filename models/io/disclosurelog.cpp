#include "disclosurelog.h"

#include "store/auditstore.h"

#include <QFile>
#include <QSaveFile>

Status DisclosureLog::commit(QSqlDatabase db, QSaveFile &file, const Disclosure &disclosure)
{
    if (Status s = AuditStore(std::move(db)).recordDisclosure(disclosure); !s) {
        file.cancelWriting();
        return Error{tr("%1 was not written, as its disclosure could not be recorded in the "
                        "audit trail: %2")
                         .arg(file.fileName(), s.error().message),
                     s.error().detail, s.error().code};
    }
    if (!file.commit())
        return Status::fail(tr("Could not save %1").arg(file.fileName()), file.errorString());
    return {};
}

Status DisclosureLog::written(QSqlDatabase db, const Disclosure &disclosure)
{
    if (Status s = AuditStore(std::move(db)).recordDisclosure(disclosure); !s) {
        QFile::remove(disclosure.file);
        return Error{tr("%1 was removed, as its disclosure could not be recorded in the audit "
                        "trail: %2")
                         .arg(disclosure.file, s.error().message),
                     s.error().detail, s.error().code};
    }
    return {};
}
