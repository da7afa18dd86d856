#include "riskprofile.h"

#include "codes.h"

int RiskProfile::mappaRank(const QString &level)
{
    if (level == QLatin1String("3"))
        return 5;
    if (level == QLatin1String("2"))
        return 4;
    if (level == QLatin1String("1"))
        return 3;
    if (level == QLatin1String("EX"))
        return 2;
    if (level == QLatin1String("0"))
        return 1;
    return 0;
}

int RiskProfile::harmRank(const QString &harm)
{
    if (harm.size() != 1)
        return 0;
    const QChar c = harm.at(0);
    return (c >= QLatin1Char('A') && c <= QLatin1Char('D')) ? 4 - (c.unicode() - 'A') : 0;
}

RiskProfile RiskProfile::fromCases(const QVector<CidCase> &cases)
{
    RiskProfile risk;
    for (const CidCase &c : cases) {
        if (!c.isCriminal())
            continue;
        risk.criminalCase = true;
        if (mappaRank(c.mappaLevel) > mappaRank(risk.mappaLevel))
            risk.mappaLevel = c.mappaLevel;
        if (c.sentenceMonths && (!risk.sentenceMonths || *c.sentenceMonths > *risk.sentenceMonths))
            risk.sentenceMonths = c.sentenceMonths;
        if (harmRank(c.harm) > harmRank(risk.harm))
            risk.harm = c.harm;
        if (c.custody == Codes::detained())
            risk.detained = true;
    }
    return risk;
}
