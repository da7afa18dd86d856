// Who may change what (issue 8): the pure rules, and each role's refusals through the store
// API, on a database that enforces them (it has an admin) and on one that does not yet.
#include "db/session.h"
#include "db/transaction.h"
#include "domain/permissions.h"
#include "domain/review.h"
#include "domain/reviewrules.h"
#include "io/cidimporter.h"
#include "store/accessstore.h"
#include "store/allocationstore.h"
#include "store/auditstore.h"
#include "store/bandoverridestore.h"
#include "store/noteqastore.h"
#include "store/notestore.h"
#include "store/personstore.h"
#include "store/removalstore.h"
#include "store/reviewstore.h"
#include "store/storesupport.h"
#include "store/userstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using A = Permissions::Action;

namespace {

Permissions::Actor actor(const QString &name, const QString &role, const QString &team)
{
    Permissions::Actor a;
    a.userName = name;
    a.role = role;
    a.team = team;
    a.known = true;
    return a;
}

Permissions::Person person(const QString &owner, const QString &ownerTeam, bool ownerIsUser)
{
    Permissions::Person p;
    p.id = 7;
    p.ref = QStringLiteral("P7");
    p.owner = owner;
    p.ownerLabel = owner;
    p.ownerTeam = ownerTeam;
    p.ownerIsUser = ownerIsUser;
    return p;
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

    // People: P1 sokafor's (Liverpool A), P2 amensah's (Leeds A), P3 nobody's, P4 owned by a
    // user in no team, P5 owned by someone who is not a user. Users of every role.
    struct Fixture
    {
        TestDatabase t;
        QSqlDatabase db;
        QHash<QString, qint64> id;
        bool ready = false;
        Fixture()
        {
            QVector<PersonStore::NewPerson> people;
            for (const char *ref : {"P1", "P2", "P3", "P4", "P5"})
                people << TestData::person(QString::fromLatin1(ref), QStringLiteral("Doe"),
                                           QStringLiteral("Jo"), QStringLiteral("1"), 24);
            if (!TestData::add(*t.db, people))
                return;
            db = t.db->sql();
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT person_ref, id FROM person")))
                return;
            while (q.next())
                id.insert(q.value(0).toString(), q.value(1).toLongLong());
            const QList<QPair<QString, QString>> owners{{"P1", "sokafor"},
                                                        {"P2", "amensah"},
                                                        {"P3", QString()},
                                                        {"P4", "croydon1"},
                                                        {"P5", "outsider"}};
            for (const auto &o : owners) {
                q.prepare(QStringLiteral("UPDATE person SET case_owner = ? WHERE person_ref = ?"));
                q.addBindValue(o.second.isEmpty() ? QVariant() : QVariant(o.second));
                q.addBindValue(o.first);
                if (!q.exec())
                    return;
            }
            ready = addUsers();
        }
        bool addUsers()
        {
            const QList<QStringList> users{
                {"dfarrow", "Dana Farrow", "", "admin"},
                {"cbennett", "Claire Bennett", "", "manager"},
                {"rfarrell", "Ruth Farrell", "Liverpool A", "team_leader"},
                {"jbarker", "Jane Barker", "Leeds A", "team_leader"},
                {"sokafor", "Sam Okafor", "Liverpool A", "caseworker"},
                {"amensah", "Ama Mensah", "Leeds A", "caseworker"},
                {"croydon1", "Cal Roy", "", "caseworker"}};
            for (const QStringList &u : users) {
                AppUser user;
                user.userName = u.at(0);
                user.displayName = u.at(1);
                user.team = u.at(2);
                user.role = u.at(3);
                // The first is the admin, whom anyone may add; the rest need the admin.
                if (!UserStore(db).save(user, QStringLiteral("setup")))
                    return false;
                Session::setUser(db, QStringLiteral("dfarrow"));
            }
            Session::setUser(db, QString());
            return true;
        }
        ~Fixture()
        {
            if (db.isValid())
                Session::setUser(db, QString());
        }
        void as(const QString &user) { Session::setUser(db, user); }
        qint64 audits() const { return AuditStore(db).count().value(); }
        int notes(qint64 personId) const
        {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM note WHERE person_id = ?"));
            q.addBindValue(personId);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        }
        QString ownerOf(qint64 personId) const
        {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT case_owner FROM person WHERE id = ?"));
            q.addBindValue(personId);
            return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("?");
        }
    };

    // A refusal: the permission code, and nothing written, not even an audit entry.
    static bool refused(const Status &s, const Fixture &f, qint64 auditsBefore)
    {
        return !s.ok() && s.error().code == Permissions::Refused && !s.error().message.isEmpty() &&
               f.audits() == auditsBefore;
    }

private slots:
    void initTestCase() { TestData::isolateSettings(QStringLiteral("tst_permissions")); }
    void rules_data();
    void rules();
    void notEnforcedWithoutAdmin();
    void defaultsForTables();
    void messagesSayWhoAndWhy();
    void caseworkerRefusals();
    void teamLeaderRefusals();
    void managerChangesNothing();
    void adminManagesUsersNotPeople();
    void unknownUserChangesNothing();
    void lastAdminKeepsTheRole();
    void actAs_data();
    void actAs();
    void actAsReadsTheFile();
    void serverSentence_data();
    void serverSentence();
};

void TestPermissions::rules_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("team");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("owner"); // "" nobody
    QTest::addColumn<QString>("ownerTeam");
    QTest::addColumn<bool>("ownerIsUser");
    QTest::addColumn<bool>("allowed");
    const QString cw = QStringLiteral("caseworker"), tl = QStringLiteral("team_leader"),
                  mgr = QStringLiteral("manager"), adm = QStringLiteral("admin");
    const QString la = QStringLiteral("Liverpool A"), lb = QStringLiteral("Leeds A");
    const auto row = [](const char *name, const QString &role, const QString &team, A action,
                        const QString &owner, const QString &ownerTeam, bool ownerIsUser,
                        bool allowed) {
        QTest::newRow(name) << role << team << int(action) << owner << ownerTeam << ownerIsUser
                            << allowed;
    };
    // A caseworker: their own people, nothing else.
    row("cw own", cw, la, A::ChangePerson, QStringLiteral("me"), la, true, true);
    row("cw teammate's", cw, la, A::ChangePerson, QStringLiteral("ann"), la, true, false);
    row("cw unallocated", cw, la, A::ChangePerson, QString(), QString(), false, false);
    row("cw override own", cw, la, A::OverrideBand, QStringLiteral("me"), la, true, false);
    row("cw allocate own", cw, la, A::Allocate, QStringLiteral("me"), la, true, false);
    row("cw sign off", cw, la, A::SignOffReview, QStringLiteral("me"), la, true, false);
    row("cw note qa", cw, la, A::RunNoteQa, QString(), QString(), false, false);
    row("cw users", cw, la, A::ManageUsers, QString(), QString(), false, false);
    row("cw open", cw, la, A::None, QStringLiteral("ann"), lb, true, true);
    // A team leader: their team's people, the unallocated, the unled.
    row("tl team's", tl, la, A::ChangePerson, QStringLiteral("ann"), la, true, true);
    row("tl other team's", tl, la, A::ChangePerson, QStringLiteral("bob"), lb, true, false);
    row("tl unallocated", tl, la, A::Allocate, QString(), QString(), false, true);
    row("tl owner no team", tl, la, A::Allocate, QStringLiteral("cal"), QString(), true, true);
    row("tl owner not a user", tl, la, A::OverrideBand, QStringLiteral("x"), QString(), false,
        true);
    row("tl override other", tl, la, A::OverrideBand, QStringLiteral("bob"), lb, true, false);
    row("tl sign off team's", tl, la, A::SignOffReview, QStringLiteral("ann"), la, true, true);
    row("tl countersign other", tl, la, A::Countersign, QStringLiteral("bob"), lb, true, false);
    row("tl note qa", tl, la, A::RunNoteQa, QString(), QString(), false, true);
    row("tl flights", tl, la, A::SharedSettings, QString(), QString(), false, true);
    row("tl users", tl, la, A::ManageUsers, QString(), QString(), false, false);
    row("tl import", tl, la, A::Import, QString(), QString(), false, false);
    row("tl without a team", tl, QString(), A::ChangePerson, QStringLiteral("bob"), lb, true,
        false);
    // A manager reads; an admin manages users and imports.
    row("mgr change", mgr, QString(), A::ChangePerson, QStringLiteral("ann"), la, true, false);
    row("mgr flights", mgr, QString(), A::SharedSettings, QString(), QString(), false, false);
    row("mgr open", mgr, QString(), A::None, QStringLiteral("ann"), la, true, true);
    row("mgr export", mgr, QString(), A::SubjectAccess, QStringLiteral("ann"), la, true, false);
    row("adm users", adm, QString(), A::ManageUsers, QString(), QString(), false, true);
    row("adm import", adm, QString(), A::Import, QString(), QString(), false, true);
    row("adm export", adm, QString(), A::SubjectAccess, QStringLiteral("ann"), la, true, true);
    row("adm change", adm, QString(), A::ChangePerson, QStringLiteral("ann"), la, true, false);
    row("adm allocate", adm, QString(), A::Allocate, QStringLiteral("ann"), la, true, false);
    // Publishing figures changes nobody's record: team leaders and managers.
    row("cw publish", cw, la, A::PublishFigures, QString(), QString(), false, false);
    row("tl publish", tl, la, A::PublishFigures, QString(), QString(), false, true);
    row("mgr publish", mgr, QString(), A::PublishFigures, QString(), QString(), false, true);
    row("adm publish", adm, QString(), A::PublishFigures, QString(), QString(), false, false);
}

