#pragma once

#include "cidcase.h"

#include <QVector>
#include <optional>

// A person's risk, taken from their CRIMINAL cases (CID-EXTRACT.md): the highest MAPPA level
// (3 > 2 > 1 > EX > 0), the longest sentence, the most harmful harm category (A most, D
// least), and detained if any criminal case says so.
struct RiskProfile
{
    QString mappaLevel; // "" when no criminal case records one
    std::optional<int> sentenceMonths;
    QString harm; // "" when unknown
    bool detained = false;
    // At least one CRIMINAL case: without one the person is not a foreign national offender
    // case at all (footnote 18), and is neither banded nor in the stock.
    bool criminalCase = false;

    static RiskProfile fromCases(const QVector<CidCase> &cases);
    // Rank of a MAPPA code for "highest": 3 > 2 > 1 > EX > 0 > unknown.
    static int mappaRank(const QString &level);
    // Rank of a harm category for "most harmful": A > B > C > D > unknown.
    static int harmRank(const QString &harm);
};
