#include "cidimporter.h"
#include "domain/clock.h"

#include "csvreader.h"
#include "db/transaction.h"
#include "domain/codes.h"
#include "domain/textescape.h"
#include "store/accessstore.h"
#include "store/auditstore.h"
#include "store/barrierstore.h"
#include "store/personstore.h"
#include "store/storesupport.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <future>
#include <tuple>
#include <utility>

namespace {

constexpr int ProgressEveryRows = 5000;

const QStringList &caseRequired()
{
    static const QStringList v{QStringLiteral("case_ref"), QStringLiteral("person_ref"),
                               QStringLiteral("case_type"), QStringLiteral("family_name")};
    return v;
}

// The contract's case columns (CID-EXTRACT.md), by position in caseColumns().
enum CaseColumn
{
    CaseRefColumn,
    PersonRefColumn,
    CaseTypeColumn,
    CaseStatusColumn,
    FamilyNameColumn,
    GivenNamesColumn,
    DateOfBirthColumn,
    NationalityColumn,
    GenderColumn,
    OwningUnitColumn,
    CaseOwnerColumn,
    MappaLevelColumn,
    HarmColumn,
    SentenceMonthsColumn,
    OffenceColumn,
    SentenceEndColumn,
    CustodyColumn,
    DeportationDecisionColumn,
    AddressStatusColumn,
    ReportingCentreColumn,
    ReportingFrequencyColumn,
    ReportingWindowColumn,
    FlagsColumn,
    CaseColumnCount
};

const char *const CaseColumnNames[CaseColumnCount] = {"case_ref",
                                                      "person_ref",
                                                      "case_type",
                                                      "case_status",
                                                      "family_name",
                                                      "given_names",
                                                      "date_of_birth",
                                                      "nationality",
                                                      "gender",
                                                      "owning_unit",
                                                      "case_owner",
                                                      "mappa_level",
                                                      "harm",
                                                      "sentence_months",
                                                      "offence",
                                                      "sentence_end",
                                                      "custody",
                                                      "deportation_decision",
                                                      "address_status",
                                                      "reporting_centre",
                                                      "reporting_frequency",
                                                      "reporting_window",
                                                      "flags"};

const QStringList &caseColumns()
{
    static const QStringList v = [] {
        QStringList names;
        for (const char *name : CaseColumnNames)
            names << QLatin1String(name);
        return names;
    }();
    return v;
}

const QStringList &reportingRequired()
{
    static const QStringList v{QStringLiteral("event_ref"), QStringLiteral("person_ref"),
                               QStringLiteral("scheduled")};
    return v;
}

const QStringList &reportingColumns()
{
    static const QStringList v{QStringLiteral("event_ref"), QStringLiteral("person_ref"),
                               QStringLiteral("scheduled"), QStringLiteral("centre"),
                               QStringLiteral("outcome")};
    return v;
}

bool digitsAt(const QString &s, int from, int count)
{
    for (int i = from; i < from + count; ++i) {
        if (s.at(i) < QLatin1Char('0') || s.at(i) > QLatin1Char('9'))
            return false;
    }
    return true;
}

int number(const QString &s, int from, int count)
{
    return QStringView(s).mid(from, count).toInt();
}

// YYYY-MM-DD naming a real day.
bool isDate(const QString &s)
{
    if (s.size() != 10 || s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-') ||
        !digitsAt(s, 0, 4) || !digitsAt(s, 5, 2) || !digitsAt(s, 8, 2))
        return false;
    return QDate(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2)).isValid();
}

// HH:MM from 00:00 to 23:59, starting at `from`.
bool isTime(const QString &s, int from)
{
    return s.size() >= from + 5 && s.at(from + 2) == QLatin1Char(':') && digitsAt(s, from, 2) &&
           digitsAt(s, from + 3, 2) && number(s, from, 2) < 24 && number(s, from + 3, 2) < 60;
}

bool isDateTime(const QString &s)
{
    return s.size() == 16 && s.at(10) == QLatin1Char('T') && isDate(s.left(10)) && isTime(s, 11);
}

bool isCountryCode(const QString &s)
{
    if (s.size() != 3)
        return false;
    return std::all_of(s.begin(), s.end(),
                       [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); });
}