void TestPermissions::rules()
{
    QFETCH(QString, role);
    QFETCH(QString, team);
    QFETCH(int, action);
    QFETCH(QString, owner);
    QFETCH(QString, ownerTeam);
    QFETCH(bool, ownerIsUser);
    QFETCH(bool, allowed);
    const QString why = Permissions::refusal(true, actor(QStringLiteral("me"), role, team),
                                             A(action), person(owner, ownerTeam, ownerIsUser));
    QVERIFY2(why.isEmpty() == allowed, qPrintable(why));
    // Without an admin nothing is refused, whatever the role.
    QVERIFY(Permissions::refusal(false, actor(QStringLiteral("me"), role, team), A(action),
                                 person(owner, ownerTeam, ownerIsUser))
                .isEmpty());
}

void TestPermissions::notEnforcedWithoutAdmin()
{
    TestDatabase t;
    QVERIFY(
        TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Doe"),
                                               QStringLiteral("Jo"), QStringLiteral("1"), 24)}));
    QSqlDatabase db = t.db->sql();
    AppUser cw;
    cw.userName = QStringLiteral("sokafor");
    QVERIFY(UserStore(db).save(cw, QStringLiteral("setup")));
    // Users but no admin: a local file still being set up, nobody is refused.
    QVERIFY(!AccessStore(db).enforced().value());
    Session::setUser(db, QStringLiteral("stranger"));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM person")) && q.next());
    const qint64 p1 = q.value(0).toLongLong();
    QVERIFY(NoteStore(db).add(p1, QStringLiteral("Seen"), QStringLiteral("stranger")));
    QVERIFY(AccessStore(db).may(A::ManageUsers));
    // The first admin is anyone's to add, and from then on permissions hold.
    AppUser admin;
    admin.userName = QStringLiteral("dfarrow");
    admin.role = QStringLiteral("admin");
    QVERIFY(UserStore(db).save(admin, QStringLiteral("stranger")));
    QVERIFY(AccessStore(db).enforced().value());
    QVERIFY(!AccessStore(db).may(A::ChangePerson, p1));
    const Status s =
        NoteStore(db).add(p1, QStringLiteral("Again"), QStringLiteral("stranger")).status();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Permissions::Refused);
    Session::setUser(db, QString());
}

