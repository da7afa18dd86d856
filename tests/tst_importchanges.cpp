// What an import changed for the caseload: recorded in the import's transaction, compared
// in one pure function, shown by the "What changed" view filtered to my cases.
#include "io/cidimporter.h"
#include "itemmodels/importchangesmodel.h"
#include "itemmodels/roles.h"
#include "lists/importchangesview.h"
#include "store/importstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {
const QByteArray Header = "case_ref,person_ref,case_type,case_status,family_name,owning_unit,"
                          "case_owner,mappa_level,custody\n";
const QByteArray P1 = "CC/1,P1,CRIMINAL,OPEN,Okafor,CC Leeds,sokafor,0,NON_DETAINED\n";
const QByteArray P2 = "CC/2,P2,CRIMINAL,OPEN,Nowak,CC Leeds,jmensah,0,NON_DETAINED\n";
const QByteArray P2Moved = "CC/2,P2,CRIMINAL,OPEN,Nowak,CC Liverpool,sokafor,0,NON_DETAINED\n";
const QByteArray P3 = "CC/3,P3,CRIMINAL,OPEN,Smith,CC Leeds,sokafor,0,NON_DETAINED\n";
const QByteArray P4 = "CC/4,P4,CRIMINAL,OPEN,Jones,CC Leeds,kjones,2,NON_DETAINED\n";
const QByteArray P1Asylum = "AS/1,P1,ASYLUM,OPEN,Okafor,,,,\n";
const QByteArray P1AsylumClosed = "AS/1,P1,ASYLUM,CLOSED,Okafor,,,,\n";

QString summaryOf(const QVector<ImportStore::ChangeRow> &rows)
{
    QStringList out;
    for (const auto &r : rows)
        out << QStringLiteral("%1 %2 %3>%4 %5")
                   .arg(r.personRef, ImportChange::kindCode(r.change.kind), r.change.before,
                        r.change.after, r.change.detail)
                   .trimmed();
    out.sort();
    return out.join(QLatin1Char('\n'));
}
} // namespace

