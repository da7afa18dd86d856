// The CID import (CID-EXTRACT.md): rejects with reasons, refused files, idempotency, cases
// missing from the extract, Lodestar's own data left alone, and all-or-nothing.
#include "domain/daterange.h"
#include "figures/figures.h"
#include "io/cidimporter.h"
#include "itemmodels/barrierregistermodel.h"
#include "itemmodels/personbarriersmodel.h"
#include "store/auditstore.h"
#include "store/bandoverridestore.h"
#include "store/barrierstore.h"
#include "store/editconflict.h"
#include "store/notestore.h"
#include "store/personstore.h"
#include "store/removalstore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {

const QStringList CaseHeader{"case_ref",
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
const QStringList ReportingHeader{"event_ref", "person_ref", "scheduled", "centre", "outcome"};

using Row = QMap<QString, QString>;

// A valid CRIMINAL case row; `changes` overrides columns.
Row caseRow(const QString &caseRef, const QString &personRef, const Row &changes = {})
{
    Row r{{"case_ref", caseRef},
          {"person_ref", personRef},
          {"case_type", "CRIMINAL"},
          {"case_status", "OPEN"},
          {"family_name", "Okafor"},
          {"given_names", "Samuel"},
          {"date_of_birth", "1988-02-14"},
          {"nationality", "NGA"},
          {"gender", "M"},
          {"owning_unit", "CC Leeds"},
          {"case_owner", "sokafor"},
          {"mappa_level", "0"},
          {"harm", "C"},
          {"sentence_months", "18"},
          {"offence", "Burglary, dwelling"},
          {"sentence_end", "2021-05-01"},
          {"custody", "NON_DETAINED"},
          {"deportation_decision", "PENDING"},
          {"address_status", "FIXED"},
          {"reporting_centre", "Becket House"},
          {"reporting_frequency", "WEEKLY"},
          {"reporting_window", "10:00-11:00"},
          {"flags", "EM"}};
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        r[it.key()] = it.value();
    return r;
}

Row barrierRow(const QString &caseRef, const QString &personRef, const QString &type,
               const QString &status = "OPEN")
{
    return caseRow(caseRef, personRef,
                   {{"case_type", type},
                    {"case_status", status},
                    {"mappa_level", ""},
                    {"harm", ""},
                    {"sentence_months", ""},
                    {"sentence_end", ""},
                    {"custody", ""},
                    {"flags", ""}});
}

Row eventRow(const QString &ref, const QString &person, const QString &scheduled,
             const QString &outcome = "COMPLETED")
{
    return {{"event_ref", ref},
            {"person_ref", person},
            {"scheduled", scheduled},
            {"centre", "Becket House"},
            {"outcome", outcome}};
}

QByteArray quoted(const QString &value)
{
    QByteArray v = value.toUtf8();
    if (v.contains(',') || v.contains('"') || v.contains('\n') || v.contains('\r'))
        return '"' + v.replace("\"", "\"\"") + '"';
    return v;
}

QByteArray csv(const QStringList &header, const QVector<Row> &rows, const QByteArray &eol = "\n")
{
    QByteArray out;
    QByteArrayList cells;
    for (const QString &h : header)
        cells << quoted(h);
    out += cells.join(',') + eol;
    for (const Row &r : rows) {
        cells.clear();
        for (const QString &h : header)
            cells << quoted(r.value(h.trimmed().toLower()));
        out += cells.join(',') + eol;
    }
    return out;
}

} // namespace

class TestCidImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &bytes, const QString &name = "cases.csv")
    {
        const QString sub = m_dir.filePath(QString::number(++m_files));
        QDir().mkpath(sub);
        const QString path = sub + "/" + name;
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }
    QString casesFile(const QVector<Row> &rows) { return write(csv(CaseHeader, rows)); }
    QString reportingFile(const QVector<Row> &rows)
    {
        return write(csv(ReportingHeader, rows), "reporting.csv");
    }

    static Result<ImportSummary> import(TestDatabase &t, const QString &cases,
                                        const QString &reporting = QString(),
                                        const CidImporter::Progress &progress = {})
    {
        return CidImporter::run(t.db->sql(), cases, reporting, "tester",
                                TestData::allowingMissing(progress));
    }

    // Everything the import may write, except the record of imports itself.
    static QString dump(TestDatabase &t)
    {
        QString out;
        QSqlQuery q(t.db->sql());
        for (const char *table :
             {"person", "cid_case", "reporting_event", "note", "band_override", "cid_import"}) {
            q.exec(QString("SELECT * FROM %1 ORDER BY id").arg(table));
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << q.value(i).toString();
                out += QString(table) + ": " + values.join('|') + "\n";
            }
        }
        return out;
    }
    static QVariant value(TestDatabase &t, const QString &sql)
    {
        QSqlQuery q(t.db->sql());
        if (!q.exec(sql) || !q.next())
            return QVariant();
        return q.value(0);
    }

    // Imports one good row and `bad` (line 3), and expects exactly one reject at line 3.
    void expectReject(const Row &bad, const QString &reason)
    {
        TestDatabase t;
        auto r = import(t, casesFile({caseRow("CC/1", "P1"), bad}));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        const ImportSummary &s = r.value();
        QCOMPARE(s.casesRows, 2);
        QCOMPARE(s.casesRejected, 1);
        QCOMPARE(s.rejects.size(), 1);
        QCOMPARE(s.rejects[0].file, QString("cases.csv"));
        QCOMPARE(s.rejects[0].line, 3);
        QVERIFY2(s.rejects[0].reason.contains(reason), qPrintable(s.rejects[0].reason));
        QCOMPARE(s.casesAdded, 1);
    }

