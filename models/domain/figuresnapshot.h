#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

// What decided a person's place in the figures on the day a snapshot was taken (issue 22):
// the facts a comparison names when the person joined or left a figure.
struct SnapshotFacts
{
    QString custody;                // person.custody: DETAINED, NON_DETAINED...
    int band = 0;                   // the effective band, 1..4; 0 not banded
    QString bandRule;               // BandRule code (Banding::ruleCode)
    bool requiresReporting = false; // a frequency that requires reporting (Stock)
    bool absconder = false;         // FollowUpLadder::isAbsconder on the day
    bool removed = false;           // a removal carried out on or before the day (Stock)
    bool missing = false;           // held cases, none of them in the latest extract
    QString owner;                  // person.case_owner
    QString unit;                   // person.owning_unit
    quint32 barrierTypes = 0;       // bit i: a barrier of Barrier::types()[i] open on the day
    quint32 flags = 0;              // bit i: FigureDefinitions::flagKeys()[i] set

    bool operator==(const SnapshotFacts &o) const
    {
        return custody == o.custody && band == o.band && bandRule == o.bandRule &&
               requiresReporting == o.requiresReporting && absconder == o.absconder &&
               removed == o.removed && missing == o.missing && owner == o.owner && unit == o.unit &&
               barrierTypes == o.barrierTypes && flags == o.flags;
    }
    bool operator!=(const SnapshotFacts &o) const { return !(*this == o); }
};

// One person in a snapshot: the people figures they count in, as bits in the order of the
// snapshot's keys, and their facts.
struct SnapshotPerson
{
    qint64 personId = 0;
    QString personRef;
    QByteArray membership; // bit i (byte i / 8, bit i % 8) set: counted in keys[i]
    SnapshotFacts facts;

    bool counts(int bit) const
    {
        return bit >= 0 && bit / 8 < membership.size() &&
               (quint8(membership.at(bit / 8)) >> (bit % 8)) & 1;
    }
    void setCounts(int bit)
    {
        if (membership.size() <= bit / 8)
            membership.append(QByteArray(bit / 8 + 1 - membership.size(), '\0'));
        membership[bit / 8] = char(quint8(membership.at(bit / 8)) | (1u << (bit % 8)));
    }
};

// The figures as they stood at one moment, with the people behind each people figure: what a
// publication keeps for ever (FigureSnapshotStore), and what "now" is computed into for a
// comparison (SnapshotCapture). Never changed once published.
struct FigureSnapshot
{
    qint64 id = 0;       // 0: not published (the figures now)
    QString publishedAt; // UTC ISO
    QString publishedBy; // user name
    QString label;
    QString asOf;                   // Figures::toJson()'s "as_of"
    QJsonObject figures;            // Figures::toJson() exactly as it was
    QStringList keys;               // the people figures, in membership bit order
    QHash<QString, int> versions;   // definition version of each key when taken
    QVector<SnapshotPerson> people; // by person id, ascending

    int bit(const QString &key) const { return int(keys.indexOf(key)); }
    // The value of `key` (a path into figures, "by_band/1"); -1 for no such key or a null.
    qint64 value(const QString &key) const;
    // The person with this id, or nullptr (binary search: people are by id).
    const SnapshotPerson *person(qint64 personId) const;
};
