#include "banding.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
// The band each rule gives (the table in banding.h).
int bandOf(BandRule rule)
{
    switch (rule) {
    case BandRule::Detained:
    case BandRule::NoCriminalCase:
        return 0;
    case BandRule::Mappa2or3:
    case BandRule::SentenceOver60:
    case BandRule::Mappa1HarmA:
        return 1;
    case BandRule::Mappa1:
    case BandRule::ExMappa:
        return 2;
    case BandRule::NoMappaNoBarrier:
        return 3;
    case BandRule::NoMappaWithBarrier:
        return 4;
    }
    return 0;
}
} // namespace

BandResult Banding::compute(const RiskProfile &risk, int openBarriers)
{
    BandResult r;
    const QString &m = risk.mappaLevel;
    if (!risk.criminalCase) {
        r.band = 0;
        r.rule = BandRule::NoCriminalCase;
    } else if (risk.detained) {
        r.band = 0;
        r.rule = BandRule::Detained;
    } else if (m == QLatin1String("2") || m == QLatin1String("3")) {
        r.band = 1;
        r.rule = BandRule::Mappa2or3;
    } else if (risk.sentenceMonths && *risk.sentenceMonths > SentenceThresholdMonths) {
        r.band = 1;
        r.rule = BandRule::SentenceOver60;
    } else if (m == QLatin1String("1") && risk.harm == QLatin1String("A")) {
        r.band = 1;
        r.rule = BandRule::Mappa1HarmA;
    } else if (m == QLatin1String("1")) {
        r.band = 2;
        r.rule = BandRule::Mappa1;
    } else if (m == QLatin1String("EX")) {
        r.band = 2;
        r.rule = BandRule::ExMappa;
    } else if (openBarriers <= 0) {
        r.band = 3;
        r.rule = BandRule::NoMappaNoBarrier;
    } else {
        r.band = 4;
        r.rule = BandRule::NoMappaWithBarrier;
    }
    r.missing = missingFacts(risk, r.band);
    r.provisional = r.missing != 0;
    return r;
}

int Banding::missingFacts(const RiskProfile &risk, int band)
{
    // Only bands 2 to 4 can rise; each fact counts only where its known value could give
    // band 1. A MAPPA level or harm category outside the codes is stored as unknown
    // (RiskProfile), so empty is the one spelling of "not recorded".
    if (band < 2)
        return 0;
    int missing = 0;
    if (risk.mappaLevel.isEmpty())
        missing |= MissingMappa;
    if (risk.mappaLevel == QLatin1String("1") && risk.harm.isEmpty())
        missing |= MissingHarm;
    if (!risk.sentenceMonths.has_value())
        missing |= MissingSentence;
    return missing;
}

QString Banding::provisionalText(int missing)
{
    return missing == 0 ? QString() : tr("provisional: %1").arg(missingText(missing));
}

QString Banding::missingText(int missing)
{
    QStringList facts;
    if (missing & MissingMappa)
        facts << tr("MAPPA level not recorded");
    if (missing & MissingHarm)
        facts << tr("harm category not recorded");
    if (missing & MissingSentence)
        facts << tr("sentence not recorded");
    return facts.join(QStringLiteral(", "));
}

QString Banding::ruleCode(BandRule rule)
{
    switch (rule) {
    case BandRule::Detained:
        return QStringLiteral("DETAINED");
    case BandRule::NoCriminalCase:
        return QStringLiteral("NO_CRIMINAL_CASE");
    case BandRule::Mappa2or3:
        return QStringLiteral("MAPPA_2_3");
    case BandRule::SentenceOver60:
        return QStringLiteral("SENTENCE_OVER_60");
    case BandRule::Mappa1HarmA:
        return QStringLiteral("MAPPA_1_HARM_A");
    case BandRule::Mappa1:
        return QStringLiteral("MAPPA_1");
    case BandRule::ExMappa:
        return QStringLiteral("EX_MAPPA");
    case BandRule::NoMappaNoBarrier:
        return QStringLiteral("NO_MAPPA_NO_BARRIER");
    case BandRule::NoMappaWithBarrier:
        return QStringLiteral("NO_MAPPA_BARRIER");
    }
    return QString();
}