const QStringList &caseStatuses()
{
    static const QStringList v{QStringLiteral("OPEN"), QStringLiteral("CLOSED")};
    return v;
}
const QStringList &genders()
{
    static const QStringList v{QStringLiteral("M"), QStringLiteral("F"), QStringLiteral("X")};
    return v;
}
const QStringList &harms()
{
    static const QStringList v{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                               QStringLiteral("D")};
    return v;
}
const QStringList &custodies()
{
    static const QStringList v{Codes::detained(), Codes::nonDetained()};
    return v;
}
const QStringList &deportationDecisions()
{
    static const QStringList v{QStringLiteral("NONE"), QStringLiteral("PENDING"),
                               QStringLiteral("SERVED"), QStringLiteral("ORDER_SIGNED")};
    return v;
}
const QStringList &addressStatuses()
{
    static const QStringList v{QStringLiteral("FIXED"), QStringLiteral("NFA")};
    return v;
}
const QStringList &outcomes()
{
    static const QStringList v{QStringLiteral("COMPLETED"), QStringLiteral("NO_SHOW"),
                               QStringLiteral("EXCUSED")};
    return v;
}

// A file's SHA-256 in hex, or the error that stopped reading it.
struct FileHash
{
    QString hex;
    QString error;
};

FileHash hexSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {QString(), f.errorString()};
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return {QString(), f.errorString()};
    return {QString::fromLatin1(h.result().toHex()), QString()};
}

// The hash is read on the machine's other core while the import reads the same file: it is
// only recorded at the end (a tenth of an unchanged import's time otherwise).
std::future<FileHash> hashLater(const QString &path)
{
    return std::async(std::launch::async, [path] { return hexSha256(path); });
}

} // namespace

CidImporter::CidImporter(QSqlDatabase db, const Options &options)
    : m_db(db), m_progress(options.progress), m_missingLimit(options.missingLimit),
      m_confirmMissing(options.confirmMissing), m_store(db)
{
}

bool CidImporter::acceptShape(const CsvReader::Record &record, const QString &file, int fieldCount)
{
    m_lastRowLine = record.line;
    m_lastRowBroken = !record.ok() || record.fields.size() != fieldCount;
    if (!record.ok()) {
        reject(file, record.line, record.error);
        return false;
    }
    if (record.fields.size() != fieldCount) {
        reject(file, record.line,
               tr("the row has %1 fields but the header has %2")
                   .arg(record.fields.size())
                   .arg(fieldCount));
        return false;
    }
    return true;
}

void CidImporter::reject(const QString &file, qint64 line, const QString &reason)
{
    // Reasons quote the file's text: never its control characters raw.
    m_summary.rejects.append({file, line, TextEscape::controls(reason)});
}

void CidImporter::seenInRejectedRow(const QString &caseRef, qint64 line)
{
    // The case is in the extract even though its row is rejected: it must not be marked
    // missing, and a second row with its reference is still a duplicate.
    if (caseRef.isEmpty())
        return;
    auto it = m_cases.find(caseRef);
    if (it == m_cases.end())
        m_cases.insert(caseRef, CaseState{{}, line});
    else if (it->fileLine == 0)
        it->fileLine = line;
}

Status CidImporter::refuseIfCutShort(const CsvReader &reader, const QString &file) const
{
    // A row cut part-way has too few fields or an open quote, and no line break after it. The
    // rows lost with it would go missing: refuse the import rather than mark them.
    if (!reader.lastRecordUnterminated() || !m_lastRowBroken)
        return {};
    return Error{tr("%1 is refused: it ends part-way through a row (line %2, with no line "
                    "break after it), as a file cut short does. Nothing was imported; ask for "
                    "the extract again.")
                     .arg(file)
                     .arg(m_lastRowLine),
                 QString(), Refused};
}

Status CidImporter::tick(qint64 bytesInFile)
{
    if (++m_rowsSinceTick < ProgressEveryRows)
        return {};
    m_rowsSinceTick = 0;
    return report(m_bytesBefore + bytesInFile);
}

Status CidImporter::report(qint64 done)
{
    if (m_progress && !m_progress(done, totalWork()))
        return Error{tr("Import cancelled: nothing was imported"), QString(), Cancelled};
    return {};
}

Status CidImporter::reportRecompute(double part)
{
    return report(m_totalBytes + qint64(part * double(recomputeWork())));
}

Result<CidImporter::Columns> CidImporter::readHeader(CsvReader &reader, const QString &fileName,
                                                     const QStringList &required,
                                                     const QStringList &known, QStringList &extra)
{
    CsvReader::Record header;
    if (!reader.next(header))
        return Error{tr("%1 is refused: it is empty, with no header row").arg(fileName),
                     reader.deviceError(), Refused};
    if (!header.ok())
        return Error{
            tr("%1 is refused: its header row is not valid CSV (%2)").arg(fileName, header.error),
            QString(), Refused};
    Columns columns;
    columns.count = int(header.fields.size());
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        if (!known.contains(name)) {
            if (!name.isEmpty())
                extra << TextEscape::controls(header.fields[i].trimmed());
            continue;
        }
        if (columns.index.contains(name))
            return Error{
                tr("%1 is refused: column %2 appears twice in the header").arg(fileName, name),
                QString(), Refused};
        columns.index.insert(name, i);
    }
    for (const QString &name : required) {
        if (!columns.index.contains(name))
            return Error{tr("%1 is refused: required column %2 is missing").arg(fileName, name),
                         QString(), Refused};
    }
    return columns;
}

