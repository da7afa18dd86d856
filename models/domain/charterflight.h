#pragma once

#include <QDate>
#include <QString>

// A charter flight: a removal of its own, with the people planned on it (report 7.16-7.19,
// Figures 7 and 8). The people are the removal directions that name the flight.
struct CharterFlight
{
    qint64 id = 0;
    QString reference;   // e.g. "CH-2026-14"
    QString destination; // country or airport
    QDate departsOn;
    QString notes;
    int version = 0; // the row version read; a save of an existing flight must match it
};
