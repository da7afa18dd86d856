#include "casepreparation.h"

CasePreparation::Status CasePreparation::status(const QDate &asOf) const
{
    if (!allocatedOn.isValid() || allocatedOn > asOf)
        return Status::NotStarted;
    if (finalisedOn.isValid() && finalisedOn <= asOf)
        return Status::Prepared;
    if (finalDue() < asOf)
        return Status::FinalisingOverdue;
    const bool initialDone = initialDoneOn.isValid() && initialDoneOn <= asOf;
    if (initialDone)
        return Status::Finalising;
    return initialDue() < asOf ? Status::InitialOverdue : Status::Initial;
}

bool CasePreparation::isOverdue(const QDate &asOf) const
{
    const Status s = status(asOf);
    return s == Status::InitialOverdue || s == Status::FinalisingOverdue;
}

QString CasePreparation::statusName(Status s)
{
    switch (s) {
    case Status::NotStarted:
        return tr("Not allocated");
    case Status::Initial:
        return tr("Initial preparation");
    case Status::InitialOverdue:
        return tr("Initial preparation overdue");
    case Status::Finalising:
        return tr("Finalising");
    case Status::FinalisingOverdue:
        return tr("Preparation overdue");
    case Status::Prepared:
        return tr("Prepared");
    }
    return QString();
}

QString CasePreparation::problem() const
{
    if (personId <= 0)
        return tr("Case preparation needs a person");
    if (!allocatedOn.isValid())
        return tr("Say when the case was allocated");
    if (initialDoneOn.isValid() && initialDoneOn < allocatedOn)
        return tr("The initial preparation cannot be done before the case was allocated");
    if (finalisedOn.isValid() && finalisedOn < allocatedOn)
        return tr("The case cannot be finalised before it was allocated");
    if (finalisedOn.isValid() && initialDoneOn.isValid() && finalisedOn < initialDoneOn)
        return tr("The case cannot be finalised before its initial preparation");
    return QString();
}
