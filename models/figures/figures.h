#pragma once

#include "db/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The headline figures of the caseload: the one place they are computed, for
// `lodestar figures --json` and the GUI alike, so the two can never disagree.
//
// Every figure is a count of person rows selected by one SQL condition (condition()), over
// the derived columns the stores keep (custody, effective band, flag_*). The same condition
// lists the people behind a figure (personRefs()), so each number can be drilled into and
// reconciled (inspection recommendation 2).
class Figures
{
    Q_DECLARE_TR_FUNCTIONS(Figures)

public:
    // The snapshot date the figures are reported as at. The counts are of the database as it
    // stands (the stored columns keep no history), so this labels the snapshot, it does not
    // filter it.
    QDate asOf;
    qint64 persons = 0;
    qint64 nonDetained = 0;
    // Non-detained people by effective band (the override where there is one), keys 1..4;
    // they add up to nonDetained.
    QMap<int, qint64> byBand;
    // People with each flag, keys as flagKeys(). Counted over all persons, detained included:
    // a flag (e.g. Zincs, Nexus High Harm) says something about the person whatever their
    // custody, and a manager asking "how many are flagged" means all of them.
    QMap<QString, qint64> flags;

    static Result<Figures> compute(QSqlDatabase db, const QDate &asOf);

    // {"as_of":"YYYY-MM-DD","persons":n,"non_detained":n,"by_band":{"1":n,..,"4":n},
    //  "flags":{"ZINCS":n,"NEXUS_HH":n,"EM":n,"NFA":n}}, every key always present.
    QJsonObject toJson() const;

    // ZINCS, NEXUS_HH, EM, NFA: the flags the figures count, in report order.
    static const QStringList &flagKeys();
    // Names of the figures, as paths into toJson(): "persons", "non_detained", "by_band/1".."4",
    // "flags/ZINCS", "flags/NEXUS_HH", "flags/EM", "flags/NFA".
    static QStringList figureNames();
    // The SQL condition on table person that selects the people counted by `figure` (one of
    // figureNames()); empty for an unknown name.
    static QString condition(const QString &figure);
    // The person references behind `figure`, in order: the drill-down of a number.
    static Result<QStringList> personRefs(QSqlDatabase db, const QString &figure);
};
