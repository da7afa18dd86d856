// The audit trail (issue 8): every public store write leaves exactly one audit entry, in its
// own transaction, naming the session's user, the table, the person and the record before and
// after; opening a person record is audited; the chain verifies after many writes; the database
// refuses an UPDATE or DELETE of the log (and on PostgreSQL a TRUNCATE); with the trigger
// dropped, an edit or a removal behind Lodestar's back is found by verify() and by
// `lodestar audit-verify`. Each store write also leaves the facts stored on the person row as
// their rules say (TestData::staleStoredFacts). On both backends.
#include "db/session.h"
#include "domain/auditchain.h"
#include "domain/clock.h"
#include "domain/disclosure.h"
#include "domain/permissions.h"
#include "itemmodels/audittrailmodel.h"
#include "store/allocationstore.h"
#include "store/auditstore.h"
#include "store/bandoverridestore.h"
#include "store/barrierstore.h"
#include "store/diarystore.h"
#include "store/followupstore.h"
#include "store/notestore.h"
#include "store/progressionstore.h"
#include "store/removalstore.h"
#include "store/reoffencestore.h"
#include "store/reportingstore.h"
#include "store/restrictionstore.h"
#include "store/reviewstore.h"
#include "store/taskingstore.h"
#include "store/traveldocumentstore.h"
#include "store/userstore.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <atomic>
#include <functional>
#include <thread>

