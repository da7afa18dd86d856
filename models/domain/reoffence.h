#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

// An offence a person committed while living in the community (recommendation 5: reoffending
// by fixed address and no fixed abode). Recorded by hand in Lodestar; CID's extract carries no
// reoffences.
struct Reoffence
{
    Q_DECLARE_TR_FUNCTIONS(Reoffence)

public:
    qint64 id = 0;
    qint64 personId = 0;
    QDate offenceOn; // the day of the offence, never after the day it is recorded
    QString offence; // what was done, free text ("shoplifting", "assault")
    QString source;  // sources(): where Lodestar learned of it
    QString notes;
    QString recordedBy;
    QString recordedAt;

    // police, court, pnc, probation, other.
    static const QStringList &sources();
    static QString sourceName(const QString &code);
};