void TestPermissions::defaultsForTables()
{
    QCOMPARE(Permissions::forWrite(QStringLiteral("note"), QStringLiteral("insert")),
             A::ChangePerson);
    QCOMPARE(Permissions::forWrite(QStringLiteral("person"), QStringLiteral("update")),
             A::ChangePerson);
    QCOMPARE(Permissions::forWrite(QStringLiteral("person"), QStringLiteral("insert")), A::Import);
    QCOMPARE(Permissions::forWrite(QStringLiteral("person"), QStringLiteral("open")), A::None);
    QCOMPARE(Permissions::forWrite(QStringLiteral("person"), QStringLiteral("export")),
             A::SubjectAccess);
    QCOMPARE(Permissions::forWrite(QStringLiteral("cid_import"), QStringLiteral("import")),
             A::Import);
    QCOMPARE(Permissions::forWrite(QStringLiteral("app_user"), QStringLiteral("update")),
             A::ManageUsers);
    QCOMPARE(Permissions::forWrite(QStringLiteral("qa_sample"), QStringLiteral("insert")),
             A::RunNoteQa);
    QCOMPARE(Permissions::forWrite(QStringLiteral("charter_flight"), QStringLiteral("insert")),
             A::SharedSettings);
    QCOMPARE(Permissions::forWrite(QStringLiteral("workload_weights"), QStringLiteral("update")),
             A::SharedSettings);
    QCOMPARE(Permissions::forWrite(QStringLiteral("allocation"), QStringLiteral("insert")),
             A::Allocate);
}

