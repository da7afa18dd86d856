// The audit trail on the person record (issue 8): opening the record audits an "open"; the
// Audit tab lists the person's entries newest first (AuditTrailModel under
// QAbstractItemModelTester), with a change's fields before → after; the subject access export
// is refused for a caseworker (in the store, whatever the screen shows), complete for an
// admin, and itself audited.
#include "db/session.h"
#include "io/subjectaccessexport.h"
#include "itemmodels/audittrailmodel.h"
#include "itemmodels/roles.h"
#include "personrecordwidget.h"
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
    void changedFieldsReadable();
    void modelListsNewestFirst();
    void openingTheRecordIsAudited();
    void exportRefusedForCaseworker();
    void exportCompleteForAdmin();
};

void TestAuditGui::changedFieldsReadable()
{
    QCOMPARE(AuditTrailModel::changedFields(QStringLiteral("{\"a\":1,\"b\":\"x\",\"c\":null}"),
                                            QStringLiteral("{\"a\":1,\"b\":\"y\",\"c\":\"z\"}")),
             QStringList({QStringLiteral("b: x → y"), QStringLiteral("c: (empty) → z")}));
    QVERIFY(AuditTrailModel::changedFields(QStringLiteral("{\"a\":1}"), QStringLiteral("{\"a\":1}"))
                .isEmpty());
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
    QCOMPARE(model.data(model.index(0, AuditTrailModel::Who)).toString(),
             QStringLiteral("sokafor"));
    const QString what = model.data(model.index(0, AuditTrailModel::What)).toString();
    QVERIFY2(what.startsWith(QStringLiteral("Note %1: ").arg(note.value())), qPrintable(what));
    QVERIFY2(what.contains(QStringLiteral("body: Seen → Seen at ten")), qPrintable(what));
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
    PersonRecordWidget record(f.db, f.person, QStringLiteral("sokafor"));
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
    const Status s = SubjectAccessExport::write(f.db, f.person, path);
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("refused"));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(AuditStore(f.db).count().value(), entries);
    // Someone who is not a user at all is refused too.
    Session::setUser(f.db, QStringLiteral("stranger"));
    QVERIFY(!SubjectAccessExport::write(f.db, f.person, path));
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
    PersonRecordWidget record(f.db, f.person, QStringLiteral("dfarrow"));
    auto *button = record.findChild<QPushButton *>(QStringLiteral("subjectAccessButton"));
    QVERIFY(button);
    QVERIFY(!button->isHidden());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sar.json"));
    record.exportSubjectAccess(path);
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
