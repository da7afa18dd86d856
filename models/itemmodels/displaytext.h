#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// Readable text for the codes and timestamps the stores hold, shared by the item models and
// the screens so that "FURTHER_REPS" reads the same ("Further representations") everywhere.
// Unknown codes come back as given rather than being hidden; an empty code stays empty.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    static QString caseType(const QString &code);
    static QString caseStatus(const QString &code);
    static QString mappaLevel(const QString &code);
    static QString harm(const QString &code);
    static QString custody(const QString &code);
    static QString deportationDecision(const QString &code);
    static QString reportingFrequency(const QString &code);
    // A due reporting event's outcome (COMPLETED, NO_SHOW, EXCUSED, "" for blank) in a word or
    // two, a breach saying so; an excused event without its reason.
    static QString reportingOutcome(const QString &code);
    static QString gender(const QString &code);
    static QString addressStatus(const QString &code);
    // Flags of one CID case, semicolon separated as the extract gives them ("ZINCS;EM").
    static QString caseFlags(const QString &semicolonSeparated);
    static QString sentence(const std::optional<int> &months);
    // A stored UTC timestamp ("2025-03-02T10:15:00Z") in local time: "2 Mar 2025 10:15".
    static QString dateTime(const QString &iso);
    // A stored date ("1985-03-02"): "2 Mar 1985".
    static QString date(const QString &iso);
};