namespace {

// What one write works on: a database with one person, and the id a setup step made.
struct Context
{
    QSqlDatabase db;
    qint64 personId = 0;
    qint64 id = 0;
    QDate today = QDate::currentDate();
};

Status statusOf(const Result<qint64> &r)
{
    return r.status();
}

struct StoreWrite
{
    const char *name;
    const char *entity;
    const char *action;
    bool aboutPerson;                       // the entry carries the person's id
    std::function<Status(Context &)> setup; // not counted
    std::function<Status(Context &)> write; // must leave exactly one entry
};

Status keep(Context &c, const Result<qint64> &r)
{
    if (r)
        c.id = r.value();
    return r.status();
}

Barrier barrier(const Context &c)
{
    Barrier b;
    b.personId = c.personId;
    b.type = QStringLiteral("asylum");
    b.raisedOn = c.today.addDays(-10);
    b.notes = QStringLiteral("Claim lodged");
    return b;
}

Review review(const Context &c)
{
    Review r;
    r.personId = c.personId;
    r.reviewedOn = c.today;
    r.reviewer = QStringLiteral("sokafor");
    r.nextReviewOn = c.today.addMonths(1);
    r.barriersChecked = true;
    return r;
}

Tasking tasking(const Context &c)
{
    Tasking t;
    t.personId = c.personId;
    t.centre = QStringLiteral("Reliance House");
    t.kind = QStringLiteral("etd_interview");
    t.dueOn = c.today.addDays(3);
    t.reportingWindow = QStringLiteral("10:00-11:00");
    return t;
}

AppUser user(const QString &name, const QString &role)
{
    AppUser u;
    u.userName = name;
    u.displayName = name;
    u.team = QStringLiteral("Leeds A");
    u.role = role;
    return u;
}

FollowUpStep declaration(const Context &c)
{
    FollowUpStep s;
    s.personId = c.personId;
    s.step = FollowUpLadder::AbsconderDeclaration;
    s.takenOn = c.today;
    s.alternativesTried = QStringLiteral("Home visit, phone calls");
    s.outcome = QStringLiteral("Whereabouts unknown");
    return s;
}

ReportingEvent excusedEvent(const Context &c)
{
    ReportingEvent e;
    e.personId = c.personId;
    e.scheduled = c.today.addDays(-1).toString(Qt::ISODate) + QStringLiteral("T10:00");
    e.outcome = QStringLiteral("EXCUSED");
    e.excuseReason = QStringLiteral("illness");
    return e;
}

const QVector<StoreWrite> &storeWrites()
{
    const QString who = QStringLiteral("sokafor");
    static const QVector<StoreWrite> writes{
        {"note add", "note", "insert", true, nullptr,
         [who](Context &c) { return keep(c, NoteStore(c.db).add(c.personId, "Seen", who)); }},
        {"note edit", "note", "update", true,
         [who](Context &c) { return keep(c, NoteStore(c.db).add(c.personId, "Seen", who)); },
         [who](Context &c) { return NoteStore(c.db).edit(c.id, "Seen at 10", who, 1); }},
        {"barrier record", "barrier", "insert", true, nullptr,
         [who](Context &c) { return keep(c, BarrierStore(c.db).add(barrier(c), who)); }},
        {"barrier clear", "barrier", "update", true,
         [who](Context &c) { return keep(c, BarrierStore(c.db).add(barrier(c), who)); },
         [who](Context &c) {
             return BarrierStore(c.db).clear(c.personId, c.id, c.today, "refused", "", who, 1);
         }},
        {"barrier reopen", "barrier", "update", true,
         [who](Context &c) {
             if (Status s = keep(c, BarrierStore(c.db).add(barrier(c), who)); !s)
                 return s;
             return BarrierStore(c.db).clear(c.personId, c.id, c.today, "refused", "", who, 1);
         },
         [who](Context &c) { return BarrierStore(c.db).reopen(c.personId, c.id, who, 2); }},
        {"barrier notes", "barrier", "update", true,
         [who](Context &c) { return keep(c, BarrierStore(c.db).add(barrier(c), who)); },
         [who](Context &c) {
             return BarrierStore(c.db).setNotes(c.personId, c.id, "Appeal lodged", who, 1);
         }},
        {"reoffence record", "reoffence", "insert", true, nullptr,
         [who](Context &c) {
             Reoffence r;
             r.personId = c.personId;
             r.offenceOn = c.today.addDays(-3);
             r.offence = QStringLiteral("shoplifting");
             r.source = QStringLiteral("police");
             return keep(c, ReoffenceStore(c.db).record(r, who));
         }},
        {"reoffence remove", "reoffence", "delete", true,
         [who](Context &c) {
             Reoffence r;
             r.personId = c.personId;
             r.offenceOn = c.today.addDays(-3);
             r.offence = QStringLiteral("shoplifting");
             r.source = QStringLiteral("police");
             return keep(c, ReoffenceStore(c.db).record(r, who));
         },
         [](Context &c) { return ReoffenceStore(c.db).remove(c.id); }},
        {"restriction set", "reporting_restriction", "insert", true, nullptr,
         [who](Context &c) {
             ReportingRestriction r;
             r.personId = c.personId;
             r.centre = QStringLiteral("Reliance House");
             r.frequency = QStringLiteral("WEEKLY");
             r.window = QStringLiteral("10:00-11:00");
             r.reason = QStringLiteral("Agreed with the centre");
             return keep(
                 c, RestrictionStore(c.db).set(r, who, TestData::personVersion(c.db, r.personId)));
         }},
        {"review save", "review", "insert", true, nullptr,
         [who](Context &c) { return keep(c, ReviewStore(c.db).save(review(c), who)); }},
        {"review sign-off", "review", "update", true,
         [who](Context &c) {
             if (Status s = UserStore(c.db).save(user("tleader", "team_leader"), who); !s)
                 return s;
             return keep(c, ReviewStore(c.db).save(review(c), who));
         },
         [](Context &c) { return ReviewStore(c.db).signOff(c.id, "tleader", 1); }},
        {"allocation", "allocation", "insert", true, nullptr,
         [](Context &c) {
             return AllocationStore(c.db)
                 .allocate({c.personId}, "jmensah", "Balance the loads", c.today, "tleader",
                           TestData::personVersions(c.db, {c.personId}))
                 .status();
         }},
        {"workload weights", "workload_weights", "update", false, nullptr,
         [](Context &c) {
             AllocationStore store(c.db);
             WorkloadRules::Weights w;
             w.byBand[1] = 9;
             return store.setWeights(w, store.weights().value().version);
         }},
        {"travel document add", "travel_document", "insert", true, nullptr,
         [who](Context &c) {
             TravelDocument d;
             d.personId = c.personId;
             return keep(c, TravelDocumentStore(c.db).save(d, who));
         }},
        {"travel document update", "travel_document", "update", true,
         [who](Context &c) {
             TravelDocument d;
             d.personId = c.personId;
             return keep(c, TravelDocumentStore(c.db).save(d, who));
         },
         [who](Context &c) {
             TravelDocument d;
             d.id = c.id;
             d.version = 1; // as read: just added
             d.personId = c.personId;
             d.status = QStringLiteral("applied");
             d.appliedOn = c.today;
             return statusOf(TravelDocumentStore(c.db).save(d, who));
         }},
        {"tasking create", "tasking", "insert", true, nullptr,
         [who](Context &c) { return keep(c, TaskingStore(c.db).create(tasking(c), who, false)); }},
        {"tasking feedback", "tasking", "update", true,
         [who](Context &c) { return keep(c, TaskingStore(c.db).create(tasking(c), who, false)); },
         [](Context &c) {
             return TaskingStore(c.db).recordFeedback(c.id, "done", "Seen", "officer", 1);
         }},
        {"tasking window cleared", "tasking", "update", true,
         [who](Context &c) { return keep(c, TaskingStore(c.db).create(tasking(c), who, false)); },
         [who](Context &c) {
             return TaskingStore(c.db).clearWindowWarning(c.id, "10:00-10:30", who, 1);
         }},
        {"diary add", "diary_entry", "insert", true, nullptr,
         [who](Context &c) {
             DiaryEntry e;
             e.personId = c.personId;
             e.due = c.today.addDays(2);
             e.title = QStringLiteral("Chase the embassy");
             return keep(c, DiaryStore(c.db).add(e, who));
         }},
        {"diary done", "diary_entry", "update", true,
         [who](Context &c) {
             DiaryEntry e;
             e.personId = c.personId;
             e.due = c.today.addDays(2);
             e.title = QStringLiteral("Chase the embassy");
             return keep(c, DiaryStore(c.db).add(e, who));
         },
         [who](Context &c) { return DiaryStore(c.db).setDone(c.id, true, who, 1); }},
        {"removal directions", "removal_directions", "insert", true, nullptr,
         [who](Context &c) {
             RemovalDirections d;
             d.personId = c.personId;
             d.setOn = c.today;
             d.plannedOn = c.today.addDays(14);
             return keep(c, RemovalStore(c.db).save(d, who));
         }},
        {"charter flight", "charter_flight", "insert", false, nullptr,
         [who](Context &c) {
             CharterFlight f;
             f.reference = QStringLiteral("PVT-101");
             f.destination = QStringLiteral("Kingston");
             f.departsOn = c.today.addDays(20);
             return keep(c, RemovalStore(c.db).saveFlight(f, who));
         }},
        {"hold place", "progression_hold", "insert", true, nullptr,
         [who](Context &c) {
             ProgressionHold h;
             h.personId = c.personId;
             h.reason = QStringLiteral("Judicial review pending");
             h.placedOn = c.today;
             h.untilOn = c.today.addDays(30);
             return keep(c, ProgressionStore(c.db).placeHold(h, who));
         }},
        {"hold release", "progression_hold", "update", true,
         [who](Context &c) {
             ProgressionHold h;
             h.personId = c.personId;
             h.reason = QStringLiteral("Judicial review pending");
             h.placedOn = c.today;
             h.untilOn = c.today.addDays(30);
             return keep(c, ProgressionStore(c.db).placeHold(h, who));
         },
         [who](Context &c) {
             return ProgressionStore(c.db).releaseHold(c.personId, c.id, who, 1);
         }},
        {"case preparation", "case_preparation", "insert", true, nullptr,
         [who](Context &c) {
             CasePreparation p;
             p.personId = c.personId;
             p.allocatedOn = c.today.addDays(-5);
             return ProgressionStore(c.db).savePreparation(p, who);
         }},
        {"follow-up step", "followup_step", "insert", true, nullptr,
         [who](Context &c) {
             return keep(
                 c, FollowUpStore(c.db).record(declaration(c), who, FollowUpLadder::Thresholds()));
         }},
        {"follow-up countersign", "followup_step", "update", true,
         [who](Context &c) {
             if (Status s = UserStore(c.db).save(user("tleader", "team_leader"), who); !s)
                 return s;
             return keep(
                 c, FollowUpStore(c.db).record(declaration(c), who, FollowUpLadder::Thresholds()));
         },
         [](Context &c) { return FollowUpStore(c.db).countersign(c.id, "tleader", 1); }},
        {"band override", "person", "update", true, nullptr,
         [](Context &c) {
             return BandOverrideStore(c.db).setOverride(c.personId, 1, "Nexus intelligence",
                                                        "tleader",
                                                        TestData::personVersion(c.db, c.personId));
         }},
        {"event record", "reporting_event", "insert", true, nullptr,
         [who](Context &c) { return keep(c, ReportingStore(c.db).record(excusedEvent(c), who)); }},
        {"event excuse", "reporting_event", "update", true,
         [who](Context &c) { return keep(c, ReportingStore(c.db).record(excusedEvent(c), who)); },
         [who](Context &c) {
             return ReportingStore(c.db).setExcuse(c.id, "court", "Crown court", who, 1);
         }},
        {"user save", "app_user", "insert", false, nullptr,
         [who](Context &c) { return UserStore(c.db).save(user("nali", "caseworker"), who); }},
        {"people added", "person", "insert", false, nullptr,
         [](Context &c) {
             bool given = false;
             return PersonStore(c.db).addPeople([&](PersonStore::NewPerson &p) {
                 if (given)
                     return false;
                 p = TestData::person(QStringLiteral("P2"), QStringLiteral("Osei"),
                                      QStringLiteral("Kwame"), QString(), 24);
                 given = true;
                 return true;
             });
         }},
    };
    return writes;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

AuditEntry lastEntry(QSqlDatabase db)
{
    AuditEntry e;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id, actor, action, entity, entity_id, person_id, "
                              "before_json, after_json FROM audit_log ORDER BY id DESC LIMIT 1")) &&
        q.next()) {
        e.id = q.value(0).toLongLong();
        e.actor = q.value(1).toString();
        e.action = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.personId = q.value(5).toLongLong();
        e.beforeJson = q.value(6).toString();
        e.afterJson = q.value(7).toString();
    }
    return e;
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

    static qint64 addPerson(TestDatabase &t, const QString &ref = QStringLiteral("P1"))
    {
        if (!TestData::add(*t.db, {TestData::person(ref, QStringLiteral("Ferreira"),
                                                    QStringLiteral("Ana"), QString(), 12)}))
            return 0;
        return scalar(t.db->sql(),
                      QStringLiteral("SELECT id FROM person WHERE person_ref = '%1'").arg(ref));
    }

    static TestData::Run auditVerify(const QString &path)
    {
        return TestData::lodestar(
            {QStringLiteral("audit-verify"), QStringLiteral("--database"), path});
    }
    // Many audited writes on one person: notes added and edited, diary entries done.
    static bool manyWrites(QSqlDatabase db, qint64 personId, int n)
    {
        for (int i = 0; i < n; ++i) {
            const auto note = NoteStore(db).add(personId, QStringLiteral("Note %1").arg(i),
                                                QStringLiteral("sokafor"));
            if (!note || !NoteStore(db).edit(note.value(), QStringLiteral("Note %1, edited").arg(i),
                                             QStringLiteral("sokafor"), 1))
                return false;
        }
        return true;
    }
    // What someone with the database's own rights could do behind Lodestar's back.
    static void dropTriggers(const TestDatabase &t)
    {
        QSqlQuery q(t.db->sql());
        if (t.onPostgres()) {
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")));
            return;
        }
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    }

