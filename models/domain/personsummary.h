#pragma once

#include "banding.h"
#include "cidcase.h"
#include "riskprofile.h"

#include <QSet>
#include <QStringList>
#include <QVector>

// Everything the caseload shows about a person that is derived from their CID cases rather
// than recorded about the person: risk, custody, band, flags, open barriers and the
// ownership and reporting details of their lead case.
struct PersonSummary
{
    RiskProfile risk;
    BandResult band;
    int openBarriers = 0;
    QString owningUnit;
    QString caseOwner;
    QString reportingCentre;
    QString reportingFrequency;
    QString reportingWindow;
    bool zincs = false;
    bool nexusHighHarm = false;
    bool electronicMonitoring = false;
    bool noFixedAbode = false;
    bool acro = false;

    QString custody() const;
    // Flag codes in a fixed order, space separated ("ZINCS NEXUS_HH EM NFA"): the stored
    // flags column, which the caseload sorts by.
    QString flagCodes() const;

    // `addressStatus` is the person's (FIXED / NFA); NFA sets the no-fixed-abode flag.
    // `recordedOpenBarriers` are the open barriers recorded in Lodestar (the barrier register's
    // own rows): they count with CID's towards band 4 and the open-barrier total.
    // `certifiedCases` are the references of CID barrier cases certified under RED.0004 in
    // Lodestar (BarrierStore): open in CID, but no longer blocking removal, so not counted.
    static PersonSummary fromCases(const QVector<CidCase> &cases, const QString &addressStatus,
                                   int recordedOpenBarriers = 0,
                                   const QSet<QString> &certifiedCases = {});

    // The case that speaks for the person on ownership and reporting: an open criminal case,
    // else any criminal case, else any open case, else any case; among equals the last in
    // `cases` (the most recently recorded), as "the later row wins" in the CID extract.
    // Returns -1 for no cases.
    static int leadCaseIndex(const QVector<CidCase> &cases);
};

namespace Flags {
// Human labels for stored flag codes: "Zincs", "Nexus High Harm", "EM", "NFA", "ACRO".
QString label(const QString &code);
QString labels(const QString &spaceSeparatedCodes);
} // namespace Flags
