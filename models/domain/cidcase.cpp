#include "cidcase.h"

#include "codes.h"

bool CidCase::isOpenBarrier() const
{
    return isOpen() && Codes::barrierCaseTypes().contains(caseType);
}