void TestPermissions::messagesSayWhoAndWhy()
{
    Permissions::Actor sam = actor(QStringLiteral("sokafor"), QStringLiteral("caseworker"),
                                   QStringLiteral("Liverpool A"));
    sam.displayName = QStringLiteral("Sam Okafor");
    Permissions::Person p = person(QStringLiteral("amensah"), QStringLiteral("Leeds A"), true);
    p.ownerLabel = QStringLiteral("Ama Mensah");
    const QString why = Permissions::refusal(true, sam, A::ChangePerson, p);
    QVERIFY2(why.contains(QStringLiteral("Sam Okafor (Caseworker)")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("P7")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("Ama Mensah (Leeds A)")), qPrintable(why));
    Permissions::Actor stranger;
    stranger.userName = QStringLiteral("stranger");
    const QString unknown = Permissions::refusal(true, stranger, A::ChangePerson, p);
    QVERIFY2(unknown.contains(QStringLiteral("stranger is not a user")), qPrintable(unknown));
}

void TestPermissions::caseworkerRefusals()
{
    Fixture f;
    QVERIFY(f.ready);
    f.as(QStringLiteral("sokafor"));
    // Their own person: yes.
    QVERIFY(NoteStore(f.db).add(f.id["P1"], QStringLiteral("Seen"), QStringLiteral("sokafor")));
    // Anyone else's, the unallocated, the unled: no, and nothing written.
    for (const char *ref : {"P2", "P3", "P4", "P5"}) {
        const qint64 before = f.audits();
        const auto s =
            NoteStore(f.db).add(f.id[ref], QStringLiteral("Seen"), QStringLiteral("sokafor"));
        QVERIFY2(refused(s.status(), f, before), ref);
        QCOMPARE(f.notes(f.id[ref]), 0);
    }
    qint64 before = f.audits();
    QVERIFY(refused(BandOverrideStore(f.db).setOverride(f.id["P1"], 3, QStringLiteral("why"),
                                                        QStringLiteral("sokafor"),
                                                        TestData::personVersion(f.db, f.id["P1"])),
                    f, before));
    QVERIFY(refused(AllocationStore(f.db)
                        .allocate({f.id["P1"]}, QStringLiteral("amensah"), QString(),
                                  QDate::currentDate(), QStringLiteral("sokafor"),
                                  TestData::personVersions(f.db, {f.id["P1"]}))
                        .status(),
                    f, before));
    QCOMPARE(f.ownerOf(f.id["P1"]), QStringLiteral("sokafor"));
    AppUser me;
    me.userName = QStringLiteral("sokafor");
    me.role = QStringLiteral("team_leader");
    QVERIFY(refused(UserStore(f.db).save(me, QStringLiteral("sokafor")), f, before));
    QCOMPARE(UserStore(f.db).find(QStringLiteral("sokafor")).value()->role,
             QStringLiteral("caseworker"));
    CharterFlight flight;
    flight.reference = QStringLiteral("PTN1234");
    flight.departsOn = QDate::currentDate().addDays(20);
    QVERIFY(refused(RemovalStore(f.db).saveFlight(flight, QStringLiteral("sokafor")).status(), f,
                    before));
    NoteQaStore::Request sample;
    sample.from = QDate::currentDate().addDays(-30);
    sample.to = QDate::currentDate();
    sample.caseworker = QStringLiteral("sokafor");
    QVERIFY(refused(NoteQaStore(f.db).draw(sample, QStringLiteral("sokafor")).status(), f, before));
    // The import is refused before the file is even looked at.
    const auto imported = CidImporter::run(f.db, QStringLiteral("/nonexistent/cases.csv"),
                                           QString(), QStringLiteral("sokafor"));
    QVERIFY(!imported);
    QCOMPARE(imported.error().code, Permissions::Refused);
    // Their own review is theirs to record, not to sign off, even naming a team leader as the
    // signer: the session's user is who acts.
    Review r;
    r.personId = f.id["P1"];
    r.reviewedOn = QDate::currentDate();
    r.reviewer = QStringLiteral("sokafor");
    r.barriersChecked = r.complianceChecked = r.bandConfirmed = r.nextActionSet = true;
    r.nextReviewOn = ReviewRules::dueDate(r.reviewedOn);
    const auto review = ReviewStore(f.db).save(r, QStringLiteral("sokafor"));
    QVERIFY2(review, qPrintable(review ? QString() : review.error().toString()));
    before = f.audits();
    QVERIFY(refused(ReviewStore(f.db).signOff(review.value(), QStringLiteral("rfarrell"), 1), f,
                    before));
}