Status CidImporter::importCases(const QString &path)
{
    const QString file = m_summary.casesFile;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("%1 is refused: it cannot be read").arg(path), f.errorString(), Refused};
    CsvReader reader(&f);
    auto columns =
        readHeader(reader, file, caseRequired(), caseColumns(), m_summary.casesExtraColumns);
    if (!columns)
        return columns.status();
    const QHash<QString, int> &index = columns.value().index;
    const int fieldCount = columns.value().count;

    // Each field's column (-1: not in this file), looked up once rather than by name on every
    // row, which cost a string a field.
    int at[CaseColumnCount];
    for (int i = 0; i < CaseColumnCount; ++i)
        at[i] = index.value(caseColumns().at(i), -1);

    CsvReader::Record record;
    QStringList reasons;
    while (reader.next(record)) {
        ++m_summary.casesRows;
        if (Status s = tick(reader.bytesRead()); !s)
            return s;
        const qint64 line = record.line;
        if (!acceptShape(record, file, fieldCount)) {
            // A broken row still names its case when the break comes after case_ref (a stray
            // quote in a name, most often): that case is in the extract, not missing.
            if (at[CaseRefColumn] >= 0 && at[CaseRefColumn] < record.fields.size())
                seenInRejectedRow(record.fields.at(at[CaseRefColumn]).trimmed(), line);
            continue;
        }
        const QStringList &fields = record.fields;
        // Free text is kept exactly as given; codes, dates and references are trimmed.
        auto text = [&](CaseColumn column) {
            const int i = at[column];
            return i < 0 ? QString() : fields[i];
        };
        auto code = [&](CaseColumn column) { return text(column).trimmed(); };
        reasons.clear();
        auto required = [&](const char *name, const QString &value) {
            if (value.trimmed().isEmpty())
                reasons << tr("%1 is empty").arg(QLatin1String(name));
        };
        auto oneOf = [&](const char *name, const QString &value, const QStringList &allowed) {
            if (!value.isEmpty() && !allowed.contains(value))
                reasons << tr("%1 '%2' is not one of %3")
                               .arg(QLatin1String(name), value, allowed.join(QStringLiteral(", ")));
        };
        auto date = [&](const char *name, const QString &value) {
            if (!value.isEmpty() && !isDate(value))
                reasons << tr("%1 '%2' is not a date (YYYY-MM-DD)").arg(QLatin1String(name), value);
        };

        CidCase c;
        PersonDetails d;
        c.caseRef = code(CaseRefColumn);
        c.personRef = code(PersonRefColumn);
        c.caseType = code(CaseTypeColumn);
        c.caseStatus = code(CaseStatusColumn);
        d.personRef = c.personRef;
        d.familyName = text(FamilyNameColumn);
        d.givenNames = text(GivenNamesColumn);
        d.dateOfBirth = code(DateOfBirthColumn);
        d.nationality = code(NationalityColumn);
        d.gender = code(GenderColumn);
        d.addressStatus = code(AddressStatusColumn);
        c.owningUnit = text(OwningUnitColumn);
        c.caseOwner = text(CaseOwnerColumn);
        c.mappaLevel = code(MappaLevelColumn);
        c.harm = code(HarmColumn);
        const QString sentence = code(SentenceMonthsColumn);
        c.offence = text(OffenceColumn);
        c.sentenceEnd = code(SentenceEndColumn);
        c.custody = code(CustodyColumn);
        c.deportationDecision = code(DeportationDecisionColumn);
        c.reportingCentre = text(ReportingCentreColumn);
        c.reportingFrequency = code(ReportingFrequencyColumn);
        c.reportingWindow = code(ReportingWindowColumn);
        c.flags = code(FlagsColumn);

        required("case_ref", c.caseRef);
        required("person_ref", c.personRef);
        required("case_type", c.caseType);
        required("family_name", d.familyName);
        oneOf("case_type", c.caseType, Codes::caseTypes());
        oneOf("case_status", c.caseStatus, caseStatuses());
        date("date_of_birth", d.dateOfBirth);
        if (!d.nationality.isEmpty() && !isCountryCode(d.nationality))
            reasons << tr("nationality '%1' is not a three-letter country code (ISO 3166-1 "
                          "alpha-3, e.g. JAM)")
                           .arg(d.nationality);
        oneOf("gender", d.gender, genders());
        oneOf("mappa_level", c.mappaLevel, Codes::mappaLevels());
        oneOf("harm", c.harm, harms());
        if (!sentence.isEmpty()) {
            bool isNumber = false;
            const int months = sentence.toInt(&isNumber);
            if (!isNumber)
                reasons << tr("sentence_months '%1' is not a whole number of months").arg(sentence);
            else if (months < 0)
                reasons << tr("sentence_months '%1' is negative").arg(sentence);
            else
                c.sentenceMonths = months;
        }
        date("sentence_end", c.sentenceEnd);
        oneOf("custody", c.custody, custodies());
        oneOf("deportation_decision", c.deportationDecision, deportationDecisions());
        oneOf("address_status", d.addressStatus, addressStatuses());
        oneOf("reporting_frequency", c.reportingFrequency, Codes::reportingFrequencies());
        if (!c.reportingWindow.isEmpty()) {
            const QString &w = c.reportingWindow;
            if (w.size() != 11 || w.at(5) != QLatin1Char('-') || !isTime(w, 0) || !isTime(w, 6))
                reasons << tr("reporting_window '%1' is not a time range HH:MM-HH:MM").arg(w);
            else if (w.left(5) >= w.mid(6))
                reasons << tr("reporting_window '%1' ends before it starts").arg(w);
        }
        if (!c.flags.isEmpty()) {
            QStringList clean;
            for (const QString &raw : c.flags.split(QLatin1Char(';'))) {
                const QString flag = raw.trimmed();
                if (flag.isEmpty())
                    continue;
                if (!Codes::flags().contains(flag))
                    reasons << tr("flags: '%1' is not one of %2")
                                   .arg(flag, Codes::flags().join(QStringLiteral(", ")));
                clean << flag;
            }
            c.flags = clean.join(QLatin1Char(';'));
        }
        auto caseIt = m_cases.find(c.caseRef);
        if (!c.caseRef.isEmpty() && caseIt != m_cases.end() && caseIt->fileLine > 0)
            reasons << tr("case_ref %1 appears again (first on line %2)")
                           .arg(c.caseRef)
                           .arg(caseIt->fileLine);
        if (!reasons.isEmpty()) {
            reject(file, line, reasons.join(QStringLiteral("; ")));
            seenInRejectedRow(c.caseRef, line);
            continue;
        }

        // The person: added, updated when CID's details changed, and the later row of the
        // file winning where two rows of one person disagree.
        const quint64 fingerprint = ImportStore::personFingerprint(d);
        auto personIt = m_people.find(d.personRef);
        if (personIt == m_people.end()) {
            auto id = m_store.insertPerson(d, m_now);
            if (!id)
                return id.status();
            personIt =
                m_people.insert(d.personRef, PersonState{id.value(), 0, fingerprint, line, true});
            ++m_summary.personsAdded;
            m_touched.insert(id.value());
            m_added.insert(id.value());
        } else {
            PersonState &p = *personIt;
            const quint64 current = p.fileFingerprint == 0 ? p.heldFingerprint : p.fileFingerprint;
            if (p.fileFingerprint != 0 && p.fileFingerprint != fingerprint)
                m_summary.notices.append(
                    {file, line,
                     TextEscape::controls(
                         tr("person %1: details differ from line %2; this later row wins")
                             .arg(d.personRef)
                             .arg(p.fileLine))});
            if (p.heldFingerprint == 0) {
                // New in this import: written with its first row, corrected by a later one.
                if (current != fingerprint) {
                    if (Status s = m_store.updatePerson(p.id, d, m_now); !s)
                        return s;
                }
            } else if (fingerprint != p.heldFingerprint) {
                // Held: written once the file's last word on them is known, and only when it
                // differs from what is held, so rows that disagree among themselves change
                // nothing when the file is imported again.
                m_laterDetails.insert(d.personRef, d);
            } else {
                m_laterDetails.remove(d.personRef);
            }
            p.fileFingerprint = fingerprint;
            p.fileLine = line;
        }
        const qint64 personId = personIt->id;

        // The case: added, updated when a CID field changed, else left alone.
        const quint64 caseFingerprint = ImportStore::caseFingerprint(c);
        if (caseIt == m_cases.end()) {
            if (Status s = m_store.insertCase(personId, c, m_now); !s)
                return s;
            // An added case's id is never needed: `held` describes no earlier state.
            CaseState state;
            state.held = {0, personId, caseFingerprint, false, QString()};
            state.fileLine = line;
            state.added = true;
            m_cases.insert(c.caseRef, state);
            ++m_summary.casesAdded;
            m_touched.insert(personId);
            continue;
        }
        CaseState &state = *caseIt;
        state.fileLine = line;
        const bool changed =
            state.held.fingerprint != caseFingerprint || state.held.personId != personId;
        if (!changed && !state.held.missing) {
            ++m_summary.casesUnchanged;
            continue;
        }
        if (Status s = m_store.updateCase(state.held.id, personId, c, m_now); !s)
            return s;
        ++m_summary.casesUpdated;
        if (state.held.missing)
            ++m_summary.casesReturned;
        if (changed) {
            // A case moved to another person changes both.
            m_touched.insert(state.held.personId);
            m_touched.insert(personId);
        }
    }
    if (!reader.deviceError().isEmpty())
        return Error{tr("%1 could not be read to the end").arg(path), reader.deviceError(),
                     Refused};
    if (Status s = refuseIfCutShort(reader, file); !s)
        return s;
    m_summary.casesRejected = m_summary.rejects.size();
    for (auto it = m_laterDetails.cbegin(); it != m_laterDetails.cend(); ++it) {
        PersonState &p = m_people[it.key()];
        if (Status s = m_store.updatePerson(p.id, *it, m_now); !s)
            return s;
        m_touched.insert(p.id);
        ++m_summary.personsUpdated;
        p.counted = true;
    }
    for (const PersonState &p : std::as_const(m_people)) {
        if (p.fileFingerprint != 0 && !p.counted)
            ++m_summary.personsUnchanged;
    }
    m_bytesBefore += reader.bytesRead();
    return m_store.flush();
}

