// The caseload's triage columns (issue 23), table-driven: the last due reporting event (a
// pending one ignored, one at the very minute due, two at one minute the later recorded), the
// next diary date (done entries ignored), the last action by a person (in local days, CID's
// barriers not counted) and the quiet filter's line. Then the SQL twins against the rules on
// the same scripted people, and the caseload itself: each triage column sorted both ways with
// its blanks last, each "Needs" filter's count equal to its list and to the rule.
#include "domain/clock.h"
#include "domain/triage.h"
#include "itemmodels/caseloadmodel.h"
#include "itemmodels/roles.h"
#include "store/caseloadstore.h"
#include "store/personstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using E = Triage::Event;
using D = Triage::DiaryDate;

Q_DECLARE_METATYPE(QVector<Triage::Event>)
Q_DECLARE_METATYPE(QVector<Triage::DiaryDate>)

namespace {
const Moment Noon = Moment::fromString(QStringLiteral("2026-03-10T12:00"));

// A local wall time ("2026-03-09T23:30") as the stored UTC instant: days since an action are
// counted in the user's zone, and the suite also runs in zones ahead of and behind UTC.
QString stamp(const char *local)
{
    return QDateTime::fromString(QLatin1String(local), Qt::ISODate).toUTC().toString(Qt::ISODate);
}
} // namespace

class TestTriage : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    const QDate m_today = QDate(2026, 3, 10);
    int m_rows = 0;

    QSqlDatabase db() const { return m_t.db->sql(); }
    qint64 id(const QString &ref) { return PersonStore(db()).findByRef(ref).value()->id; }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        return TestData::exec(db(), sql, values);
    }

    // The scripted people: what each has, and what the rules say of them at Noon.
    struct Script
    {
        QString ref;
        QVector<E> events;
        QVector<D> diary;
        // The actions, as (table, time): note, step, countersign, barrier, cidbarrier,
        // document, review, signoff, allocation.
        QVector<QPair<QString, QString>> actions;
        int openTaskings = 0;
        int closedTaskings = 0;
    };
    QVector<Script> m_people;

    bool addActions(const QString &ref, const QVector<QPair<QString, QString>> &actions)
    {
        const qint64 p = id(ref);
        for (const auto &[kind, at] : actions) {
            ++m_rows;
            bool ok = true;
            if (kind == QLatin1String("note"))
                ok = exec(QStringLiteral("INSERT INTO note (person_id, body, revision, created_by, "
                                         "created_at, updated_by, updated_at) VALUES (?, 'n', 1, "
                                         "'sokafor', ?, 'sokafor', ?)"),
                          {p, at, at});
            else if (kind == QLatin1String("step") || kind == QLatin1String("countersign"))
                ok = exec(
                    QStringLiteral("INSERT INTO followup_step (person_id, step, taken_on, "
                                   "recorded_by, recorded_at, countersigned_by, "
                                   "countersigned_at) VALUES (?, 'warning_letter', "
                                   "'2026-01-01', 'sokafor', ?, ?, ?)"),
                    {p, kind == QLatin1String("step") ? at : QStringLiteral("2026-01-01T09:00:00Z"),
                     kind == QLatin1String("step") ? QVariant() : QStringLiteral("rfarrell"),
                     kind == QLatin1String("step") ? QVariant() : at});
            else if (kind == QLatin1String("barrier") || kind == QLatin1String("cidbarrier"))
                ok = exec(QStringLiteral("INSERT INTO barrier (person_id, barrier_type, source, "
                                         "raised_on, standing_since, recorded_by, recorded_at, "
                                         "updated_at) VALUES (?, 'ASYLUM', ?, '2026-01-01', "
                                         "'2026-01-01', 'sokafor', ?, ?)"),
                          {p,
                           kind == QLatin1String("barrier") ? QStringLiteral("lodestar")
                                                            : QStringLiteral("cid"),
                           at, at});
            else if (kind == QLatin1String("document"))
                ok = exec(QStringLiteral("INSERT INTO travel_document (person_id, kind, status, "
                                         "updated_by, updated_at) VALUES (?, 'ETD', 'APPLIED', "
                                         "'sokafor', ?)"),
                          {p, at});
            else if (kind == QLatin1String("review") || kind == QLatin1String("signoff"))
                ok = exec(
                    QStringLiteral("INSERT INTO review (person_id, reviewed_on, reviewer, "
                                   "barriers_checked, compliance_checked, "
                                   "document_progressed, band_confirmed, next_action_set, "
                                   "outcome, next_review_on, recorded_at, signed_off_by, "
                                   "signed_off_at) VALUES (?, '2026-01-01', 'sokafor', 1, 1, "
                                   "1, 1, 1, 'CONTINUE', '2026-04-01', ?, ?, ?)"),
                    {p,
                     kind == QLatin1String("review") ? at : QStringLiteral("2026-01-01T09:00:00Z"),
                     kind == QLatin1String("review") ? QVariant() : QStringLiteral("rfarrell"),
                     kind == QLatin1String("review") ? QVariant() : at});
            else if (kind == QLatin1String("allocation"))
                ok = exec(QStringLiteral("INSERT INTO allocation (person_id, to_owner, "
                                         "allocated_on, allocated_by, allocated_at) VALUES (?, "
                                         "'sokafor', '2026-01-01', 'rfarrell', ?)"),
                          {p, at});
            if (!ok)
                return false;
        }
        return true;
    }

    // What the caseload's SQL says of each person at `at` (reference -> the triage values).
    QHash<QString, CaseloadRow> caseloadRows(const Moment &at)
    {
        CaseloadFilter f;
        f.at = at;
        const auto rows =
            CaseloadStore(db()).fetch(f, CaseloadColumn::PersonRef, Qt::AscendingOrder, 0, 1000);
        QHash<QString, CaseloadRow> out;
        if (!rows) {
            qWarning() << rows.error().toString();
            return out;
        }
        for (const CaseloadRow &r : rows.value())
            out.insert(r.personRef, r);
        return out;
    }

