#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

// A case owner's tasking of a reporting centre for a person's next reporting event (report
// 6.62-6.65): what to do, for which day, and the centre's feedback and outcome once done.
struct Tasking
{
    Q_DECLARE_TR_FUNCTIONS(Tasking)

public:
    qint64 id = 0;
    qint64 personId = 0;
    QString centre;
    QString kind; // one of kinds()
    QDate dueOn;  // the reporting event it is for
    QString instructions;
    QString reportingWindow; // the person's window when tasked
    QString windowClearedBy; // who cleared the long-window warning, where there was one
    QString createdBy;
    QString createdAt;
    QString outcome; // one of outcomes() once the centre has fed back
    QString feedback;
    QString closedBy;
    QString closedAt;
    int version = 0; // the row version read: feedback or clearing the warning must match it

    bool isOpen() const { return closedAt.isEmpty(); }
    // An open detain-on-reporting tasking while the person's window (`currentWindow`) is over
    // an hour and nobody has cleared that window: the warning the caseworker must clear.
    bool needsWindowClearing(const QString &currentWindow) const;

    static QString detainOnReporting() { return QStringLiteral("detain_on_reporting"); }
    // etd_interview, circumstances_interview, detain_on_reporting, voluntary_departure.
    static const QStringList &kinds();
    static QString kindName(const QString &kind);
    // done, not_attended, not_done.
    static const QStringList &outcomes();
    static QString outcomeName(const QString &outcome);
};