void TestPermissions::teamLeaderRefusals()
{
    Fixture f;
    QVERIFY(f.ready);
    f.as(QStringLiteral("rfarrell"));
    // Their team's, the unallocated, the unled, the owner who is no user: yes.
    for (const char *ref : {"P1", "P3", "P4", "P5"})
        QVERIFY2(NoteStore(f.db).add(f.id[ref], QStringLiteral("Seen"), QStringLiteral("rfarrell")),
                 ref);
    qint64 before = f.audits();
    QVERIFY(refused(NoteStore(f.db)
                        .add(f.id["P2"], QStringLiteral("Seen"), QStringLiteral("rfarrell"))
                        .status(),
                    f, before));
    QVERIFY(BandOverrideStore(f.db).setOverride(f.id["P1"], 3, QStringLiteral("Not removable"),
                                                QStringLiteral("rfarrell"),
                                                TestData::personVersion(f.db, f.id["P1"])));
    before = f.audits();
    QVERIFY(refused(BandOverrideStore(f.db).setOverride(f.id["P2"], 3, QStringLiteral("why"),
                                                        QStringLiteral("rfarrell"),
                                                        TestData::personVersion(f.db, f.id["P2"])),
                    f, before));
    // A selection with one person of another team moves nobody.
    QVERIFY(refused(AllocationStore(f.db)
                        .allocate({f.id["P3"], f.id["P2"]}, QStringLiteral("sokafor"), QString(),
                                  QDate::currentDate(), QStringLiteral("rfarrell"),
                                  TestData::personVersions(f.db, {f.id["P3"], f.id["P2"]}))
                        .status(),
                    f, before));
    QVERIFY(f.ownerOf(f.id["P3"]).isEmpty());
    // Their team's and the unallocated, even to another team: yes.
    const auto moved = AllocationStore(f.db).allocate(
        {f.id["P1"], f.id["P3"]}, QStringLiteral("amensah"), QString(), QDate::currentDate(),
        QStringLiteral("rfarrell"), TestData::personVersions(f.db, {f.id["P1"], f.id["P3"]}));
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().toString()));
    QCOMPARE(moved.value(), 2);
    QCOMPARE(f.ownerOf(f.id["P1"]), QStringLiteral("amensah"));
    // Now Leeds A's: Jane Barker's to change, no longer Ruth Farrell's.
    before = f.audits();
    QVERIFY(refused(NoteStore(f.db)
                        .add(f.id["P1"], QStringLiteral("Seen"), QStringLiteral("rfarrell"))
                        .status(),
                    f, before));
    f.as(QStringLiteral("jbarker"));
    QVERIFY(NoteStore(f.db).add(f.id["P1"], QStringLiteral("Seen"), QStringLiteral("jbarker")));
    f.as(QStringLiteral("rfarrell"));
    CharterFlight flight;
    flight.reference = QStringLiteral("PTN1234");
    flight.departsOn = QDate::currentDate().addDays(20);
    QVERIFY(RemovalStore(f.db).saveFlight(flight, QStringLiteral("rfarrell")));
    before = f.audits();
    AppUser user;
    user.userName = QStringLiteral("newstarter");
    user.team = QStringLiteral("Liverpool A");
    QVERIFY(refused(UserStore(f.db).save(user, QStringLiteral("rfarrell")), f, before));
}