class TestImportChanges : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    QTemporaryDir m_dir;
    QVector<qint64> m_imports;

    qint64 import(const QByteArray &rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("cases.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(Header + rows);
        f.close();
        const auto s = CidImporter::run(m_t.db->sql(), path, QString(), QStringLiteral("test"),
                                        TestData::allowingMissing());
        return s ? s.value().importId : 0;
    }
    QString changesOf(qint64 importId)
    {
        const auto rows = ImportStore(m_t.db->sql()).changes(importId, std::nullopt, std::nullopt);
        return rows ? summaryOf(rows.value()) : QStringLiteral("<error>");
    }

private slots:
    void initTestCase() { TestData::isolateSettings(QStringLiteral("tst_importchanges")); }

    // The comparison itself, without a database.
    void diffRules()
    {
        using Kind = ImportChange::Kind;
        const QHash<qint64, PersonSnapshot> before{
            {1, PersonSnapshot{3, QStringLiteral("NO_MAPPA_NO_BARRIER"), QStringLiteral("a"),
                               QStringLiteral("CC Leeds"), 2,
                               QStringLiteral("Becket House \u00b7 WEEKLY \u00b7 10:00-11:00"),
                               QStringLiteral("NON_DETAINED")}}};
        QHash<qint64, PersonSnapshot> after = before;
        after.insert(2, PersonSnapshot{4, QStringLiteral("NO_MAPPA_BARRIER"), QString(), QString(),
                                       1, QString(), QStringLiteral("NON_DETAINED")});
        // A newcomer's barriers are not listed beside "new"; nothing else changed.
        const QHash<qint64, BarrierSnapshot> barriers{
            {10, BarrierSnapshot{2, QStringLiteral("AS/2"), QStringLiteral("ASYLUM")}}};
        QVector<ImportChange> d = ImportChanges::diff(before, after, {}, barriers);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].kind, Kind::PersonNew);
        QCOMPARE(d[0].personId, qint64(2));
        // One of two cases missing is not gone; both missing is.
        after[1].casesInExtract = 1;
        QVERIFY(ImportChanges::diff(before, after, barriers, barriers).size() == 1);
        after[1].casesInExtract = 0;
        d = ImportChanges::diff(before, after, barriers, barriers);
        QCOMPARE(d.size(), 2);
        QCOMPARE(d[0].kind, Kind::PersonGone);
        QCOMPARE(ImportChange::kindFromCode(ImportChange::kindCode(Kind::UnitChanged)),
                 Kind::UnitChanged);
        // CID moves the reporting: the restriction's CID history.
        after[1].casesInExtract = 2;
        after[1].reporting = QStringLiteral("Becket House \u00b7 WEEKLY \u00b7 10:00-16:00");
        d = ImportChanges::diff(before, after, barriers, barriers);
        QCOMPARE(d.size(), 2); // and person 2, new
        const auto reporting = std::find_if(d.cbegin(), d.cend(),
                                            [](const ImportChange &c) { return c.personId == 1; });
        QVERIFY(reporting != d.cend());
        QCOMPARE(reporting->kind, Kind::ReportingChanged);
        QCOMPARE(reporting->before, before[1].reporting);
        QCOMPARE(reporting->after, after[1].reporting);
    }

    void recordsWhatEachImportChanged()
    {
        const qint64 a = import(P1 + P2 + P3);
        QVERIFY(a);
        QCOMPARE(changesOf(a), QStringLiteral("P1 person_new >\nP2 person_new >\nP3 person_new >"));

        // P1's asylum claim opens (band 3 -> 4), P2 moves to another owner and unit, P3 is
        // gone from the extract, P4 is new.
        const qint64 b = import(P1 + P1Asylum + P2Moved + P4);
        QVERIFY(b);
        QCOMPARE(changesOf(b), QStringLiteral("P1 band_changed 3>4 NO_MAPPA_BARRIER\n"
                                              "P1 barrier_opened > ASYLUM AS/1\n"
                                              "P2 owner_changed jmensah>sokafor\n"
                                              "P2 unit_changed CC Leeds>CC Liverpool\n"
                                              "P3 person_gone >\n"
                                              "P4 person_new >"));

        // The claim is decided: the barrier closes and the band follows.
        const qint64 c = import(P1 + P1AsylumClosed + P2Moved + P4);
        QVERIFY(c);
        QCOMPARE(changesOf(c), QStringLiteral("P1 band_changed 4>3 NO_MAPPA_NO_BARRIER\n"
                                              "P1 barrier_closed > ASYLUM AS/1"));

        // The same extract again changes nothing, so nothing is recorded.
        const qint64 again = import(P1 + P1AsylumClosed + P2Moved + P4);
        QVERIFY(again);
        QCOMPARE(changesOf(again), QString());
        m_imports = {a, b, c, again};
    }

    void modelNarrowsToOwnerAndKind()
    {
        ImportChangesModel model(m_t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.show(m_imports[1], std::nullopt, std::nullopt));
        QCOMPARE(model.rowCount(), 6);
        // P1, P2 (now sokafor's) and P3 (still recorded as sokafor's) are sokafor's cases.
        QVERIFY(model.show(m_imports[1], QStringLiteral("sokafor"), std::nullopt));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.show(m_imports[1], std::nullopt, ImportChange::Kind::BandChanged));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ImportChangesModel::Before).data().toString(),
                 QStringLiteral("3 Lowest risk, removable"));
        QCOMPARE(model.index(0, ImportChangesModel::After).data().toString(),
                 QStringLiteral("4 Lowest risk, not removable"));
        QVERIFY(model.index(0, ImportChangesModel::Detail)
                    .data()
                    .toString()
                    .contains(QLatin1String("open barrier")));
        QVERIFY(model.show(m_imports[3], std::nullopt, std::nullopt));
        QCOMPARE(model.rowCount(), 0);
    }

    void viewShowsMyCasesOfTheLatestImportFirst()
    {
        ImportChangesView view({m_t.db->sql(), QStringLiteral("sokafor")});
        view.show();
        auto *importBox = view.findChild<QComboBox *>(QStringLiteral("changesImportFilter"));
        auto *owner = view.findChild<QComboBox *>(QStringLiteral("changesOwnerFilter"));
        QCOMPARE(importBox->count(), 4);
        QCOMPARE(importBox->currentData().toLongLong(), m_imports[3]); // newest first
        QCOMPARE(owner->currentData().toString(), QStringLiteral("sokafor"));
        QCOMPARE(view.model()->rowCount(), 0);

        importBox->setCurrentIndex(importBox->findData(m_imports[1]));
        QCOMPARE(view.model()->rowCount(), 5);
        owner->setFocus();
        QTest::keyClick(owner, Qt::Key_Down); // Everyone
        QCOMPARE(view.model()->rowCount(), 6);

        QSignalSpy open(&view, &ImportChangesView::openPerson);
        view.table()->setFocus();
        view.table()->setCurrentIndex(view.model()->index(0, 0));
        QTest::keyClick(view.table(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QVERIFY(open.first().at(0).toLongLong() > 0);
    }

    // Last, so the imports above stay the latest for the tests before it: CID detains P4, who
    // leaves the banded stock; custody is among the changes, in the view and on Today.
    void custodyAmongTheChanges()
    {
        using Kind = ImportChange::Kind;
        PersonSnapshot was;
        was.custody = QStringLiteral("NON_DETAINED");
        PersonSnapshot now = was;
        now.custody = QStringLiteral("DETAINED");
        const QVector<ImportChange> d = ImportChanges::diff({{1, was}}, {{1, now}}, {}, {});
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].kind, Kind::CustodyChanged);
        QCOMPARE(ImportChange::kindFromCode(QStringLiteral("custody_changed")),
                 Kind::CustodyChanged);

        QByteArray p4Detained = P4;
        p4Detained.replace("NON_DETAINED", "DETAINED");
        const qint64 d1 = import(P1 + P1AsylumClosed + P2Moved + p4Detained);
        QVERIFY(d1);
        QCOMPARE(changesOf(d1), QStringLiteral("P4 band_changed 1>0 DETAINED\n"
                                               "P4 custody_changed NON_DETAINED>DETAINED"));
        ImportChangesModel model(m_t.db->sql());
        QVERIFY(model.show(d1, std::nullopt, std::nullopt));
        bool shown = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, ImportChangesModel::Change).data(Roles::Code) ==
                QLatin1String("custody_changed")) {
                QCOMPARE(model.index(row, ImportChangesModel::Before).data().toString(),
                         QStringLiteral("Non-detained"));
                QCOMPARE(model.index(row, ImportChangesModel::After).data().toString(),
                         QStringLiteral("Detained"));
                shown = true;
            }
        }
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestImportChanges)
#include "tst_importchanges.moc"