private slots:
    void canonicalTextIsUnambiguous();
    void everyFieldIsHashed_data();
    void everyFieldIsHashed();
    void checkerFindsTampering_data();
    void checkerFindsTampering();
    void sessionUserPerConnection();
    void eachStoreWriteAuditsOnce_data();
    void eachStoreWriteAuditsOnce();
    void failedWriteLeavesNoEntry();
    void openingIsAudited();
    void importsAuditOnce();
    void disclosureIsOneEntry_data();
    void disclosureIsOneEntry();
    void disclosureNeedsAReason();
    void intactAfterManyWrites();
    void twoWritersDoNotForkTheChain();
    void databaseRefusesEditsOfTheLog();
    void entryOutOfOrderIsRefused();
    void editBehindLodestarsBackIsFound();
    void removalBehindLodestarsBackIsFound();
    void checkerExpectsARecordedHead();
    void headProblem_data();
    void headProblem();
    void cutFromTheEndIsFoundAgainstTheHead();
};

namespace {
AuditEntry sampleEntry(qint64 id, const QString &prevHash)
{
    AuditEntry e;
    e.id = id;
    e.at = QStringLiteral("2026-12-01T10:00:00Z");
    e.actor = QStringLiteral("sokafor");
    e.action = QStringLiteral("update");
    e.entity = QStringLiteral("note");
    e.entityId = 7;
    e.personId = 3;
    e.beforeJson = QStringLiteral("{\"body\":\"a\"}");
    e.afterJson = QStringLiteral("{\"body\":\"b\"}");
    e.prevHash = prevHash;
    e.hash = AuditChain::hashOf(e);
    return e;
}
QVector<AuditEntry> sampleChain(int n)
{
    QVector<AuditEntry> out;
    for (int i = 1; i <= n; ++i) {
        AuditEntry e = sampleEntry(i, out.isEmpty() ? QString() : out.last().hash);
        e.entityId = 100 + i;
        e.hash = AuditChain::hashOf(e);
        out << e;
    }
    return out;
}
AuditChain::Checker check(const QVector<AuditEntry> &entries)
{
    AuditChain::Checker c;
    for (const AuditEntry &e : entries)
        if (!c.add(e))
            break;
    return c;
}
} // namespace