QString CidImporter::missingShare(const MissingCheck &check)
{
    return QString::number(100.0 * double(check.newlyMissing) / double(check.held), 'f', 1);
}

QString CidImporter::missingList(const MissingCheck &check)
{
    QStringList shown = check.firstCaseRefs;
    if (check.newlyMissing > shown.size())
        shown << tr("and %n more", nullptr, int(check.newlyMissing - shown.size()));
    return shown.join(QStringLiteral(", "));
}

QString CidImporter::tooManyMissing(const MissingCheck &check)
{
    return tr("This extract leaves out %1 of the %2 cases held (%3%), more than the %4% an "
              "import marks missing without asking: %5. An extract cut short or mangled "
              "upstream looks like this. Nothing was imported.")
        .arg(check.newlyMissing)
        .arg(check.held)
        .arg(missingShare(check))
        .arg(QString::number(100.0 * check.limit, 'g', 3))
        .arg(missingList(check));
}

Status CidImporter::markMissing()
{
    QVector<const CaseState *> missing;
    QStringList refs;
    qint64 held = 0;
    for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it) {
        const CaseState &c = *it;
        if (c.held.id != 0 && !c.held.missing) // held before: not added, nor a rejected new row
            ++held;
        if (c.fileLine > 0)
            continue;
        ++m_summary.casesNotInExtract;
        if (c.held.missing)
            continue;
        missing << &c;
        refs << it.key();
    }
    if (!missing.isEmpty() && double(missing.size()) > m_missingLimit * double(held)) {
        std::sort(refs.begin(), refs.end());
        MissingCheck check{missing.size(), held, m_missingLimit, refs.mid(0, MissingShown)};
        for (QString &ref : check.firstCaseRefs)
            ref = TextEscape::controls(ref);
        if (!m_confirmMissing || !m_confirmMissing(check))
            return Error{tooManyMissing(check), QString(), TooManyMissing};
    }
    for (const CaseState *c : std::as_const(missing)) {
        // Missing since this import; last seen in the import before it (when there was one).
        if (Status s = m_store.markMissing(c->held.id, m_now, m_previousImport); !s)
            return s;
        ++m_summary.casesNewlyMissing;
        m_newlyMissing.insert(c->held.personId);
    }
    return {};
}

