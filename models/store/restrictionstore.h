#pragma once

#include "db/error.h"
#include "domain/reportingrestriction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

// Owns the SQL of reporting restrictions (table reporting_restriction, append-only) and reads
// CID's reporting columns as the restriction that stands until one is set in Lodestar.
class RestrictionStore
{
    Q_DECLARE_TR_FUNCTIONS(RestrictionStore)

public:
    explicit RestrictionStore(QSqlDatabase db);

    // The restriction in force: the newest set in Lodestar, else CID's (id 0).
    Result<ReportingRestriction> current(qint64 personId) const;
    // Every restriction set in Lodestar, newest first.
    Result<QVector<ReportingRestriction>> history(qint64 personId) const;
    // Sets a new restriction; a reason is required, the window must be HH:MM-HH:MM. The
    // person's stored reporting centre, frequency and window (what the caseload, the queue and
    // the figures read) become this restriction's, and later imports keep them so.
    // A restriction is a hand-made change of the person: it bumps person.version, and it is
    // refused (EditConflict::Code) if the person is no longer at `expectedPersonVersion` (their
    // version when the dialog opened): someone else changed them by hand since.
    Result<qint64> set(const ReportingRestriction &r, const QString &user,
                       int expectedPersonVersion);

private:
    QSqlDatabase m_db;
};
