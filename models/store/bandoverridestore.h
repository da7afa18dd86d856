#pragma once

#include "db/error.h"
#include "domain/bandoverride.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

// Owns the SQL of band overrides: an append-only history (table band_override) and the
// person's current override and effective band.
class BandOverrideStore
{
    Q_DECLARE_TR_FUNCTIONS(BandOverrideStore)

public:
    explicit BandOverrideStore(QSqlDatabase db);

    // Sets the person's band to `band` (1..4), or withdraws the override (nullopt). A reason
    // is required either way; detained people are not banded and cannot be overridden.
    // `expectedVersion` is the person's version when the override was opened
    // (PersonRecord::version): a person someone else changed by hand since (another override,
    // a restriction, an allocation) is refused with EditConflict::Code. The override bumps the
    // person's version.
    Status setOverride(qint64 personId, std::optional<int> band, const QString &reason,
                       const QString &user, int expectedVersion);
    // Newest first.
    Result<QVector<BandOverride>> history(qint64 personId) const;

private:
    QSqlDatabase m_db;
};