private slots:
    void importsCasesPeopleAndEvents()
    {
        TestDatabase t;
        const QString cases = casesFile({caseRow("CC/1", "P1"), barrierRow("CC/2", "P1", "ASYLUM"),
                                         caseRow("CC/3", "P2",
                                                 {{"family_name", "\u0645\u062d\u0645\u062f"},
                                                  {"mappa_level", "2"},
                                                  {"offence", "=HYPERLINK(\"x\")"}})});
        const QString reporting = reportingFile({eventRow("E1", "P1", "2026-11-02T10:15"),
                                                 eventRow("E2", "P2", "2026-11-03T09:00", "")});
        auto r = import(t, cases, reporting);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        const ImportSummary &s = r.value();
        QCOMPARE(s.casesRows, 3);
        QCOMPARE(s.casesAdded, 3);
        QCOMPARE(s.personsAdded, 2);
        QCOMPARE(s.reportingRows, 2);
        QCOMPARE(s.eventsAdded, 2);
        QVERIFY(s.rejects.isEmpty());
        const auto p1 = PersonStore(t.db->sql()).findByRef("P1");
        QVERIFY(p1 && p1.value());
        QCOMPARE(p1.value()->openBarriers, 1);
        QCOMPARE(p1.value()->band.value_or(0), 4); // no MAPPA, one open barrier
        QCOMPARE(p1.value()->owningUnit, QString("CC Leeds"));
        const auto p2 = PersonStore(t.db->sql()).findByRef("P2");
        QCOMPARE(p2.value()->details.familyName, QString("\u0645\u062d\u0645\u062f"));
        QCOMPARE(p2.value()->band.value_or(0), 1);
        // Formula-looking text is data.
        QCOMPARE(value(t, "SELECT offence FROM cid_case WHERE case_ref = 'CC/3'").toString(),
                 QString("=HYPERLINK(\"x\")"));
        // The import is recorded with who, files and hashes.
        QCOMPARE(value(t, "SELECT imported_by FROM cid_import").toString(), QString("tester"));
        QCOMPARE(value(t, "SELECT cases_sha256 FROM cid_import").toString(),
                 QString::fromLatin1(TestData::fileHash(cases).toHex()));
        QCOMPARE(value(t, "SELECT cases_added FROM cid_import").toInt(), 3);
        QVERIFY(!value(t, "SELECT finished_at FROM cid_import").toString().isEmpty());
        const QJsonObject json = s.toJson();
        for (const char *key :
             {"cases_rows", "cases_rejected", "reporting_rows", "reporting_rejected",
              "persons_added", "cases_added", "cases_updated", "cases_unchanged", "events_added",
              "cases_not_in_extract", "rejects", "extra_columns"})
            QVERIFY2(json.contains(key), key);
        QVERIFY(s.toText().contains("cases.csv"));
    }

    void rejectsEachBadValue_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("dob") << "date_of_birth"
                             << "1988-02-30"
                             << "date_of_birth '1988-02-30' is not a date";
        QTest::newRow("dob text") << "date_of_birth"
                                  << "14/02/1988"
                                  << "is not a date";
        QTest::newRow("sentence_end") << "sentence_end"
                                      << "2021-13-01"
                                      << "is not a date";
        QTest::newRow("case_type") << "case_type"
                                   << "FRAUD"
                                   << "case_type 'FRAUD' is not one of";
        QTest::newRow("case_status") << "case_status"
                                     << "PENDING"
                                     << "case_status 'PENDING'";
        QTest::newRow("nationality") << "nationality"
                                     << "Jamaica"
                                     << "nationality 'Jamaica'";
        QTest::newRow("gender") << "gender"
                                << "male"
                                << "gender 'male'";
        QTest::newRow("mappa") << "mappa_level"
                               << "4"
                               << "mappa_level '4'";
        QTest::newRow("harm") << "harm"
                              << "E"
                              << "harm 'E'";
        QTest::newRow("negative") << "sentence_months"
                                  << "-3"
                                  << "sentence_months '-3' is negative";
        QTest::newRow("non-numeric") << "sentence_months"
                                     << "18m"
                                     << "sentence_months '18m' is not a whole number";
        QTest::newRow("fraction") << "sentence_months"
                                  << "1.5"
                                  << "is not a whole number";
        QTest::newRow("custody") << "custody"
                                 << "PRISON"
                                 << "custody 'PRISON'";
        QTest::newRow("deportation") << "deportation_decision"
                                     << "MAYBE"
                                     << "deportation_decision 'MAYBE'";
        QTest::newRow("address") << "address_status"
                                 << "HOTEL"
                                 << "address_status 'HOTEL'";
        QTest::newRow("frequency") << "reporting_frequency"
                                   << "DAILY"
                                   << "reporting_frequency 'DAILY'";
        QTest::newRow("window") << "reporting_window"
                                << "10-11"
                                << "reporting_window '10-11'";
        QTest::newRow("window time") << "reporting_window"
                                     << "10:00-24:30"
                                     << "is not a time range";
        QTest::newRow("window order") << "reporting_window"
                                      << "11:00-10:00"
                                      << "ends before it starts";
        QTest::newRow("flags") << "flags"
                               << "EM;SPY"
                               << "flags: 'SPY' is not one of";
        QTest::newRow("empty case_ref") << "case_ref"
                                        << ""
                                        << "case_ref is empty";
        QTest::newRow("empty person_ref") << "person_ref"
                                          << " "
                                          << "person_ref is empty";
        QTest::newRow("empty case_type") << "case_type"
                                         << ""
                                         << "case_type is empty";
        QTest::newRow("empty family_name") << "family_name"
                                           << ""
                                           << "family_name is empty";
    }

    void rejectsEachBadValue()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        expectReject(caseRow("CC/2", "P2", {{column, value}}), reason);
    }

    void rejectsMalformedRows()
    {
        TestDatabase t;
        QByteArray bytes = csv(CaseHeader, {caseRow("CC/1", "P1")});
        bytes += "CC/2,P2,CRIMINAL\n"; // line 3: too few fields
        bytes += csv(CaseHeader, {caseRow("CC/1", "P9")}).mid(bytes.indexOf('\n') + 1); // dup
        bytes += "CC/4,P\"4,CRIMINAL" + QByteArray(20, ',') + "\n"; // stray quote
        bytes += csv(CaseHeader, {caseRow("CC/5", "P5")}).split('\n')[1] + "\n";
        auto r = import(t, write(bytes));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        const ImportSummary &s = r.value();
        QCOMPARE(s.casesRows, 5);
        QCOMPARE(s.casesRejected, 3);
        QCOMPARE(s.rejects[0].line, 3);
        QVERIFY(s.rejects[0].reason.contains("the row has 3 fields but the header has 23"));
        QCOMPARE(s.rejects[1].line, 4);
        QVERIFY2(s.rejects[1].reason.contains("case_ref CC/1 appears again (first on line 2)"),
                 qPrintable(s.rejects[1].reason));
        QCOMPARE(s.rejects[2].line, 5);
        QVERIFY(s.rejects[2].reason.contains("quote"));
        QCOMPARE(s.casesAdded, 2);
        // The duplicate did not move the case to P9 nor add P9.
        QVERIFY(!PersonStore(t.db->sql()).findByRef("P9").value());
    }

    void rejectsBadReportingRows()
    {
        TestDatabase t;
        QByteArray reporting = csv(
            ReportingHeader,
            {eventRow("E1", "P1", "2026-11-02T10:15"), eventRow("E2", "P404", "2026-11-02T10:15"),
             eventRow("E3", "P1", "2026-11-02 10:15"), eventRow("E4", "P1", "2026-02-30T10:15"),
             eventRow("E5", "P1", "2026-11-02T10:15", "LATE"),
             eventRow("E1", "P1", "2026-11-09T10:15"), eventRow("", "P1", "2026-11-02T10:15"),
             eventRow("E8", "P1", "")});
        reporting += "E9,P1\n";
        auto r = import(t, casesFile({caseRow("CC/1", "P1")}), write(reporting, "reporting.csv"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        const ImportSummary &s = r.value();
        QCOMPARE(s.reportingRows, 9);
        QCOMPARE(s.reportingRejected, 8);
        QCOMPARE(s.eventsAdded, 1);
        const QStringList expected{"person_ref P404 is not a known person",
                                   "scheduled '2026-11-02 10:15' is not a date and time",
                                   "scheduled '2026-02-30T10:15' is not a date and time",
                                   "outcome 'LATE' is not one of",
                                   "event_ref E1 appears again (first on line 2)",
                                   "event_ref is empty",
                                   "scheduled is empty",
                                   "the row has 2 fields but the header has 5"};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(s.rejects[i].file, QString("reporting.csv"));
            QCOMPARE(s.rejects[i].line, i + 3);
            QVERIFY2(s.rejects[i].reason.contains(expected[i]), qPrintable(s.rejects[i].reason));
        }
    }

    void refusesFileMissingAColumn()
    {
        TestDatabase t;
        QVERIFY(import(t, casesFile({caseRow("CC/1", "P1")})));
        const QString before = dump(t);
        QStringList header = CaseHeader;
        header.removeAll("family_name");
        auto r = import(t, write(csv(header, {caseRow("CC/2", "P2")})));
        QVERIFY(!r);
        QCOMPARE(r.error().code, CidImporter::Refused);
        QVERIFY(r.error().message.contains("cases.csv"));
        QVERIFY(r.error().message.contains("family_name"));
        QCOMPARE(dump(t), before);

        QStringList reportingHeader = ReportingHeader;
        reportingHeader.removeAll("scheduled");
        r = import(t, casesFile({caseRow("CC/2", "P2")}),
                   write(csv(reportingHeader, {eventRow("E1", "P1", "")}), "reporting.csv"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, CidImporter::Refused);
        QVERIFY(r.error().message.contains("reporting.csv"));
        QVERIFY(r.error().message.contains("scheduled"));
        QCOMPARE(dump(t), before);

        r = import(t, write(QByteArray()));
        QVERIFY(!r);
        QCOMPARE(r.error().code, CidImporter::Refused);
        r = import(t, m_dir.filePath("no-such-file.csv"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, CidImporter::Refused);
        QCOMPARE(dump(t), before);
    }

    void oddHeadersBomCrlfAndExtraColumns()
    {
        TestDatabase t;
        // Shuffled, oddly cased and padded header names, an extra column, BOM and CRLF.
        QStringList header = CaseHeader;
        std::reverse(header.begin(), header.end());
        header[0] = " FLAGS ";
        header[3] = "Reporting_Centre";
        header.insert(5, "Internal Notes");
        QByteArray bytes = "\xEF\xBB\xBF" +
                           csv(header,
                               {caseRow("CC/1", "P1", {{"offence", "Assault,\r\nwith \"intent\""}}),
                                caseRow("CC/2", "P2")},
                               "\r\n");
        bytes.chop(2); // and no final line break
        auto r = import(t, write(bytes));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY2(r.value().rejects.isEmpty(), qPrintable(r.value().toText()));
        QCOMPARE(r.value().casesAdded, 2);
        QCOMPARE(r.value().casesExtraColumns, QStringList{"Internal Notes"});
        QCOMPARE(value(t, "SELECT offence FROM cid_case WHERE case_ref = 'CC/1'").toString(),
                 QString("Assault,\r\nwith \"intent\""));
        QCOMPARE(
            value(t, "SELECT reporting_centre FROM cid_case WHERE case_ref = 'CC/2'").toString(),
            QString("Becket House"));
        QCOMPARE(value(t, "SELECT flags FROM person WHERE person_ref = 'P2'").toString(),
                 QString("EM"));
        QVERIFY(r.value().toJson()["extra_columns"].toObject()["cases"].toArray().contains(
            "Internal Notes"));
    }

    void laterRowWinsForPersonDetails()
    {
        TestDatabase t;
        auto r = import(
            t, casesFile({caseRow("CC/1", "P1"),
                          caseRow("CC/2", "P1",
                                  {{"family_name", "Okafor-Bello"}, {"address_status", "NFA"}})}));
        QVERIFY(r);
        QCOMPARE(r.value().personsAdded, 1);
        QCOMPARE(r.value().notices.size(), 1);
        QCOMPARE(r.value().notices[0].line, 3);
        QVERIFY(r.value().notices[0].reason.contains("line 2"));
        const auto p = PersonStore(t.db->sql()).findByRef("P1");
        QCOMPARE(p.value()->details.familyName, QString("Okafor-Bello"));
        QVERIFY(p.value()->flags.contains("NFA"));

        // The same file again changes nothing: the rows still disagree, but the last of them
        // is what is held (it used to be written back and forth, "updated" every time).
        const QString before = dump(t).split('\n').filter(QRegularExpression("^person")).join('\n');
        auto again = import(
            t, casesFile({caseRow("CC/1", "P1"),
                          caseRow("CC/2", "P1",
                                  {{"family_name", "Okafor-Bello"}, {"address_status", "NFA"}})}));
        QVERIFY(again);
        QCOMPARE(again.value().personsUpdated, 0);
        QCOMPARE(again.value().personsUnchanged, 1);
        QCOMPARE(again.value().notices.size(), 1);
        QCOMPARE(dump(t).split('\n').filter(QRegularExpression("^person")).join('\n'), before);

        // A file whose last row goes back to the first details: one update, to those.
        auto back = import(t, casesFile({caseRow("CC/2", "P1", {{"family_name", "Okafor-Bello"}}),
                                         caseRow("CC/1", "P1")}));
        QVERIFY(back);
        QCOMPARE(back.value().personsUpdated, 1);
        const auto after = PersonStore(t.db->sql()).findByRef("P1");
        QCOMPARE(after.value()->details.familyName, caseRow("CC/1", "P1").value("family_name"));
        QVERIFY(!after.value()->flags.contains("NFA"));
    }

    void secondImportChangesNothing()
    {
        TestDatabase t;
        const QString cases = casesFile({caseRow("CC/1", "P1"), barrierRow("CC/2", "P1", "APPEAL"),
                                         caseRow("CC/3", "P2", {{"given_names", ""}})});
        const QString reporting = reportingFile({eventRow("E1", "P1", "2026-11-02T10:15"),
                                                 eventRow("E2", "P2", "2026-11-03T09:00", "")});
        QVERIFY(import(t, cases, reporting));
        QSqlQuery q(t.db->sql());
        const auto dataDump = [&]() {
            const QString all = dump(t);
            QStringList lines = all.split('\n');
            lines.erase(std::remove_if(lines.begin(), lines.end(),
                                       [](const QString &l) { return l.startsWith("cid_import"); }),
                        lines.end());
            return lines;
        };
        const QStringList before = dataDump();
        auto r = import(t, cases, reporting);
        QVERIFY(r);
        const ImportSummary &s = r.value();
        QCOMPARE(s.casesUnchanged, 3);
        QCOMPARE(s.casesAdded + s.casesUpdated, 0);
        QCOMPARE(s.personsAdded + s.personsUpdated, 0);
        QCOMPARE(s.personsUnchanged, 2);
        QCOMPARE(s.eventsAdded + s.eventsUpdated, 0);
        QCOMPARE(s.eventsUnchanged, 2);
        QCOMPARE(s.casesNotInExtract, 0);
        QCOMPARE(dataDump(), before);
        QCOMPARE(value(t, "SELECT COUNT(*) FROM cid_import").toInt(), 2);
    }

    void changedFieldsAreUpdated()
    {
        TestDatabase t;
        QVERIFY(import(t, casesFile({caseRow("CC/1", "P1")}),
                       reportingFile({eventRow("E1", "P1", "2026-11-02T10:15", "")})));
        auto r = import(t, casesFile({caseRow("CC/1", "P1", {{"case_owner", "jbloggs"}})}),
                        reportingFile({eventRow("E1", "P1", "2026-11-02T10:15", "NO_SHOW")}));
        QVERIFY(r);
        QCOMPARE(r.value().casesUpdated, 1);
        QCOMPARE(r.value().eventsUpdated, 1);
        QCOMPARE(value(t, "SELECT case_owner FROM person").toString(), QString("jbloggs"));
        QCOMPARE(value(t, "SELECT outcome FROM reporting_event").toString(), QString("NO_SHOW"));
    }

    // What the figures read off the person row (migration 21) follows each import: the run of
    // breaches and first blank outcome after events added or changed, the facts of the cases
    // after cases added or changed.
    void storedFactsFollowTheImport()
    {
        TestDatabase t;
        const auto stored = [&](const char *column) {
            return value(t, QStringLiteral("SELECT %1 FROM person WHERE person_ref = 'P1'")
                                .arg(QLatin1String(column)))
                .toString();
        };
        QVERIFY(import(t,
                       casesFile({caseRow("CC/1", "P1",
                                          {{"owning_unit", "NO UNIT"}, {"sentence_months", "24"}}),
                                  caseRow("CC/2", "P2")}),
                       reportingFile({eventRow("E1", "P1", "2026-11-02T10:15"),
                                      eventRow("E2", "P1", "2026-11-09T10:15", "NO_SHOW"),
                                      eventRow("E3", "P1", "2026-11-16T10:15", "")})));
        QCOMPARE(TestData::staleStoredFacts(t.db->sql()), QStringList());
        QCOMPARE(stored("ownership_unclear"), QString("1"));
        QCOMPARE(stored("undecided_sentence_end"), QString("2021-05-01"));
        QCOMPARE(stored("reporting_completed_last"), QString("2026-11-02T10:15"));
        QCOMPARE(stored("reporting_run_first"), QString("2026-11-09T10:15"));
        QCOMPARE(stored("reporting_blank_first"), QString("2026-11-16T10:15"));
        QVERIFY(import(t,
                       casesFile({caseRow("CC/1", "P1", {{"deportation_decision", "SERVED"}}),
                                  caseRow("CC/2", "P2")}),
                       reportingFile({eventRow("E1", "P1", "2026-11-02T10:15"),
                                      eventRow("E2", "P1", "2026-11-09T10:15", "NO_SHOW"),
                                      eventRow("E3", "P1", "2026-11-16T10:15")})));
        QCOMPARE(TestData::staleStoredFacts(t.db->sql()), QStringList());
        QCOMPARE(stored("ownership_unclear"), QString("0"));
        QCOMPARE(stored("undecided_sentence_end"), QString());
        QCOMPARE(stored("reporting_completed_last"), QString("2026-11-16T10:15"));
        QCOMPARE(stored("reporting_run_first"), QString());
        QCOMPARE(stored("reporting_blank_first"), QString());
        // CID corrects whose records they are: an event and a case move from P1 to P2, and a
        // new person comes with an event. Both ends of a move change, the new person starts
        // right.
        QVERIFY(import(t,
                       casesFile({caseRow("CC/1", "P2"), caseRow("CC/2", "P2"),
                                  caseRow("CC/3", "P3", {{"owning_unit", ""}})}),
                       reportingFile({eventRow("E1", "P1", "2026-11-02T10:15"),
                                      eventRow("E2", "P2", "2026-11-09T10:15", "NO_SHOW"),
                                      eventRow("E3", "P1", "2026-11-16T10:15", ""),
                                      eventRow("E4", "P3", "2026-11-20T09:00", "NO_SHOW")})));
        QCOMPARE(TestData::staleStoredFacts(t.db->sql()), QStringList());
        QCOMPARE(stored("reporting_completed_last"), QString("2026-11-02T10:15"));
        QCOMPARE(stored("reporting_run_first"), QString("2026-11-16T10:15"));
        QCOMPARE(stored("reporting_blank_first"), QString("2026-11-16T10:15"));
        QCOMPARE(stored("undecided_sentence_end"), QString());
        QCOMPARE(value(t, "SELECT undecided_sentence_end || '|' || reporting_run_first FROM "
                          "person WHERE person_ref = 'P2'")
                     .toString(),
                 QString("2021-05-01|2026-11-09T10:15"));
        QCOMPARE(value(t, "SELECT ownership_unclear FROM person WHERE person_ref = 'P3'").toInt(),
                 1);
        // Only an event moves, from P1 to P3, their cases as they were: neither person is
        // recomputed, and both their reporting facts still follow (the one it leaves included).
        QVERIFY(import(t,
                       casesFile({caseRow("CC/1", "P2"), caseRow("CC/2", "P2"),
                                  caseRow("CC/3", "P3", {{"owning_unit", ""}})}),
                       reportingFile({eventRow("E1", "P3", "2026-11-02T10:15"),
                                      eventRow("E2", "P2", "2026-11-09T10:15", "NO_SHOW"),
                                      eventRow("E3", "P1", "2026-11-16T10:15", ""),
                                      eventRow("E4", "P3", "2026-11-20T09:00", "NO_SHOW")})));
        QCOMPARE(TestData::staleStoredFacts(t.db->sql()), QStringList());
        QCOMPARE(stored("reporting_first"), QString("2026-11-16T10:15"));
        QCOMPARE(stored("reporting_completed_last"), QString());
        QCOMPARE(value(t, "SELECT reporting_first || '|' || reporting_completed_last FROM person "
                          "WHERE person_ref = 'P3'")
                     .toString(),
                 QString("2026-11-02T10:15|2026-11-02T10:15"));
    }

    void marksAndClearsCasesNotInExtract()
    {
        TestDatabase t;
        const QString both = casesFile({caseRow("CC/1", "P1"), caseRow("CC/2", "P2")});
        QVERIFY(import(t, both));
        const QString firstImport = value(t, "SELECT started_at FROM cid_import").toString();
        QTest::qWait(1100); // imports a second apart, so the timestamps differ
        auto r = import(t, casesFile({caseRow("CC/1", "P1")}));
        QVERIFY(r);
        QCOMPARE(r.value().casesNotInExtract, 1);
        QCOMPARE(r.value().casesNewlyMissing, 1);
        QVERIFY(!value(t, "SELECT missing_since FROM cid_case WHERE case_ref = 'CC/2'").isNull());
        QVERIFY(value(t, "SELECT missing_since FROM cid_case WHERE case_ref = 'CC/1'").isNull());
        QCOMPARE(value(t, "SELECT last_seen FROM cid_case WHERE case_ref = 'CC/2'").toString(),
                 firstImport);
        // Nothing is deleted.
        QCOMPARE(value(t, "SELECT COUNT(*) FROM cid_case").toInt(), 2);
        QCOMPARE(value(t, "SELECT COUNT(*) FROM person").toInt(), 2);
        // Still missing the next day: counted, not re-marked.
        const QString since =
            value(t, "SELECT missing_since FROM cid_case WHERE case_ref = 'CC/2'").toString();
        r = import(t, casesFile({caseRow("CC/1", "P1")}));
        QCOMPARE(r.value().casesNotInExtract, 1);
        QCOMPARE(r.value().casesNewlyMissing, 0);
        QCOMPARE(value(t, "SELECT missing_since FROM cid_case WHERE case_ref = 'CC/2'").toString(),
                 since);
        // Back again.
        r = import(t, both);
        QCOMPARE(r.value().casesNotInExtract, 0);
        QCOMPARE(r.value().casesReturned, 1);
        QVERIFY(value(t, "SELECT missing_since FROM cid_case WHERE case_ref = 'CC/2'").isNull());
    }

    // A held case whose row is rejected today is in the extract: kept as it was, not missing.
    void rejectedRowOfHeldCaseIsNotMissing()
    {
        TestDatabase t;
        QVERIFY(import(t, casesFile({caseRow("CC/1", "P1"), caseRow("CC/2", "P1")})));
        const QString before =
            value(t, "SELECT sentence_end FROM cid_case WHERE case_ref = 'CC/2'").toString();
        auto r = import(t, casesFile({caseRow("CC/1", "P1"),
                                      caseRow("CC/2", "P1", {{"sentence_end", "2021-02-29"}}),
                                      caseRow("CC/2", "P1")}));
        QVERIFY(r);
        QCOMPARE(r.value().casesRejected, 2);
        QVERIFY(r.value().rejects[1].reason.contains("appears again (first on line 3)"));
        QCOMPARE(r.value().casesNotInExtract, 0);
        QCOMPARE(r.value().casesUnchanged, 1);
        QVERIFY(value(t, "SELECT missing_since FROM cid_case WHERE case_ref = 'CC/2'").isNull());
        QCOMPARE(value(t, "SELECT sentence_end FROM cid_case WHERE case_ref = 'CC/2'").toString(),
                 before);
    }

    void lodestarDataIsNeverTouched()
    {
        TestDatabase t;
        QVERIFY(import(t, casesFile({caseRow("CC/1", "P1")})));
        const qint64 id = value(t, "SELECT id FROM person").toLongLong();
        QVERIFY(NoteStore(t.db->sql()).add(id, "Seen at the centre", "sokafor"));
        QVERIFY(BandOverrideStore(t.db->sql())
                    .setOverride(id, 1, "Intelligence", "sokafor",
                                 TestData::personVersion(t.db->sql(), id)));
        const auto notesBefore = value(t, "SELECT body || revision FROM note").toString();
        auto r =
            import(t, casesFile({caseRow(
                          "CC/1", "P1", {{"mappa_level", "1"}, {"family_name", "Okafor-Bello"}})}));
        QVERIFY(r);
        QCOMPARE(r.value().casesUpdated, 1);
        QCOMPARE(value(t, "SELECT body || revision FROM note").toString(), notesBefore);
        QCOMPARE(value(t, "SELECT COUNT(*) FROM band_override").toInt(), 1);
        const auto p = PersonStore(t.db->sql()).findById(id);
        QCOMPARE(p.value()->bandOverride.value_or(0), 1);
        QCOMPARE(p.value()->band.value_or(0), 1);
        QCOMPARE(p.value()->bandComputed.value_or(0), 2); // MAPPA 1
        QCOMPARE(p.value()->details.familyName, QString("Okafor-Bello"));
    }

    void bandFollowsBarriers()
    {
        TestDatabase t;
        QVERIFY(import(t, casesFile({caseRow("CC/1", "P1"), barrierRow("CC/2", "P1", "ASYLUM")})));
        auto p = PersonStore(t.db->sql()).findByRef("P1");
        QCOMPARE(p.value()->band.value_or(0), 4);
        // The asylum claim is closed: no open barrier, band 3.
        QVERIFY(import(
            t, casesFile({caseRow("CC/1", "P1"), barrierRow("CC/2", "P1", "ASYLUM", "CLOSED")})));
        p = PersonStore(t.db->sql()).findByRef("P1");
        QCOMPARE(p.value()->openBarriers, 0);
        QCOMPARE(p.value()->band.value_or(0), 3);
        // A judicial review opens: band 4 again. OTHER is not a barrier.
        QVERIFY(import(
            t, casesFile({caseRow("CC/1", "P1"), barrierRow("CC/2", "P1", "ASYLUM", "CLOSED"),
                          barrierRow("CC/3", "P1", "JUDICIAL_REVIEW"),
                          barrierRow("CC/4", "P1", "OTHER")})));
        p = PersonStore(t.db->sql()).findByRef("P1");
        QCOMPARE(p.value()->openBarriers, 1);
        QCOMPARE(p.value()->band.value_or(0), 4);
    }

    // Issue 16: the extract carries no opening date, so a CID barrier has no day raised. The
    // first import's barriers were shown "raised" on the import day and sorted as the newest,
    // and counted as raised that day. Now: "first seen in CID on <day>" wherever the day
    // raised was shown; the register sorts on the day each barrier is known to stand from, a
    // barrier raised two years ago in Lodestar above them; a case new in a later import is
    // known to be opened on or after the import before; and last-minute counts only what is
    // known to be raised while directions stood.
    void cidBarriersAreFirstSeenNotRaised()
    {
        TestDatabase t;
        QSqlDatabase db = t.db->sql();
        const QDate today = QDate::currentDate();
        QVERIFY(import(t, casesFile({caseRow("CC/1", "P1"), barrierRow("CC/2", "P1", "ASYLUM"),
                                     caseRow("CC/3", "P2")})));
        const qint64 p1 = PersonStore(db).findByRef("P1").value()->id;
        const qint64 p2 = PersonStore(db).findByRef("P2").value()->id;
        // Directions stood for both from ten days ago.
        for (const qint64 id : {p1, p2}) {
            RemovalDirections d;
            d.personId = id;
            d.setOn = today.addDays(-10);
            d.plannedOn = today.addDays(14);
            QVERIFY(RemovalStore(db).save(d, "tester"));
        }
        // A second extract: P2's appeal is new.
        QVERIFY(import(t, casesFile({caseRow("CC/1", "P1"), barrierRow("CC/2", "P1", "ASYLUM"),
                                     caseRow("CC/3", "P2"), barrierRow("CC/4", "P2", "APPEAL")})));
        Barrier old;
        old.personId = p1;
        old.type = "embassy";
        old.raisedOn = today.addYears(-2);
        QVERIFY(BarrierStore(db).add(old, "tester"));

        // The person's register: open ones, the latest standing first: CID's claim, then the
        // barrier raised two years ago.
        const QVector<Barrier> ofP1 = BarrierStore(db).forPerson(p1).value();
        QCOMPARE(ofP1.size(), 2);
        QCOMPARE(ofP1.last().type, QString("embassy"));
        const Barrier asylum = ofP1.first();
        QCOMPARE(asylum.caseRef, QString("CC/2"));
        QVERIFY(!asylum.raisedOn.isValid());
        QCOMPARE(asylum.firstSeenOn, today);
        QVERIFY(!asylum.raisedAfter.isValid()); // came with the first import
        QCOMPARE(asylum.standingText(),
                 QString("first seen in CID on %1").arg(DateRange::dayText(today)));
        const Barrier appeal = BarrierStore(db).forPerson(p2).value().first();
        QCOMPARE(appeal.caseRef, QString("CC/4"));
        QVERIFY(!appeal.raisedOn.isValid());
        QCOMPARE(appeal.raisedAfter, today); // not in the first import, made today

        // The person's register and the barrier register say so, never "raised" today.
        PersonBarriersModel person(db);
        QVERIFY(person.setPersonId(p1));
        const int row = person.rowOf(asylum.id);
        QVERIFY(row >= 0);
        QCOMPARE(person.index(row, PersonBarriersModel::Raised).data().toString(),
                 asylum.standingText());
        QVERIFY(person.index(row, PersonBarriersModel::Raised)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("gives no day the case was opened"));
        BarrierRegisterModel reg(db);
        reg.setAsOf(today);
        QVERIFY(reg.reload());
        QCOMPARE(reg.rowCount(), 3);
        // Longest standing first: the barrier raised two years ago, then CID's by first seen.
        QCOMPARE(reg.rowAt(0).barrier.type, QString("embassy"));
        QCOMPARE(reg.index(0, BarrierRegisterModel::Raised).data().toString(),
                 DateRange::dayText(today.addYears(-2)));
        for (int r = 1; r < 3; ++r) {
            QVERIFY(reg.rowAt(r).barrier.fromCid());
            QVERIFY(reg.index(r, BarrierRegisterModel::Raised)
                        .data()
                        .toString()
                        .startsWith("first seen in CID on "));
            // Days open: at least those since first seen.
            QCOMPARE(reg.index(r, BarrierRegisterModel::DaysOpen).data().toString(), QString("0+"));
        }

        // Last-minute: P1's claim came with the first import, after the directions were set,
        // but may be years older: not counted. P2's appeal was not in the extract of a day on
        // which the directions stood: counted.
        QVERIFY(!asylum.lastMinute);
        QVERIFY(appeal.lastMinute);
        QCOMPARE(BarrierStore(db).lastMinuteCount(today).value(), qint64(1));
        QCOMPARE(Figures::compute(db, today).value().lastMinuteBarriers, qint64(1));
    }

    // Issue 15 rule 7: a CID barrier certified under RED.0004 in Lodestar stops blocking
    // removal at once (band 4 -> 3, open barriers, ripe), keeps its mark through a re-import of
    // the same extract, and ends as "closed in CID" when CID closes the case.
    void certifiedCidBarrierLastsUntilCidClosesTheCase()
    {
        TestDatabase t;
        QSqlDatabase db = t.db->sql();
        // The claim comes in a later import than the person (issue 16): the earlier extract
        // did not have it, so it was opened on or after that import's day.
        QVERIFY(import(t, casesFile({caseRow("CC/1", "P1")})));
        const QString extract =
            casesFile({caseRow("CC/1", "P1"), barrierRow("CC/2", "P1", "ASYLUM")});
        QVERIFY(import(t, extract));
        const qint64 id = PersonStore(db).findByRef("P1").value()->id;
        const auto barrier = [&] {
            const auto all = BarrierStore(db).forPerson(id);
            return all && all.value().size() == 1 ? all.value().first() : Barrier();
        };
        const auto person = [&] { return *PersonStore(db).findById(id).value(); };
        const auto ripe = [&] {
            return Figures::personRefs(db, "ripe_for_progression", QDate::currentDate())
                .value()
                .contains("P1");
        };
        Barrier b = barrier();
        QVERIFY(b.fromCid() && b.isOpen());
        QCOMPARE(person().band.value_or(0), 4);
        // No day raised (CID gives none): between the import before and the day first seen.
        QVERIFY(!b.raisedOn.isValid());
        QVERIFY(b.raisedAfter.isValid());
        QVERIFY(b.raisedAfter <= b.firstSeenOn);
        const QDate raised = b.raisedAfter; // the earliest day it can have been opened
        const QDate today = QDate::currentDate();
        BarrierStore store(db);

        // The removal failed on a fresh claim; the RED.0004 notice was served the day of the
        // import before the claim: not before the claim was opened, so not certifiable, and the
        // store says why.
        RemovalDirections first;
        first.personId = id;
        first.setOn = first.plannedOn = first.outcomeOn = raised;
        first.red0004ServedOn = raised;
        first.outcome = "failed";
        first.failureReason = "fresh_asylum_claim";
        QVERIFY(RemovalStore(db).save(first, "tester"));
        Status refused = store.clear(id, b.id, today, "certified", QString(), "tester", b.version);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(BarrierStore::NotCertifiable));
        QVERIFY2(refused.error().message.contains("not before"),
                 qPrintable(refused.error().message));
        QVERIFY(barrier().isOpen());
        QCOMPARE(person().band.value_or(0), 4);
        QVERIFY(!ripe());
        // Any other clearance of CID's barrier stays CID's.
        refused = store.clear(id, b.id, today, "withdrawn", QString(), "tester", b.version);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString("invalid"));

        // An earlier set of directions had one served the day before: certifiable. A stale
        // version is an edit conflict, as for every barrier write.
        RemovalDirections earlier = first;
        earlier.setOn = earlier.plannedOn = earlier.outcomeOn = raised.addDays(-1);
        earlier.red0004ServedOn = raised.addDays(-1);
        QVERIFY(RemovalStore(db).save(earlier, "tester"));
        refused = store.clear(id, b.id, today, "certified", QString(), "tester", b.version + 1);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(EditConflict::Code));
        const int entriesBefore = AuditStore(db).forPerson(id).value().size();
        const Status certified =
            store.clear(id, b.id, today, "certified", "RED.0004 grounds", "tester", b.version);
        QVERIFY2(certified, qPrintable(certified ? QString() : certified.error().toString()));
        b = barrier();
        QVERIFY(b.isCertified());
        QCOMPARE(b.clearedOn, today);
        // The band moves at once; open barriers and ripe follow; the write is audited.
        QCOMPARE(person().band.value_or(0), 3);
        QCOMPARE(person().openBarriers, 0);
        QVERIFY(ripe());
        QCOMPARE(BarrierStore(db).openByType(today).value().value("asylum"), qint64(0));
        QCOMPARE(AuditStore(db).forPerson(id).value().size(), entriesBefore + 1);

        // The same extract again: CID still holds the case open, the mark stays.
        auto again = import(t, extract);
        QVERIFY(again);
        QVERIFY(barrier().isCertified());
        QCOMPARE(person().band.value_or(0), 3);
        // A change to the person makes the import recompute them: still band 3.
        QVERIFY(import(t, casesFile({caseRow("CC/1", "P1", {{"harm", "B"}}),
                                     barrierRow("CC/2", "P1", "ASYLUM")})));
        QVERIFY(barrier().isCertified());
        QCOMPARE(person().band.value_or(0), 3);
        QCOMPARE(person().openBarriers, 0);

        // CID closes the case: simply cleared by CID, the certification over.
        QVERIFY(import(t, casesFile({caseRow("CC/1", "P1", {{"harm", "B"}}),
                                     barrierRow("CC/2", "P1", "ASYLUM", "CLOSED")})));
        b = barrier();
        QVERIFY(!b.isOpen());
        QCOMPARE(b.clearedHow, QString("closed_in_cid"));
        QCOMPARE(person().band.value_or(0), 3);
        // Opened again in CID later: a barrier again, nothing certified any more.
        QVERIFY(import(t, casesFile({caseRow("CC/1", "P1", {{"harm", "B"}}),
                                     barrierRow("CC/2", "P1", "ASYLUM")})));
        QVERIFY(barrier().isOpen());
        QCOMPARE(person().band.value_or(0), 4);
    }

    // A certification made by mistake is undone by reopening: the barrier blocks again.
    void certificationOfACidBarrierCanBeUndone()
    {
        TestDatabase t;
        QSqlDatabase db = t.db->sql();
        QVERIFY(import(t, casesFile({caseRow("CC/1", "P1")})));
        QVERIFY(import(t, casesFile({caseRow("CC/1", "P1"), barrierRow("CC/2", "P1", "APPEAL")})));
        const qint64 id = PersonStore(db).findByRef("P1").value()->id;
        Barrier b = BarrierStore(db).forPerson(id).value().first();
        RemovalDirections d;
        d.personId = id;
        d.setOn = d.plannedOn = b.raisedAfter.addDays(-2);
        d.red0004ServedOn = b.raisedAfter.addDays(-2);
        QVERIFY(RemovalStore(db).save(d, "tester"));
        QVERIFY(BarrierStore(db).clear(id, b.id, QDate::currentDate(), "certified", QString(),
                                       "tester", b.version));
        QCOMPARE(PersonStore(db).findById(id).value()->band.value_or(0), 3);
        b = BarrierStore(db).forPerson(id).value().first();
        QVERIFY(BarrierStore(db).reopen(id, b.id, "tester", b.version));
        QVERIFY(BarrierStore(db).forPerson(id).value().first().isOpen());
        QCOMPARE(PersonStore(db).findById(id).value()->band.value_or(0), 4);
        // Reopening one CID cleared itself is still refused.
        QVERIFY(import(
            t, casesFile({caseRow("CC/1", "P1"), barrierRow("CC/2", "P1", "APPEAL", "CLOSED")})));
        b = BarrierStore(db).forPerson(id).value().first();
        QCOMPARE(b.clearedHow, QString("closed_in_cid"));
        QVERIFY(!BarrierStore(db).reopen(id, b.id, "tester", b.version));
    }

    // While an import writes, another Lodestar on the same file opens it and reads a person's
    // record, without waiting for the import: the file is in WAL mode. The importing
    // connection's tiny page cache makes it spill pages before it commits, which in the old
    // rollback-journal mode took the exclusive lock and kept every reader out until the end.
    void anotherLodestarReadsWhileAnImportWrites()
    {
        TestDatabase t;
        if (t.onPostgres())
            QSKIP("PostgreSQL readers never wait for a writer");
        QVERIFY(import(t, casesFile({caseRow("CC/0", "P0")})));
        QSqlQuery q(t.db->sql());
        QVERIFY(q.exec("PRAGMA journal_mode") && q.next());
        QCOMPARE(q.value(0).toString(), QString("wal"));
        QVERIFY(q.exec("PRAGMA cache_size = 16"));
        QVector<Row> rows;
        for (int i = 1; i <= 12000; ++i)
            rows << caseRow(QString("CC/%1").arg(i), QString("P%1").arg(i));
        const QString cases = casesFile(rows);
        int reads = 0;
        qint64 slowest = 0;
        QString failure;
        auto r = import(t, cases, QString(), [&](qint64, qint64) {
            QElapsedTimer timer;
            timer.start();
            auto other = Database::open(t.path(), Database::Create::Never);
            if (!other) {
                failure = other.error().toString();
                return true;
            }
            const auto person = PersonStore(other.value()->sql()).findByRef("P0");
            QSqlQuery count(other.value()->sql());
            if (!person || !person.value() || !count.exec("SELECT COUNT(*) FROM person") ||
                !count.next()) {
                failure = QStringLiteral("could not read P0");
                return true;
            }
            // The import's rows are not there until it commits.
            if (count.value(0).toInt() != 1)
                failure = QStringLiteral("saw %1 people").arg(count.value(0).toInt());
            slowest = std::max(slowest, timer.elapsed());
            ++reads;
            return true;
        });
        QVERIFY(r);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(reads >= 2);
        // Not a speed test: a reader kept out would have waited the 5 s busy timeout and failed.
        QVERIFY2(slowest < 2000, qPrintable(QString::number(slowest)));
        QCOMPARE(value(t, "SELECT COUNT(*) FROM person").toInt(), 12001);
    }

    // Progress goes on after the rows are read, through the recompute of everyone touched
    // (a few hundred people a step), and Cancel there still leaves nothing.
    void progressAndCancelAnswerThroughTheRecompute()
    {
        TestDatabase t;
        QVERIFY(import(t, casesFile({caseRow("CC/0", "P0")})));
        const QString before = dump(t);
        QVector<Row> rows;
        for (int i = 1; i <= 1600; ++i)
            rows << caseRow(QString("CC/%1").arg(i), QString("P%1").arg(i));
        const QString cases = casesFile(rows);
        const qint64 fileBytes = QFileInfo(cases).size();
        QVector<QPair<qint64, qint64>> calls;
        auto r = import(t, cases, QString(), [&](qint64 done, qint64 total) {
            calls << qMakePair(done, total);
            return done <= fileBytes; // cancel in the recompute
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, CidImporter::Cancelled);
        QCOMPARE(dump(t), before);
        QVERIFY(calls.last().first > fileBytes);

        calls.clear();
        r = import(t, cases, QString(), [&](qint64 done, qint64 total) {
            calls << qMakePair(done, total);
            return true;
        });
        QVERIFY(r);
        int afterReading = 0;
        for (int i = 0; i < calls.size(); ++i) {
            QVERIFY(calls[i].first <= calls[i].second);
            QCOMPARE(calls[i].second, calls.first().second);
            if (i > 0)
                QVERIFY(calls[i].first >= calls[i - 1].first);
            afterReading += calls[i].first > fileBytes ? 1 : 0;
        }
        // The barrier register, the spans, four steps of 500 people, the end.
        QVERIFY2(afterReading >= 6, qPrintable(QString::number(afterReading)));
        QCOMPARE(calls.last().first, calls.last().second);
    }

    // A first import fills empty tables with their secondary indexes set aside and builds them
    // at the end (ImportStore::setIndexesAsideWhenEmpty): afterwards the schema is exactly what
    // it was, and a first import cancelled half-way, after the indexes were dropped, leaves it
    // so too. The foreign keys' own indexes stay throughout.
    void firstImportBuildsTheIndexesAgain()
    {
        TestDatabase t;
        if (t.onPostgres())
            QSKIP("the indexes are set aside on SQLite only");
        const auto schema = [&t] {
            QStringList out;
            QSqlQuery q(t.db->sql());
            q.exec("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name");
            while (q.next())
                out << QStringList{q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toString(), q.value(3).toString()}
                           .join('|');
            return out;
        };
        const QStringList before = schema();
        QVERIFY(before.filter("|person_band|").size() == 1);
        QVERIFY(before.filter("|reporting_event_breach|").size() == 1);
        QVector<Row> people;
        QVector<Row> events;
        for (int i = 1; i <= 1200; ++i) {
            people << caseRow(QString("CC/%1").arg(i), QString("P%1").arg(i));
            events << eventRow(QString("E%1").arg(i), QString("P%1").arg(i), "2026-01-05T10:00",
                               i % 3 == 0 ? "NO_SHOW" : "COMPLETED");
        }
        const QString cases = casesFile(people);
        const QString reporting = reportingFile(events);
        const qint64 bytes = QFileInfo(cases).size() + QFileInfo(reporting).size();
        bool sawIndexesGone = false;
        auto r = import(t, cases, reporting, [&](qint64 done, qint64) {
            if (done > bytes && !sawIndexesGone) {
                // In the recompute: the person table's indexes are still set aside.
                QSqlQuery q(t.db->sql());
                q.exec("SELECT COUNT(*) FROM sqlite_master WHERE name = 'person_band'");
                sawIndexesGone = q.next() && q.value(0).toInt() == 0;
            }
            return done <= bytes + 1;
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, CidImporter::Cancelled);
        QVERIFY(sawIndexesGone);
        QCOMPARE(schema(), before);
        QCOMPARE(value(t, "SELECT COUNT(*) FROM person").toInt(), 0);

        r = import(t, cases, reporting);
        QVERIFY(r);
        QCOMPARE(r.value().eventsAdded, 1200);
        QCOMPARE(schema(), before);
        // Every index rebuilt holds exactly its table's rows.
        QCOMPARE(value(t, "PRAGMA integrity_check").toString(), QString("ok"));
        QCOMPARE(value(t, "SELECT COUNT(*) FROM reporting_event INDEXED BY reporting_event_breach "
                          "WHERE scheduled > '' AND (outcome IS NULL OR outcome IN ('', "
                          "'NO_SHOW'))")
                     .toInt(),
                 400);
    }

    // PostgreSQL: a first import brings the planner's statistics of the tables it filled up to
    // date before the recompute (ImportStore::analyze); the planner took them for empty and
    // read every reporting event for each person. A re-import that adds little leaves them.
    void firstImportBringsThePlannerStatisticsUpToDate()
    {
        TestDatabase t;
        if (!t.onPostgres())
            QSKIP("SQLite's planner keeps to the indexes without statistics");
        const auto analyzed = [&t] {
            return value(t, "SELECT COALESCE(last_analyze, '1970-01-01') FROM pg_stat_user_tables "
                            "WHERE relname = 'reporting_event'")
                .toString();
        };
        const QString never = analyzed();
        QVector<Row> people;
        QVector<Row> events;
        for (int i = 1; i <= 300; ++i) {
            people << caseRow(QString("CC/%1").arg(i), QString("P%1").arg(i));
            events << eventRow(QString("E%1").arg(i), QString("P%1").arg(i), "2026-01-05T10:00");
        }
        QVERIFY(import(t, casesFile(people), reportingFile(events)));
        QCOMPARE(
            value(t, "SELECT reltuples FROM pg_class WHERE relname = 'reporting_event'").toInt(),
            300);
        const QString first = analyzed();
        QVERIFY(first != never);
        events << eventRow("E301", "P1", "2026-01-12T10:00");
        QVERIFY(import(t, casesFile(people), reportingFile(events)));
        QCOMPARE(analyzed(), first);
    }

    // Hostile and broken extracts (issue 18) -------------------------------------------------

    static QVector<Row> thousandCases()
    {
        QVector<Row> rows;
        for (int i = 0; i < 1000; ++i)
            rows << caseRow(QString("CC/%1").arg(i), QString("P%1").arg(i));
        return rows;
    }

    // A stray quote in the middle of 1,000 held cases costs its own row: nothing goes missing.
    void strayQuoteCostsOneRow_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        // Closed again on its own line by the quote before "Burglary": text after it.
        QTest::newRow("in a name") << QByteArray(",Okafor,") << QByteArray(",\"Okafor,");
        // Runs on to the next line, closed by that line's quote: read again from there.
        QTest::newRow("unclosed at the end of a field")
            << QByteArray("\"Burglary, dwelling\"") << QByteArray("\"Burglary, dwelling");
    }

    void strayQuoteCostsOneRow()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        TestDatabase t;
        const QVector<Row> rows = thousandCases();
        QVERIFY(import(t, casesFile(rows)));
        QByteArrayList lines = csv(CaseHeader, rows).split('\n');
        QVERIFY(lines[501].startsWith("CC/500,") && lines[501].contains(from));
        lines[501].replace(from, to);
        const auto r = CidImporter::run(t.db->sql(), write(lines.join('\n')), QString(), "tester");
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r.value().casesNewlyMissing, qint64(0));
        QCOMPARE(r.value().casesRejected, qint64(1));
        QCOMPARE(r.value().rejects.first().line, qint64(502));
        QCOMPARE(r.value().casesUnchanged, qint64(999));
    }

    // A file cut part-way through a row is refused whole; one cut at a line end loses whole
    // rows, and the cases they held go missing only when someone says so.
    void extractCutShortMarksNothingMissing()
    {
        TestDatabase t;
        const QVector<Row> rows = thousandCases();
        QVERIFY(import(t, casesFile(rows)));
        const QString before = dump(t);
        const QByteArray bytes = csv(CaseHeader, rows);
        const qsizetype row600 = bytes.indexOf("\nCC/600,") + 1;

        auto r = CidImporter::run(t.db->sql(), write(bytes.left(row600 + 40)), QString(), "tester");
        QVERIFY(!r);
        QCOMPARE(r.error().code, CidImporter::Refused);
        QVERIFY2(r.error().message.contains("line 602") && r.error().message.contains("cut short"),
                 qPrintable(r.error().message));
        QCOMPARE(dump(t), before);

        const QString half = write(bytes.left(row600));
        r = CidImporter::run(t.db->sql(), half, QString(), "tester");
        QVERIFY(!r);
        QCOMPARE(r.error().code, CidImporter::TooManyMissing);
        QVERIFY2(r.error().message.contains("400 of the 1000 cases held (40.0%)") &&
                     r.error().message.contains("CC/600, CC/601, CC/602, CC/603, CC/604, and "
                                                "395 more"),
                 qPrintable(r.error().message));
        QCOMPARE(dump(t), before);

        CidImporter::MissingCheck asked;
        CidImporter::Options no;
        no.confirmMissing = [&](const CidImporter::MissingCheck &check) {
            asked = check;
            return false;
        };
        r = CidImporter::run(t.db->sql(), half, QString(), "tester", no);
        QVERIFY(!r);
        QCOMPARE(r.error().code, CidImporter::TooManyMissing);
        QCOMPARE(asked.newlyMissing, qint64(400));
        QCOMPARE(asked.held, qint64(1000));
        QCOMPARE(asked.firstCaseRefs,
                 (QStringList{"CC/600", "CC/601", "CC/602", "CC/603", "CC/604"}));
        QCOMPARE(dump(t), before);

        CidImporter::Options yes;
        yes.confirmMissing = [](const CidImporter::MissingCheck &) { return true; };
        r = CidImporter::run(t.db->sql(), half, QString(), "tester", yes);
        QVERIFY(r);
        QCOMPARE(r.value().casesNewlyMissing, qint64(400));
    }

    // "More than 5%": 50 of 1,000 go missing without a question, 51 are asked about.
    void missingLimitIsAShareOfTheCasesHeld_data()
    {
        QTest::addColumn<int>("kept");
        QTest::addColumn<double>("limit");
        QTest::addColumn<bool>("asked");
        QTest::newRow("50 of 1,000") << 950 << CidImporter::DefaultMissingLimit << false;
        QTest::newRow("51 of 1,000") << 949 << CidImporter::DefaultMissingLimit << true;
        QTest::newRow("1 of 1,000 with no share allowed") << 999 << 0.0 << true;
        QTest::newRow("all with any share allowed") << 0 << 1.0 << false;
    }

    void missingLimitIsAShareOfTheCasesHeld()
    {
        QFETCH(int, kept);
        QFETCH(double, limit);
        QFETCH(bool, asked);
        TestDatabase t;
        const QVector<Row> rows = thousandCases();
        QVERIFY(import(t, casesFile(rows)));
        // Cases already missing are not held any more: they neither count nor go missing again.
        CidImporter::Options options;
        options.missingLimit = limit;
        bool question = false;
        options.confirmMissing = [&](const CidImporter::MissingCheck &) {
            question = true;
            return true;
        };
        const auto r = CidImporter::run(t.db->sql(), casesFile(rows.mid(0, kept)), QString(),
                                        "tester", options);
        QVERIFY(r);
        QCOMPARE(question, asked);
        QCOMPARE(r.value().casesNewlyMissing, qint64(1000 - kept));
    }

    // Text from the file reaches the rejects, the notices and the extra columns with its
    // control characters escaped, never raw.
    void controlCharactersAreShownEscaped()
    {
        TestDatabase t;
        const QString esc = QString(QChar(0x1b));
        const QString column = esc + "]0;owned" + QChar(0x07);
        QStringList header = CaseHeader;
        header << column;
        QVector<Row> rows{caseRow("CC/1", "P1", {{"case_type", "CRIM" + esc + "[2JINAL"}}),
                          caseRow("CC/2", "P" + esc + "2", {{"family_name", "Adeyemi"}}),
                          caseRow("CC/3", "P" + esc + "2", {{"family_name", "Bello"}})};
        const auto r = CidImporter::run(t.db->sql(), write(csv(header, rows)), QString(), "tester");
        QVERIFY(r);
        QCOMPARE(r.value().rejects.size(), 1);
        QVERIFY2(r.value().rejects[0].reason.contains("'CRIM\\x1b[2JINAL'"),
                 qPrintable(r.value().rejects[0].reason));
        QCOMPARE(r.value().notices.size(), 1);
        QVERIFY(r.value().notices[0].reason.contains("P\\x1b2"));
        QCOMPARE(r.value().casesExtraColumns, QStringList{"\\x1b]0;owned\\x07"});
        const QString text = r.value().toText();
        QVERIFY(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x07)));
        QVERIFY(text.contains("\\x1b"));
    }

    void cancelledImportLeavesNothing()
    {
        TestDatabase t;
        QVERIFY(import(t, casesFile({caseRow("CC/0", "P0")})));
        const QString before = dump(t);
        QVector<Row> rows;
        for (int i = 1; i <= 20000; ++i)
            rows << caseRow(QString("CC/%1").arg(i), QString("P%1").arg(i / 2));
        const QString cases = casesFile(rows);
        int calls = 0;
        auto r = import(t, cases, QString(), [&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, CidImporter::Cancelled);
        QVERIFY(calls >= 2);
        QCOMPARE(dump(t), before);
        QVERIFY(import(t, cases));
        QCOMPARE(value(t, "SELECT COUNT(*) FROM cid_case").toInt(), 20001);
    }

    void failureMidImportLeavesNothing()
    {
        TestDatabase t;
        QVERIFY(import(t, casesFile({caseRow("CC/0", "P0")})));
        // An SQL failure on the third new case, after people and cases were written.
        QSqlQuery q(t.db->sql());
        // A trigger on SQLite (not a temporary one: the import's temp_store setting drops
        // those), a constraint named boom on PostgreSQL.
        QVERIFY2(q.exec(t.onPostgres()
                            ? "ALTER TABLE cid_case ADD CONSTRAINT boom CHECK (case_ref <> 'CC/3')"
                            : "CREATE TRIGGER boom BEFORE INSERT ON cid_case WHEN "
                              "NEW.case_ref = 'CC/3' BEGIN SELECT RAISE(ABORT, 'boom'); END"),
                 qPrintable(q.lastError().text()));
        const QString before = dump(t);
        auto r =
            import(t,
                   casesFile({caseRow("CC/0", "P0", {{"case_owner", "x"}}), caseRow("CC/1", "P1"),
                              caseRow("CC/2", "P2"), caseRow("CC/3", "P3")}),
                   reportingFile({eventRow("E1", "P1", "2026-11-02T10:15")}));
        QVERIFY(!r);
        QVERIFY(r.error().toString().contains("boom"));
        QCOMPARE(dump(t), before);
        if (t.onPostgres())
            return;
        QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
        QCOMPARE(q.value(0).toString(), QString("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCidImporter)
#include "tst_cidimporter.moc"