// Moving text from one field to the next gives another canonical text.
void TestAudit::canonicalTextIsUnambiguous()
{
    AuditEntry a = sampleEntry(1, QString());
    AuditEntry b = a;
    a.actor = QStringLiteral("ab");
    a.action = QStringLiteral("c");
    b.actor = QStringLiteral("a");
    b.action = QStringLiteral("bc");
    QVERIFY(AuditChain::canonicalText(a) != AuditChain::canonicalText(b));
    QVERIFY(AuditChain::hashOf(a) != AuditChain::hashOf(b));
    QCOMPARE(AuditChain::hashOf(a).size(), 64);
    QCOMPARE(AuditChain::hashOf(a), AuditChain::hashOf(a));
}

void TestAudit::everyFieldIsHashed_data()
{
    QTest::addColumn<int>("field");
    const char *names[] = {"id",        "at",        "actor",       "action",     "entity",
                           "entity_id", "person_id", "before_json", "after_json", "prev_hash"};
    for (int i = 0; i < 10; ++i)
        QTest::newRow(names[i]) << i;
}

void TestAudit::everyFieldIsHashed()
{
    QFETCH(int, field);
    const AuditEntry original = sampleEntry(5, QStringLiteral("ab12"));
    AuditEntry e = original;
    switch (field) {
    case 0:
        e.id = 6;
        break;
    case 1:
        e.at = QStringLiteral("2026-12-01T10:00:01Z");
        break;
    case 2:
        e.actor = QStringLiteral("tleader");
        break;
    case 3:
        e.action = QStringLiteral("delete");
        break;
    case 4:
        e.entity = QStringLiteral("barrier");
        break;
    case 5:
        e.entityId = 8;
        break;
    case 6:
        e.personId = 0;
        break;
    case 7:
        e.beforeJson = QStringLiteral("{\"body\":\"A\"}");
        break;
    case 8:
        e.afterJson.clear();
        break;
    case 9:
        e.prevHash = QStringLiteral("ab13");
        break;
    }
    QVERIFY(AuditChain::hashOf(e) != original.hash);
    AuditChain::Checker c;
    QVERIFY(!c.add(e) || field == 9); // a changed prev_hash is caught as a broken link
}

void TestAudit::checkerFindsTampering_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<qint64>("badId");
    QTest::addColumn<QString>("why");
    QTest::newRow("intact") << "none" << qint64(0) << "";
    QTest::newRow("edited") << "edit" << qint64(3) << "edited";
    QTest::newRow("deleted") << "delete" << qint64(4) << "removed or inserted";
    QTest::newRow("first deleted") << "delete first" << qint64(2) << "removed";
    QTest::newRow("reordered") << "swap" << qint64(4) << "removed or inserted";
    QTest::newRow("inserted") << "insert" << qint64(3) << "removed or inserted";
    QTest::newRow("renumbered") << "renumber" << qint64(50) << "edited";
}

void TestAudit::checkerFindsTampering()
{
    QFETCH(QString, tamper);
    QFETCH(qint64, badId);
    QFETCH(QString, why);
    QVector<AuditEntry> chain = sampleChain(6);
    if (tamper == QLatin1String("edit"))
        chain[2].actor = QStringLiteral("someone else");
    else if (tamper == QLatin1String("delete"))
        chain.removeAt(2);
    else if (tamper == QLatin1String("delete first"))
        chain.removeFirst();
    else if (tamper == QLatin1String("swap"))
        std::swap(chain[2], chain[3]);
    else if (tamper == QLatin1String("insert")) {
        // A forged entry chained to entry 2, taking id 3: entry 3 no longer follows.
        AuditEntry forged = sampleEntry(3, chain[1].hash);
        forged.actor = QStringLiteral("forger");
        forged.hash = AuditChain::hashOf(forged);
        chain.insert(2, forged);
        for (int i = 3; i < chain.size(); ++i)
            chain[i].id += 1;
        badId = 4; // the genuine entry 3, now numbered 4
    } else if (tamper == QLatin1String("renumber"))
        chain[4].id = 50;
    const AuditChain::Checker c = check(chain);
    if (badId == 0) {
        QVERIFY(c.intact());
        QCOMPARE(c.count(), qint64(6));
        return;
    }
    QVERIFY(!c.intact());
    QCOMPARE(c.badId(), badId);
    QVERIFY2(c.why().contains(why), qPrintable(c.why()));
}

void TestAudit::sessionUserPerConnection()
{
    TestDatabase a(QStringLiteral("a.sqlite"));
    TestDatabase b(QStringLiteral("b.sqlite"));
    Session::setUser(a.db->sql(), QStringLiteral("alice"));
    QCOMPARE(Session::user(a.db->sql()), QStringLiteral("alice"));
    // On PostgreSQL a connection acts as its login (Database::open sets it).
    QCOMPARE(Session::user(b.db->sql()), b.onPostgres() ? b.db->login() : Session::osUser());
    QVERIFY(!Session::osUser().isEmpty());
    Session::setUser(a.db->sql(), QString());
    QCOMPARE(Session::user(a.db->sql()), a.onPostgres() ? a.db->login() : Session::osUser());
}