Status
CidImporter::recordChanges(const std::function<Status(const QVector<qint64> &touched)> &refresh)
{
    QVector<qint64> touched(m_touched.cbegin(), m_touched.cend());
    std::sort(touched.begin(), touched.end());
    // Only these people can have changed: derived columns change only for touched people, and
    // a person goes from the extract only when a case of theirs goes missing. An unchanged
    // import has none and reads nothing more.
    QSet<qint64> concerned = m_touched;
    concerned.unite(m_newlyMissing);
    QVector<qint64> held;
    for (const qint64 id : std::as_const(concerned)) {
        if (!m_added.contains(id))
            held << id;
    }
    std::sort(held.begin(), held.end());

    // Before: the person columns are written only by the recompute, so they still hold their
    // earlier values; the case rows have been overwritten, so their earlier state comes from
    // what was held when the import began.
    auto personsBefore = m_store.personSnapshots(held);
    if (!personsBefore)
        return personsBefore.status();
    QHash<qint64, PersonSnapshot> &before = personsBefore.value();
    for (PersonSnapshot &p : before)
        p.casesInExtract = 0;
    QHash<qint64, BarrierSnapshot> barriersBefore;
    for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it) {
        const ImportStore::HeldCase &c = it->held;
        if (it->added || !concerned.contains(c.personId))
            continue;
        const auto person = before.find(c.personId);
        if (person != before.end() && !c.missing)
            ++person->casesInExtract;
        if (!c.openBarrierType.isEmpty())
            barriersBefore.insert(c.id, BarrierSnapshot{c.personId, it.key(), c.openBarrierType});
    }

    if (Status s = refresh(touched); !s)
        return s;

    // After: only the people held before are read again. Of a person new in this import
    // ImportChanges::diff records only that they are new (a first import's hundred thousand
    // need no reading back).
    auto personsAfter = m_store.personSnapshots(held);
    if (!personsAfter)
        return personsAfter.status();
    for (const qint64 id : std::as_const(concerned)) {
        if (m_added.contains(id))
            personsAfter.value().insert(id, PersonSnapshot());
    }
    auto barriersAfter = m_store.openBarrierSnapshots(held);
    if (!barriersAfter)
        return barriersAfter.status();
    return m_store.recordChanges(
        m_summary.importId,
        ImportChanges::diff(before, personsAfter.value(), barriersBefore, barriersAfter.value()));
}

