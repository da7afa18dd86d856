// Edit conflicts (issue 8): two connections to the same database, acting for two people, save
// the same record. The first save wins; the second is refused with EditConflict::Code, a
// message naming the first person and what they changed; the row holds the first save and the
// audit trail only the first change; after a reload (the version read again) the second person
// saves. Every versioned table's save path, table-driven; the pure parts of the message; one
// dialog through its real widgets (the conflict shown, Reload pressed, the other's version on
// screen). On PostgreSQL under LODESTAR_TEST_POSTGRES, as two logins to one database would.
#include "common/conflictprompt.h"
#include "common/datefield.h"
#include "db/session.h"
#include "db/transaction.h"
#include "dialogs/bandoverridedialog.h"
#include "dialogs/casepreparationdialog.h"
#include "domain/followupladder.h"
#include "itemmodels/caseloadmodel.h"
#include "person/bandswatch.h"
#include "store/allocationstore.h"
#include "store/auditstore.h"
#include "store/bandoverridestore.h"
#include "store/barrierstore.h"
#include "store/diarystore.h"
#include "store/editconflict.h"
#include "store/followupstore.h"
#include "store/noteqastore.h"
#include "store/notestore.h"
#include "store/progressionstore.h"
#include "store/removalstore.h"
#include "store/reportingstore.h"
#include "store/restrictionstore.h"
#include "store/reviewstore.h"
#include "store/taskingstore.h"
#include "store/traveldocumentstore.h"
#include "store/userstore.h"
#include "testsupport.h"
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QtTest>
#include <functional>

// A day as Lodestar shows it, in the user's locale: the suite runs in German too (.ci/matrix).
static QString shownDay(int year, int month, int day)
{
    return QLocale().toString(QDate(year, month, day), QStringLiteral("d MMM yyyy"));
}

namespace {

const QString Dana = QStringLiteral("dfarrow"); // saves first, on connection A
const QString Sam = QStringLiteral("sokafor");  // saves second, on connection B

// Two connections to one database, each with its session user, and a person to edit.
struct Pair
{
    TestDatabase t;
    std::shared_ptr<Database> second;
    QSqlDatabase a;
    QSqlDatabase b;
    qint64 personId = 0;
    QDate today = QDate::currentDate();
    bool ready = false;

    Pair()
    {
        a = t.db->sql();
        auto opened = Database::open(t.path());
        if (!opened)
            return;
        second = opened.value();
        b = second->sql();
        Session::setUser(a, Dana);
        Session::setUser(b, Sam);
        // Team leaders both, so either may sign off, countersign and mark; no admin, so the
        // permissions are not what is tested here.
        for (const auto &[name, display] :
             {std::pair{Dana, QStringLiteral("Dana Farrow")},
              std::pair{Sam, QStringLiteral("Sam Okafor")},
              std::pair{QStringLiteral("jmensah"), QStringLiteral("Joe Mensah")}}) {
            AppUser u;
            u.userName = name;
            u.displayName = display;
            u.team = QStringLiteral("Leeds A");
            u.role = QStringLiteral("team_leader");
            if (!UserStore(a).save(u, Dana))
                return;
        }
        if (!TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Osei"),
                                                    QStringLiteral("Kwame"), QString(), 24)}))
            return;
        personId = PersonStore(a).findByRef(QStringLiteral("P1")).value()->id;
        ready = personId > 0;
    }

    qint64 audits() const
    {
        QSqlQuery q(a);
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }
};

QVariant scalar(QSqlDatabase db, const QString &sql, const QVariant &key)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return QVariant();
    return q.value(0);
}

// One save path of a versioned table.
struct Case
{
    const char *name;
    QString table;
    QString key = QStringLiteral("id"); // the column `id` is of
    // Makes the record on A; its key (an id, or the person for case_preparation).
    std::function<Result<qint64>(Pair &)> setup;
    // Saves it on `db` with the version read; `first` tells the two people's values apart.
    std::function<Status(Pair &, QSqlDatabase db, qint64 id, int version, bool first)> save;
    QString column;      // what the first save set, to find in the row afterwards
    QVariant firstValue; // ... and its value
    QString field;       // the field the refusal names ("" when it cannot know)
    bool resave = true;  // after a reload the second person can make their change
};

Result<qint64> barrierOf(Pair &p)
{
    Barrier b;
    b.personId = p.personId;
    b.type = QStringLiteral("medical");
    b.raisedOn = p.today.addDays(-10);
    b.notes = QStringLiteral("Hospital letter");
    return BarrierStore(p.a).add(b, Dana);
}

