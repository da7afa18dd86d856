#pragma once

#include <QHash>
#include <QString>
#include <QVector>

// What one import changed for the caseload, person by person: the "What changed" view.
struct ImportChange
{
    enum class Kind
    {
        PersonNew,
        PersonGone,
        BandChanged,
        BarrierOpened,
        BarrierClosed,
        OwnerChanged,
        UnitChanged,
        ReportingChanged, // centre, frequency or window as CID records them
        CustodyChanged    // the person's custody (person.custody: detained wins), CID's codes
    };
    qint64 personId = 0;
    Kind kind = Kind::PersonNew;
    QString before;
    QString after;
    // The band rule code that placed the person (band changes), or "TYPE case_ref" (barriers).
    QString detail;

    static QString kindCode(Kind kind);
    static Kind kindFromCode(const QString &code);
    // Readable name of a kind, for the view and its filter.
    static QString kindLabel(Kind kind);
    static const QVector<Kind> &allKinds();
};

// The caseload facts an import can change, for one person, taken before and after it.
struct PersonSnapshot
{
    int band = 0; // effective band, 0 = not banded
    QString bandRule;
    QString caseOwner;
    QString owningUnit;
    int casesInExtract = 0; // cases not marked missing
    // The reporting conditions CID records, "Becket House · WEEKLY · 10:00-11:00": a change
    // is the CID side of the person's restriction history.
    QString reporting;
    QString custody; // person.custody: DETAINED when any criminal case says so
};

// An open barrier case, as taken before and after an import.
struct BarrierSnapshot
{
    qint64 personId = 0;
    QString caseRef;
    QString caseType;
};

// Compares the caseload before and after an import. People new to the caseload are reported
// once, as new, not with every barrier and owner they arrive with. A person is gone when
// every case they had in the extract is now missing from it. A barrier is opened or closed
// when an open barrier case appears or stops being open (CLOSED in the extract); a case that
// merely goes missing keeps its barrier, as it keeps counting towards the band.
namespace ImportChanges {
QVector<ImportChange> diff(const QHash<qint64, PersonSnapshot> &before,
                           const QHash<qint64, PersonSnapshot> &after,
                           const QHash<qint64, BarrierSnapshot> &barriersBefore,
                           const QHash<qint64, BarrierSnapshot> &barriersAfter);
}