Status CidImporter::importReporting(const QString &path)
{
    const QString file = m_summary.reportingFile;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("%1 is refused: it cannot be read").arg(path), f.errorString(), Refused};
    CsvReader reader(&f);
    auto columns = readHeader(reader, file, reportingRequired(), reportingColumns(),
                              m_summary.reportingExtraColumns);
    if (!columns)
        return columns.status();
    const QHash<QString, int> &index = columns.value().index;
    const int fieldCount = columns.value().count;
    const int refColumn = index.value(QStringLiteral("event_ref"));
    const int personColumn = index.value(QStringLiteral("person_ref"));
    const int scheduledColumn = index.value(QStringLiteral("scheduled"));
    const int centreColumn = index.value(QStringLiteral("centre"), -1);
    const int outcomeColumn = index.value(QStringLiteral("outcome"), -1);

    // Every event held and every event reference of this file, to find a second row with the
    // same reference and to tell an unchanged event without a statement: about 40 bytes an
    // event, a few tens of MiB for a million.
    auto heldEvents = m_store.heldEvents();
    if (!heldEvents)
        return heldEvents.status();
    QHash<quint64, ImportStore::EventSlot> events = std::move(heldEvents.value());
    m_heldRows.insert(QStringLiteral("reporting_event"), events.size());
    // References whose eventKey is another reference's (about one pair in 10^19 for a million
    // events): their first lines, by the reference itself.
    QHash<QString, qint64> collided;

    const qint64 rejectedBefore = m_summary.rejects.size();
    CsvReader::Record record;
    QStringList reasons;
    while (reader.next(record)) {
        ++m_summary.reportingRows;
        if (Status s = tick(reader.bytesRead()); !s)
            return s;
        const qint64 line = record.line;
        if (!acceptShape(record, file, fieldCount))
            continue;
        ImportStore::Event e;
        e.eventRef = record.fields[refColumn].trimmed();
        const QString personRef = record.fields[personColumn].trimmed();
        e.scheduled = record.fields[scheduledColumn].trimmed();
        e.centre = centreColumn < 0 ? QString() : record.fields[centreColumn];
        e.outcome = outcomeColumn < 0 ? QString() : record.fields[outcomeColumn].trimmed();
        reasons.clear();
        if (e.eventRef.isEmpty())
            reasons << tr("event_ref is empty");
        if (personRef.isEmpty())
            reasons << tr("person_ref is empty");
        if (e.scheduled.isEmpty())
            reasons << tr("scheduled is empty");
        else if (!isDateTime(e.scheduled))
            reasons
                << tr("scheduled '%1' is not a date and time (YYYY-MM-DDTHH:MM)").arg(e.scheduled);
        if (!e.outcome.isEmpty() && !outcomes().contains(e.outcome))
            reasons << tr("outcome '%1' is not one of %2")
                           .arg(e.outcome, outcomes().join(QStringLiteral(", ")));
        const auto person = m_people.constFind(personRef);
        if (!personRef.isEmpty() && person == m_people.constEnd())
            reasons << tr("person_ref %1 is not a known person").arg(personRef);
        ImportStore::EventSlot *slot = nullptr;
        if (reasons.isEmpty()) {
            const quint64 check = ImportStore::eventCheck(e.eventRef);
            slot = &events[ImportStore::eventKey(e.eventRef)];
            qint64 first = 0;
            if (slot->line == 0) {
                slot->line = line;
                slot->check = check;
            } else if (slot->check == check) {
                // Both hashes agree: the same reference (a false match needs two independent
                // 64-bit hashes to collide at once).
                first = slot->line;
            } else {
                first = collided.value(e.eventRef);
                if (first == 0)
                    collided.insert(e.eventRef, line);
            }
            if (first > 0)
                reasons << tr("event_ref %1 appears again (first on line %2)")
                               .arg(e.eventRef)
                               .arg(first);
        }
        if (!reasons.isEmpty()) {
            reject(file, line, reasons.join(QStringLiteral("; ")));
            continue;
        }
        e.personId = person->id;
        if (slot->fingerprint == 0) {
            // Not held: a plain insert, many to a statement.
            if (Status s = m_store.insertEvent(e, m_summary.importId); !s)
                return s;
            ++m_summary.eventsAdded;
            m_eventPeople.insert(e.personId);
            continue;
        }
        if (slot->fingerprint == ImportStore::eventFingerprint(e)) {
            ++m_summary.eventsUnchanged;
            continue;
        }
        const auto heldPerson = m_store.eventPerson(e.eventRef);
        if (!heldPerson)
            return heldPerson.status();
        auto written = m_store.upsertEvent(e, m_summary.importId);
        if (!written)
            return written.status();
        if (written.value() != ImportStore::Write::Unchanged) {
            m_eventPeople.insert(heldPerson.value());
            m_eventPeople.insert(e.personId);
        }
        switch (written.value()) {
        case ImportStore::Write::Added:
            ++m_summary.eventsAdded;
            break;
        case ImportStore::Write::Updated:
            ++m_summary.eventsUpdated;
            break;
        case ImportStore::Write::Unchanged:
            ++m_summary.eventsUnchanged;
            break;
        }
    }
    if (!reader.deviceError().isEmpty())
        return Error{tr("%1 could not be read to the end").arg(path), reader.deviceError(),
                     Refused};
    if (Status s = refuseIfCutShort(reader, file); !s)
        return s;
    if (Status s = m_store.flush(); !s)
        return s;
    m_summary.reportingRejected = m_summary.rejects.size() - rejectedBefore;
    return {};
}