Result<qint64> taskingOf(Pair &p)
{
    Tasking t;
    t.personId = p.personId;
    t.centre = QStringLiteral("Reliance House");
    t.kind = QStringLiteral("etd_interview");
    t.dueOn = p.today.addDays(3);
    t.reportingWindow = QStringLiteral("08:00-16:00");
    return TaskingStore(p.a).create(t, Dana, false);
}

QString userKey(qint64) // app_user is keyed by name: the cases pass 0 for it
{
    return QStringLiteral("jmensah");
}

const QVector<Case> &cases()
{
    static const QVector<Case> all{
        {"travel document", "travel_document", "id",
         [](Pair &p) {
             TravelDocument d;
             d.personId = p.personId;
             return TravelDocumentStore(p.a).save(d, Dana);
         },
         [](Pair &p, QSqlDatabase db, qint64 id, int version, bool first) {
             TravelDocument d;
             d.id = id;
             d.personId = p.personId;
             d.version = version;
             d.status = first ? QStringLiteral("applied") : QStringLiteral("to_apply");
             d.appliedOn = first ? p.today : QDate();
             d.embassy = first ? QString() : QStringLiteral("Kingston High Commission");
             return TravelDocumentStore(db).save(d, first ? Dana : Sam).status();
         },
         "status", QStringLiteral("applied"), "status"},
        {"removal directions", "removal_directions", "id",
         [](Pair &p) {
             RemovalDirections d;
             d.personId = p.personId;
             d.setOn = p.today;
             d.plannedOn = p.today.addDays(14);
             return RemovalStore(p.a).save(d, Dana);
         },
         [](Pair &p, QSqlDatabase db, qint64 id, int version, bool first) {
             RemovalDirections d;
             d.id = id;
             d.personId = p.personId;
             d.version = version;
             d.setOn = p.today;
             d.plannedOn = p.today.addDays(first ? 21 : 14);
             d.notes = first ? QString() : QStringLiteral("Escorts booked");
             return RemovalStore(db).save(d, first ? Dana : Sam).status();
         },
         "planned_on", QDate::currentDate().addDays(21).toString(Qt::ISODate), "planned date"},
        {"charter flight", "charter_flight", "id",
         [](Pair &p) {
             CharterFlight f;
             f.reference = QStringLiteral("CH-26-01");
             f.departsOn = p.today.addDays(20);
             return RemovalStore(p.a).saveFlight(f, Dana);
         },
         [](Pair &p, QSqlDatabase db, qint64 id, int version, bool first) {
             CharterFlight f;
             f.id = id;
             f.version = version;
             f.reference = QStringLiteral("CH-26-01");
             f.departsOn = p.today.addDays(20);
             f.destination = first ? QStringLiteral("Kingston") : QStringLiteral("Lagos");
             return RemovalStore(db).saveFlight(f, first ? Dana : Sam).status();
         },
         "destination", QStringLiteral("Kingston"), "destination"},
        {"case preparation", "case_preparation", "person_id",
         [](Pair &p) -> Result<qint64> {
             CasePreparation c;
             c.personId = p.personId;
             c.allocatedOn = p.today.addDays(-20);
             if (Status s = ProgressionStore(p.a).savePreparation(c, Dana); !s)
                 return s.error();
             return p.personId;
         },
         [](Pair &p, QSqlDatabase db, qint64, int version, bool first) {
             CasePreparation c;
             c.personId = p.personId;
             c.version = version;
             c.allocatedOn = p.today.addDays(-20);
             c.initialDoneOn = p.today.addDays(first ? -10 : -5);
             return ProgressionStore(db).savePreparation(c, first ? Dana : Sam);
         },
         "initial_done_on", QDate::currentDate().addDays(-10).toString(Qt::ISODate),
         "initial preparation"},
        // Keyed by user name, its audit entries carry no id: who and when come from the row.
        {"user", "app_user", "user_name", [](Pair &) -> Result<qint64> { return 0; },
         [](Pair &, QSqlDatabase db, qint64, int version, bool first) {
             AppUser u;
             u.userName = QStringLiteral("jmensah");
             u.displayName = QStringLiteral("Joe Mensah");
             u.team = QStringLiteral("Leeds A");
             u.role = QStringLiteral("team_leader");
             u.capacity = first ? 80 : 120;
             u.version = version;
             return UserStore(db).save(u, first ? Dana : Sam);
         },
         "capacity", 80, ""},
        {"barrier notes", "barrier", "id", barrierOf,
         [](Pair &p, QSqlDatabase db, qint64 id, int version, bool first) {
             return BarrierStore(db).setNotes(
                 p.personId, id, first ? QStringLiteral("Mine") : QStringLiteral("Theirs"),
                 first ? Dana : Sam, version);
         },
         "notes", QStringLiteral("Mine"), "notes"},
        {"barrier clear", "barrier", "id", barrierOf,
         [](Pair &p, QSqlDatabase db, qint64 id, int version, bool first) {
             return BarrierStore(db).clear(p.personId, id, p.today.addDays(first ? -1 : -2),
                                           first ? QStringLiteral("resolved")
                                                 : QStringLiteral("refused"),
                                           QString(), first ? Dana : Sam, version);
         },
         "cleared_how", QStringLiteral("resolved"), "clearing", false},
        {"barrier reopen", "barrier", "id",
         [](Pair &p) -> Result<qint64> {
             const auto id = barrierOf(p);
             if (!id)
                 return id;
             if (Status s = BarrierStore(p.a).clear(p.personId, id.value(), p.today,
                                                    QStringLiteral("resolved"), QString(), Dana, 1);
                 !s)
                 return s.error();
             return id;
         },
         [](Pair &p, QSqlDatabase db, qint64 id, int version, bool first) {
             return BarrierStore(db).reopen(p.personId, id, first ? Dana : Sam, version);
         },
         "cleared_on", QVariant(), "clearing", false},
        {"diary done", "diary_entry", "id",
         [](Pair &p) {
             DiaryEntry e;
             e.personId = p.personId;
             e.due = p.today.addDays(2);
             e.title = QStringLiteral("Chase the embassy");
             return DiaryStore(p.a).add(e, Dana);
         },
         [](Pair &, QSqlDatabase db, qint64 id, int version, bool first) {
             return DiaryStore(db).setDone(id, true, first ? Dana : Sam, version);
         },
         "done_by", Dana, "done"},
        {"tasking feedback", "tasking", "id", taskingOf,
         [](Pair &, QSqlDatabase db, qint64 id, int version, bool first) {
             return TaskingStore(db).recordFeedback(
                 id, first ? QStringLiteral("done") : QStringLiteral("not_attended"), QString(),
                 first ? Dana : Sam, version);
         },
         "outcome", QStringLiteral("done"), "outcome", false},
        {"tasking window", "tasking", "id", taskingOf,
         [](Pair &, QSqlDatabase db, qint64 id, int version, bool first) {
             return TaskingStore(db).clearWindowWarning(
                 id, first ? QStringLiteral("10:00-11:00") : QStringLiteral("09:00-10:00"),
                 first ? Dana : Sam, version);
         },
         "reporting_window", QStringLiteral("10:00-11:00"), "reporting window"},
        {"countersignature", "followup_step", "id",
         [](Pair &p) {
             FollowUpStep s;
             s.personId = p.personId;
             s.step = FollowUpLadder::AbsconderDeclaration;
             s.takenOn = p.today;
             s.alternativesTried = QStringLiteral("Home visit, phone calls");
             s.outcome = QStringLiteral("Whereabouts unknown");
             return FollowUpStore(p.a).record(s, QStringLiteral("jmensah"),
                                              FollowUpLadder::Thresholds());
         },
         [](Pair &, QSqlDatabase db, qint64 id, int version, bool first) {
             return FollowUpStore(db).countersign(id, first ? Dana : Sam, version);
         },
         "countersigned_by", Dana, "countersignature", false},
        {"review sign-off", "review", "id",
         [](Pair &p) {
             Review r;
             r.personId = p.personId;
             r.reviewedOn = p.today;
             r.reviewer = QStringLiteral("jmensah");
             r.nextReviewOn = p.today.addMonths(1);
             r.barriersChecked = true;
             return ReviewStore(p.a).save(r, QStringLiteral("jmensah"));
         },
         [](Pair &, QSqlDatabase db, qint64 id, int version, bool first) {
             return ReviewStore(db).signOff(id, first ? Dana : Sam, version);
         },
         "signed_off_by", Dana, "sign-off", false},
        {"note check", "note_qa", "id",
         [](Pair &p) -> Result<qint64> {
             if (auto note = NoteStore(p.a).add(p.personId, QStringLiteral("Phoned; no answer."),
                                                QStringLiteral("jmensah"));
                 !note)
                 return note.error();
             NoteQaStore::Request r;
             r.size = 1;
             r.from = p.today.addDays(-1);
             r.to = p.today.addDays(1);
             r.caseworker = QStringLiteral("jmensah");
             const auto sample = NoteQaStore(p.a).draw(r, Dana);
             if (!sample)
                 return sample;
             const auto items = NoteQaStore(p.a).items(sample.value());
             if (!items || items.value().isEmpty())
                 return Error{QStringLiteral("no item drawn"), QString(), QString()};
             return items.value().first().id;
         },
         [](Pair &, QSqlDatabase db, qint64 id, int version, bool first) {
             return NoteQaStore(db).mark(
                 id, first ? QStringLiteral("pass") : QStringLiteral("fail"),
                 first ? QString() : QStringLiteral("No next step"), first ? Dana : Sam, version);
         },
         "result", QStringLiteral("pass"), "result"},
        {"excuse", "reporting_event", "id",
         [](Pair &p) {
             ReportingEvent e;
             e.personId = p.personId;
             e.scheduled = p.today.addDays(-1).toString(Qt::ISODate) + QStringLiteral("T10:00");
             e.outcome = QStringLiteral("EXCUSED");
             e.excuseReason = QStringLiteral("illness");
             return ReportingStore(p.a).record(e, Dana);
         },
         [](Pair &, QSqlDatabase db, qint64 id, int version, bool first) {
             return ReportingStore(db).setExcuse(
                 id, first ? QStringLiteral("court") : QStringLiteral("other"),
                 first ? QStringLiteral("Crown court") : QStringLiteral("Funeral"),
                 first ? Dana : Sam, version);
         },
         "excuse_reason", QStringLiteral("court"), "excuse"},
        {"hold release", "progression_hold", "id",
         [](Pair &p) {
             ProgressionHold h;
             h.personId = p.personId;
             h.reason = QStringLiteral("Judicial review pending");
             h.placedOn = p.today;
             h.untilOn = p.today.addDays(30);
             return ProgressionStore(p.a).placeHold(h, Dana);
         },
         [](Pair &p, QSqlDatabase db, qint64 id, int version, bool first) {
             return ProgressionStore(db).releaseHold(p.personId, id, first ? Dana : Sam, version);
         },
         "released_by", Dana, "release", false},
        {"band override", "person", "id", [](Pair &p) -> Result<qint64> { return p.personId; },
         [](Pair &, QSqlDatabase db, qint64 id, int version, bool first) {
             return BandOverrideStore(db).setOverride(id, first ? 1 : 2,
                                                      first
                                                          ? QStringLiteral("Nexus intelligence")
                                                          : QStringLiteral("Compliant for a year"),
                                                      first ? Dana : Sam, version);
         },
         "band_override", 1, "band override"},
        {"restriction", "person", "id", [](Pair &p) -> Result<qint64> { return p.personId; },
         [](Pair &, QSqlDatabase db, qint64 id, int version, bool first) {
             ReportingRestriction r;
             r.personId = id;
             r.centre = QStringLiteral("Reliance House");
             r.frequency = QStringLiteral("WEEKLY");
             r.window = first ? QStringLiteral("10:00-11:00") : QStringLiteral("14:00-15:00");
             r.reason = QStringLiteral("Agreed with the centre");
             return RestrictionStore(db).set(r, first ? Dana : Sam, version).status();
         },
         "reporting_window", QStringLiteral("10:00-11:00"), "reporting restriction"},
        {"allocation", "person", "id", [](Pair &p) -> Result<qint64> { return p.personId; },
         [](Pair &p, QSqlDatabase db, qint64 id, int version, bool first) {
             return AllocationStore(db)
                 .allocate({id}, first ? QStringLiteral("jmensah") : Dana,
                           QStringLiteral("Balance the loads"), p.today, first ? Dana : Sam,
                           {{id, version}})
                 .status();
         },
         "case_owner", QStringLiteral("jmensah"), "case owner"},
    };
    return all;
}