void TestPermissions::managerChangesNothing()
{
    Fixture f;
    QVERIFY(f.ready);
    f.as(QStringLiteral("cbennett"));
    qint64 before = f.audits();
    for (const char *ref : {"P1", "P2", "P3"})
        QVERIFY(refused(NoteStore(f.db)
                            .add(f.id[ref], QStringLiteral("Seen"), QStringLiteral("cbennett"))
                            .status(),
                        f, before));
    QVERIFY(refused(BandOverrideStore(f.db).setOverride(f.id["P1"], 3, QStringLiteral("why"),
                                                        QStringLiteral("cbennett"),
                                                        TestData::personVersion(f.db, f.id["P1"])),
                    f, before));
    QVERIFY(refused(AllocationStore(f.db)
                        .allocate({f.id["P3"]}, QStringLiteral("sokafor"), QString(),
                                  QDate::currentDate(), QStringLiteral("cbennett"),
                                  TestData::personVersions(f.db, {f.id["P3"]}))
                        .status(),
                    f, before));
    // A refresh that would change the person row is a change too.
    {
        QSqlQuery q(f.db);
        QVERIFY(q.exec(QStringLiteral("UPDATE person SET band = NULL")));
    }
    QVERIFY(refused(PersonStore(f.db).refreshDerived(f.id["P1"]), f, before));
    QVERIFY(PersonStore(f.db).findById(f.id["P1"]).value()->band == std::nullopt);
    WorkloadRules::Weights weights;
    weights.byBand[1] = 9;
    QVERIFY(refused(
        AllocationStore(f.db).setWeights(weights, AllocationStore(f.db).weights().value().version),
        f, before));
    QCOMPARE(AllocationStore(f.db).weights().value().weight(1), 4);
    // Reading is everyone's, and so is opening a record (which is audited).
    QVERIFY(PersonStore(f.db).findById(f.id["P1"]).value());
    QVERIFY(AuditStore(f.db).recordOpened(f.id["P2"]));
    QCOMPARE(f.audits(), before + 1);
}

void TestPermissions::adminManagesUsersNotPeople()
{
    Fixture f;
    QVERIFY(f.ready);
    f.as(QStringLiteral("dfarrow"));
    AppUser promoted = *UserStore(f.db).find(QStringLiteral("sokafor")).value();
    promoted.role = QStringLiteral("team_leader");
    QVERIFY(UserStore(f.db).save(promoted, QStringLiteral("dfarrow")));
    QCOMPARE(UserStore(f.db).find(QStringLiteral("sokafor")).value()->role,
             QStringLiteral("team_leader"));
    const qint64 before = f.audits();
    QVERIFY(refused(
        NoteStore(f.db).add(f.id["P1"], QStringLiteral("Seen"), QStringLiteral("dfarrow")).status(),
        f, before));
    QVERIFY(refused(BandOverrideStore(f.db).setOverride(f.id["P1"], 3, QStringLiteral("why"),
                                                        QStringLiteral("dfarrow"),
                                                        TestData::personVersion(f.db, f.id["P1"])),
                    f, before));
    // An import passes the permission check (and is then refused for the missing file).
    const auto imported = CidImporter::run(f.db, QStringLiteral("/nonexistent/cases.csv"),
                                           QString(), QStringLiteral("dfarrow"));
    QVERIFY(!imported);
    QVERIFY(imported.error().code != Permissions::Refused);
}