void TestAudit::eachStoreWriteAuditsOnce_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < storeWrites().size(); ++i)
        QTest::newRow(storeWrites().at(i).name) << i;
}

void TestAudit::eachStoreWriteAuditsOnce()
{
    QFETCH(int, index);
    const StoreWrite &w = storeWrites().at(index);
    TestDatabase t;
    Context c;
    c.db = t.db->sql();
    c.personId = addPerson(t);
    QVERIFY(c.personId > 0);
    Session::setUser(c.db, QStringLiteral("auditor1"));
    // The write comes a minute after its setup, so that what an edit refreshes is told from
    // what the setup left (below).
    const QDateTime start = Clock::now().addSecs(-120);
    c.today = start.date(); // the writes' day is the fixed clock's
    if (w.setup) {
        const Clock::Fixed setupTime(start);
        const Status s = w.setup(c);
        QVERIFY2(s, qPrintable(s.ok() ? QString() : s.error().toString()));
    }
    const qint64 before = scalar(c.db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const Clock::Fixed writeTime(start.addSecs(60));
    const Status s = w.write(c);
    QVERIFY2(s, qPrintable(s.ok() ? QString() : s.error().toString()));
    // The facts the lists read off the person row (among them the caseload's triage columns:
    // the last action by a person, the last due event, the next diary date) are what their
    // rules compute: a store that records one and forgets to refresh it fails here.
    QCOMPARE(TestData::staleStoredFacts(c.db), QStringList());
    QCOMPARE(scalar(c.db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before + 1);
    const AuditEntry e = lastEntry(c.db);
    QCOMPARE(e.actor, QStringLiteral("auditor1"));
    QCOMPARE(e.entity, QString::fromLatin1(w.entity));
    QCOMPARE(e.action, QString::fromLatin1(w.action));
    QCOMPARE(e.personId, w.aboutPerson ? c.personId : qint64(0));
    const QString action = QString::fromLatin1(w.action);
    QCOMPARE(e.beforeJson.isEmpty(), action == QLatin1String("insert"));
    QCOMPARE(e.afterJson.isEmpty(), action == QLatin1String("delete"));
    for (const QString &json : {e.beforeJson, e.afterJson}) {
        if (json.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
        QVERIFY2(doc.isObject(), qPrintable(json));
    }
    // The entry is the record itself where one record changed.
    if (c.id > 0 && e.entityId > 0) {
        QCOMPARE(e.entityId, c.id);
        const QString json = e.afterJson.isEmpty() ? e.beforeJson : e.afterJson;
        QCOMPARE(
            QJsonDocument::fromJson(json.toUtf8()).object().value("id").toVariant().toLongLong(),
            c.id);
    }
    if (action == QLatin1String("update"))
        QVERIFY(e.beforeJson != e.afterJson);
    const auto verified = AuditStore(c.db).verify();
    QVERIFY(verified);
    QVERIFY2(verified.value().intact, qPrintable(verified.value().why));
    Session::setUser(c.db, QString());
}

// A write that is refused writes no audit entry either: the change and its entry go together.
void TestAudit::failedWriteLeavesNoEntry()
{
    TestDatabase t;
    const QSqlDatabase db = t.db->sql();
    const qint64 person = addPerson(t);
    const auto note = NoteStore(db).add(person, QStringLiteral("Seen"), QStringLiteral("sokafor"));
    QVERIFY(note);
    const qint64 before = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(!NoteStore(db).edit(note.value(), QStringLiteral("Later"), QStringLiteral("x"), 5));
    QVERIFY(!BarrierStore(db).reopen(person, 999, QStringLiteral("x"), 1));
    QVERIFY(!ReoffenceStore(db).remove(999));
    // An edit that changes nothing is no change.
    QVERIFY(NoteStore(db).edit(note.value(), QStringLiteral("Seen"), QStringLiteral("x"), 1));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);
}

void TestAudit::openingIsAudited()
{
    TestDatabase t;
    const QSqlDatabase db = t.db->sql();
    const qint64 person = addPerson(t);
    Session::setUser(db, QStringLiteral("reader"));
    QVERIFY(AuditStore(db).recordOpened(person));
    const AuditEntry e = lastEntry(db);
    QCOMPARE(e.action, QStringLiteral("open"));
    QCOMPARE(e.entity, QStringLiteral("person"));
    QCOMPARE(e.personId, person);
    QCOMPARE(e.actor, QStringLiteral("reader"));
    const auto entries = AuditStore(db).forPerson(person);
    QVERIFY(entries);
    QCOMPARE(entries.value().first().action, QStringLiteral("open")); // newest first
    Session::setUser(db, QString());
}

// Every kind of disclosure is one entry: the session user, action "disclose", the view as the
// entity, the person only for one person's data, the rows, the file and the cleaned reason;
// the chain stays whole.
void TestAudit::disclosureIsOneEntry_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("view");
    QTest::addColumn<bool>("aboutPerson");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("readable");
    QTest::newRow("caseload export")
        << int(Disclosure::Kind::Export) << "caseload" << false << 1204 << "/tmp/caseload.csv"
        << "weekly return"
        << "weekly return"
        << "Exported the caseload to caseload.csv; 1204 rows; team North; reason: weekly return";
    QTest::newRow("dashboard report")
        << int(Disclosure::Kind::Report) << "dashboard" << false << -1 << "/tmp/dash.pdf"
        << "  board   meeting "
        << "board meeting"
        << "Saved the dashboard report as dash.pdf; team North; reason: board meeting";
    QTest::newRow("review check printed")
        << int(Disclosure::Kind::Print) << "review_check" << false << 3 << "Office-2F"
        << "team file"
        << "team file"
        << "Printed the review check on Office-2F; 3 rows; team North; reason: team file";
    QTest::newRow("person screenshot, controls escaped")
        << int(Disclosure::Kind::Screenshot) << "person" << true << -1 << "/tmp/p.png"
        << "legal\nhold\x1b[2J"
        << "legal\\x0ahold\\x1b[2J"
        << "Saved a picture of the person as p.png; team North; reason: legal\\x0ahold\\x1b[2J";
    QTest::newRow("long reason cut")
        << int(Disclosure::Kind::Export) << "caseload" << false << 0 << "/tmp/c.xlsx"
        << QString(300, QLatin1Char('r')) << QString(Disclosure::MaxReason, QLatin1Char('r'))
        << QStringLiteral("Exported the caseload to c.xlsx; 0 rows; team North; reason: %1")
               .arg(QString(Disclosure::MaxReason, QLatin1Char('r')));
}

void TestAudit::disclosureIsOneEntry()
{
    QFETCH(int, kind);
    QFETCH(QString, view);
    QFETCH(bool, aboutPerson);
    QFETCH(int, rows);
    QFETCH(QString, file);
    QFETCH(QString, reason);
    QFETCH(QString, stored);
    QFETCH(QString, readable);
    TestDatabase t;
    const QSqlDatabase db = t.db->sql();
    const qint64 person = addPerson(t);
    QCOMPARE(Permissions::forWrite(view, Disclosure::Action), Permissions::Action::None);
    const qint64 before = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    Session::setUser(db, QStringLiteral("discloser"));
    Disclosure d;
    d.kind = Disclosure::Kind(kind);
    d.view = view;
    d.rows = rows;
    d.file = file;
    d.reason = reason;
    d.filters.insert(QStringLiteral("team"), QStringLiteral("North"));
    d.personId = aboutPerson ? person : 0;
    QVERIFY(AuditStore(db).recordDisclosure(d));
    Session::setUser(db, QString());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before + 1);
    const AuditEntry e = lastEntry(db);
    QCOMPARE(e.actor, QStringLiteral("discloser"));
    QCOMPARE(e.action, QStringLiteral("disclose"));
    QCOMPARE(e.entity, view);
    QCOMPARE(e.personId, aboutPerson ? person : 0);
    QVERIFY(e.beforeJson.isEmpty());
    const QJsonObject o = QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
    QCOMPARE(o.value("kind").toString(), Disclosure::kindKey(Disclosure::Kind(kind)));
    QCOMPARE(o.value("reason").toString(), stored);
    QCOMPARE(o.value("rows").toInt(-1), rows);
    QCOMPARE(o.value("filters").toObject().value("team").toString(), QStringLiteral("North"));
    if (Disclosure::Kind(kind) == Disclosure::Kind::Print) {
        QCOMPARE(o.value("printer").toString(), file);
    } else {
        QCOMPARE(o.value("file").toString(), QFileInfo(file).fileName());
        QCOMPARE(o.value("folder").toString(), QFileInfo(file).absolutePath());
    }
    QCOMPARE(AuditTrailModel::disclosureText(e.afterJson), readable);
    QCOMPARE(AuditTrailModel::actionName(e.action), QStringLiteral("Disclosed"));
    // Only one person's disclosure is in their history.
    const auto history = AuditStore(db).forPerson(person);
    QVERIFY(history);
    QCOMPARE(!history.value().isEmpty() && history.value().first().action == e.action, aboutPerson);
    const auto verified = AuditStore(db).verify();
    QVERIFY(verified);
    QVERIFY2(verified.value().intact, qPrintable(verified.value().why));
}