// The InTransaction twins of the save paths above (what the demo and any bulk writer call):
// the second person's save of case `name`, with the version given, in its own transaction.
using Save = std::function<Status(Pair &, QSqlDatabase db, qint64 id, int version)>;
const QHash<QString, Save> &twins()
{
    static const auto now = [] { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); };
    static const QHash<QString, Save> all{
        {QStringLiteral("barrier clear"),
         [](Pair &p, QSqlDatabase db, qint64 id, int version) {
             return Transaction::run(db, [&] {
                 return BarrierStore(db).clearInTransaction(p.personId, id, p.today.addDays(-2),
                                                            QStringLiteral("refused"), QString(),
                                                            Sam, version);
             });
         }},
        {QStringLiteral("diary done"),
         [](Pair &, QSqlDatabase db, qint64 id, int version) {
             return Transaction::run(
                 db, [&] { return DiaryStore(db).setDoneInTransaction(id, Sam, now(), version); });
         }},
        {QStringLiteral("countersignature"),
         [](Pair &, QSqlDatabase db, qint64 id, int version) {
             return Transaction::run(db, [&] {
                 return FollowUpStore(db).countersignInTransaction(id, Sam, now(), version);
             });
         }},
        {QStringLiteral("review sign-off"),
         [](Pair &, QSqlDatabase db, qint64 id, int version) {
             return Transaction::run(
                 db, [&] { return ReviewStore(db).signOffInTransaction(id, Sam, now(), version); });
         }},
        {QStringLiteral("note check"),
         [](Pair &, QSqlDatabase db, qint64 id, int version) {
             return Transaction::run(db, [&] {
                 return NoteQaStore(db).markInTransaction(id, QStringLiteral("fail"),
                                                          QStringLiteral("No next step"), Sam,
                                                          now(), version);
             });
         }},
        {QStringLiteral("hold release"),
         [](Pair &p, QSqlDatabase db, qint64 id, int version) {
             return Transaction::run(db, [&] {
                 return ProgressionStore(db).releaseHoldInTransaction(p.personId, id, p.today, Sam,
                                                                      now(), version);
             });
         }},
        {QStringLiteral("allocation"),
         [](Pair &p, QSqlDatabase db, qint64 id, int version) {
             return Transaction::run(db, [&]() -> Status {
                 return AllocationStore(db)
                     .allocateInTransaction({id}, Dana, QStringLiteral("Balance the loads"),
                                            p.today, Sam, now(), {{id, version}})
                     .status();
             });
         }},
    };
    return all;
}