BandRule Banding::ruleFromCode(const QString &code)
{
    for (BandRule r :
         {BandRule::Detained, BandRule::NoCriminalCase, BandRule::Mappa2or3,
          BandRule::SentenceOver60, BandRule::Mappa1HarmA, BandRule::Mappa1, BandRule::ExMappa,
          BandRule::NoMappaNoBarrier, BandRule::NoMappaWithBarrier}) {
        if (ruleCode(r) == code)
            return r;
    }
    return BandRule::Detained;
}

QString Banding::explain(BandRule rule, const RiskProfile &risk, int openBarriers)
{
    const QString text = explainRule(rule, risk, openBarriers);
    const QString provisional = provisionalText(missingFacts(risk, bandOf(rule)));
    return provisional.isEmpty() ? text : tr("%1; %2").arg(text, provisional);
}

QString Banding::explainRule(BandRule rule, const RiskProfile &risk, int openBarriers)
{
    switch (rule) {
    case BandRule::Detained:
        return tr("Detained: only non-detained people are banded");
    case BandRule::NoCriminalCase:
        return tr("Not banded: no criminal case, so not a foreign national offender case");
    case BandRule::Mappa2or3:
        return tr("Band 1: MAPPA level %1").arg(risk.mappaLevel);
    case BandRule::SentenceOver60:
        return tr("Band 1: sentence of %1 months, over %2 months")
            .arg(risk.sentenceMonths.value_or(0))
            .arg(SentenceThresholdMonths);
    case BandRule::Mappa1HarmA:
        return tr("Band 1: MAPPA level 1 with harm category A");
    case BandRule::Mappa1:
        return tr("Band 2: MAPPA level 1");
    case BandRule::ExMappa:
        return tr("Band 2: ex-MAPPA");
    case BandRule::NoMappaNoBarrier:
        return tr("Band 3: no MAPPA level and no open barrier to removal");
    case BandRule::NoMappaWithBarrier:
        return tr("Band 4: no MAPPA level and %n open barrier(s) to removal", nullptr,
                  openBarriers);
    }
    return QString();
}

QString Banding::ruleName(BandRule rule)
{
    switch (rule) {
    case BandRule::Detained:
        return tr("Detained, not banded");
    case BandRule::NoCriminalCase:
        return tr("No criminal case, not banded");
    case BandRule::Mappa2or3:
        return tr("MAPPA level 2 or 3");
    case BandRule::SentenceOver60:
        return tr("Sentence over 60 months");
    case BandRule::Mappa1HarmA:
        return tr("MAPPA level 1 with harm category A");
    case BandRule::Mappa1:
        return tr("MAPPA level 1");
    case BandRule::ExMappa:
        return tr("Ex-MAPPA");
    case BandRule::NoMappaNoBarrier:
        return tr("No MAPPA, no open barrier");
    case BandRule::NoMappaWithBarrier:
        return tr("No MAPPA, open barrier to removal");
    }
    return QString();
}

QString Banding::label(int band)
{
    switch (band) {
    case 1:
        return tr("1 Highest risk");
    case 2:
        return tr("2 Lower risk");
    case 3:
        return tr("3 Lowest risk, removable");
    case 4:
        return tr("4 Lowest risk, not removable");
    default:
        return tr("Not banded");
    }
}

QColor Banding::colour(int band)
{
    switch (band) {
    case 1:
        return QColor(0xd7, 0x30, 0x27);
    case 2:
        return QColor(0xf4, 0x8c, 0x2f);
    case 3:
        return QColor(0x4c, 0x9a, 0x2a);
    case 4:
        return QColor(0x3b, 0x6e, 0xb4);
    default:
        return QColor(0x9e, 0x9e, 0x9e);
    }
}