void TestPermissions::unknownUserChangesNothing()
{
    Fixture f;
    QVERIFY(f.ready);
    f.as(QStringLiteral("stranger"));
    const qint64 before = f.audits();
    const auto s = NoteStore(f.db).add(f.id["P3"], QStringLiteral("Seen"), QStringLiteral("x"));
    QVERIFY(refused(s.status(), f, before));
    QVERIFY2(s.error().message.contains(QStringLiteral("stranger is not a user")),
             qPrintable(s.error().message));
    QVERIFY(!AccessStore(f.db).may(A::ChangePerson, f.id["P3"]));
    QVERIFY(AccessStore(f.db).may(A::None, f.id["P3"]));
}

void TestPermissions::lastAdminKeepsTheRole()
{
    Fixture f;
    QVERIFY(f.ready);
    f.as(QStringLiteral("dfarrow"));
    AppUser me = *UserStore(f.db).find(QStringLiteral("dfarrow")).value();
    me.role = QStringLiteral("manager");
    const Status s = UserStore(f.db).save(me, QStringLiteral("dfarrow"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("only administrator")),
             qPrintable(s.error().message));
    QVERIFY(AccessStore(f.db).enforced().value());
    // With a second admin the first may step down.
    AppUser other = *UserStore(f.db).find(QStringLiteral("cbennett")).value();
    other.role = QStringLiteral("admin");
    QVERIFY(UserStore(f.db).save(other, QStringLiteral("dfarrow")));
    QVERIFY(UserStore(f.db).save(me, QStringLiteral("dfarrow")));
    QCOMPARE(UserStore(f.db).find(QStringLiteral("dfarrow")).value()->role,
             QStringLiteral("manager"));
}

// Issue 19: on a local file, acting as someone other than the OS user needs a demo database or
// the OS user's administrator role; with no admin defined, only a demo allows it.
void TestPermissions::actAs_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("osRole");
    QTest::addColumn<bool>("allowed");
    const QString none;
    const QString admin = QStringLiteral("admin");
    // The OS user is "amy" throughout.
    QTest::newRow("nobody asked") << QString() << false << none << true;
    QTest::newRow("herself, no role") << QStringLiteral("amy") << false << none << true;
    QTest::newRow("herself, caseworker")
        << QStringLiteral("amy") << false << QStringLiteral("caseworker") << true;
    QTest::newRow("other, not a user") << QStringLiteral("bob") << false << none << false;
    QTest::newRow("other, caseworker")
        << QStringLiteral("bob") << false << QStringLiteral("caseworker") << false;
    QTest::newRow("other, team leader")
        << QStringLiteral("bob") << false << QStringLiteral("team_leader") << false;
    QTest::newRow("other, manager")
        << QStringLiteral("bob") << false << QStringLiteral("manager") << false;
    QTest::newRow("other, admin") << QStringLiteral("bob") << false << admin << true;
    QTest::newRow("other on a demo, not a user") << QStringLiteral("bob") << true << none << true;
    QTest::newRow("other on a demo, caseworker")
        << QStringLiteral("bob") << true << QStringLiteral("caseworker") << true;
    QTest::newRow("other on a demo, admin") << QStringLiteral("bob") << true << admin << true;
    QTest::newRow("case differs") << QStringLiteral("Amy") << false << none << false;
}

