// Barriers to removal and removal progression (issue 5): the last-minute, ripe, next-step,
// preparation and hold rules table-driven; their SQL twins against them; the band following the
// register; CID barriers following the extract while hand-recorded ones stay; the store's
// refusals; and the figures on a small dataset whose answers are worked out by hand.
#include "db/database.h"
#include "domain/barrier.h"
#include "domain/casepreparation.h"
#include "domain/clock.h"
#include "domain/progressionhold.h"
#include "domain/progressionrules.h"
#include "domain/removaldirections.h"
#include "figures/figures.h"
#include "io/cidimporter.h"
#include "store/barrierstore.h"
#include "store/progressionstore.h"
#include "store/removalstore.h"
#include "store/storesupport.h"
#include "store/traveldocumentstore.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

// A day as Lodestar shows it, in the user's locale: the suite runs in German too (.ci/matrix).
static QString shownDay(int year, int month, int day)
{
    return QLocale().toString(QDate(year, month, day), QStringLiteral("d MMM yyyy"));
}

using Step = ProgressionRules::Step;
using Steps = ProgressionRules::Steps;
using Decision = ProgressionRules::Decision;
using Document = ProgressionRules::Document;
using PrepStatus = CasePreparation::Status;

Q_DECLARE_METATYPE(Steps)
Q_DECLARE_METATYPE(Decision)
Q_DECLARE_METATYPE(Document)
Q_DECLARE_METATYPE(PrepStatus)