int versionOf(QSqlDatabase db, const Case &c, qint64 id)
{
    const QVariant key = c.key == QLatin1String("user_name") ? QVariant(userKey(id)) : QVariant(id);
    return scalar(db, QStringLiteral("SELECT version FROM %1 WHERE %2 = ?").arg(c.table, c.key),
                  key)
        .toInt();
}

} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestData::isolateSettings(QStringLiteral("tst_conflicts")); }

    void changedColumnsLeaveBookkeepingOut()
    {
        const QString before = QStringLiteral(
            R"({"id":4,"status":"applied","expires_on":null,"notes":"x","version":2,"updated_at":"a","updated_by":"sam"})");
        const QString after = QStringLiteral(
            R"({"id":4,"status":"issued","expires_on":"2027-01-01","notes":"x","version":3,"updated_at":"b","updated_by":"dana"})");
        QCOMPARE(EditConflict::changedColumns(before, after),
                 (QStringList{QStringLiteral("expires_on"), QStringLiteral("status")}));
        QCOMPARE(EditConflict::changedColumns(before, before), QStringList());
        // A key only one side has changed too.
        QCOMPARE(EditConflict::changedColumns(QStringLiteral(R"({"a":1})"),
                                              QStringLiteral(R"({"a":1,"b":2})")),
                 QStringList{QStringLiteral("b")});
        QCOMPARE(EditConflict::fieldName(QStringLiteral("expires_on")),
                 QStringLiteral("expiry date"));
        QCOMPARE(EditConflict::fieldName(QStringLiteral("odd_column")),
                 QStringLiteral("odd column"));
    }

    void messageSaysWhoWhenAndWhat()
    {
        const QDateTime at(QDate(2026, 12, 1), QTime(14, 32), Qt::LocalTime);
        const QString m = EditConflict::message(
            QStringLiteral("travel document"), QStringLiteral("Dana Farrow"), at,
            {QStringLiteral("status"), QStringLiteral("expires_on"), QStringLiteral("updated_at")},
            false);
        QCOMPARE(m, QStringLiteral("Dana Farrow changed this travel document at 14:32 on %1 "
                                   "(status, expiry date, updated at) after you opened it. Nothing "
                                   "was saved: reload to see their version and make your change "
                                   "again.")
                        .arg(shownDay(2026, 12, 1)));
        // Pairs of columns with one name are named once; nobody known is "someone else".
        const QString pair =
            EditConflict::message(QStringLiteral("diary entry"), QString(), QDateTime(),
                                  {QStringLiteral("done_by"), QStringLiteral("done_at")}, false);
        QVERIFY2(pair.startsWith(QStringLiteral("Someone else changed this diary entry (done) "
                                                "after you opened it.")),
                 qPrintable(pair));
        const QString gone = EditConflict::message(QStringLiteral("barrier"),
                                                   QStringLiteral("Sam Okafor"), at, {}, true);
        QVERIFY2(gone.startsWith(QStringLiteral("Sam Okafor deleted this barrier at 14:32")),
                 qPrintable(gone));
        QVERIFY(gone.contains(QStringLiteral("Nothing was saved")));
    }

    void secondSaveIsRefused_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases().size(); ++i)
            QTest::newRow(cases().at(i).name) << i;
    }

    void secondSaveIsRefused()
    {
        QFETCH(int, index);
        const Case &c = cases().at(index);
        Pair p;
        QVERIFY(p.ready);
        const auto id = c.setup(p);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        // Both people open the record at the same version.
        const int opened = versionOf(p.b, c, id.value());
        QVERIFY(opened > 0);
        QCOMPARE(versionOf(p.a, c, id.value()), opened);
        const qint64 audits = p.audits();

        const Status first = c.save(p, p.a, id.value(), opened, true);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(versionOf(p.b, c, id.value()), opened + 1);
        const Status second = c.save(p, p.b, id.value(), opened, false);
        QVERIFY(!second);
        QCOMPARE(second.error().code, EditConflict::Code);
        const QString message = second.error().message;
        QVERIFY2(message.contains(QStringLiteral("Dana Farrow")), qPrintable(message));
        QVERIFY2(c.field.isEmpty() ||
                     (message.contains(QStringLiteral("(")) && message.contains(c.field)),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Nothing was saved")), qPrintable(message));

        // The row holds the first save, and the audit trail exactly its change.
        const QVariant key = c.key == QLatin1String("user_name") ? QVariant(userKey(id.value()))
                                                                 : QVariant(id.value());
        const QVariant held = scalar(
            p.b, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(c.column, c.table, c.key),
            key);
        if (c.firstValue.isNull())
            QVERIFY(held.isNull());
        else
            QCOMPARE(held.toString(), c.firstValue.toString());
        QCOMPARE(versionOf(p.b, c, id.value()), opened + 1);
        QCOMPARE(p.audits(), audits + 1);
        QSqlQuery last(p.b);
        QVERIFY(last.exec(QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")));
        QVERIFY(last.next());
        QCOMPARE(last.value(0).toString(), Dana);

        if (!c.resave)
            return;
        // Reloaded, Sam makes his change over Dana's, knowingly.
        const Status again = c.save(p, p.b, id.value(), versionOf(p.b, c, id.value()), false);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(versionOf(p.a, c, id.value()), opened + 2);
        QCOMPARE(p.audits(), audits + 2);
    }

    // The InTransaction twins check the version as their public saves do: a stale one is
    // refused and writes nothing, whoever calls them.
    void staleTwinIsRefused_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases().size(); ++i)
            if (twins().contains(QString::fromLatin1(cases().at(i).name)))
                QTest::newRow(cases().at(i).name) << i;
    }

    void staleTwinIsRefused()
    {
        QFETCH(int, index);
        const Case &c = cases().at(index);
        const Save twin = twins().value(QString::fromLatin1(c.name));
        Pair p;
        QVERIFY(p.ready);
        const auto id = c.setup(p);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        const int opened = versionOf(p.b, c, id.value());
        QVERIFY(opened > 0);
        const Status first = c.save(p, p.a, id.value(), opened, true);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        const qint64 audits = p.audits();

        const Status stale = twin(p, p.b, id.value(), opened);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, EditConflict::Code);
        // Nothing written: the first save's value and version stand, and no audit entry.
        const QVariant held =
            scalar(p.b, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(c.column, c.table),
                   id.value());
        if (c.firstValue.isNull())
            QVERIFY(held.isNull());
        else
            QCOMPARE(held.toString(), c.firstValue.toString());
        QCOMPARE(versionOf(p.b, c, id.value()), opened + 1);
        QCOMPARE(p.audits(), audits);
    }

    // An allocation moves nobody it has no version for: every person must have been read.
    void allocationWithoutAVersionIsRefused()
    {
        Pair p;
        QVERIFY(p.ready);
        const int before = TestData::personVersion(p.a, p.personId);
        const auto moved = AllocationStore(p.a).allocate({p.personId}, QStringLiteral("jmensah"),
                                                         QString(), p.today, Dana, {});
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, QStringLiteral("invalid"));
        QCOMPARE(TestData::personVersion(p.a, p.personId), before);
        QVERIFY(
            scalar(p.a, QStringLiteral("SELECT case_owner FROM person WHERE id = ?"), p.personId)
                .toString() != QLatin1String("jmensah"));
    }

    // The caseload's rows carry the version they were read at, and an allocation of the
    // selection is checked against it: a person overridden since the rows were read is a
    // conflict, and a refresh shows the new version, which then allocates.
    void caseloadSelectionAllocatesAsShown()
    {
        Pair p;
        QVERIFY(p.ready);
        CaseloadModel model(p.b);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.personIdAt(0), p.personId);
        const int shown = model.personVersionAt(0);
        QCOMPARE(shown, TestData::personVersion(p.b, p.personId));
        QVERIFY(BandOverrideStore(p.a).setOverride(p.personId, 1, QStringLiteral("Nexus"), Dana,
                                                   TestData::personVersion(p.a, p.personId)));
        QCOMPARE(model.personVersionAt(0), shown); // as shown, until refreshed
        const auto stale =
            AllocationStore(p.b).allocate({p.personId}, QStringLiteral("jmensah"), QString(),
                                          p.today, Sam, {{p.personId, model.personVersionAt(0)}});
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, EditConflict::Code);
        QCOMPARE(TestData::personVersion(p.b, p.personId), shown + 1);
        model.refresh();
        QCOMPARE(model.personVersionAt(0), shown + 1);
        const auto moved =
            AllocationStore(p.b).allocate({p.personId}, QStringLiteral("jmensah"), QString(),
                                          p.today, Sam, {{p.personId, model.personVersionAt(0)}});
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().toString()));
        QCOMPARE(moved.value(), 1);
    }

    // A record deleted meanwhile says so (travel documents are not deleted through Lodestar:
    // behind its back here, as a second client on the server could).
    void deletedRecordSaysSo()
    {
        Pair p;
        QVERIFY(p.ready);
        TravelDocument d;
        d.personId = p.personId;
        const auto id = TravelDocumentStore(p.a).save(d, Dana);
        QVERIFY(id);
        QSqlQuery q(p.a);
        QVERIFY(
            q.exec(QStringLiteral("DELETE FROM travel_document WHERE id = %1").arg(id.value())));
        d.id = id.value();
        d.version = 1;
        d.status = QStringLiteral("applied");
        d.appliedOn = p.today;
        const auto saved = TravelDocumentStore(p.b).save(d, Sam);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, EditConflict::Code);
        QVERIFY2(saved.error().message.contains(QStringLiteral("deleted this travel document")),
                 qPrintable(saved.error().message));
    }

    // A note's revision is its version: the refusal reads as every other one.
    void noteEditNamesTheOtherEditor()
    {
        Pair p;
        QVERIFY(p.ready);
        const auto note = NoteStore(p.a).add(p.personId, QStringLiteral("Seen"), Dana);
        QVERIFY(note);
        QVERIFY(NoteStore(p.a).edit(note.value(), QStringLiteral("Seen at 10"), Dana, 1));
        const Status stale =
            NoteStore(p.b).edit(note.value(), QStringLiteral("Seen at 11"), Sam, 1);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, EditConflict::Code);
        QVERIFY2(stale.error().message.startsWith(QStringLiteral("Dana Farrow changed this note")),
                 qPrintable(stale.error().message));
        QVERIFY(stale.error().message.contains(QStringLiteral("(text)")));
        QVERIFY(NoteStore(p.b).edit(note.value(), QStringLiteral("Seen at 11"), Sam, 2));
    }

    // Derived refreshes and imports do not count as changes to the person: an open override
    // is not refused because a barrier recomputed the band.
    void derivedRefreshLeavesThePersonVersion()
    {
        Pair p;
        QVERIFY(p.ready);
        const int before = PersonStore(p.a).findById(p.personId).value()->version;
        QVERIFY(barrierOf(p));
        QVERIFY(PersonStore(p.a).refreshDerived(p.personId));
        QCOMPARE(PersonStore(p.b).findById(p.personId).value()->version, before);
        QVERIFY(BandOverrideStore(p.b).setOverride(p.personId, 1, QStringLiteral("Intelligence"),
                                                   Sam, before));
        QCOMPARE(PersonStore(p.a).findById(p.personId).value()->version, before + 1);
    }

    // The dialog: Sam's case preparation editor is open when Dana saves; his OK shows who
    // changed what, Reload puts her dates in the fields, and OK then saves his.
    void dialogShowsTheConflictAndReloads()
    {
        Pair p;
        QVERIFY(p.ready);
        CasePreparation start;
        start.personId = p.personId;
        start.allocatedOn = p.today.addDays(-20);
        QVERIFY(ProgressionStore(p.a).savePreparation(start, Dana));
        const auto read = ProgressionStore(p.b).preparation(p.personId);
        QVERIFY(read && read.value());
        CasePreparationDialog dialog({p.b, Sam}, *read.value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        CasePreparation theirs = *ProgressionStore(p.a).preparation(p.personId).value();
        theirs.initialDoneOn = p.today.addDays(-12);
        QVERIFY(ProgressionStore(p.a).savePreparation(theirs, Dana));

        auto *initial = dialog.findChild<DateField *>(QStringLiteral("initialDoneEdit"));
        QVERIFY(initial);
        initial->setDate(p.today.addDays(-3));
        QString shown;
        bool reloadFound = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != ConflictPrompt::DialogName)
                return;
            shown = box->text();
            auto *reload = box->findChild<QPushButton *>(ConflictPrompt::ReloadName);
            reloadFound = reload != nullptr;
            if (reload)
                QTest::mouseClick(reload, Qt::LeftButton);
        });
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY2(shown.startsWith(QStringLiteral("Dana Farrow changed this case preparation")),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("initial preparation")));
        QVERIFY(reloadFound);
        // Still open, now on Dana's version, with Sam's date said below it.
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.preparation().initialDoneOn, p.today.addDays(-12));
        QVERIFY2(dialog.problemText().contains(QStringLiteral("You had entered")),
                 qPrintable(dialog.problemText()));
        QCOMPARE(ProgressionStore(p.b).preparation(p.personId).value()->initialDoneOn,
                 p.today.addDays(-12));
        // Sam enters his again and saves over hers.
        initial->setDate(p.today.addDays(-3));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ProgressionStore(p.a).preparation(p.personId).value()->initialDoneOn,
                 p.today.addDays(-3));
    }

    // The band override dialog after a refused save shows the other's override as it stands:
    // the effective band and its colour, and the override now there to withdraw.
    void overrideDialogReloadsTheBand()
    {
        Pair p;
        QVERIFY(p.ready);
        const auto read = PersonStore(p.b).findById(p.personId);
        QVERIFY(read && read.value());
        QVERIFY(!read.value()->bandOverride);
        BandOverrideDialog dialog({p.b, Sam}, *read.value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(BandOverrideStore(p.a).setOverride(p.personId, 1, QStringLiteral("Nexus"), Dana,
                                                   read.value()->version));
        auto *withdraw = dialog.findChild<QRadioButton *>(QStringLiteral("withdrawRadio"));
        QVERIFY(withdraw && !withdraw->isEnabled());
        QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("bandRadio4")),
                          Qt::LeftButton);
        QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")),
                         QStringLiteral("Embassy will not issue"));
        bool reloaded = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != ConflictPrompt::DialogName)
                return;
            if (auto *reload = box->findChild<QPushButton *>(ConflictPrompt::ReloadName)) {
                reloaded = true;
                QTest::mouseClick(reload, Qt::LeftButton);
            }
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("overrideOkButton")),
                          Qt::LeftButton);
        QVERIFY(reloaded);
        QVERIFY(dialog.isVisible());
        auto *effective = dialog.findChild<QLabel *>(QStringLiteral("dialogEffectiveBandLabel"));
        QVERIFY(effective);
        QVERIFY2(effective->text().contains(QStringLiteral("(overridden)")),
                 qPrintable(effective->text()));
        auto *swatch = effective->parentWidget()->findChild<BandSwatch *>();
        QVERIFY(swatch);
        QCOMPARE(swatch->band(), 1);
        QVERIFY(withdraw->isEnabled());
        // What Sam chose and typed is still there, to save over Dana's now he has seen it.
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("bandRadio4"))->isChecked());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("overrideOkButton")),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(PersonStore(p.a).findById(p.personId).value()->band, std::optional<int>(4));
    }
};

QTEST_MAIN(TestConflicts)
#include "tst_conflicts.moc"
