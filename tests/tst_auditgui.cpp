// The audit trail on the person record (issue 8): opening the record audits an "open"; the
// Audit tab lists the person's entries newest first (AuditTrailModel under
// QAbstractItemModelTester), with a change's fields before → after; the subject access export
// is refused for a caseworker (in the store, whatever the screen shows), complete for an
// admin, and itself audited.
#include "db/session.h"
#include "io/subjectaccessexport.h"
#include "itemmodels/audittrailmodel.h"
#include "itemmodels/displaytext.h"
#include "itemmodels/roles.h"
#include "person/personrecordwidget.h"
#include "store/auditstore.h"
#include "store/barrierstore.h"
#include "store/notestore.h"
#include "store/reoffencestore.h"
#include "store/userstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

// A day as Lodestar shows it, in the user's locale: the suite runs in German too (.ci/matrix).
static QString shownDay(int year, int month, int day)
{
    return QLocale().toString(QDate(year, month, day), QStringLiteral("d MMM yyyy"));
}

class TestAuditGui : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TestDatabase t;
        QSqlDatabase db;
        qint64 person = 0;
        qint64 other = 0;
        Fixture()
        {
            QVERIFY(TestData::add(
                *t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Ferreira"),
                                         QStringLiteral("Ana"), QString(), 12, {"ASYLUM"}),
                        TestData::person(QStringLiteral("P2"), QStringLiteral("Osei"),
                                         QStringLiteral("Kwame"), QString(), 24)}));
            db = t.db->sql();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM person ORDER BY person_ref")));
            QVERIFY(q.next());
            person = q.value(0).toLongLong();
            QVERIFY(q.next());
            other = q.value(0).toLongLong();
            AppUser admin;
            admin.userName = QStringLiteral("dfarrow");
            admin.role = QStringLiteral("admin");
            AppUser caseworker;
            caseworker.userName = QStringLiteral("sokafor");
            caseworker.displayName = QStringLiteral("Sam Okafor");
            // The first admin is anyone's to add; once there is one, only an admin adds users.
            QVERIFY(UserStore(db).save(admin, QStringLiteral("setup")));
            Session::setUser(db, admin.userName);
            QVERIFY(UserStore(db).save(caseworker, QStringLiteral("setup")));
            Session::setUser(db, QString());
            // Both people are the caseworker's, so the notes below are theirs to write.
            QVERIFY(q.exec(QStringLiteral("UPDATE person SET case_owner = 'sokafor'")));
        }
        ~Fixture() { Session::setUser(db, QString()); }
    };

private slots:
    void initTestCase() { TestData::isolateSettings(QStringLiteral("tst_auditgui")); }
    void changedFieldsReadable_data();
    void changedFieldsReadable();
    void modelListsNewestFirst();
    void openingTheRecordIsAudited();
    void exportRefusedForCaseworker();
    void exportCompleteForAdmin();
};

void TestAuditGui::changedFieldsReadable_data()
{
    // Issue 16: the Audit tab said "cleared_by: (empty) → sokafor". Labels as the record's
    // screens use them, dates as dates, users by name, bookkeeping left out.
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("barrier cleared")
        << "barrier"
        << R"({"cleared_by":null,"cleared_on":null,"version":1,)"
           R"("updated_at":"2026-01-01T10:00:00Z"})"
        << R"({"cleared_by":"sokafor","cleared_on":"2026-03-02",)"
           R"("version":2,"updated_at":"2026-03-02T10:00:00Z"})"
        << QStringList{"Cleared by: (empty) → Sam Okafor",
                       QStringLiteral("Cleared on: (empty) → %1").arg(shownDay(2026, 3, 2))};
    QTest::newRow("unknown user kept")
        << "allocation"
        << R"({"to_owner":"jdoe"})"
        << R"({"to_owner":"sokafor"})" << QStringList{"To: jdoe → Sam Okafor"};
    QTest::newRow("common and unknown columns")
        << "tasking"
        << R"({"a_new_column":1,"outcome":"x","c":null})"
        << R"({"a_new_column":2,"outcome":"y","c":"z"})"
        << QStringList{"A new column: 1 → 2", "C: (empty) → z", "Outcome: x → y"};
    QTest::newRow("timestamp") << "review"
                               << R"({"signed_off_at":null})"
                               << R"({"signed_off_at":"2026-03-02T10:15:00Z"})"
                               << QStringList{QStringLiteral("Signed off: (empty) → %1")
                                                  .arg(DisplayText::dateTime(
                                                      QStringLiteral("2026-03-02T10:15:00Z")))};
    QTest::newRow("same") << "note"
                          << R"({"a":1})"
                          << R"({"a":1})" << QStringList();
    QTest::newRow("only bookkeeping") << "person"
                                      << R"({"version":1,"search_key":"a"})"
                                      << R"({"version":2,"search_key":"b"})" << QStringList();
}