// No reason, no entry: a blank or spaces-only reason is refused and writes nothing.
void TestAudit::disclosureNeedsAReason()
{
    TestDatabase t;
    const QSqlDatabase db = t.db->sql();
    const qint64 before = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    for (const QString &reason : {QString(), QStringLiteral("   ")}) {
        Disclosure d;
        d.view = QStringLiteral("caseload");
        d.file = QStringLiteral("/tmp/x.csv");
        d.reason = reason;
        const Status s = AuditStore(db).recordDisclosure(d);
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("no-reason"));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);
}

// Adding people in bulk is one entry for the batch, with its count.
void TestAudit::importsAuditOnce()
{
    TestDatabase t;
    const QSqlDatabase db = t.db->sql();
    QVERIFY(TestData::add(*t.db, {TestData::person("A1", "One", "A", QString(), 12),
                                  TestData::person("A2", "Two", "B", QString(), 12),
                                  TestData::person("A3", "Three", "C", QString(), 12)}));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), qint64(1));
    const AuditEntry e = lastEntry(db);
    QCOMPARE(e.entity, QStringLiteral("person"));
    QCOMPARE(QJsonDocument::fromJson(e.afterJson.toUtf8()).object().value("people").toInt(), 3);
}

void TestAudit::intactAfterManyWrites()
{
    TestDatabase t;
    const QSqlDatabase db = t.db->sql();
    const qint64 person = addPerson(t);
    QVERIFY(manyWrites(db, person, 100));
    const auto v = AuditStore(db).verify();
    QVERIFY(v);
    QVERIFY(v.value().intact);
    QCOMPARE(v.value().entries, qint64(201));
    QCOMPARE(AuditStore(db).count().value(), qint64(201));
    const TestData::Run r = auditVerify(t.path());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Audit trail intact: 201 entries\n")),
             qPrintable(r.out));
}