void TestPermissions::actAs()
{
    QFETCH(QString, asked);
    QFETCH(bool, demo);
    QFETCH(QString, osRole);
    QFETCH(bool, allowed);
    const QString why = Permissions::actAsRefusal(QStringLiteral("amy"), asked, demo, osRole);
    QVERIFY2(why.isEmpty() == allowed, qPrintable(why));
    if (!allowed) {
        QVERIFY(why.contains(QLatin1String("amy")));
        QVERIFY(why.contains(asked));
    }
}

// AccessStore feeds the rule from the file: its demo marker and the OS user's role.
void TestPermissions::actAsReadsTheFile()
{
    TestDatabase t;
    QSqlDatabase db = t.db->sql();
    AccessStore access(db);
    QVERIFY(!access.isDemo().value());
    QVERIFY(access.mayActAs(QStringLiteral("amy"), QStringLiteral("amy")));
    QVERIFY(access.mayActAs(QStringLiteral("amy"), QString()));
    Status s = access.mayActAs(QStringLiteral("amy"), QStringLiteral("bob"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Permissions::ActAsRefused);

    AppUser user;
    user.userName = QStringLiteral("amy");
    user.role = QStringLiteral("caseworker");
    QVERIFY(UserStore(db).save(user, QStringLiteral("setup")));
    QVERIFY(!access.mayActAs(QStringLiteral("amy"), QStringLiteral("bob")).ok());
    user = UserStore(db).find(QStringLiteral("amy")).value().value();
    user.role = QStringLiteral("admin");
    QVERIFY(UserStore(db).save(user, QStringLiteral("setup")));
    QVERIFY(access.mayActAs(QStringLiteral("amy"), QStringLiteral("bob")));
    QVERIFY(!access.mayActAs(QStringLiteral("carl"), QStringLiteral("bob")).ok());

    // The marker (the demo writes it before its users): audited, and from then on anyone may
    // act as anyone.
    TestDatabase demo;
    AccessStore demoAccess(demo.db->sql());
    QVERIFY(!demoAccess.mayActAs(QStringLiteral("carl"), QStringLiteral("bob")).ok());
    const qint64 before = AuditStore(demo.db->sql()).count().value();
    QVERIFY(Transaction::run(demo.db->sql(), [&] { return demoAccess.markDemoInTransaction(); }));
    QCOMPARE(AuditStore(demo.db->sql()).count().value(), before + 1);
    QVERIFY(demoAccess.isDemo().value());
    QVERIFY(demoAccess.mayActAs(QStringLiteral("carl"), QStringLiteral("bob")));
}

// What a person reads of a refusal by PostgreSQL's guard: its sentence, not libpq's framing.
void TestPermissions::serverSentence_data()
{
    QTest::addColumn<QString>("databaseText");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("guard, with context")
        << QStringLiteral("ERROR:  the login sokafor (caseworker) may not update workload_weights: "
                          "that is a team leader's\nCONTEXT:  PL/pgSQL function "
                          "lodestar_judge(text,text,jsonb,jsonb) line 93 at RAISE\nPL/pgSQL "
                          "function lodestar_guard() line 8 at PERFORM\n(42501)")
        << QStringLiteral("the login sokafor (caseworker) may not update workload_weights: that "
                          "is a team leader's");
    QTest::newRow("one line") << QStringLiteral("ERROR: permission denied for table person")
                              << QStringLiteral("permission denied for table person");
    QTest::newRow("fatal") << QStringLiteral("FATAL:  role \"x\" is not permitted to log in\n")
                           << QStringLiteral("role \"x\" is not permitted to log in");
    QTest::newRow("no severity") << QStringLiteral("already a sentence")
                                 << QStringLiteral("already a sentence");
    QTest::newRow("a colon later is kept") << QStringLiteral("ERROR:  may not: ERROR: quoted")
                                           << QStringLiteral("may not: ERROR: quoted");
    QTest::newRow("empty") << QString() << QString();
}

void TestPermissions::serverSentence()
{
    QFETCH(QString, databaseText);
    QFETCH(QString, sentence);
    QCOMPARE(StoreSupport::serverSentence(databaseText), sentence);
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
