#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A reporting event on a person's timeline: imported from CID or recorded in Lodestar. An
// EXCUSED outcome carries a reason, recorded in Lodestar (CID has none).
struct ReportingEvent
{
    Q_DECLARE_TR_FUNCTIONS(ReportingEvent)

public:
    qint64 id = 0;
    qint64 personId = 0;
    QString eventRef;
    QString scheduled; // ISO date-time, "2026-03-05T10:00"
    QString centre;
    QString outcome;      // COMPLETED, NO_SHOW, EXCUSED or empty (blank)
    QString source;       // CID or LODESTAR
    QString excuseReason; // one of excuseReasons() for an EXCUSED event
    QString excuseText;   // what "other" was, or more detail
    QString recordedBy;   // who recorded the event or its excuse in Lodestar
    QString recordedAt;
    int version = 0; // the row version read: giving it an excuse must match it

    // illness, court, other.
    static const QStringList &excuseReasons()
    {
        static const QStringList r{QStringLiteral("illness"), QStringLiteral("court"),
                                   QStringLiteral("other")};
        return r;
    }
    static QString excuseReasonName(const QString &reason)
    {
        if (reason == QLatin1String("illness"))
            return tr("Illness");
        if (reason == QLatin1String("court"))
            return tr("Court appearance");
        if (reason == QLatin1String("other"))
            return tr("Other");
        return reason;
    }
    // COMPLETED, NO_SHOW, EXCUSED, and "" for blank.
    static const QStringList &outcomes()
    {
        static const QStringList o{QStringLiteral("COMPLETED"), QStringLiteral("NO_SHOW"),
                                   QStringLiteral("EXCUSED"), QString()};
        return o;
    }
};
