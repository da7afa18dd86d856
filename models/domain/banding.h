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

// A fact whose absence could raise a band (issue 15 rule 5), as bits: the stored column
// person.band_provisional holds their OR, so 0 means "not provisional".
enum MissingFact : int
{
    MissingMappa = 1,    // MAPPA 2 or 3 would make band 1
    MissingHarm = 2,     // with MAPPA 1: harm category A would make band 1
    MissingSentence = 4, // over 60 months would make band 1
};

struct BandResult
{
    int band = 0; // 1..4; 0 = not banded (detained, or no criminal case)
    BandRule rule = BandRule::Detained;
    // The facts (MissingFact bits) whose absence leaves the band open to rise; 0 when none.
    int missing = 0;
    // The band could be higher: some missing fact could raise it (missing != 0).
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
//
// A band is provisional when a fact that is not recorded could raise it: an unknown MAPPA
// level, an unknown harm category with MAPPA 1, an unknown sentence. Band 1 is never
// provisional (nothing raises it), nor is "not banded".
class Banding
{
    Q_DECLARE_TR_FUNCTIONS(Banding)

public:
    static BandResult compute(const RiskProfile &risk, int openBarriers);
    // The MissingFact bits for a person of this risk placed in `band` (0 when band is 0 or 1).
    static int missingFacts(const RiskProfile &risk, int band);
    // "MAPPA level not recorded, sentence not recorded": every missing fact named; empty for 0.
    static QString missingText(int missing);
    // The same after "provisional: " ("provisional: MAPPA level not recorded"); empty for 0.
    static QString provisionalText(int missing);

    static QString ruleCode(BandRule rule);
    static BandRule ruleFromCode(const QString &code);
    // "MAPPA level 3", "Sentence of 72 months (over 60 months)"... for the person record, with
    // "; provisional: ... not recorded" after it when the band could be higher.
    static QString explain(BandRule rule, const RiskProfile &risk, int openBarriers);
    // The rule in a few words, without the person's figures ("Sentence over 60 months").
    static QString ruleName(BandRule rule);
    // "1 Highest risk"; an empty band (0) is "Not banded".
    static QString label(int band);
    // Second cue beside the label, never the only one.
    static QColor colour(int band);
    static constexpr int SentenceThresholdMonths = 60;

private:
    static QString explainRule(BandRule rule, const RiskProfile &risk, int openBarriers);
};