// Two connections writing at once, each as its own user: every entry chains to the one before
// (SQLite's BEGIN IMMEDIATE and PostgreSQL's table lock let one append at a time).
void TestAudit::twoWritersDoNotForkTheChain()
{
    TestDatabase t;
    const qint64 person = addPerson(t);
    const QString location = t.path();
    constexpr int PerWriter = 25;
    std::atomic<int> failures{0};
    const auto writer = [&](const QString &user) {
        auto db = Database::open(location, Database::Create::Never);
        if (!db) {
            ++failures;
            return;
        }
        Session::setUser(db.value()->sql(), user);
        for (int i = 0; i < PerWriter; ++i)
            if (!NoteStore(db.value()->sql()).add(person, QStringLiteral("Note %1").arg(i), user))
                ++failures;
        Session::setUser(db.value()->sql(), QString());
    };
    std::thread a(writer, QStringLiteral("alice"));
    std::thread b(writer, QStringLiteral("bob"));
    a.join();
    b.join();
    QCOMPARE(failures.load(), 0);
    const QSqlDatabase db = t.db->sql();
    const auto v = AuditStore(db).verify();
    QVERIFY(v);
    QVERIFY2(v.value().intact, qPrintable(v.value().why));
    QCOMPARE(v.value().entries, qint64(1 + 2 * PerWriter));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'alice'")),
             qint64(PerWriter));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'bob'")),
             qint64(PerWriter));
}

void TestAudit::databaseRefusesEditsOfTheLog()
{
    TestDatabase t;
    const QSqlDatabase db = t.db->sql();
    const qint64 person = addPerson(t);
    QVERIFY(manyWrites(db, person, 2));
    QSqlQuery q(db);
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 2")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")),
             qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
    if (t.onPostgres())
        QVERIFY(!q.exec(QStringLiteral("TRUNCATE audit_log")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), qint64(5));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'x'")),
             qint64(0));
}

// Schema 22: an entry that does not take the id after the newest is refused by the file itself
// (one planted at the end of the range would stop every audited write after it); one planted
// all the same, the trigger dropped, gets a clear refusal from the store and nothing is written.
void TestAudit::entryOutOfOrderIsRefused()
{
    TestDatabase t;
    if (t.onPostgres())
        QSKIP("on PostgreSQL the server seals a team login's entries (tst_postgres "
              "psqlCannotForgeTheAuditLog) and trusts the owner's");
    const QSqlDatabase db = t.db->sql();
    const qint64 person = addPerson(t);
    QVERIFY(manyWrites(db, person, 1));
    const qint64 entries = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const QString plant = QStringLiteral(
        "INSERT INTO audit_log (id, at, actor, action, entity, prev_hash, hash) VALUES "
        "(9223372036854775807, '2020-01-01T00:00:00Z', 'someone', 'update', 'person', '', 'x')");
    QSqlQuery q(db);
    QVERIFY(!q.exec(plant));
    QVERIFY2(q.lastError().text().contains(QLatin1String("the id after the newest")),
             qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity, "
                                   "prev_hash, hash) VALUES (%1, 'x', 'x', 'x', 'x', '', 'x')")
                        .arg(entries + 2)));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), entries);

    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_next_id")));
    QVERIFY(q.exec(plant));
    const Result<qint64> note =
        NoteStore(db).add(person, QStringLiteral("After the plant"), QStringLiteral("sokafor"));
    QVERIFY(!note);
    QCOMPARE(note.error().code, QStringLiteral("audit-full"));
    QVERIFY2(note.error().message.contains(QLatin1String("largest id")),
             qPrintable(note.error().message));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM note WHERE body = 'After the "
                                       "plant'")),
             qint64(0));
}

void TestAudit::editBehindLodestarsBackIsFound()
{
    TestDatabase t;
    const QSqlDatabase db = t.db->sql();
    const qint64 person = addPerson(t);
    QVERIFY(manyWrites(db, person, 5));
    dropTriggers(t);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET after_json = '{}' WHERE id = 4")));
    const auto v = AuditStore(db).verify();
    QVERIFY(v);
    QVERIFY(!v.value().intact);
    QCOMPARE(v.value().badId, qint64(4));
    QCOMPARE(v.value().entries, qint64(3));
    QVERIFY(v.value().why.contains(QLatin1String("edited")));
    const TestData::Run r = auditVerify(t.path());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(QLatin1String("Audit trail broken at entry 4: ")), qPrintable(r.out));
}

void TestAudit::removalBehindLodestarsBackIsFound()
{
    TestDatabase t;
    const QSqlDatabase db = t.db->sql();
    const qint64 person = addPerson(t);
    QVERIFY(manyWrites(db, person, 5));
    dropTriggers(t);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 6")));
    const auto v = AuditStore(db).verify();
    QVERIFY(v);
    QVERIFY(!v.value().intact);
    QCOMPARE(v.value().badId, qint64(7));
    QVERIFY(v.value().why.contains(QLatin1String("removed")));
    const TestData::Run r = auditVerify(t.path());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(QLatin1String("Audit trail broken at entry 7: ")), qPrintable(r.out));
}

