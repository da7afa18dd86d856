#pragma once

#include <QDate>
#include <QString>

// One allocation of a person to a case owner, with who made it and why. The history is kept
// whole; the latest allocation is the person's owner in Lodestar.
struct Allocation
{
    qint64 id = 0;
    qint64 personId = 0;
    QString fromOwner; // empty: nobody (or CID's owner unknown)
    QString toOwner;
    QString reason;
    QDate allocatedOn;
    QString allocatedBy;
    QString allocatedAt;
};
