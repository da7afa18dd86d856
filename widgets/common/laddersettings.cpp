#include "laddersettings.h"

#include <QSettings>

FollowUpLadder::Thresholds LadderSettings::load()
{
    QSettings s;
    const FollowUpLadder::Thresholds defaults;
    FollowUpLadder::Thresholds t;
    t.verbalWarning =
        s.value(QStringLiteral("ladder/verbalWarning"), defaults.verbalWarning).toInt();
    t.warningLetter =
        s.value(QStringLiteral("ladder/warningLetter"), defaults.warningLetter).toInt();
    t.arrestReferral =
        s.value(QStringLiteral("ladder/arrestReferral"), defaults.arrestReferral).toInt();
    t.absconderDeclaration =
        s.value(QStringLiteral("ladder/absconderDeclaration"), defaults.absconderDeclaration)
            .toInt();
    t.letterFollowUpDays =
        s.value(QStringLiteral("ladder/letterFollowUpDays"), defaults.letterFollowUpDays).toInt();
    return t.problem().isEmpty() ? t : defaults;
}

void LadderSettings::save(const FollowUpLadder::Thresholds &t)
{
    QSettings s;
    s.setValue(QStringLiteral("ladder/verbalWarning"), t.verbalWarning);
    s.setValue(QStringLiteral("ladder/warningLetter"), t.warningLetter);
    s.setValue(QStringLiteral("ladder/arrestReferral"), t.arrestReferral);
    s.setValue(QStringLiteral("ladder/absconderDeclaration"), t.absconderDeclaration);
    s.setValue(QStringLiteral("ladder/letterFollowUpDays"), t.letterFollowUpDays);
}