// A head recorded earlier: the same log passes, a log cut back or rewritten from it fails.
void TestAudit::checkerExpectsARecordedHead()
{
    const QVector<AuditEntry> chain = sampleChain(5);
    const auto withHead = [](const QVector<AuditEntry> &entries, qint64 id, const QString &hash) {
        AuditChain::Checker c;
        c.expect(id, hash);
        for (const AuditEntry &e : entries)
            if (!c.add(e))
                break;
        c.finish();
        return c;
    };
    // The head itself, an older entry, and a longer log since: all whole.
    QVERIFY(withHead(chain, 5, chain.at(4).hash).intact());
    QVERIFY(withHead(chain, 3, chain.at(2).hash.toUpper()).intact());
    QCOMPARE(withHead(chain, 3, chain.at(2).hash).lastId(), qint64(5));
    QCOMPARE(withHead(chain, 3, chain.at(2).hash).lastHash(), chain.at(4).hash);
    // The last two cut off: still a whole chain, but short of the recorded head.
    const AuditChain::Checker cut = withHead(chain.mid(0, 3), 5, chain.at(4).hash);
    QVERIFY(!cut.intact());
    QCOMPARE(cut.badId(), qint64(5));
    QVERIFY2(cut.why().contains(QLatin1String("cut from its end")), qPrintable(cut.why()));
    QVERIFY(check(chain.mid(0, 3)).intact()); // what nothing but the head can show
    // Every entry removed.
    const AuditChain::Checker empty = withHead({}, 2, chain.at(1).hash);
    QVERIFY(!empty.intact());
    QVERIFY(empty.why().contains(QLatin1String("every entry was removed")));
    // Cut back and written again from entry 4: a whole chain, but not the entry recorded.
    QVector<AuditEntry> rewritten = chain.mid(0, 3);
    AuditEntry other = sampleEntry(4, rewritten.last().hash);
    other.actor = QStringLiteral("someone");
    other.hash = AuditChain::hashOf(other);
    rewritten << other;
    AuditEntry fifth = sampleEntry(5, other.hash);
    rewritten << fifth;
    QVERIFY(check(rewritten).intact());
    const AuditChain::Checker forged = withHead(rewritten, 4, chain.at(3).hash);
    QVERIFY(!forged.intact());
    QCOMPARE(forged.badId(), qint64(4));
    QVERIFY(forged.why().contains(QLatin1String("rewritten")));
}

// A head remembered by a client (issue 19) against the log as it is now.
void TestAudit::headProblem_data()
{
    QTest::addColumn<qint64>("recordedId");
    QTest::addColumn<QString>("recordedHash");
    QTest::addColumn<qint64>("newestId");
    QTest::addColumn<QString>("hashAtRecordedId");
    QTest::addColumn<QString>("expected"); // a word of the sentence; empty: no problem
    const QString h = QStringLiteral("ab12");
    QTest::newRow("nothing recorded")
        << qint64(0) << QString() << qint64(5) << QString() << QString();
    QTest::newRow("still the newest") << qint64(5) << h << qint64(5) << h << QString();
    QTest::newRow("more since") << qint64(5) << h << qint64(9) << h << QString();
    QTest::newRow("hash in capitals")
        << qint64(5) << QStringLiteral("AB12") << qint64(9) << h << QString();
    QTest::newRow("cut from the end")
        << qint64(5) << h << qint64(3) << QString() << QStringLiteral("cut from its end");
    QTest::newRow("every entry gone")
        << qint64(5) << h << qint64(0) << QString() << QStringLiteral("cut from its end");
    QTest::newRow("cut and written again past it")
        << qint64(5) << h << qint64(8) << QStringLiteral("ff00") << QStringLiteral("rewritten");
    QTest::newRow("that entry alone removed")
        << qint64(5) << h << qint64(8) << QString() << QStringLiteral("gone");
}

void TestAudit::headProblem()
{
    QFETCH(qint64, recordedId);
    QFETCH(QString, recordedHash);
    QFETCH(qint64, newestId);
    QFETCH(QString, hashAtRecordedId);
    QFETCH(QString, expected);
    const QString problem =
        AuditChain::headProblem(recordedId, recordedHash, newestId, hashAtRecordedId);
    if (expected.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expected), qPrintable(problem));
}

// audit-verify prints the head; given back later it finds the newest entries removed.
void TestAudit::cutFromTheEndIsFoundAgainstTheHead()
{
    TestDatabase t;
    const QSqlDatabase db = t.db->sql();
    const qint64 person = addPerson(t);
    QVERIFY(manyWrites(db, person, 3));
    const TestData::Run first = auditVerify(t.path());
    QCOMPARE(first.exitCode, 0);
    const QStringList lines = first.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    static const QRegularExpression headLine(QStringLiteral("^Head: (\\d+:[0-9a-f]{64}) "));
    const QRegularExpressionMatch m = headLine.match(lines.at(1));
    QVERIFY2(m.hasMatch(), qPrintable(lines.at(1)));
    const QString head = m.captured(1);
    QCOMPARE(head.section(QLatin1Char(':'), 0, 0).toLongLong(),
             scalar(db, QStringLiteral("SELECT MAX(id) FROM audit_log")));
    const auto withHead = [&] {
        return TestData::lodestar({QStringLiteral("audit-verify"), QStringLiteral("--database"),
                                   t.path(), QStringLiteral("--expect-head"), head});
    };
    // More entries since: still intact against the head.
    QVERIFY(manyWrites(db, person, 1));
    QCOMPARE(withHead().exitCode, 0);
    // The newest entries removed behind Lodestar's back, the recorded head among them.
    dropTriggers(t);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id >= %1")
                       .arg(head.section(QLatin1Char(':'), 0, 0).toLongLong() - 1)));
    QCOMPARE(auditVerify(t.path()).exitCode, 0); // the shorter chain alone looks whole
    const TestData::Run cut = withHead();
    QCOMPARE(cut.exitCode, 1);
    QVERIFY2(cut.out.contains(QLatin1String("cut from its end")), qPrintable(cut.out));
    // A head that is not one.
    const TestData::Run bad =
        TestData::lodestar({QStringLiteral("audit-verify"), QStringLiteral("--database"), t.path(),
                            QStringLiteral("--expect-head"), QStringLiteral("7:abc")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QLatin1String("--expect-head")));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
