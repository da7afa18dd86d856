#pragma once

#include "banding.h"
#include "persondetails.h"
#include "riskprofile.h"

#include <QDate>
#include <QString>
#include <optional>

// A person as stored: identity, the figures derived from their cases, and their band with
// the rule that gave it and any override.
struct PersonRecord
{
    qint64 id = 0;
    PersonDetails details;
    QString owningUnit;
    QString caseOwner;
    QString reportingCentre;
    QString reportingFrequency;
    QString reportingWindow;
    QString custody;
    RiskProfile risk;
    QString flags; // space separated codes, see PersonSummary::flagCodes()
    int openBarriers = 0;
    std::optional<int> bandComputed; // empty when not banded (detained)
    BandRule bandRule = BandRule::Detained;
    // The computed band could be higher (Banding): bandMissing holds the MissingFact bits
    // stored in person.band_provisional. The effective band is provisional only when there is
    // no override: an override is never provisional.
    bool bandProvisional = false;
    int bandMissing = 0;
    // The first removal recorded as carried out (RemovalStore); invalid when none. From that day
    // the person is out of the stock and not banded (Stock).
    QDate removedOn;
    std::optional<int> bandOverride;
    std::optional<int> band; // effective: the override where there is one, else computed
    QString createdAt;
    QString updatedAt;
    // The row version read. It counts the hand-made changes to the person row itself (a band
    // override, a reporting restriction, an allocation), which are checked against it; the
    // derived columns an import or a barrier refreshes leave it as it is (PersonStore).
    int version = 0;

    bool isDetained() const { return risk.detained; }
};