private slots:
    void lastDue_data()
    {
        QTest::addColumn<QVector<E>>("events");
        QTest::addColumn<QString>("scheduled");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("none") << QVector<E>{} << QString() << QString();
        QTest::newRow("only pending")
            << QVector<E>{{1, "2026-03-10T12:01", ""}} << QString() << QString();
        QTest::newRow("at the very minute")
            << QVector<E>{{1, "2026-03-10T12:00", "NO_SHOW"}} << "2026-03-10T12:00"
            << "NO_SHOW";
        QTest::newRow("latest due, pending after")
            << QVector<E>{{1, "2026-03-03T10:00", "COMPLETED"},
                          {2, "2026-03-09T10:00", ""},
                          {3, "2026-03-17T10:00", ""}}
            << "2026-03-09T10:00"
            << "";
        QTest::newRow("in any order")
            << QVector<E>{{5, "2026-03-09T10:00", "EXCUSED"}, {2, "2026-03-02T10:00", "NO_SHOW"}}
            << "2026-03-09T10:00"
            << "EXCUSED";
        QTest::newRow("same minute: recorded last")
            << QVector<E>{{7, "2026-03-09T10:00", "COMPLETED"}, {4, "2026-03-09T10:00", "NO_SHOW"}}
            << "2026-03-09T10:00"
            << "COMPLETED";
    }
    void lastDue()
    {
        QFETCH(QVector<E>, events);
        QFETCH(QString, scheduled);
        QFETCH(QString, outcome);
        const std::optional<E> last = Triage::lastDue(events, Noon);
        QCOMPARE(last.has_value(), !scheduled.isEmpty());
        if (last) {
            QCOMPARE(last->scheduled, scheduled);
            QCOMPARE(last->outcome, outcome);
        }
    }

    void nextDiary_data()
    {
        QTest::addColumn<QVector<D>>("entries");
        QTest::addColumn<QDate>("next");
        QTest::newRow("none") << QVector<D>{} << QDate();
        QTest::newRow("all done") << QVector<D>{{QDate(2026, 3, 1), true}} << QDate();
        QTest::newRow("overdue counts")
            << QVector<D>{{QDate(2026, 3, 20), false}, {QDate(2026, 2, 1), false}}
            << QDate(2026, 2, 1);
        QTest::newRow("done ignored")
            << QVector<D>{{QDate(2026, 3, 1), true}, {QDate(2026, 3, 12), false}}
            << QDate(2026, 3, 12);
    }
    void nextDiary()
    {
        QFETCH(QVector<D>, entries);
        QFETCH(QDate, next);
        QCOMPARE(Triage::nextDiary(entries), next);
    }

    void daysSince_data()
    {
        QTest::addColumn<QString>("lastAction");
        QTest::addColumn<int>("days"); // -1: none
        QTest::addColumn<bool>("quiet");
        // Local times: in London 23:30 on 9 March is 23:30Z, in a zone a day ahead of UTC it is
        // stored as the morning of the 8th, still the 9th where the user is.
        QTest::newRow("none") << QString() << -1 << true;
        QTest::newRow("today") << stamp("2026-03-10T09:00") << 0 << false;
        QTest::newRow("yesterday late") << stamp("2026-03-09T23:30") << 1 << false;
        QTest::newRow("59 days") << stamp("2026-01-10T12:00") << 59 << false;
        QTest::newRow("60 days") << stamp("2026-01-09T00:01") << 60 << true;
    }
    void daysSince()
    {
        QFETCH(QString, lastAction);
        QFETCH(int, days);
        QFETCH(bool, quiet);
        const std::optional<int> since = Triage::daysSince(lastAction, m_today);
        QCOMPARE(since.value_or(-1), days);
        QCOMPARE(Triage::isQuiet(lastAction, m_today, Triage::QuietDays), quiet);
    }

    void lastActionIsTheLatest()
    {
        QCOMPARE(Triage::lastAction({QStringLiteral("2026-03-01T10:00:00Z"), QString(),
                                     QStringLiteral("2026-03-02T09:00:00Z")}),
                 QStringLiteral("2026-03-02T09:00:00Z"));
        QCOMPARE(Triage::lastAction({}), QString());
    }

    // The scripted people, written once for the SQL checks below.
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_triage"));
        m_people = {
            {QStringLiteral("T01"),
             {{0, "2026-03-03T10:00", "COMPLETED"},
              {0, "2026-03-09T10:00", "NO_SHOW"},
              {0, "2026-03-10T12:00", ""},
              {0, "2026-03-17T10:00", ""}},
             {{QDate(2026, 3, 12), false}, {QDate(2026, 3, 1), true}},
             {{QStringLiteral("note"), stamp("2026-03-09T08:00")},
              {QStringLiteral("cidbarrier"), stamp("2026-03-10T08:00")}},
             1,
             1},
            {QStringLiteral("T02"),
             {{0, "2026-03-02T10:00", "EXCUSED"}},
             {{QDate(2026, 3, 10), false}},
             {{QStringLiteral("step"), stamp("2026-01-05T08:00")},
              {QStringLiteral("countersign"), stamp("2026-01-06T08:00")}},
             0,
             2},
            {QStringLiteral("T03"), {{0, "2026-03-10T12:01", ""}}, {}, {}, 0, 0},
            {QStringLiteral("T04"),
             {{0, "2026-03-02T10:00", "NO_SHOW"}, {0, "2026-03-09T10:00", ""}},
             {{QDate(2026, 2, 20), false}},
             {{QStringLiteral("barrier"), stamp("2026-02-01T08:00")},
              {QStringLiteral("document"), stamp("2026-03-01T08:00")},
              {QStringLiteral("signoff"), stamp("2026-03-04T08:00")},
              {QStringLiteral("allocation"), stamp("2026-02-02T08:00")}},
             2,
             0},
            {QStringLiteral("T05"),
             {{0, "2026-03-09T10:00", "COMPLETED"}, {0, "2026-03-09T10:00", "NO_SHOW"}},
             {},
             {{QStringLiteral("review"), stamp("2026-01-09T12:00")}},
             0,
             0},
        };
        QVector<PersonStore::NewPerson> people;
        for (const Script &s : std::as_const(m_people))
            people << TestData::person(s.ref, QStringLiteral("Fam") + s.ref, QStringLiteral("G"),
                                       QString(), 12);
        QVERIFY(TestData::add(*m_t.db, people));
        for (Script &s : m_people) {
            const qint64 p = id(s.ref);
            for (E &e : s.events) {
                QVERIFY(exec(QStringLiteral("INSERT INTO reporting_event (event_ref, person_id, "
                                            "scheduled, outcome, source) VALUES (?, ?, ?, ?, "
                                            "'CID')"),
                             {QStringLiteral("E%1").arg(++m_rows), p, e.scheduled,
                              e.outcome.isEmpty() ? QVariant() : QVariant(e.outcome)}));
                QSqlQuery last(db());
                QVERIFY(last.exec(QStringLiteral("SELECT MAX(id) FROM reporting_event")));
                QVERIFY(last.next());
                e.id = last.value(0).toLongLong();
            }
            for (const D &d : std::as_const(s.diary))
                QVERIFY(
                    exec(QStringLiteral("INSERT INTO diary_entry (person_id, due_date, title, "
                                        "kind, created_by, created_at, done_by, done_at) "
                                        "VALUES (?, ?, 't', 'manual', 'sokafor', "
                                        "'2026-01-01T09:00:00Z', ?, ?)"),
                         {p, d.due.toString(Qt::ISODate),
                          d.done ? QVariant(QStringLiteral("sokafor")) : QVariant(),
                          d.done ? QVariant(QStringLiteral("2026-03-01T09:00:00Z")) : QVariant()}));
            for (int i = 0; i < s.openTaskings + s.closedTaskings; ++i)
                QVERIFY(
                    exec(QStringLiteral("INSERT INTO tasking (person_id, centre, kind, due_on, "
                                        "created_by, created_at, closed_by, closed_at) VALUES "
                                        "(?, 'Becket House', 'ETD_INTERVIEW', '2026-03-11', "
                                        "'sokafor', '2026-03-01T09:00:00Z', ?, ?)"),
                         {p, i < s.openTaskings ? QVariant() : QStringLiteral("sokafor"),
                          i < s.openTaskings ? QVariant()
                                             : QVariant(QStringLiteral("2026-03-02T09:00:00Z"))}));
            QVERIFY(addActions(s.ref, s.actions));
        }
        QVERIFY(TestData::refreshReportingRuns(db()));
        QVERIFY(TestData::refreshTriageFacts(db()));
    }

    // Each person's triage values as the caseload reads them, against the rules.
    // The stored last due event is worked out at some moment (a write, an import); the caseload
    // reads it where it answers for its own moment and searches otherwise: the same either way.
    void sqlAgreesWithTheRules_data()
    {
        QTest::addColumn<QString>("moment");
        QTest::addColumn<QString>("workedOut"); // when the stored facts were; empty: now
        for (const char *workedOut : {"", "2026-03-10T12:00", "2026-03-09T10:00", "2026-03-01"}) {
            for (const auto &[name, moment] : {std::pair{"noon", "2026-03-10T12:00"},
                                               {"a minute before", "2026-03-10T11:59"},
                                               {"end of 9 March", "2026-03-09"},
                                               {"the week after", "2026-03-17T10:00"}})
                QTest::addRow("%s, worked out at %s", name, *workedOut ? workedOut : "now")
                    << QString::fromLatin1(moment) << QString::fromLatin1(workedOut);
        }
    }
    void sqlAgreesWithTheRules()
    {
        QFETCH(QString, moment);
        QFETCH(QString, workedOut);
        {
            const Moment when = workedOut.isEmpty() ? Moment::now() : Moment::fromString(workedOut);
            const Clock::Fixed fixed(QDateTime(when.date(), when.time()));
            QVERIFY(TestData::refreshReportingRuns(db()));
        }
        const Moment at = Moment::fromString(moment);
        const QHash<QString, CaseloadRow> rows = caseloadRows(at);
        QCOMPARE(rows.size(), m_people.size());
        for (const Script &s : std::as_const(m_people)) {
            const CaseloadRow r = rows.value(s.ref);
            const std::optional<E> last = Triage::lastDue(s.events, at);
            QCOMPARE(r.lastScheduled, last ? last->scheduled : QString());
            QCOMPARE(r.lastOutcome, last ? last->outcome : QString());
            QVector<BreachRules::Event> events;
            for (const E &e : s.events)
                events << BreachRules::Event{e.scheduled, e.outcome};
            QCOMPARE(r.breachRun, BreachRules::consecutiveBreaches(events, at));
            QCOMPARE(r.nextDiary, Triage::nextDiary(s.diary));
            QStringList times;
            for (const auto &[kind, time] : s.actions)
                if (kind != QLatin1String("cidbarrier"))
                    times << time;
            QCOMPARE(r.lastAction, Triage::lastAction(times));
            QCOMPARE(r.openTaskings, s.openTaskings);
        }
    }

    // Each "Needs" filter: its count equals its list, and both equal the rule's people.
    void needsFilters_data()
    {
        QTest::addColumn<int>("needs");
        QTest::addColumn<QStringList>("refs");
        using N = CaseloadFilter::Needs;
        // At noon on 10 March: T01's no-show on the 9th and blank at noon follow a COMPLETED;
        // T04 never completed; T05's COMPLETED and NO_SHOW share a minute (the breach is not
        // after it). T01 and T02's diary is due by today, T04's overdue. T02's last action was
        // 6 January, T05's 9 January (60 days), T03 has none.
        QTest::newRow("any") << int(N::Any) << QStringList{"T01", "T02", "T03", "T04", "T05"};
        QTest::newRow("in a run") << int(N::InRunOfBreaches) << QStringList{"T01", "T04"};
        QTest::newRow("diary due") << int(N::DiaryDue) << QStringList{"T02", "T04"};
        QTest::newRow("open taskings") << int(N::OpenTaskings) << QStringList{"T01", "T04"};
        QTest::newRow("quiet") << int(N::Quiet) << QStringList{"T02", "T03", "T05"};
    }
    void needsFilters()
    {
        QFETCH(int, needs);
        QFETCH(QStringList, refs);
        CaseloadModel model(db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CaseloadFilter f;
        f.needs = CaseloadFilter::Needs(needs);
        f.at = Noon;
        model.setFilter(f);
        model.sort(int(CaseloadColumn::PersonRef), Qt::AscendingOrder);
        QStringList listed;
        for (int row = 0; row < model.rowCount(); ++row)
            listed << model.index(row, int(CaseloadColumn::PersonRef)).data().toString();
        QCOMPARE(model.visibleCount(), int(listed.size()));
        QCOMPARE(listed, refs);
    }

    // Each triage column sorts both ways, its blanks last either way, ties by name.
    void sortsBothWays_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        QTest::addColumn<QStringList>("descending");
        using C = CaseloadColumn;
        // Outcomes: a no-show (T05's, recorded after its COMPLETED at the same minute), blanks
        // (T01 at noon, T04), excused (T02), none (T03); ties by name.
        QTest::newRow("last outcome")
            << int(C::LastOutcome) << QStringList{"T05", "T01", "T04", "T02", "T03"}
            << QStringList{"T02", "T04", "T01", "T05", "T03"};
        QTest::newRow("last due") << int(C::LastReported)
                                  << QStringList{"T02", "T04", "T05", "T01", "T03"}
                                  << QStringList{"T01", "T05", "T04", "T02", "T03"};
        QTest::newRow("run") << int(C::BreachRun) << QStringList{"T02", "T03", "T05", "T01", "T04"}
                             << QStringList{"T04", "T01", "T05", "T03", "T02"};
        QTest::newRow("next diary")
            << int(C::NextDiary) << QStringList{"T04", "T02", "T01", "T03", "T05"}
            << QStringList{"T01", "T02", "T04", "T05", "T03"};
        // Fewest days since first.
        QTest::newRow("days since action")
            << int(C::LastAction) << QStringList{"T01", "T04", "T05", "T02", "T03"}
            << QStringList{"T02", "T05", "T04", "T01", "T03"};
        QTest::newRow("taskings") << int(C::OpenTaskings)
                                  << QStringList{"T02", "T03", "T05", "T01", "T04"}
                                  << QStringList{"T04", "T01", "T05", "T03", "T02"};
    }
    void sortsBothWays()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        QFETCH(QStringList, descending);
        CaseloadModel model(db());
        CaseloadFilter f;
        f.at = Noon;
        model.setFilter(f);
        for (const auto &[order, expected] : {qMakePair(Qt::AscendingOrder, ascending),
                                              qMakePair(Qt::DescendingOrder, descending)}) {
            model.sort(column, order);
            QStringList listed;
            for (int row = 0; row < model.rowCount(); ++row)
                listed << model.index(row, int(CaseloadColumn::PersonRef)).data().toString();
            QCOMPARE(listed, expected);
        }
    }

    // Past the first page a computed sort is read by id from one ordered list: three pages of
    // people, each once, in order, as the export writes them too.
    void pagesOfAComputedSort()
    {
        TestDatabase t;
        constexpr int People = 2 * CaseloadModel::PageSize + 88;
        QVector<PersonStore::NewPerson> people;
        for (int i = 0; i < People; ++i)
            people << TestData::person(QStringLiteral("Q%1").arg(i, 4, 10, QLatin1Char('0')),
                                       QStringLiteral("Fam%1").arg(i), QStringLiteral("G"),
                                       QString(), 12);
        QVERIFY(TestData::add(*t.db, people));
        QSqlQuery q(t.db->sql());
        // i % 3 open taskings each.
        for (int n = 1; n <= 2; ++n)
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO tasking (person_id, centre, kind, due_on, "
                                           "created_by, created_at) SELECT id, 'Becket House', "
                                           "'ETD_INTERVIEW', '2026-03-11', 'sokafor', "
                                           "'2026-03-01T09:00:00Z' FROM person WHERE id % 3 >= "
                                           "%1")
                                .arg(n)),
                     qPrintable(q.lastError().text()));
        CaseloadModel model(t.db->sql());
        CaseloadFilter f;
        f.at = Noon;
        model.setFilter(f);
        model.sort(int(CaseloadColumn::OpenTaskings), Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), People);
        QSet<qint64> seen;
        int previous = 3;
        // From the last page back, so the ordered list is read before the first page is.
        for (int row = model.rowCount() - 1; row >= 0; --row) {
            const qint64 id = model.personIdAt(row);
            QVERIFY(id > 0);
            seen.insert(id);
        }
        for (int row = 0; row < model.rowCount(); ++row) {
            const int taskings =
                model.index(row, int(CaseloadColumn::OpenTaskings)).data(Roles::Sort).toInt();
            QCOMPARE(taskings, int(model.personIdAt(row) % 3));
            QVERIFY(taskings <= previous);
            previous = taskings;
        }
        QCOMPARE(int(seen.size()), People);
    }

    // The band column's order is urgency within a band: the run, then the next diary date.
    void bandSortsByUrgency()
    {
        CaseloadModel model(db());
        CaseloadFilter f;
        f.at = Noon;
        model.setFilter(f);
        model.sort(int(CaseloadColumn::Band), Qt::AscendingOrder);
        QMap<int, QVector<QPair<int, QDate>>> byBand;
        for (int row = 0; row < model.rowCount(); ++row) {
            const int band = model.index(row, 0).data(Roles::Band).toInt();
            const int run =
                model.index(row, int(CaseloadColumn::BreachRun)).data(Roles::Sort).toInt();
            const QDate diary =
                model.index(row, int(CaseloadColumn::NextDiary)).data(Roles::Sort).toDate();
            byBand[band] << qMakePair(run, diary);
        }
        bool checked = false;
        for (const auto &rows : std::as_const(byBand)) {
            for (int i = 1; i < rows.size(); ++i) {
                const auto &[run0, diary0] = rows.at(i - 1);
                const auto &[run1, diary1] = rows.at(i);
                QVERIFY2(run0 >= run1, "a longer run first");
                if (run0 == run1 && diary0.isValid())
                    QVERIFY2(!diary1.isValid() || diary0 <= diary1, "then the nearer diary date");
                checked = true;
            }
        }
        QVERIFY(checked);
    }
};

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"