void TestAuditGui::changedFieldsReadable()
{
    QFETCH(QString, table);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, expected);
    const QHash<QString, QString> users{{QStringLiteral("sokafor"), QStringLiteral("Sam Okafor")}};
    QCOMPARE(AuditTrailModel::changedFields(table, before, after, users), expected);
    QCOMPARE(AuditTrailModel::entityName(QStringLiteral("note"), 4), QStringLiteral("Note 4"));
    QCOMPARE(AuditTrailModel::actionName(QStringLiteral("update")), QStringLiteral("Changed"));
}

void TestAuditGui::modelListsNewestFirst()
{
    Fixture f;
    Session::setUser(f.db, QStringLiteral("sokafor"));
    const auto note = NoteStore(f.db).add(f.person, QStringLiteral("Seen"), "sokafor");
    QVERIFY(note);
    QVERIFY(NoteStore(f.db).edit(note.value(), QStringLiteral("Seen at ten"), "sokafor", 1));
    QVERIFY(NoteStore(f.db).add(f.other, QStringLiteral("Not this person"), "sokafor"));
    AuditTrailModel model(f.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setPersonId(f.person));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AuditTrailModel::ColumnCount));
    QCOMPARE(model.data(model.index(0, AuditTrailModel::Action)).toString(),
             QStringLiteral("Changed"));
    // Who by display name, the user name on hover.
    QCOMPARE(model.data(model.index(0, AuditTrailModel::Who)).toString(),
             QStringLiteral("Sam Okafor"));
    QCOMPARE(model.data(model.index(0, AuditTrailModel::Who), Qt::ToolTipRole).toString(),
             QStringLiteral("sokafor"));
    const QString what = model.data(model.index(0, AuditTrailModel::What)).toString();
    QVERIFY2(what.startsWith(QStringLiteral("Note %1: ").arg(note.value())), qPrintable(what));
    QVERIFY2(what.contains(QStringLiteral("Text: Seen → Seen at ten")), qPrintable(what));
    QCOMPARE(model.data(model.index(1, AuditTrailModel::Action)).toString(),
             QStringLiteral("Added"));
    QCOMPARE(model.data(model.index(1, AuditTrailModel::What)).toString(),
             QStringLiteral("Note %1: Seen").arg(note.value()));
    QCOMPARE(model.data(model.index(1, AuditTrailModel::When), Roles::PersonId).toLongLong(),
             f.person);
    QVERIFY(model.entryAt(0).id > model.entryAt(1).id);
    QVERIFY(model.setPersonId(0));
    QCOMPARE(model.rowCount(), 0);
}

void TestAuditGui::openingTheRecordIsAudited()
{
    Fixture f;
    Session::setUser(f.db, QStringLiteral("sokafor"));
    const qint64 before = AuditStore(f.db).forPerson(f.person).value().size();
    PersonRecordWidget record({f.db, QStringLiteral("sokafor")}, f.person);
    const auto entries = AuditStore(f.db).forPerson(f.person);
    QVERIFY(entries);
    QCOMPARE(qint64(entries.value().size()), before + 1);
    QCOMPARE(entries.value().first().action, QStringLiteral("open"));
    QCOMPARE(entries.value().first().actor, QStringLiteral("sokafor"));
    // The Audit tab shows it, keyed "audit" for the screenshot command.
    QVERIFY(PersonRecordWidget::lowerTabKeys().contains(QStringLiteral("audit")));
    QVERIFY(record.showLowerTab(QStringLiteral("audit")));
    auto *tabs = record.findChild<QTableView *>(QStringLiteral("auditView"));
    QVERIFY(tabs);
    QCOMPARE(record.auditModel()->rowCount(), int(before + 1));
    QCOMPARE(record.auditModel()
                 ->data(record.auditModel()->index(0, AuditTrailModel::Action))
                 .toString(),
             QStringLiteral("Opened"));
    // A caseworker is not offered the export.
    auto *button = record.findChild<QPushButton *>(QStringLiteral("subjectAccessButton"));
    QVERIFY(button);
    QVERIFY(button->isHidden());
}

