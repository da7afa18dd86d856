#pragma once

#include <QCoreApplication>
#include <QString>

// A person's reporting restriction: where, how often, on which day, within which window, and
// the conditions that go with it (report 5.4-5.6, 6.58-6.66). CID's values stand until a
// caseworker sets one in Lodestar; every setting is kept as history.
struct ReportingRestriction
{
    Q_DECLARE_TR_FUNCTIONS(ReportingRestriction)

public:
    qint64 id = 0; // 0: CID's values, never set in Lodestar
    qint64 personId = 0;
    QString centre;
    QString frequency; // WEEKLY, FORTNIGHTLY, MONTHLY, QUARTERLY, NONE
    int weekday = 0;   // 1 Monday .. 7 Sunday; 0 not set
    QString window;    // "10:00-11:00"
    bool bail = false;
    bool electronicMonitoring = false;
    QString reason;
    QString setBy;
    QString setAt;

    bool fromCid() const { return id == 0; }
    // "Becket House · weekly on Tuesday · 10:00-11:00 · bail · electronic monitoring".
    QString summary() const;
    static QString frequencyName(const QString &code);
    static const QStringList &frequencies();
};
