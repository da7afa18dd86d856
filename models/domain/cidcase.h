#pragma once

#include <QString>
#include <optional>

// One CID case as the extract describes it (CID-EXTRACT.md, cases.csv). Codes are kept as
// the extract spells them; an empty string means "not known".
struct CidCase
{
    QString caseRef;
    QString personRef;
    QString caseType;   // CRIMINAL, ASYLUM, FURTHER_REPS, APPEAL, JUDICIAL_REVIEW, ...
    QString caseStatus; // OPEN or CLOSED
    QString owningUnit;
    QString caseOwner;
    QString mappaLevel; // 0, 1, 2, 3, EX or empty
    QString harm;       // A..D or empty
    std::optional<int> sentenceMonths;
    QString offence;
    QString sentenceEnd;
    QString custody; // DETAINED, NON_DETAINED or empty
    QString deportationDecision;
    QString reportingCentre;
    QString reportingFrequency;
    QString reportingWindow;
    QString flags; // semicolon separated: ZINCS;NEXUS_HH;EM;ACRO

    bool isCriminal() const { return caseType == QLatin1String("CRIMINAL"); }
    bool isOpen() const { return caseStatus != QLatin1String("CLOSED"); }
    // An open case of a barrier type is itself an open barrier to removal (CID-EXTRACT.md).
    bool isOpenBarrier() const;
};
