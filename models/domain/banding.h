#pragma once

#include "riskprofile.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

// Which rule placed a person in their band. Stored in the database by name (see code()).
enum class BandRule
{
    Detained,          // not banded: only non-detained people are banded
    NoCriminalCase,    // not banded: no CRIMINAL case, so not a foreign national offender case
    Mappa2or3,         // band 1
    SentenceOver60,    // band 1
    Mappa1HarmA,       // band 1
    Mappa1,            // band 2
    ExMappa,           // band 2
    NoMappaNoBarrier,  // band 3
    NoMappaWithBarrier // band 4
};

struct BandResult
{
    int band = 0; // 1..4; 0 = not banded (detained, or no criminal case)
    BandRule rule = BandRule::Detained;
    // The band rests on unknown data: no MAPPA level and no sentence recorded.
    bool provisional = false;
};

// The banding of non-detained foreign national offenders (report 6.3, Figure 2), as one
// ordered rule set:
//   band 1 = MAPPA 2 or 3, or sentence over 60 months, or MAPPA 1 with harm category A;
//   band 2 = MAPPA 1 or ex-MAPPA (EX);
//   band 3 = no MAPPA and no open barrier to removal;
//   band 4 = no MAPPA and at least one open barrier.
// Only people with a CRIMINAL case are banded (Pathfinder held criminal cases only, footnote
// 18), and of those only the non-detained. "No MAPPA" covers level 0 and an unknown level. Where
// several band 1 rules hold, the first in the order above is reported.
class Banding
{
    Q_DECLARE_TR_FUNCTIONS(Banding)

public:
    static BandResult compute(const RiskProfile &risk, int openBarriers);

    static QString ruleCode(BandRule rule);
    static BandRule ruleFromCode(const QString &code);
    // "MAPPA level 3", "Sentence of 72 months (over 60 months)"... for the person record.
    static QString explain(BandRule rule, const RiskProfile &risk, int openBarriers);
    // The rule in a few words, without the person's figures ("Sentence over 60 months").
    static QString ruleName(BandRule rule);
    // "1 Highest risk"; an empty band (0) is "Not banded".
    static QString label(int band);
    // Second cue beside the label, never the only one.
    static QColor colour(int band);
    static constexpr int SentenceThresholdMonths = 60;
};