namespace {

const QDate AsOf(2026, 6, 1);

QDate d(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

const QByteArray CaseHeader = "case_ref,person_ref,case_type,case_status,family_name,"
                              "mappa_level,sentence_months,custody,case_owner\n";

QByteArray caseRow(const char *caseRef, const char *person, const char *type, const char *status)
{
    return QByteArray(caseRef) + ',' + person + ',' + type + ',' + status + ",Okafor,0,24," +
           "NON_DETAINED,sokafor\n";
}

} // namespace

class TestProgression : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &bytes)
    {
        const QString sub = m_dir.filePath(QString::number(++m_files));
        QDir().mkpath(sub);
        QFile f(sub + QStringLiteral("/cases.csv"));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

    static qint64 idOf(TestDatabase &t, const QString &ref)
    {
        auto p = PersonStore(t.db->sql()).findByRef(ref);
        return p && p.value() ? p.value()->id : 0;
    }
    static int bandOf(TestDatabase &t, const QString &ref)
    {
        auto p = PersonStore(t.db->sql()).findByRef(ref);
        return p && p.value() ? p.value()->band.value_or(0) : -1;
    }
    static Barrier hand(qint64 person, const char *type, const QDate &raised)
    {
        Barrier b;
        b.personId = person;
        b.type = QLatin1String(type);
        b.raisedOn = raised;
        return b;
    }
    static RemovalDirections directions(qint64 person, const QDate &set, const QDate &planned)
    {
        RemovalDirections r;
        r.personId = person;
        r.setOn = set;
        r.plannedOn = planned;
        return r;
    }
    static QStringList refs(TestDatabase &t, const QString &figure)
    {
        auto r = Figures::personRefs(t.db->sql(), figure, AsOf);
        return r ? r.value() : QStringList{QStringLiteral("error: ") + r.error().toString()};
    }

private slots:
    void lastMinute_data()
    {
        QTest::addColumn<QDate>("raised");
        QTest::addColumn<QDate>("set");
        QTest::addColumn<QDate>("outcome");
        QTest::addColumn<bool>("lastMinute");
        QTest::newRow("before the directions")
            << d("2026-03-01") << d("2026-03-02") << QDate() << false;
        QTest::newRow("the day they were set")
            << d("2026-03-02") << d("2026-03-02") << QDate() << true;
        QTest::newRow("while pending, long after")
            << d("2026-09-30") << d("2026-03-02") << QDate() << true;
        QTest::newRow("between set and outcome")
            << d("2026-03-10") << d("2026-03-02") << d("2026-03-20") << true;
        QTest::newRow("on the day of the outcome")
            << d("2026-03-20") << d("2026-03-02") << d("2026-03-20") << true;
        QTest::newRow("after the outcome")
            << d("2026-03-21") << d("2026-03-02") << d("2026-03-20") << false;
        QTest::newRow("no raised date") << QDate() << d("2026-03-02") << QDate() << false;
    }
    void lastMinute()
    {
        QFETCH(QDate, raised);
        QFETCH(QDate, set);
        QFETCH(QDate, outcome);
        QFETCH(bool, lastMinute);
        QCOMPARE(ProgressionRules::isLastMinute(raised, {{set, outcome}}), lastMinute);
        // Another set of directions that ended long before changes nothing.
        QCOMPARE(ProgressionRules::isLastMinute(
                     raised, {{d("2020-01-01"), d("2020-02-01")}, {set, outcome}}),
                 lastMinute);
        QVERIFY(!ProgressionRules::isLastMinute(raised, {}));
    }

    // Issue 16: a CID barrier's day raised is known only to lie between the import that did not
    // have its case (earliest; invalid when it came with the first import) and the day first
    // seen (latest). Last-minute only when every such day is.
    void lastMinuteOfAnUnknownDay_data()
    {
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::addColumn<QDate>("set");
        QTest::addColumn<QDate>("outcome");
        QTest::addColumn<bool>("lastMinute");
        const QDate set = d("2026-03-02");
        QTest::newRow("absent on the day set, seen after")
            << set << d("2026-03-03") << set << QDate() << true;
        QTest::newRow("absent the day before set: may predate them")
            << d("2026-03-01") << d("2026-03-03") << set << QDate() << false;
        QTest::newRow("came with the first import, after set")
            << QDate() << d("2026-03-03") << set << QDate() << false;
        QTest::newRow("seen after the outcome")
            << d("2026-03-05") << d("2026-03-21") << set << d("2026-03-20") << false;
        QTest::newRow("seen on the day of the outcome")
            << d("2026-03-05") << d("2026-03-20") << set << d("2026-03-20") << true;
    }
    void lastMinuteOfAnUnknownDay()
    {
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        QFETCH(QDate, set);
        QFETCH(QDate, outcome);
        QFETCH(bool, lastMinute);
        QCOMPARE(ProgressionRules::isLastMinute(earliest, latest, {{set, outcome}}), lastMinute);
    }

    // One set of directions by id, as stored now: the person's own only.
    void directionsById()
    {
        TestDatabase t;
        QVERIFY(TestData::add(*t.db, {TestData::person("P1", "Okafor", "Sam", "0", 24),
                                      TestData::person("P2", "Mensah", "Ama", "1", 24)}));
        const qint64 p = idOf(t, "P1");
        RemovalStore removals(t.db->sql());
        const auto saved = removals.save(directions(p, d("2026-05-01"), d("2026-06-15")), "tester");
        QVERIFY(saved);
        const auto found = removals.directions(p, saved.value());
        QVERIFY(found && found.value());
        QCOMPARE(found.value()->id, saved.value());
        QCOMPARE(found.value()->plannedOn, d("2026-06-15"));
        QCOMPARE(found.value()->version, 1);
        const RemovalDirections listed = removals.forPerson(p).value().first();
        QCOMPARE(found.value()->setOn, listed.setOn);
        QCOMPARE(found.value()->route, listed.route);
        QCOMPARE(found.value()->updatedAt, listed.updatedAt);
        QVERIFY(!removals.directions(idOf(t, "P2"), saved.value()).value());
        QVERIFY(!removals.directions(p, saved.value() + 1).value());
    }

    // The SQL twin marks exactly the barriers the rule marks.
    void lastMinuteSqlAgrees()
    {
        TestDatabase t;
        QVERIFY(TestData::add(*t.db, {TestData::person("P1", "Okafor", "Sam", "0", 24)}));
        const qint64 p = idOf(t, "P1");
        RemovalStore removals(t.db->sql());
        RemovalDirections failed = directions(p, d("2026-03-02"), d("2026-03-20"));
        failed.outcome = QStringLiteral("failed");
        failed.outcomeOn = d("2026-03-20");
        failed.failureReason = QStringLiteral("fresh_asylum_claim");
        QVERIFY(removals.save(failed, "tester"));
        QVERIFY(removals.save(directions(p, d("2026-05-01"), d("2026-06-15")), "tester"));
        BarrierStore barriers(t.db->sql());
        const QVector<QDate> raised{d("2026-03-01"), d("2026-03-02"), d("2026-03-20"),
                                    d("2026-03-21"), d("2026-04-30"), d("2026-05-01"),
                                    d("2026-05-20")};
        for (const QDate &r : raised)
            QVERIFY(barriers.add(hand(p, "other", r), "tester"));
        const QVector<ProgressionRules::DirectionsSpan> spans{{d("2026-03-02"), d("2026-03-20")},
                                                              {d("2026-05-01"), QDate()}};
        auto read = barriers.forPerson(p);
        QVERIFY(read);
        QCOMPARE(read.value().size(), raised.size());
        int marked = 0;
        for (const Barrier &b : read.value()) {
            QCOMPARE(b.lastMinute,
                     ProgressionRules::isLastMinute(b.earliestRaised(), b.latestRaised(), spans));
            marked += b.lastMinute ? 1 : 0;
        }
        QCOMPARE(marked, 4); // 03-02, 03-20, 05-01, 05-20
        auto count = barriers.lastMinuteCount(d("2026-05-10"));
        QVERIFY(count);
        QCOMPARE(count.value(), qint64(3)); // 05-20 is after that as-of date
    }

    void ripe_data()
    {
        QTest::addColumn<bool>("nonDetained");
        QTest::addColumn<bool>("absconder");
        QTest::addColumn<int>("openBarriers");
        QTest::addColumn<bool>("pending");
        QTest::addColumn<bool>("removed");
        QTest::addColumn<bool>("onHold");
        QTest::addColumn<bool>("ripe");
        QTest::newRow("nothing in the way")
            << true << false << 0 << false << false << false << true;
        QTest::newRow("detained") << false << false << 0 << false << false << false << false;
        QTest::newRow("absconder") << true << true << 0 << false << false << false << false;
        QTest::newRow("an open barrier") << true << false << 1 << false << false << false << false;
        QTest::newRow("directions pending")
            << true << false << 0 << true << false << false << false;
        QTest::newRow("removed already") << true << false << 0 << false << true << false << false;
        QTest::newRow("on hold") << true << false << 0 << false << false << true << false;
    }
    void ripe()
    {
        QFETCH(bool, nonDetained);
        QFETCH(bool, absconder);
        QFETCH(int, openBarriers);
        QFETCH(bool, pending);
        QFETCH(bool, removed);
        QFETCH(bool, onHold);
        QFETCH(bool, ripe);
        ProgressionRules::RipeFacts f;
        f.nonDetained = nonDetained;
        f.absconder = absconder;
        f.openBarriers = openBarriers;
        f.directionsPending = pending;
        f.removed = removed;
        f.onHold = onHold;
        QCOMPARE(ProgressionRules::isRipe(f), ripe);
    }

    // Every (decision, document) pair: the document's step comes alongside the decision's and
    // the order's as soon as there is no usable document (report 7.10), never after them;
    // removal directions only when neither is owed.
    void nextSteps_data()
    {
        QTest::addColumn<Decision>("decision");
        QTest::addColumn<Document>("document");
        QTest::addColumn<Steps>("steps");
        const Steps apply(Step::ApplyForDocument), reapply(Step::ReapplyForDocument),
            chase(Step::ChaseDocument);
        QTest::newRow("no decision, nothing sought")
            << Decision::None << Document::None << (Step::MakeDecision | apply);
        QTest::newRow("no decision, refused or expired")
            << Decision::None << Document::RefusedOrExpired << (Step::MakeDecision | reapply);
        QTest::newRow("no decision, document in progress")
            << Decision::None << Document::InProgress << (Step::MakeDecision | chase);
        QTest::newRow("no decision, usable document")
            << Decision::None << Document::Usable << Steps(Step::MakeDecision);
        QTest::newRow("pending, nothing sought")
            << Decision::Pending << Document::None << (Step::ChaseDecision | apply);
        QTest::newRow("pending, refused or expired")
            << Decision::Pending << Document::RefusedOrExpired << (Step::ChaseDecision | reapply);
        QTest::newRow("pending, document in progress")
            << Decision::Pending << Document::InProgress << (Step::ChaseDecision | chase);
        QTest::newRow("pending, usable document")
            << Decision::Pending << Document::Usable << Steps(Step::ChaseDecision);
        QTest::newRow("served, nothing sought")
            << Decision::Served << Document::None << (Step::SignOrder | apply);
        QTest::newRow("served, refused or expired")
            << Decision::Served << Document::RefusedOrExpired << (Step::SignOrder | reapply);
        QTest::newRow("served, document in progress")
            << Decision::Served << Document::InProgress << (Step::SignOrder | chase);
        QTest::newRow("served, usable document")
            << Decision::Served << Document::Usable << Steps(Step::SignOrder);
        QTest::newRow("order, nothing sought") << Decision::OrderSigned << Document::None << apply;
        QTest::newRow("order, refused or expired")
            << Decision::OrderSigned << Document::RefusedOrExpired << reapply;
        QTest::newRow("order, document in progress")
            << Decision::OrderSigned << Document::InProgress << chase;
        QTest::newRow("order and usable document")
            << Decision::OrderSigned << Document::Usable << Steps(Step::SetDirections);
    }
    void nextSteps()
    {
        QFETCH(Decision, decision);
        QFETCH(Document, document);
        QFETCH(Steps, steps);
        QCOMPARE(ProgressionRules::nextSteps(decision, document), steps);
        // The parts agree with the whole: the decision's step, the document's, or directions.
        const auto onDecision = ProgressionRules::decisionStep(decision);
        const auto onDocument = ProgressionRules::documentStep(document);
        QCOMPARE(onDecision.has_value(), decision != Decision::OrderSigned);
        QCOMPARE(onDocument.has_value(), document != Document::Usable);
        QCOMPARE(steps.testFlag(Step::SetDirections), !onDecision && !onDocument);
        // Shown decision first, each step by name.
        const QVector<Step> shown = ProgressionRules::stepList(steps);
        QCOMPARE(shown.size(), onDecision && onDocument ? 2 : 1);
        if (onDecision)
            QCOMPARE(shown.first(), *onDecision);
        if (onDocument)
            QCOMPARE(shown.last(), *onDocument);
        QStringList names;
        for (const Step s : shown) {
            QVERIFY(!ProgressionRules::stepName(s).isEmpty());
            names << ProgressionRules::stepName(s);
        }
        const QString text = ProgressionRules::stepsName(steps);
        QVERIFY(text.startsWith(names.first()));
        QVERIFY(text.endsWith(names.last()));
    }

    void documentToSeek_data()
    {
        QTest::addColumn<bool>("nonDetained");
        QTest::addColumn<int>("openBarriers");
        QTest::addColumn<Document>("document");
        QTest::addColumn<bool>("toSeek");
        QTest::newRow("a barrier, nothing sought") << true << 1 << Document::None << true;
        QTest::newRow("two barriers, refused or expired")
            << true << 2 << Document::RefusedOrExpired << true;
        QTest::newRow("a barrier, document in progress")
            << true << 1 << Document::InProgress << true;
        QTest::newRow("a barrier, usable document") << true << 1 << Document::Usable << false;
        QTest::newRow("no barrier, nothing sought: ripe instead")
            << true << 0 << Document::None << false;
        QTest::newRow("detained") << false << 1 << Document::None << false;
    }
    void documentToSeek()
    {
        QFETCH(bool, nonDetained);
        QFETCH(int, openBarriers);
        QFETCH(Document, document);
        QFETCH(bool, toSeek);
        QCOMPARE(ProgressionRules::isDocumentToSeek({nonDetained, openBarriers, document}), toSeek);
    }

    // The figure's SQL selects exactly the people the rule selects: every document state, at
    // its boundaries (a document expiring on the as-of date is usable, the day before it is
    // not), with a barrier open, cleared, or none, and detained.
    void documentToSeekSqlAgrees()
    {
        TestDatabase t;
        struct Case
        {
            const char *ref;
            const char *status; // "" for no document
            QDate expires;
            Document document;
            int barrier; // 0 none, 1 open, 2 cleared
            bool nonDetained;
        };
        const QVector<Case> cases{
            {"A0", "", {}, Document::None, 1, true},
            {"A1", "refused", {}, Document::RefusedOrExpired, 1, true},
            {"A2", "issued", AsOf.addDays(-1), Document::RefusedOrExpired, 1, true},
            {"A3", "applied", {}, Document::InProgress, 1, true},
            {"A4", "interview_tasked", {}, Document::InProgress, 1, true},
            {"A5", "issued", AsOf, Document::Usable, 1, true},
            {"A6", "issued", d("2030-01-01"), Document::Usable, 1, true},
            {"B0", "", {}, Document::None, 2, true},
            {"B1", "refused", {}, Document::RefusedOrExpired, 0, true},
            {"B2", "to_apply", {}, Document::InProgress, 2, true},
            {"D0", "", {}, Document::None, 1, false},
        };
        QVector<PersonStore::NewPerson> people;
        for (const Case &c : cases)
            people << TestData::person(QLatin1String(c.ref), QStringLiteral("Family"),
                                       QStringLiteral("G"), "0", 24, {}, "CC Leeds", "sokafor",
                                       c.nonDetained ? "NON_DETAINED" : "DETAINED");
        QVERIFY(TestData::add(*t.db, people));
        BarrierStore barriers(t.db->sql());
        TravelDocumentStore documents(t.db->sql());
        QStringList expected;
        for (const Case &c : cases) {
            const qint64 p = idOf(t, QLatin1String(c.ref));
            if (c.barrier > 0) {
                auto b = barriers.add(hand(p, "embassy", d("2026-01-05")), "tester");
                QVERIFY(b);
                if (c.barrier == 2)
                    QVERIFY(
                        barriers.clear(p, b.value(), d("2026-04-01"), "resolved", {}, "tester", 1));
            }
            if (qstrlen(c.status) > 0) {
                TravelDocument doc;
                doc.personId = p;
                doc.status = QLatin1String(c.status);
                doc.kind = QStringLiteral("passport");
                doc.appliedOn = d("2026-01-10");
                doc.expiresOn = c.expires;
                auto saved = documents.save(doc, "tester");
                QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
            }
            if (ProgressionRules::isDocumentToSeek(
                    {c.nonDetained, c.barrier == 1 ? 1 : 0, c.document}))
                expected << QLatin1String(c.ref);
        }
        QCOMPARE(expected, (QStringList{"A0", "A1", "A2", "A3", "A4"}));
        QCOMPARE(refs(t, "document_to_seek_barrier_open"), expected);
        // The list reads each one's document state as the rule's fact.
        auto list =
            ProgressionStore(t.db->sql()).list(ProgressionStore::List::DocumentToSeek, AsOf);
        QVERIFY(list);
        QCOMPARE(list.value().size(), expected.size());
        for (const ProgressionStore::Row &r : list.value()) {
            for (const Case &c : cases) {
                if (r.personRef == QLatin1String(c.ref))
                    QCOMPARE(r.document, c.document);
            }
        }
    }

    void decisionCodes()
    {
        QCOMPARE(ProgressionRules::decisionOf("ORDER_SIGNED"), Decision::OrderSigned);
        QCOMPARE(ProgressionRules::decisionOf("served"), Decision::Served);
        QCOMPARE(ProgressionRules::decisionOf("PENDING"), Decision::Pending);
        QCOMPARE(ProgressionRules::decisionOf("NONE"), Decision::None);
        QCOMPARE(ProgressionRules::decisionOf(""), Decision::None);
        QCOMPARE(ProgressionRules::better(Decision::Pending, Decision::Served), Decision::Served);
    }

    void preparation_data()
    {
        QTest::addColumn<QDate>("initialDone");
        QTest::addColumn<QDate>("finalised");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<PrepStatus>("status");
        // Allocated on 2026-01-01: initial due 01-15, the whole preparation due 02-26.
        QTest::newRow("before allocation")
            << QDate() << QDate() << d("2025-12-31") << PrepStatus::NotStarted;
        QTest::newRow("initial, on its due day")
            << QDate() << QDate() << d("2026-01-15") << PrepStatus::Initial;
        QTest::newRow("initial, a day late")
            << QDate() << QDate() << d("2026-01-16") << PrepStatus::InitialOverdue;
        QTest::newRow("initial done after the as-of date")
            << d("2026-01-20") << QDate() << d("2026-01-16") << PrepStatus::InitialOverdue;
        QTest::newRow("finalising, on the 8-week day")
            << d("2026-01-10") << QDate() << d("2026-02-26") << PrepStatus::Finalising;
        QTest::newRow("finalising, a day late")
            << d("2026-01-10") << QDate() << d("2026-02-27") << PrepStatus::FinalisingOverdue;
        QTest::newRow("never started, past 8 weeks")
            << QDate() << QDate() << d("2026-03-30") << PrepStatus::FinalisingOverdue;
        QTest::newRow("prepared") << d("2026-01-10") << d("2026-02-20") << d("2026-03-01")
                                  << PrepStatus::Prepared;
        QTest::newRow("finalised only after the as-of date")
            << d("2026-01-10") << d("2026-03-05") << d("2026-03-01")
            << PrepStatus::FinalisingOverdue;
    }
    void preparation()
    {
        QFETCH(QDate, initialDone);
        QFETCH(QDate, finalised);
        QFETCH(QDate, asOf);
        QFETCH(PrepStatus, status);
        CasePreparation p;
        p.personId = 1;
        p.allocatedOn = d("2026-01-01");
        p.initialDoneOn = initialDone;
        p.finalisedOn = finalised;
        QCOMPARE(p.initialDue(), d("2026-01-15"));
        QCOMPARE(p.finalDue(), d("2026-02-26"));
        QCOMPARE(p.status(asOf), status);
        QCOMPARE(p.isOverdue(asOf),
                 status == PrepStatus::InitialOverdue || status == PrepStatus::FinalisingOverdue);

        // The SQL twin agrees, on a database holding just this preparation.
        TestDatabase t;
        QVERIFY(TestData::add(*t.db, {TestData::person("P1", "Okafor", "Sam", "0", 24)}));
        p.personId = idOf(t, "P1");
        QVERIFY(ProgressionStore(t.db->sql()).savePreparation(p, "tester"));
        auto overdue = Figures::personRefs(t.db->sql(), "preparation_overdue", asOf);
        QVERIFY(overdue);
        QCOMPARE(overdue.value().size(), p.isOverdue(asOf) ? 1 : 0);
    }

    void hold_data()
    {
        QTest::addColumn<QDate>("until");
        QTest::addColumn<bool>("onBarrier");
        QTest::addColumn<QDate>("barrierCleared");
        QTest::addColumn<QDate>("released");
        QTest::addColumn<bool>("active");
        // Placed on 2026-05-01; as of 2026-06-01.
        QTest::newRow("until a later date")
            << d("2026-06-02") << false << QDate() << QDate() << true;
        QTest::newRow("until the as-of date: back that day")
            << d("2026-06-01") << false << QDate() << QDate() << false;
        QTest::newRow("until an open barrier") << QDate() << true << QDate() << QDate() << true;
        QTest::newRow("until a barrier cleared that day")
            << QDate() << true << d("2026-06-01") << QDate() << false;
        QTest::newRow("barrier cleared later than the as-of date")
            << QDate() << true << d("2026-06-10") << QDate() << true;
        QTest::newRow("date or barrier: the date came first")
            << d("2026-05-20") << true << QDate() << QDate() << false;
        QTest::newRow("released") << d("2026-09-01") << false << QDate() << d("2026-05-15")
                                  << false;
    }
    void hold()
    {
        QFETCH(QDate, until);
        QFETCH(bool, onBarrier);
        QFETCH(QDate, barrierCleared);
        QFETCH(QDate, released);
        QFETCH(bool, active);
        ProgressionHold h;
        h.personId = 1;
        h.reason = QStringLiteral("Judicial review lodged");
        h.placedOn = d("2026-05-01");
        h.untilOn = until;
        h.untilBarrierId = onBarrier ? 7 : 0;
        h.barrierClearedOn = barrierCleared;
        h.releasedOn = released;
        QCOMPARE(h.isActive(AsOf), active);
        QVERIFY(!h.isActive(d("2026-04-30"))); // not yet placed
    }

    // The hold's SQL twin, through the store and the ripe figure.
    void holdSqlAgrees()
    {
        TestDatabase t;
        QVERIFY(TestData::add(*t.db, {TestData::person("P1", "Okafor", "Sam", "0", 24)}));
        const qint64 p = idOf(t, "P1");
        QCOMPARE(refs(t, "ripe_for_progression"), QStringList{"P1"});
        BarrierStore barriers(t.db->sql());
        auto jr = barriers.add(hand(p, "judicial_review", d("2026-04-01")), "tester");
        QVERIFY(jr);
        ProgressionStore progression(t.db->sql());
        ProgressionHold h;
        h.personId = p;
        h.reason = QStringLiteral("Until the judicial review is decided");
        h.placedOn = d("2026-04-02");
        h.untilBarrierId = jr.value();
        QVERIFY(progression.placeHold(h, "tester"));
        QCOMPARE(refs(t, "ripe_for_progression"), QStringList{}); // barrier and hold
        QVERIFY(barriers.clear(p, jr.value(), d("2026-05-10"), "refused", {}, "tester", 1));
        // Cleared before the as-of date: the barrier and the hold end together.
        QCOMPARE(refs(t, "ripe_for_progression"), QStringList{"P1"});
        auto holds = progression.holdsFor(p);
        QVERIFY(holds && holds.value().size() == 1);
        QVERIFY(!holds.value().first().isActive(AsOf));
        QVERIFY(holds.value().first().isActive(d("2026-05-09")));
        // A hold on a cleared barrier is refused; one until a date is fine.
        QVERIFY(!progression.placeHold(h, "tester"));
        h.untilBarrierId = 0;
        h.untilOn = d("2026-07-01");
        auto dated = progression.placeHold(h, "tester");
        QVERIFY(dated);
        QCOMPARE(refs(t, "ripe_for_progression"), QStringList{});
        QVERIFY(progression.releaseHold(p, dated.value(), "tester", 1));
        // Released today: ripe from today, while as of June the hold still stood.
        QCOMPARE(Figures::personRefs(t.db->sql(), "ripe_for_progression", Clock::today()).value(),
                 QStringList{"P1"});
        QCOMPARE(refs(t, "ripe_for_progression"), QStringList{});
        QVERIFY(!progression.releaseHold(p, dated.value(), "tester", 2)); // released already
    }

    void barrierProblems()
    {
        Barrier b = hand(1, "asylum", d("2026-01-01"));
        QVERIFY(b.problem().isEmpty());
        b.type = QStringLiteral("weather");
        QVERIFY(!b.problem().isEmpty());
        b = hand(1, "medical", QDate());
        QVERIFY(!b.problem().isEmpty());
        b = hand(1, "medical", d("2026-01-01"));
        b.clearedOn = d("2025-12-31");
        b.clearedHow = QStringLiteral("resolved");
        QVERIFY(!b.problem().isEmpty()); // cleared before raised
        b.clearedOn = d("2026-01-02");
        QVERIFY(b.problem().isEmpty());
        b.clearedHow = QStringLiteral("closed_in_cid");
        QVERIFY(!b.problem().isEmpty()); // only an import clears that way
        b = hand(1, "asylum", d("2026-01-01"));
        b.source = QStringLiteral("cid");
        QVERIFY(!b.problem().isEmpty());
        QCOMPARE(Barrier::typeOfCaseType("JUDICIAL_REVIEW"), QStringLiteral("judicial_review"));
        for (const QString &type : Barrier::types())
            QVERIFY(Barrier::typeName(type) != type);
    }

    // Issue 15 rule 7: certified under RED.0004 only when a notice was served before the
    // barrier was raised. The same day is not before (the dates carry no time).
    void certifiable_data()
    {
        QTest::addColumn<QDate>("raised");
        QTest::addColumn<QDate>("served");
        QTest::addColumn<bool>("certifiable");
        QTest::addColumn<QString>("why"); // a word of the reason when not
        const QDate raised = d("2026-03-10");
        QTest::newRow("served the day before") << raised << d("2026-03-09") << true << QString();
        QTest::newRow("served months before") << raised << d("2025-11-30") << true << QString();
        QTest::newRow("served the same day") << raised << raised << false << "same day";
        QTest::newRow("served the day after") << raised << d("2026-03-11") << false << "after";
        QTest::newRow("never served") << raised << QDate() << false << "no RED.0004 notice";
        QTest::newRow("no raised date") << QDate() << d("2026-03-09") << false << "";
    }
    void certifiable()
    {
        QFETCH(QDate, raised);
        QFETCH(QDate, served);
        QFETCH(bool, certifiable);
        QFETCH(QString, why);
        QCOMPARE(Barrier::isCertifiable(raised, served), certifiable);
        Barrier b;
        b.raisedOn = raised;
        const QString problem = Barrier::certificationProblem(b, served);
        QCOMPARE(problem.isEmpty(), certifiable);
        QVERIFY2(problem.contains(why), qPrintable(problem));
    }

    // Issue 16: a CID barrier has no day raised. Certified only when the notice was served
    // before the earliest day it can have been raised: the day of the import that did not have
    // its case yet. One that came with the first import is never shown to be after a notice.
    void certifiableCid_data()
    {
        QTest::addColumn<QDate>("raisedAfter"); // invalid: came with the first import
        QTest::addColumn<QDate>("served");
        QTest::addColumn<bool>("certifiable");
        QTest::addColumn<QString>("why");
        const QDate before = d("2026-03-09"); // the import that did not have the case
        QTest::newRow("served the day before that import")
            << before << d("2026-03-08") << true << QString();
        QTest::newRow("served that import's day") << before << before << false << "not before";
        QTest::newRow("served between that import and first seen")
            << before << d("2026-03-10") << false << "not before";
        QTest::newRow("first import: served years before")
            << QDate() << d("2019-01-01") << false << "no day the case was opened";
        QTest::newRow("never served") << before << QDate() << false << "no RED.0004 notice";
    }
    void certifiableCid()
    {
        QFETCH(QDate, raisedAfter);
        QFETCH(QDate, served);
        QFETCH(bool, certifiable);
        QFETCH(QString, why);
        Barrier b;
        b.source = QStringLiteral("cid");
        b.firstSeenOn = d("2026-03-10");
        b.raisedAfter = raisedAfter;
        QVERIFY(!b.raisedOn.isValid());
        QCOMPARE(b.standingSince(), d("2026-03-10"));
        QCOMPARE(b.earliestRaised(), raisedAfter);
        QCOMPARE(Barrier::isCertifiable(b.earliestRaised(), served), certifiable);
        const QString problem = Barrier::certificationProblem(b, served);
        QCOMPARE(problem.isEmpty(), certifiable);
        QVERIFY2(problem.contains(why), qPrintable(problem));
        // Said as what it is: first seen, never raised.
        QCOMPARE(b.standingText(),
                 QStringLiteral("first seen in CID on %1").arg(shownDay(2026, 3, 10)));
        QVERIFY(!b.standingNote().isEmpty());
    }

    // Issue 20: open on a day (the register's count, open_barriers_by_type and its chart).
    // Each row: a barrier, a day, and whether it is open at that day's end; the SQL agrees.
    void openOn_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QDate>("raisedOn");    // Lodestar's
        QTest::addColumn<QDate>("firstSeenOn"); // CID's
        QTest::addColumn<QDate>("raisedAfter"); // CID's: invalid when in the first import
        QTest::addColumn<QDate>("clearedOn");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("open");
        const QDate none;
        const QDate may1 = d("2026-05-01"), may10 = d("2026-05-10"), may20 = d("2026-05-20");
        QTest::newRow("raised that day")
            << "lodestar" << may10 << none << none << none << may10 << true;
        QTest::newRow("raised the day after")
            << "lodestar" << may10 << none << none << none << d("2026-05-09") << false;
        QTest::newRow("cleared that day")
            << "lodestar" << may1 << none << none << may10 << may10 << false;
        QTest::newRow("cleared the day after")
            << "lodestar" << may1 << none << none << may10 << d("2026-05-09") << true;
        QTest::newRow("CID, first import, a day before it")
            << "cid" << none << may10 << none << none << may1 << true;
        QTest::newRow("CID, first import, cleared before the day")
            << "cid" << none << may10 << none << may20 << d("2026-05-25") << false;
        QTest::newRow("CID, a later import, before first seen")
            << "cid" << none << may10 << may1 << none << d("2026-05-09") << false;
        QTest::newRow("CID, a later import, first seen that day")
            << "cid" << none << may10 << may1 << none << may10 << true;
        QTest::newRow("CID, a later import, cleared after")
            << "cid" << none << may10 << may1 << may20 << d("2026-05-19") << true;
    }
    void openOn()
    {
        QFETCH(QString, source);
        QFETCH(QDate, raisedOn);
        QFETCH(QDate, firstSeenOn);
        QFETCH(QDate, raisedAfter);
        QFETCH(QDate, clearedOn);
        QFETCH(QDate, day);
        QFETCH(bool, open);
        Barrier b;
        b.source = source;
        b.raisedOn = raisedOn;
        b.firstSeenOn = firstSeenOn;
        b.raisedAfter = raisedAfter;
        b.clearedOn = clearedOn;
        QCOMPARE(b.isOpenOn(day), open);
        // The SQL twin, on a row holding the same columns as BarrierStore writes them.
        TestDatabase t;
        QSqlQuery q(t.db->sql());
        const auto text = StoreSupport::dateOrNull;
        QVERIFY(q.prepare(QStringLiteral("SELECT CASE WHEN %1 THEN 1 ELSE 0 END FROM (SELECT "
                                         "CAST(? AS TEXT) AS source, CAST(? AS TEXT) AS "
                                         "raised_on, CAST(? AS TEXT) AS standing_since, CAST(? "
                                         "AS TEXT) AS raised_after, CAST(? AS TEXT) AS "
                                         "cleared_on) b")
                              .arg(Barrier::openOnSql(QStringLiteral("b")))));
        // The condition's days come first in the statement, then the row's columns.
        for (const QVariant &v : Barrier::openOnValues(day) +
                                     QVariantList{source, text(raisedOn), text(b.standingSince()),
                                                  text(raisedAfter), text(clearedOn)})
            q.addBindValue(v);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt() == 1, open);
    }

    // The store holds the rule, not only the dialog: an uncertifiable certification is refused
    // with its own code and the reason, a certifiable one clears the barrier and moves the band.
    void storeRefusesAnUncertifiableCertification()
    {
        TestDatabase t;
        QVERIFY(TestData::add(*t.db, {TestData::person("P1", "Okafor", "Sam", "0", 24)}));
        const qint64 p = idOf(t, "P1");
        BarrierStore barriers(t.db->sql());
        const QDate today = Clock::today();
        auto jr = barriers.add(hand(p, "judicial_review", today.addDays(-10)), "tester");
        QVERIFY(jr);
        QCOMPARE(bandOf(t, "P1"), 4);
        // Served after the barrier was raised.
        RemovalDirections late = directions(p, today.addDays(-5), today.addDays(-5));
        late.red0004ServedOn = today.addDays(-5);
        late.outcome = QStringLiteral("failed");
        late.outcomeOn = today.addDays(-5);
        late.failureReason = QStringLiteral("judicial_review");
        QVERIFY(RemovalStore(t.db->sql()).save(late, "tester"));
        Status s = barriers.clear(p, jr.value(), today, "certified", QString(), "tester", 1);
        QVERIFY(!s);
        QCOMPARE(s.error().code, QString::fromLatin1(BarrierStore::NotCertifiable));
        QVERIFY2(s.error().message.contains("after"), qPrintable(s.error().message));
        QCOMPARE(bandOf(t, "P1"), 4);
        // Other clearances of the person's own barriers are not the rule's business.
        auto other = barriers.add(hand(p, "medical", today.addDays(-10)), "tester");
        QVERIFY(other);
        QVERIFY(barriers.clear(p, other.value(), today, "resolved", QString(), "tester", 1));
        // A notice served before it: certifiable.
        auto later = barriers.add(hand(p, "further_reps", today.addDays(-2)), "tester");
        QVERIFY(later);
        QCOMPARE(bandOf(t, "P1"), 4);
        QVERIFY(barriers.clear(p, jr.value(), today, "withdrawn", QString(), "tester", 1));
        s = barriers.clear(p, later.value(), today, "certified", QString(), "tester", 1);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QCOMPARE(bandOf(t, "P1"), 3);
    }

    void directionsProblems()
    {
        RemovalDirections r = directions(1, d("2026-03-01"), d("2026-03-20"));
        QVERIFY(r.problem().isEmpty());
        QVERIFY(r.isPending());
        r.plannedOn = d("2026-02-28");
        QVERIFY(!r.problem().isEmpty());
        r.plannedOn = d("2026-03-20");
        r.route = QStringLiteral("charter");
        QVERIFY(!r.problem().isEmpty()); // which flight?
        r.charterFlightId = 3;
        QVERIFY(r.problem().isEmpty());
        r.outcome = QStringLiteral("failed");
        r.outcomeOn = d("2026-03-20");
        QVERIFY(!r.problem().isEmpty()); // why?
        r.failureReason = QStringLiteral("other");
        QVERIFY(!r.problem().isEmpty()); // other needs words
        r.failureText = QStringLiteral("Flight cancelled");
        QVERIFY(r.problem().isEmpty());
        r.outcomeOn = d("2026-02-01");
        QVERIFY(!r.problem().isEmpty()); // before the directions
        for (const QString &reason : RemovalDirections::failureReasons())
            QVERIFY(RemovalDirections::failureReasonName(reason) != reason);
    }

    // Band 3 or 4 follows the register at once, both ways.
    void bandFollowsTheRegister()
    {
        TestDatabase t;
        QVERIFY(
            TestData::add(*t.db, {TestData::person("P1", "Okafor", "Sam", "0", 24),
                                  TestData::person("P2", "Mensah", "Ama", "0", 24, {"ASYLUM"})}));
        const qint64 p = idOf(t, "P1");
        QCOMPARE(bandOf(t, "P1"), 3);
        QCOMPARE(bandOf(t, "P2"), 4);
        BarrierStore barriers(t.db->sql());
        auto id = barriers.add(hand(p, "embassy", d("2026-02-01")), "tester");
        QVERIFY(id);
        QCOMPARE(bandOf(t, "P1"), 4);
        auto person = PersonStore(t.db->sql()).findByRef("P1");
        QCOMPARE(person.value()->openBarriers, 1);
        QVERIFY(!barriers.reopen(p, id.value(), "tester", 1)); // open already
        QVERIFY(barriers.clear(p, id.value(), d("2026-03-01"), "resolved", "Embassy replied",
                               "tester", 1));
        QCOMPARE(bandOf(t, "P1"), 3);
        QVERIFY(!barriers.clear(p, id.value(), d("2026-03-01"), "resolved", {}, "tester", 2));
        QVERIFY(barriers.reopen(p, id.value(), "tester", 2));
        QCOMPARE(bandOf(t, "P1"), 4);

        // CID's barrier is CID's to clear; its notes are Lodestar's.
        auto register2 = barriers.forPerson(idOf(t, "P2"));
        QVERIFY(register2 && register2.value().size() == 1);
        const Barrier cid = register2.value().first();
        QVERIFY(cid.fromCid());
        QCOMPARE(cid.type, QStringLiteral("asylum"));
        QCOMPARE(cid.caseRef, QStringLiteral("CC/P2/2"));
        QVERIFY(!barriers.clear(idOf(t, "P2"), cid.id, d("2026-03-01"), "refused", {}, "tester",
                                cid.version));
        QVERIFY(barriers.setNotes(idOf(t, "P2"), cid.id, "Claim lodged at Croydon", "tester",
                                  cid.version));
        QCOMPARE(barriers.forPerson(idOf(t, "P2")).value().first().notes,
                 QStringLiteral("Claim lodged at Croydon"));
        // Another person's barrier cannot be reached through this one.
        QVERIFY(!barriers.clear(idOf(t, "P2"), id.value(), d("2026-03-01"), "refused", {}, "tester",
                                3));
        // Clearing before it was raised, in the future, or without a manner is refused.
        QVERIFY(!barriers.clear(p, id.value(), d("2026-01-01"), "resolved", {}, "tester", 3));
        QVERIFY(
            !barriers.clear(p, id.value(), Clock::today().addDays(1), "resolved", {}, "tester", 3));
        QVERIFY(!barriers.clear(p, id.value(), d("2026-03-01"), "closed_in_cid", {}, "tester", 3));
        QCOMPARE(bandOf(t, "P1"), 4);
    }

    // CID's barriers open, close and reopen with the extract; hand-recorded ones stay.
    void cidBarriersFollowTheExtract()
    {
        // Imported and recorded on the as-of day: CID barriers first seen by an import stand
        // from the import's day.
        const Clock::Fixed onAsOf(QDateTime(AsOf, QTime(12, 0)));
        TestDatabase t;
        auto run = [&](const QByteArray &rows) {
            return CidImporter::run(t.db->sql(), write(CaseHeader + rows), QString(), "tester",
                                    TestData::allowingMissing());
        };
        const QByteArray criminal = caseRow("CC/1", "P1", "CRIMINAL", "OPEN");
        QVERIFY(run(criminal + caseRow("AS/1", "P1", "ASYLUM", "OPEN")));
        const qint64 p = idOf(t, "P1");
        QCOMPARE(bandOf(t, "P1"), 4);
        BarrierStore barriers(t.db->sql());
        QVERIFY(barriers.add(hand(p, "medical", d("2026-02-01")), "tester"));
        auto openOf = [&](const QString &source) {
            int open = 0;
            const auto read = barriers.forPerson(p); // kept: a range over a temporary dangles
            for (const Barrier &b : read.value())
                open += b.source == source && b.isOpen() ? 1 : 0;
            return open;
        };
        QCOMPARE(openOf("cid"), 1);
        QCOMPARE(openOf("lodestar"), 1);

        QVERIFY(run(criminal + caseRow("AS/1", "P1", "ASYLUM", "CLOSED")));
        QCOMPARE(openOf("cid"), 0);
        QCOMPARE(openOf("lodestar"), 1);
        const auto afterClosing = barriers.forPerson(p);
        for (const Barrier &b : afterClosing.value()) {
            if (b.fromCid()) {
                QCOMPARE(b.clearedHow, QStringLiteral("closed_in_cid"));
                QCOMPARE(b.clearedOn, Clock::today());
            }
        }
        QCOMPARE(bandOf(t, "P1"), 4); // the medical barrier still stands
        auto person = PersonStore(t.db->sql()).findByRef("P1");
        QCOMPARE(person.value()->openBarriers, 1);

        QVERIFY(run(criminal + caseRow("AS/1", "P1", "ASYLUM", "OPEN")));
        QCOMPARE(openOf("cid"), 1);
        // A second barrier case, then the same extract again: nothing duplicated.
        const QByteArray both = criminal + caseRow("AS/1", "P1", "ASYLUM", "OPEN") +
                                caseRow("JR/1", "P1", "JUDICIAL_REVIEW", "OPEN");
        QVERIFY(run(both));
        QVERIFY(run(both));
        QCOMPARE(openOf("cid"), 2);
        QCOMPARE(barriers.forPerson(p).value().size(), 3);
        // A case missing from the extract is still held, and still a barrier (as the band
        // counts it).
        QVERIFY(run(criminal + caseRow("AS/1", "P1", "ASYLUM", "OPEN")));
        QCOMPARE(openOf("cid"), 2);
        auto figures = Figures::compute(t.db->sql(), AsOf);
        QVERIFY(figures);
        QCOMPARE(figures.value().openBarriersByType.value("asylum"), qint64(1));
        QCOMPARE(figures.value().openBarriersByType.value("judicial_review"), qint64(1));
        QCOMPARE(figures.value().openBarriersByType.value("medical"), qint64(1));
        QCOMPARE(figures.value().openBarriersByType.value("embassy"), qint64(0));
    }

    // A database made before the register gets CID's barriers from its cases.
    void migrationFillsTheRegister()
    {
        TestDatabase t;
        QVERIFY(TestData::add(
            *t.db, {TestData::person("P1", "Okafor", "Sam", "0", 24, {"ASYLUM", "APPEAL"}),
                    TestData::person("P2", "Mensah", "Ama", "1", 24)}));
        {
            QSqlQuery q(t.db->sql());
            // Back to schema 10: the tables of 11 and 12 go.
            for (const char *table :
                 {"note_qa", "qa_sample", "review", "allocation", "app_user", "progression_hold",
                  "removal_directions", "charter_flight", "case_preparation", "barrier"})
                QVERIFY(q.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
            QVERIFY(q.exec("DROP INDEX reporting_event_blank"));
            QVERIFY(q.exec("DROP INDEX diary_entry_kind"));
            // And those of 13 and 14.
            QVERIFY(TestData::dropRowVersions(t.db->sql())); // and 15's
            QVERIFY(q.exec("DROP TABLE audit_log"));
            QVERIFY(q.exec("DROP TABLE reoffence"));
            QVERIFY(q.exec("DROP INDEX reporting_event_breach"));
            for (const QString &undo : TestData::undoMigrationsFrom21()) // and 21's
                QVERIFY2(q.exec(undo), qPrintable(q.lastError().text()));
            QVERIFY(q.exec("ALTER TABLE person DROP COLUMN reporting_first"));
            QVERIFY(q.exec("ALTER TABLE person DROP COLUMN reporting_last"));
            QVERIFY(q.exec("UPDATE lodestar_meta SET value = '10' WHERE key = 'schema_version'"));
            QVERIFY(q.exec("UPDATE cid_case SET case_status = 'CLOSED' WHERE case_ref = "
                           "'CC/P1/3'"));
        }
        const QString path = t.path();
        t.db.reset();
        auto reopened = Database::open(path, Database::Create::Never);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().toString()));
        auto read = BarrierStore(reopened.value()->sql()).forPerson(1);
        QVERIFY(read);
        QCOMPARE(read.value().size(), 2);
        QVERIFY(read.value().at(0).isOpen()); // open ones first
        QCOMPARE(read.value().at(0).type, QStringLiteral("asylum"));
        QVERIFY(!read.value().at(1).isOpen());
        QCOMPARE(read.value().at(1).clearedHow, QStringLiteral("closed_in_cid"));
    }

    void storeRefusals()
    {
        TestDatabase t;
        QVERIFY(TestData::add(*t.db, {TestData::person("P1", "Okafor", "Sam", "0", 24)}));
        const qint64 p = idOf(t, "P1");
        RemovalStore removals(t.db->sql());
        auto first = removals.save(directions(p, d("2026-03-01"), d("2026-03-20")), "tester");
        QVERIFY(first);
        // One set pending at a time.
        auto second = removals.save(directions(p, d("2026-03-05"), d("2026-03-25")), "tester");
        QVERIFY(!second);
        QVERIFY(second.error().message.contains("2026-03-01"));
        // Invalid directions are refused with the rule's words, and write nothing.
        auto bad = removals.save(directions(p, d("2026-03-05"), d("2026-03-01")), "tester");
        QVERIFY(!bad);
        QCOMPARE(removals.forPerson(p).value().size(), 1);
        // The planned removal is in the diary; the outcome marks it done.
        QSqlQuery q(t.db->sql());
        QVERIFY(q.exec("SELECT COUNT(*) FROM diary_entry WHERE done_at IS NULL AND kind LIKE "
                       "'removal:%'") &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Moving the planned date moves the diary entry.
        RemovalDirections moved = removals.forPerson(p).value().first();
        moved.plannedOn = d("2026-03-27");
        QVERIFY(removals.save(moved, "tester"));
        QVERIFY(q.exec("SELECT due_date FROM diary_entry WHERE kind LIKE 'removal:%'") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-27"));
        RemovalDirections done = removals.forPerson(p).value().first();
        done.outcome = QStringLiteral("removed");
        done.outcomeOn = d("2026-03-20");
        QVERIFY(removals.save(done, "tester"));
        QVERIFY(q.exec("SELECT COUNT(*) FROM diary_entry WHERE done_at IS NULL AND kind LIKE "
                       "'removal:%'") &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // A charter flight reference is unique; directions name an existing flight.
        CharterFlight f;
        f.reference = QStringLiteral("CH-26-01");
        f.departsOn = d("2026-04-10");
        QVERIFY(removals.saveFlight(f, "tester"));
        QVERIFY(!removals.saveFlight(f, "tester"));
        // Preparation dates in the wrong order are refused.
        CasePreparation prep;
        prep.personId = p;
        prep.allocatedOn = d("2026-03-01");
        prep.finalisedOn = d("2026-02-01");
        QVERIFY(!ProgressionStore(t.db->sql()).savePreparation(prep, "tester"));
        prep.finalisedOn = QDate();
        QVERIFY(ProgressionStore(t.db->sql()).savePreparation(prep, "tester"));
        prep.version = ProgressionStore(t.db->sql()).preparation(p).value()->version; // as read
        prep.initialDoneOn = d("2026-03-10");
        QVERIFY(ProgressionStore(t.db->sql()).savePreparation(prep, "tester")); // an update
        QCOMPARE(ProgressionStore(t.db->sql()).preparation(p).value()->initialDoneOn,
                 d("2026-03-10"));
    }

    // The figures on a small dataset, each answer worked out by hand (as of 2026-06-01).
    void figuresKnownAnswers()
    {
        // Imported and recorded on the as-of day: CID barriers first seen by an import stand
        // from the import's day.
        const Clock::Fixed onAsOf(QDateTime(AsOf, QTime(12, 0)));
        TestDatabase t;
        QVector<PersonStore::NewPerson> people;
        for (int i = 1; i <= 13; ++i)
            people << TestData::person(QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0')),
                                       QStringLiteral("Family%1").arg(i), QStringLiteral("G"), "0",
                                       24, i == 2 ? QStringList{"ASYLUM"} : QStringList{},
                                       "CC Leeds", "sokafor", i == 9 ? "DETAINED" : "NON_DETAINED");
        QVERIFY(TestData::add(*t.db, people));
        auto id = [&](int i) {
            return idOf(t, QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0')));
        };
        BarrierStore barriers(t.db->sql());
        RemovalStore removals(t.db->sql());
        ProgressionStore progression(t.db->sql());
        // P03: a barrier recorded by hand, open.
        QVERIFY(barriers.add(hand(id(3), "travel_document", d("2026-01-05")), "tester"));
        // P04: directions pending; a fresh claim raised after they were set (last-minute).
        QVERIFY(removals.save(directions(id(4), d("2026-05-01"), d("2026-06-20")), "tester"));
        QVERIFY(barriers.add(hand(id(4), "asylum", d("2026-05-10")), "tester"));
        // P05: directions failed on a fresh claim raised while they stood, since refused; and a
        // barrier raised after the failure, cleared too. Ripe again.
        RemovalDirections failed = directions(id(5), d("2026-02-01"), d("2026-02-20"));
        failed.outcome = QStringLiteral("failed");
        failed.outcomeOn = d("2026-02-20");
        failed.failureReason = QStringLiteral("fresh_asylum_claim");
        QVERIFY(removals.save(failed, "tester"));
        auto claim = barriers.add(hand(id(5), "asylum", d("2026-02-18")), "tester");
        auto later = barriers.add(hand(id(5), "medical", d("2026-03-01")), "tester");
        QVERIFY(claim && later);
        QVERIFY(barriers.clear(id(5), claim.value(), d("2026-04-01"), "refused", {}, "tester", 1));
        QVERIFY(barriers.clear(id(5), later.value(), d("2026-04-01"), "resolved", {}, "tester", 1));
        // P06: removed.
        RemovalDirections removed = directions(id(6), d("2026-03-01"), d("2026-03-15"));
        removed.outcome = QStringLiteral("removed");
        removed.outcomeOn = d("2026-03-15");
        QVERIFY(removals.save(removed, "tester"));
        // P07: on hold until after the as-of date; P08: a hold that ended on the as-of date.
        ProgressionHold h;
        h.reason = QStringLiteral("Family court hearing");
        h.placedOn = d("2026-05-01");
        h.personId = id(7);
        h.untilOn = d("2026-06-02");
        QVERIFY(progression.placeHold(h, "tester"));
        h.personId = id(8);
        h.untilOn = d("2026-06-01");
        QVERIFY(progression.placeHold(h, "tester"));
        // P10-P13: preparation overdue at the final stage, overdue at the initial stage, on
        // time, and prepared.
        auto prepare = [&](int i, const QDate &allocated, const QDate &initial,
                           const QDate &finalised) {
            CasePreparation c;
            c.personId = id(i);
            c.allocatedOn = allocated;
            c.initialDoneOn = initial;
            c.finalisedOn = finalised;
            return bool(progression.savePreparation(c, "tester"));
        };
        QVERIFY(prepare(10, AsOf.addDays(-60), AsOf.addDays(-50), QDate()));
        QVERIFY(prepare(11, AsOf.addDays(-20), QDate(), QDate()));
        QVERIFY(prepare(12, AsOf.addDays(-20), AsOf.addDays(-10), QDate()));
        QVERIFY(prepare(13, AsOf.addDays(-100), AsOf.addDays(-90), AsOf.addDays(-50)));
        // The detained P09's preparation is overdue too, but the figure is of the community.
        QVERIFY(prepare(9, AsOf.addDays(-100), QDate(), QDate()));

        // Ripe by hand: P01 (nothing in the way), P05 (its barriers cleared, its directions
        // failed), P08 (the hold ended on the as-of date), P10-P13 (preparation is no bar).
        // Not P02, P03, P04 (open barriers; P04's directions pending too), P06 (removed), P07
        // (on hold), P09 (detained: not in the stock).
        const QStringList ripe{"P01", "P05", "P08", "P10", "P11", "P12", "P13"};
        QCOMPARE(refs(t, "ripe_for_progression"), ripe);
        QCOMPARE(refs(t, "preparation_overdue"), (QStringList{"P10", "P11"}));
        // P02 (CID's asylum case), P03 and P04 (recorded here): open barriers, no document.
        QCOMPARE(refs(t, "document_to_seek_barrier_open"), (QStringList{"P02", "P03", "P04"}));
        auto f = Figures::compute(t.db->sql(), AsOf);
        QVERIFY2(f, qPrintable(f ? QString() : f.error().toString()));
        const QJsonObject json = f.value().toJson();
        QCOMPARE(json.value("ripe_for_progression").toInt(), 7);
        QCOMPARE(json.value("preparation_overdue").toInt(), 2);
        QCOMPARE(json.value("document_to_seek_barrier_open").toInt(), 3);
        QCOMPARE(json.value("last_minute_barriers").toInt(), 2); // P04's and P05's claims
        QCOMPARE(json.value("removals_planned").toInt(), 3);     // P04's, P05's and P06's
        QCOMPARE(json.value("removals_succeeded").toInt(), 1);   // P06's
        const QJsonObject failedBy = json.value("removals_failed_by_reason").toObject();
        QCOMPARE(failedBy.size(), RemovalDirections::failureReasons().size());
        QCOMPARE(failedBy.value("fresh_asylum_claim").toInt(), 1);
        QCOMPARE(failedBy.value("judicial_review").toInt(), 0);
        const QJsonObject open = json.value("open_barriers_by_type").toObject();
        QCOMPARE(open.size(), Barrier::types().size());
        QCOMPARE(open.value("asylum").toInt(), 2); // P02 from CID, P04 by hand
        QCOMPARE(open.value("travel_document").toInt(), 1);
        QCOMPARE(open.value("medical").toInt(), 0);
        // Earlier as-of dates see less: before P06's removal, and before any directions.
        auto early = Figures::compute(t.db->sql(), d("2026-03-10"));
        QVERIFY(early);
        QCOMPARE(early.value().removalsPlanned, qint64(2));
        QCOMPARE(early.value().removalsSucceeded, qint64(0));
        QCOMPARE(early.value().lastMinuteBarriers, qint64(1));

        // The worklists are the figures' people, with the next step worked out.
        auto list = progression.list(ProgressionStore::List::Ripe, AsOf);
        QVERIFY(list);
        QStringList listed;
        for (const ProgressionStore::Row &r : list.value()) {
            listed << r.personRef;
            // No decision nor document recorded in this dataset: both steps at once.
            QCOMPARE(r.next, Step::MakeDecision | Step::ApplyForDocument);
        }
        listed.sort();
        QCOMPARE(listed, ripe);
        auto overdue = progression.list(ProgressionStore::List::PreparationOverdue, AsOf);
        QVERIFY(overdue && overdue.value().size() == 2);
        QCOMPARE(overdue.value().first().personRef, QStringLiteral("P10")); // longest overdue
        QVERIFY(overdue.value().first().preparation.isOverdue(AsOf));
        // P07's hold shows on the lists that keep held people.
        auto mine = progression.list(ProgressionStore::List::Ripe, AsOf, "nobody");
        QVERIFY(mine && mine.value().isEmpty());
    }

    // The list of documents to seek while a barrier is open: band 1 first, then by the
    // document's step (apply, apply again, chase), each with its open barriers oldest first;
    // a case owner's own people only when asked.
    void documentsToSeekList()
    {
        TestDatabase t;
        QVERIFY(TestData::add(*t.db, {TestData::person("S1", "Adams", "A", "2", 24, {"ASYLUM"}),
                                      TestData::person("S2", "Brown", "B", "0", 24),
                                      TestData::person("S3", "Clark", "C", "0", 24,
                                                       {"JUDICIAL_REVIEW"}, "CC Leeds", "jmensah"),
                                      TestData::person("S4", "Davis", "D", "0", 24),
                                      TestData::person("S5", "Evans", "E", "0", 24, {"ASYLUM"})}));
        BarrierStore barriers(t.db->sql());
        QVERIFY(barriers.add(hand(idOf(t, "S2"), "medical", d("2026-03-01")), "tester"));
        QVERIFY(barriers.add(hand(idOf(t, "S2"), "embassy", d("2026-02-01")), "tester"));
        QVERIFY(barriers.add(hand(idOf(t, "S4"), "travel_document", d("2026-02-01")), "tester"));
        TravelDocumentStore documents(t.db->sql());
        const auto document = [&](const char *ref, const char *status, const QDate &expires) {
            TravelDocument doc;
            doc.personId = idOf(t, QLatin1String(ref));
            doc.status = QLatin1String(status);
            doc.appliedOn = d("2026-01-10");
            doc.expiresOn = expires;
            return documents.save(doc, "tester").ok();
        };
        QVERIFY(document("S2", "applied", {}));
        QVERIFY(document("S3", "refused", {}));
        QVERIFY(document("S5", "issued", d("2030-01-01")));

        ProgressionStore store(t.db->sql());
        auto list = store.list(ProgressionStore::List::DocumentToSeek, AsOf);
        QVERIFY(list);
        QStringList order;
        for (const ProgressionStore::Row &r : list.value())
            order << r.personRef;
        QCOMPARE(order, (QStringList{"S1", "S4", "S3", "S2"}));
        const auto &rows = list.value();
        QCOMPARE(rows.at(0).band, 1);
        QCOMPARE(rows.at(0).barrierTypes, QStringList{"asylum"});
        QCOMPARE(rows.at(1).barrierTypes, QStringList{"travel_document"});
        QCOMPARE(rows.at(2).barrierTypes, QStringList{"judicial_review"});
        QCOMPARE(rows.at(3).barrierTypes, (QStringList{"embassy", "medical"}));
        // Each with both its steps: the document's and, no decision being recorded, that too.
        const QVector<Step> documentSteps{Step::ApplyForDocument, Step::ApplyForDocument,
                                          Step::ReapplyForDocument, Step::ChaseDocument};
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(ProgressionRules::documentStep(rows.at(i).document), documentSteps.at(i));
            QCOMPARE(rows.at(i).next, Step::MakeDecision | documentSteps.at(i));
        }
        // The list is the figure's people.
        QCOMPARE(Figures::personRefs(t.db->sql(), "document_to_seek_barrier_open", AsOf).value(),
                 (QStringList{"S1", "S2", "S3", "S4"}));
        auto mine = store.list(ProgressionStore::List::DocumentToSeek, AsOf, "jmensah");
        QVERIFY(mine);
        QCOMPARE(mine.value().size(), 1);
        QCOMPARE(mine.value().first().personRef, QStringLiteral("S3"));
        QCOMPARE(mine.value().first().barrierTypes, QStringList{"judicial_review"});
        // Everyone here has an open barrier: nobody is ripe, and nobody idle.
        auto ripe = store.list(ProgressionStore::List::Ripe, AsOf);
        QVERIFY(ripe && ripe.value().isEmpty());
    }

    // The ripe list puts band 1 first and gives each person their next step.
    void ripeOrderAndNextStep()
    {
        TestDatabase t;
        auto withDecision = [](PersonStore::NewPerson p, const char *decision) {
            p.cases[0].deportationDecision = QLatin1String(decision);
            return p;
        };
        QVERIFY(TestData::add(
            *t.db, {withDecision(TestData::person("P1", "Adams", "A", "0", 24), "ORDER_SIGNED"),
                    withDecision(TestData::person("P2", "Brown", "B", "3", 24), "SERVED"),
                    withDecision(TestData::person("P3", "Clark", "C", "1", 24), "PENDING")}));
        TravelDocument doc;
        doc.personId = idOf(t, "P1");
        doc.kind = QStringLiteral("passport");
        doc.status = QStringLiteral("issued");
        doc.expiresOn = d("2030-01-01");
        QVERIFY(TravelDocumentStore(t.db->sql()).save(doc, "tester"));
        auto list = ProgressionStore(t.db->sql()).list(ProgressionStore::List::Ripe, AsOf);
        QVERIFY(list);
        QCOMPARE(list.value().size(), 3);
        // Without a usable document, its step comes with the decision's (report 7.10).
        QCOMPARE(list.value().at(0).personRef, QStringLiteral("P2")); // band 1
        QCOMPARE(list.value().at(0).next, Step::SignOrder | Step::ApplyForDocument);
        QCOMPARE(list.value().at(1).personRef, QStringLiteral("P3")); // band 2
        QCOMPARE(list.value().at(1).next, Step::ChaseDecision | Step::ApplyForDocument);
        QCOMPARE(list.value().at(2).personRef, QStringLiteral("P1")); // band 3
        QCOMPARE(list.value().at(2).document, Document::Usable);
        QCOMPARE(list.value().at(2).next, Steps(Step::SetDirections));
    }
};

QTEST_GUILESS_MAIN(TestProgression)
#include "tst_progression.moc"