void TestAuditGui::exportRefusedForCaseworker()
{
    Fixture f;
    Session::setUser(f.db, QStringLiteral("sokafor"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sar.json"));
    const qint64 entries = AuditStore(f.db).count().value();
    const Status s =
        SubjectAccessExport::write(f.db, f.person, path, QStringLiteral("subject access request"));
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("refused"));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(AuditStore(f.db).count().value(), entries);
    // Someone who is not a user at all is refused too.
    Session::setUser(f.db, QStringLiteral("stranger"));
    QVERIFY(!SubjectAccessExport::write(f.db, f.person, path,
                                        QStringLiteral("subject access request")));
    QVERIFY(!QFile::exists(path));
}

void TestAuditGui::exportCompleteForAdmin()
{
    Fixture f;
    Session::setUser(f.db, QStringLiteral("sokafor"));
    const auto note = NoteStore(f.db).add(f.person, QStringLiteral("Seen"), "sokafor");
    QVERIFY(note);
    QVERIFY(NoteStore(f.db).edit(note.value(), QStringLiteral("Seen at ten"), "sokafor", 1));
    Reoffence r;
    r.personId = f.person;
    r.offenceOn = QDate::currentDate().addDays(-2);
    r.offence = QStringLiteral("shoplifting");
    r.source = QStringLiteral("police");
    QVERIFY(ReoffenceStore(f.db).record(r, "sokafor"));
    QVERIFY(NoteStore(f.db).add(f.other, QStringLiteral("Someone else's"), "sokafor"));

    Session::setUser(f.db, QStringLiteral("dfarrow"));
    PersonRecordWidget record({f.db, QStringLiteral("dfarrow")}, f.person);
    auto *button = record.findChild<QPushButton *>(QStringLiteral("subjectAccessButton"));
    QVERIFY(button);
    QVERIFY(!button->isHidden());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sar.json"));
    record.exportSubjectAccess(path, QStringLiteral("subject access request"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(doc.value("person").toObject().value("person_ref").toString(), QStringLiteral("P1"));
    for (const QString &table : SubjectAccessExport::personTables())
        QVERIFY2(doc.value(table).isArray(), qPrintable(table));
    QCOMPARE(doc.value("cid_case").toArray().size(), 2);
    QCOMPARE(doc.value("note").toArray().size(), 1);
    QCOMPARE(doc.value("note_revision").toArray().size(), 2);
    QCOMPARE(doc.value("reoffence").toArray().size(), 1);
    QCOMPARE(doc.value("barrier").toArray().size(), 1);
    // The audit rows are the person's: the note, its edit, the reoffence and the opening.
    const QJsonArray audit = doc.value("audit_log").toArray();
    QCOMPARE(audit.size(), 4);
    for (const QJsonValue &v : audit)
        QCOMPARE(v.toObject().value("person_id").toVariant().toLongLong(), f.person);
    // The export is audited, and the record's tab shows it.
    const auto entries = AuditStore(f.db).forPerson(f.person);
    QCOMPARE(entries.value().first().action, QStringLiteral("export"));
    QCOMPARE(entries.value().first().actor, QStringLiteral("dfarrow"));
    QCOMPARE(record.auditModel()
                 ->data(record.auditModel()->index(0, AuditTrailModel::Action))
                 .toString(),
             QStringLiteral("Exported"));
    const auto verified = AuditStore(f.db).verify();
    QVERIFY(verified && verified.value().intact);
}

QTEST_MAIN(TestAuditGui)
#include "tst_auditgui.moc"
