#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// The case preparation target (report 7.5): a case is prepared within 8 weeks of allocation,
// 2 weeks for the initial preparation and 6 more to finalise it with a senior caseworker or
// team leader. The dates are the rule; status() and isOverdue() are its only readers.
struct CasePreparation
{
    Q_DECLARE_TR_FUNCTIONS(CasePreparation)

public:
    static constexpr int InitialDays = 14;
    static constexpr int TotalDays = 56;

    enum class Status
    {
        NotStarted,        // no allocation date
        Initial,           // initial preparation, within its 2 weeks
        InitialOverdue,    // initial preparation not done 2 weeks after allocation
        Finalising,        // initial done, finalising within the 8 weeks
        FinalisingOverdue, // not finalised 8 weeks after allocation
        Prepared
    };

    qint64 personId = 0;
    QDate allocatedOn;
    QDate initialDoneOn;
    QDate finalisedOn;
    QString updatedBy;
    // The row version read; 0 when there was no row (the save then starts the preparation,
    // and is refused if someone else started it meanwhile).
    int version = 0;

    QDate initialDue() const { return allocatedOn.addDays(InitialDays); }
    QDate finalDue() const { return allocatedOn.addDays(TotalDays); }
    // On `asOf`, counting only what was done on or before it. A stage is overdue when its due
    // date is before the as-of date (on the due date itself it is still on time). Not being
    // finalised by the 8 weeks is overdue whether or not the initial stage was done.
    Status status(const QDate &asOf) const;
    bool isOverdue(const QDate &asOf) const;
    static QString statusName(Status s);
    // Why it cannot be saved; empty when it can.
    QString problem() const;
};
