#pragma once

// Two days of a small CID extract for the published-figures suites (issue 22): tst_snapshots,
// tst_snapshotsgui and tst_dashboardview publish after the first and compare after the second.
#include "figures/snapshotcapture.h"
#include "io/cidimporter.h"
#include "testsupport.h"

#include <QByteArray>
#include <QFile>
#include <QSqlDatabase>
#include <QString>

namespace SnapshotDays {

inline const QByteArray Header = "case_ref,person_ref,case_type,case_status,family_name,"
                                 "owning_unit,case_owner,mappa_level,custody,"
                                 "reporting_frequency\n";
// Day one: seven people, bands 3 (P1-P3, P5, P8), 1 (P4, MAPPA 2) and 2 (P6, MAPPA 1).
inline const QByteArray DayOne =
    "CC/1,P1,CRIMINAL,OPEN,Okafor,CC Leeds,sokafor,0,NON_DETAINED,WEEKLY\n"
    "CC/2,P2,CRIMINAL,OPEN,Nowak,CC Leeds,jmensah,0,NON_DETAINED,WEEKLY\n"
    "CC/3,P3,CRIMINAL,OPEN,Smith,CC Leeds,sokafor,0,NON_DETAINED,WEEKLY\n"
    "CC/4,P4,CRIMINAL,OPEN,Jones,CC Leeds,sokafor,2,NON_DETAINED,WEEKLY\n"
    "CC/5,P5,CRIMINAL,OPEN,Brown,CC Leeds,sokafor,0,NON_DETAINED,WEEKLY\n"
    "CC/6,P6,CRIMINAL,OPEN,White,CC Leeds,sokafor,1,NON_DETAINED,WEEKLY\n"
    "CC/8,P8,CRIMINAL,OPEN,Green,CC Leeds,sokafor,0,NON_DETAINED,WEEKLY\n";
// Day two: P1's asylum claim opens, P2 loses their owner, P3 is detained, P5's reporting
// ends, P6 is left out of the extract, P7 is new; P4 and P8 as they were.
inline const QByteArray DayTwo =
    "CC/1,P1,CRIMINAL,OPEN,Okafor,CC Leeds,sokafor,0,NON_DETAINED,WEEKLY\n"
    "AS/1,P1,ASYLUM,OPEN,Okafor,,,,,\n"
    "CC/2,P2,CRIMINAL,OPEN,Nowak,CC Leeds,,0,NON_DETAINED,WEEKLY\n"
    "CC/3,P3,CRIMINAL,OPEN,Smith,CC Leeds,sokafor,0,DETAINED,WEEKLY\n"
    "CC/4,P4,CRIMINAL,OPEN,Jones,CC Leeds,sokafor,2,NON_DETAINED,WEEKLY\n"
    "CC/5,P5,CRIMINAL,OPEN,Brown,CC Leeds,sokafor,0,NON_DETAINED,NONE\n"
    "CC/7,P7,CRIMINAL,OPEN,Black,CC Leeds,sokafor,0,NON_DETAINED,WEEKLY\n"
    "CC/8,P8,CRIMINAL,OPEN,Green,CC Leeds,sokafor,0,NON_DETAINED,WEEKLY\n";

// Imports `rows` under Header as cases.csv in `folder`; the reason goes to the log.
inline bool import(QSqlDatabase db, const QString &folder, const QByteArray &rows)
{
    const QString path = folder + QStringLiteral("/cases.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(Header + rows);
    f.close();
    const auto s =
        CidImporter::run(db, path, QString(), QStringLiteral("test"), TestData::allowingMissing());
    if (!s)
        qWarning("SnapshotDays::import: %s", qPrintable(s.error().toString()));
    return s.ok();
}

// Day one imported and published by `user` as "Day one", then day two imported: what the
// window's comparisons start from. The publication's id, 0 when a step failed (said in the log).
inline qint64 publishedThenChanged(QSqlDatabase db, const QString &folder, const QString &user)
{
    if (!import(db, folder, DayOne))
        return 0;
    const auto published = SnapshotCapture::publish(db, user, QStringLiteral("Day one"));
    if (!published) {
        qWarning("SnapshotDays::publishedThenChanged: %s",
                 qPrintable(published.error().toString()));
        return 0;
    }
    return import(db, folder, DayTwo) ? published.value().id : 0;
}

} // namespace SnapshotDays