Result<ImportSummary> CidImporter::run(QSqlDatabase db, const QString &casesPath,
                                       const QString &reportingPath, const QString &user,
                                       const Options &options)
{
    // Before reading a byte: the import's audit entry would refuse it anyway, but only after
    // the whole extract had been read and written.
    if (Status s = AccessStore(db).require(Permissions::Action::Import); !s)
        return s.error();
    CidImporter importer(db, options);
    ImportSummary &summary = importer.m_summary;
    summary.casesFile = TextEscape::controls(QFileInfo(casesPath).fileName());
    std::future<FileHash> casesHash = hashLater(casesPath);
    std::future<FileHash> reportingHash;
    importer.m_totalBytes = QFileInfo(casesPath).size();
    if (!reportingPath.isEmpty()) {
        summary.reportingFile = TextEscape::controls(QFileInfo(reportingPath).fileName());
        reportingHash = hashLater(reportingPath);
        importer.m_totalBytes += QFileInfo(reportingPath).size();
        // Refuse a reporting file with a bad header before the cases are written.
        QFile f(reportingPath);
        if (!f.open(QIODevice::ReadOnly))
            return Error{tr("%1 is refused: it cannot be read").arg(reportingPath), f.errorString(),
                         Refused};
        CsvReader reader(&f);
        QStringList ignored;
        if (auto columns = importer.readHeader(reader, summary.reportingFile, reportingRequired(),
                                               reportingColumns(), ignored);
            !columns)
            return columns.error();
    }

    ImportStore::keepTemporaryInMemory(db, true);
    const auto restore = qScopeGuard([&db] { ImportStore::keepTemporaryInMemory(db, false); });
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    importer.m_now = StoreSupport::nowIso();
    if (Status s = importer.m_store.prepare(); !s)
        return s.error();
    auto people = importer.m_store.heldPeople();
    if (!people)
        return people.error();
    importer.m_heldRows.insert(QStringLiteral("person"), people.value().size());
    importer.m_people.reserve(people.value().size());
    for (auto it = people.value().cbegin(); it != people.value().cend(); ++it)
        importer.m_people.insert(it.key(), PersonState{it->id, it->fingerprint, 0, 0, false});
    auto cases = importer.m_store.heldCases();
    if (!cases)
        return cases.error();
    importer.m_heldRows.insert(QStringLiteral("cid_case"), cases.value().size());
    importer.m_cases.reserve(cases.value().size());
    for (auto it = cases.value().cbegin(); it != cases.value().cend(); ++it) {
        CaseState state;
        state.held = *it;
        importer.m_cases.insert(it.key(), state);
    }
    // A first import fills empty tables: their secondary indexes are built once the rows are
    // in (cases and events before the recompute reads them by person, people after it).
    for (const char *table : {"person", "cid_case", "reporting_event"}) {
        if (Status s = importer.m_store.setIndexesAsideWhenEmpty(QLatin1String(table)); !s)
            return s.error();
    }
    // markMissing() needs the import before this one, so read it before recording this one.
    auto previous = importer.m_store.lastImportStart();
    if (!previous)
        return previous.error();
    importer.m_previousImport = previous.value();
    auto id = importer.m_store.beginImport(importer.m_now, user, summary);
    if (!id)
        return id.error();
    summary.importId = id.value();

    if (Status s = importer.importCases(casesPath); !s)
        return s.error();
    if (Status s = importer.markMissing(); !s)
        return s.error();
    const auto tickOver = [&importer] { return importer.report(importer.m_bytesBefore); };
    if (Status s = importer.m_store.restoreIndexes(QStringLiteral("cid_case"), tickOver); !s)
        return s.error();
    if (!reportingPath.isEmpty()) {
        if (Status s = importer.importReporting(reportingPath); !s)
            return s.error();
    }
    if (Status s = importer.m_store.restoreIndexes(
            QStringLiteral("reporting_event"), [&importer] { return importer.reportRecompute(0); });
        !s)
        return s.error();
    // The recompute: the barrier register, the derived columns of the people touched, then the
    // reporting spans of everyone else, a tenth, most and a tenth of its share of the work.
    if (Status s = importer.reportRecompute(0); !s)
        return s.error();
    // The barrier register's CID rows follow the cases just imported. A case new in this
    // import was not in the previous extract: raised on or after that import's day.
    if (Status s =
            BarrierStore(db).syncCidInTransaction(Clock::localDay(importer.m_now), importer.m_now,
                                                  Clock::localDay(importer.m_previousImport));
        !s)
        return s.error();
    if (Status s = importer.reportRecompute(0.1); !s)
        return s.error();
    // Tables the import grew by a tenth or more: their statistics are out of date.
    QStringList grown;
    for (const auto &[table, added] :
         {std::pair(QStringLiteral("person"), summary.personsAdded),
          std::pair(QStringLiteral("cid_case"), summary.casesAdded),
          std::pair(QStringLiteral("reporting_event"), summary.eventsAdded)}) {
        if (added > 50 + importer.m_heldRows.value(table) / 10)
            grown << table;
    }
    if (Status s = importer.m_store.analyze(grown); !s)
        return s.error();
    if (Status s = importer.recordChanges([&](const QVector<qint64> &touched) {
            return PersonStore(db).refreshDerivedInTransaction(
                touched, [&](qint64 done, qint64 total) {
                    return importer.reportRecompute(0.1 + 0.7 * double(done) / double(total));
                });
        });
        !s)
        return s.error();
    if (Status s = importer.reportRecompute(0.8); !s)
        return s.error();
    // Events added, changed or moved change their people's reporting spans, touched or not;
    // the people touched have theirs from the recompute.
    QVector<qint64> spans;
    for (const qint64 id : std::as_const(importer.m_eventPeople)) {
        if (id > 0 && !importer.m_touched.contains(id))
            spans << id;
    }
    std::sort(spans.begin(), spans.end());
    if (Status s = PersonStore(db).refreshReportingSpansInTransaction(spans); !s)
        return s.error();
    // And everyone's last due event as of now, for those with one come due since theirs was
    // worked out and nothing from this import: the caseload reads them off the person row.
    if (Status s = PersonStore(db).refreshStaleDueEventsInTransaction(); !s)
        return s.error();
    if (Status s = importer.m_store.restoreIndexes(
            QStringLiteral("person"), [&importer] { return importer.reportRecompute(0.9); });
        !s)
        return s.error();
    if (Status s = importer.report(importer.totalWork()); !s)
        return s.error();
    for (auto [future, path, hex] :
         {std::tuple(&casesHash, &casesPath, &summary.casesSha256),
          std::tuple(&reportingHash, &reportingPath, &summary.reportingSha256)}) {
        if (!future->valid())
            continue;
        const FileHash hash = future->get();
        if (hash.hex.isEmpty())
            return Error{tr("%1 is refused: it cannot be read").arg(*path), hash.error, Refused};
        *hex = hash.hex;
    }
    if (Status s = importer.m_store.finishImport(summary, StoreSupport::nowIso()); !s)
        return s.error();
    // One audit entry for the whole import: its own record, which carries the counts.
    AuditStore audit(db);
    const Result<QString> record = audit.rowJson(QStringLiteral("cid_import"), summary.importId);
    if (!record)
        return record.error();
    if (Status s = audit.appendInTransaction(QStringLiteral("import"), QStringLiteral("cid_import"),
                                             summary.importId, 0, QString(), record.value());
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}
