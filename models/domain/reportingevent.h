#pragma once

#include <QString>

// A reporting event on a person's timeline: imported from CID or recorded in Lodestar.
struct ReportingEvent
{
    qint64 id = 0;
    qint64 personId = 0;
    QString eventRef;
    QString scheduled; // ISO date-time, "2026-03-05T10:00"
    QString centre;
    QString outcome; // COMPLETED, NO_SHOW, EXCUSED or empty (blank)
    QString source;  // CID or LODESTAR
};
