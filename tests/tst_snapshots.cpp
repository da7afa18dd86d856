// Published figures (issue 22): a snapshot reproduces itself whatever changes after it, the
// people who joined or left a figure account for the difference, each with the fact that
// changed, and nobody changes a snapshot once written.
#include "db/migrations.h"
#include "db/session.h"
#include "domain/barrier.h"
#include "domain/clock.h"
#include "domain/figurecomparison.h"
#include "domain/permissions.h"
#include "figures/chartchanges.h"
#include "figures/dashboard.h"
#include "figures/figures.h"
#include "figures/snapshotcapture.h"
#include "io/cidimporter.h"
#include "snapshotdays.h"
#include "store/bandoverridestore.h"
#include "store/barrierstore.h"
#include "store/figuresnapshotstore.h"
#include "store/removalstore.h"
#include "store/userstore.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(SnapshotFacts)

namespace {

using Reason = FigureComparison::Reason;

SnapshotFacts stockFacts()
{
    SnapshotFacts f;
    f.custody = QStringLiteral("NON_DETAINED");
    f.band = 3;
    f.bandRule = QStringLiteral("NO_MAPPA_NO_BARRIER");
    f.requiresReporting = true;
    f.owner = QStringLiteral("sokafor");
    f.unit = QStringLiteral("CC Leeds");
    return f;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// "P1: band 3 → 4: asylum claim opened" for each change, sorted.
QStringList changes(const QVector<FigureComparison::Change> &list)
{
    QStringList out;
    for (const auto &c : list)
        out << c.personRef + QStringLiteral(": ") + c.text;
    return out;
}

} // namespace

class TestSnapshots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 idOf(QSqlDatabase db, const QString &ref)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM person WHERE person_ref = ?"));
        q.addBindValue(ref);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    // Every people figure between the two: the values are the figures each printed, and the
    // people joined and left account for the difference.
    static void checkIdentity(const FigureSnapshot &from, const FigureSnapshot &to,
                              const QJsonObject &toFigures)
    {
        for (const QString &key : from.keys) {
            const auto c = FigureComparison::compare(from, to, key);
            QVERIFY2(c, qPrintable(key));
            QCOMPARE(c->fromValue, from.value(key));
            FigureSnapshot printed;
            printed.figures = toFigures;
            QCOMPARE(c->toValue, printed.value(key));
            QCOMPARE(c->toValue, c->fromValue + c->joined.size() - c->left.size());
        }
    }

private slots:
    void initTestCase() { TestData::isolateSettings(QStringLiteral("tst_snapshots")); }

    // The rule alone: which fact a change is put down to, for each reason.
    void reasons_data()
    {
        QTest::addColumn<QString>("figure");
        QTest::addColumn<SnapshotFacts>("before");
        QTest::addColumn<SnapshotFacts>("after");
        QTest::addColumn<bool>("definitionChanged");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("text");
        const SnapshotFacts base = stockFacts();
        const auto row = [&](const char *name, const QString &figure,
                             const std::function<void(SnapshotFacts &)> &change, int reason,
                             const QString &text, bool definitionChanged = false) {
            SnapshotFacts after = base;
            change(after);
            QTest::newRow(name) << figure << base << after << definitionChanged << reason << text;
        };
        const auto asylum = [](SnapshotFacts &f) {
            f.band = 4;
            f.bandRule = QStringLiteral("NO_MAPPA_BARRIER");
            f.barrierTypes = 1u << int(Barrier::types().indexOf(QStringLiteral("asylum")));
        };
        row("band by a barrier", QStringLiteral("by_band/3"), asylum, int(Reason::Band),
            QStringLiteral("band 3 → 4: asylum claim opened"));
        row(
            "band by the rule", QStringLiteral("by_band/1"),
            [](SnapshotFacts &f) {
                f.band = 1;
                f.bandRule = QStringLiteral("MAPPA_2_3");
            },
            int(Reason::Band), QStringLiteral("band 3 → 1: MAPPA level 2 or 3"));
        row(
            "band by an override", QStringLiteral("by_band/2"),
            [](SnapshotFacts &f) { f.band = 2; }, int(Reason::Band),
            QStringLiteral("band 3 → 2: band override set or withdrawn"));
        // The band left with custody, the rule kept as it was (derived columns behind): the
        // custody is the cause, not an override nobody set.
        row(
            "band by custody", QStringLiteral("by_band/3"),
            [](SnapshotFacts &f) {
                f.custody = QStringLiteral("DETAINED");
                f.band = 0;
            },
            int(Reason::Band), QStringLiteral("band 3 → none: custody NON_DETAINED → DETAINED"));
        // The figure's own fact first: the band moved too, but the stock is custody's.
        row(
            "custody", QStringLiteral("non_detained"),
            [](SnapshotFacts &f) {
                f.custody = QStringLiteral("DETAINED");
                f.band = 0;
                f.bandRule = QStringLiteral("DETAINED");
            },
            int(Reason::Custody), QStringLiteral("custody NON_DETAINED → DETAINED"));
        row(
            "removed", QStringLiteral("non_detained"), [](SnapshotFacts &f) { f.removed = true; },
            int(Reason::Removed), QStringLiteral("removed"));
        row(
            "absconder", QStringLiteral("reporting"), [](SnapshotFacts &f) { f.absconder = true; },
            int(Reason::Absconder), QStringLiteral("declared absconder"));
        row(
            "restriction ended", QStringLiteral("reporting"),
            [](SnapshotFacts &f) { f.requiresReporting = false; },
            int(Reason::ReportingRestriction), QStringLiteral("reporting restriction ended"));
        // Unallocated looks at the owner before the band that moved with it.
        row(
            "owner", QStringLiteral("unallocated"),
            [](SnapshotFacts &f) {
                f.owner.clear();
                f.band = 4;
            },
            int(Reason::Owner), QStringLiteral("owner sokafor → nobody"));
        row(
            "unit", QStringLiteral("ownership_unclear"),
            [](SnapshotFacts &f) { f.unit = QStringLiteral("LIT"); }, int(Reason::Unit),
            QStringLiteral("unit CC Leeds → LIT"));
        row(
            "barrier cleared", QStringLiteral("ripe_for_progression"),
            [](SnapshotFacts &f) { f.barrierTypes = 0; }, int(Reason::Other),
            QStringLiteral("no kept fact changed: dates, reporting events, reviews, steps or the "
                           "diary"));
        row(
            "flag", QStringLiteral("flags/ZINCS"), [](SnapshotFacts &f) { f.flags = 1; },
            int(Reason::Flags), QStringLiteral("flag ZINCS set"));
        row(
            "missing", QStringLiteral("reviews_overdue"),
            [](SnapshotFacts &f) { f.missing = true; }, int(Reason::MissingFromExtract),
            QStringLiteral("missing from the extract"));
        row(
            "definition", QStringLiteral("reviews_overdue"), [](SnapshotFacts &) {},
            int(Reason::DefinitionChanged), QStringLiteral("definition changed"), true);
        row(
            "other", QStringLiteral("reviews_overdue"), [](SnapshotFacts &) {}, int(Reason::Other),
            QStringLiteral("no kept fact changed: dates, reporting events, reviews, steps or the "
                           "diary"));
    }
    void reasons()
    {
        QFETCH(QString, figure);
        QFETCH(SnapshotFacts, before);
        QFETCH(SnapshotFacts, after);
        QFETCH(bool, definitionChanged);
        QFETCH(int, reason);
        QFETCH(QString, text);
        const FigureComparison::Change c =
            FigureComparison::reason(&before, &after, figure, definitionChanged);
        QCOMPARE(int(c.reason), reason);
        QCOMPARE(c.text, text);
    }

    void newAndGone()
    {
        const SnapshotFacts f = stockFacts();
        QCOMPARE(FigureComparison::reason(nullptr, &f, QStringLiteral("persons"), false).reason,
                 Reason::NewInExtract);
        QCOMPARE(FigureComparison::reason(nullptr, &f, QStringLiteral("persons"), false).text,
                 QStringLiteral("new in the extract"));
        QCOMPARE(FigureComparison::reason(&f, nullptr, QStringLiteral("persons"), false).reason,
                 Reason::NoLongerHeld);
    }

    // Two snapshots in memory: the walk by person id, both lists, the definition note.
    void compareInMemory()
    {
        FigureSnapshot a, b;
        a.keys = b.keys = QStringList{QStringLiteral("persons"), QStringLiteral("by_band/3")};
        a.versions.insert(QStringLiteral("by_band/3"), 1);
        b.versions.insert(QStringLiteral("by_band/3"), 2);
        const auto person = [](qint64 id, bool in3) {
            SnapshotPerson p;
            p.personId = id;
            p.personRef = QStringLiteral("R%1").arg(id);
            p.facts = stockFacts();
            p.setCounts(0);
            if (in3)
                p.setCounts(1);
            return p;
        };
        a.people = {person(1, true), person(2, true), person(4, false)};
        b.people = {person(2, false), person(3, true), person(4, true)};
        const auto c = FigureComparison::compare(a, b, QStringLiteral("by_band/3"));
        QVERIFY(c);
        QCOMPARE(c->fromValue, qint64(2));
        QCOMPARE(c->toValue, qint64(2));
        QCOMPARE(changes(c->joined), (QStringList{QStringLiteral("R3: new in the extract"),
                                                  QStringLiteral("R4: definition changed")}));
        QCOMPARE(changes(c->left), (QStringList{QStringLiteral("R1: no longer held"),
                                                QStringLiteral("R2: definition changed")}));
        QCOMPARE(c->definitionNote, QStringLiteral("definition changed (version 1 → 2)"));
        // Counted by reason, ties in the order of the reasons.
        const QVector<QPair<Reason, qint64>> groups{{Reason::NoLongerHeld, 1},
                                                    {Reason::DefinitionChanged, 1}};
        QCOMPARE(FigureComparison::byReason(c->left), groups);
        QVERIFY(!FigureComparison::compare(a, b, QStringLiteral("cases")));
        const QJsonObject o = c->toJson();
        QCOMPARE(o.value(QStringLiteral("from")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("joined")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("left"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("no_longer_held"));
    }

    // A part of the people (a unit, a team, both), each side by its own facts: someone who
    // moved leaves one part and joins the other, put down to the move; the parts add up.
    void scopes_data()
    {
        QTest::addColumn<QString>("unit"); // "-" for any
        QTest::addColumn<QString>("team"); // "-" for any
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QStringList>("joined");
        QTest::addColumn<QStringList>("left");
        const QString any = QStringLiteral("-");
        const QString moved = QStringLiteral("R1: unit A → B");
        const QString newOwner = QStringLiteral("R2: owner sokafor → jmensah");
        const QString detained = QStringLiteral("R3: custody NON_DETAINED → DETAINED");
        const QString fresh = QStringLiteral("R5: new in the extract");
        QTest::newRow("everyone") << any << any << 4 << 4 << QStringList{fresh}
                                  << QStringList{detained};
        QTest::newRow("unit A") << QStringLiteral("A") << any << 3 << 2 << QStringList()
                                << QStringList{moved};
        QTest::newRow("unit B") << QStringLiteral("B") << any << 1 << 2 << QStringList{moved, fresh}
                                << QStringList{detained};
        QTest::newRow("no unit") << QString() << any << 0 << 0 << QStringList() << QStringList();
        QTest::newRow("team North") << any << QStringLiteral("North") << 2 << 2
                                    << QStringList{fresh} << QStringList{newOwner};
        QTest::newRow("team South") << any << QStringLiteral("South") << 1 << 1
                                    << QStringList{newOwner} << QStringList{detained};
        QTest::newRow("no team") << any << QString() << 1 << 1 << QStringList() << QStringList();
        QTest::newRow("unit A, team North") << QStringLiteral("A") << QStringLiteral("North") << 2
                                            << 0 << QStringList() << QStringList{moved, newOwner};
    }
    void scopes()
    {
        QFETCH(QString, unit);
        QFETCH(QString, team);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QStringList, joined);
        QFETCH(QStringList, left);
        FigureSnapshot a, b;
        a.keys = b.keys = QStringList{QStringLiteral("non_detained")};
        const auto person = [](qint64 id, const QString &unit, const QString &owner, bool in) {
            SnapshotPerson p;
            p.personId = id;
            p.personRef = QStringLiteral("R%1").arg(id);
            p.facts = stockFacts();
            p.facts.unit = unit;
            p.facts.owner = owner;
            if (in)
                p.setCounts(0);
            else
                p.facts.custody = QStringLiteral("DETAINED");
            return p;
        };
        const QString sok = QStringLiteral("sokafor"), jme = QStringLiteral("jmensah");
        const QString unitA = QStringLiteral("A"), unitB = QStringLiteral("B");
        a.people = {person(1, unitA, sok, true), person(2, unitA, sok, true),
                    person(3, unitB, jme, true), person(4, unitA, QString(), true)};
        b.people = {person(1, unitB, sok, true), person(2, unitA, jme, true),
                    person(3, unitB, jme, false), person(4, unitA, QString(), true),
                    person(5, unitB, sok, true)};
        const QHash<QString, QString> teamOf{{sok, QStringLiteral("North")},
                                             {jme, QStringLiteral("South")}};
        FigureComparison::Scope scope;
        scope.teamOf = teamOf;
        if (unit != QLatin1String("-"))
            scope.unit = unit;
        if (team != QLatin1String("-"))
            scope.team = team;
        const auto c = FigureComparison::compare(a, b, QStringLiteral("non_detained"), scope);
        QVERIFY(c);
        QCOMPARE(c->fromValue, qint64(from));
        QCOMPARE(c->toValue, qint64(to));
        QCOMPARE(changes(c->joined), joined);
        QCOMPARE(changes(c->left), left);
        QCOMPARE(c->toValue, c->fromValue + c->joined.size() - c->left.size());
        QCOMPARE(c->toJson().contains(QStringLiteral("scope")), !scope.isEverything());

        // The units' parts, and the teams', add up to everyone, then and now.
        const auto whole = FigureComparison::compare(a, b, QStringLiteral("non_detained"));
        for (const bool byUnit : {true, false}) {
            qint64 sumFrom = 0, sumTo = 0;
            for (const QString &part : {unitA, unitB, QString()}) {
                FigureComparison::Scope one;
                one.teamOf = teamOf;
                if (byUnit)
                    one.unit = part;
                else
                    one.team = part == unitA   ? QStringLiteral("North")
                               : part == unitB ? QStringLiteral("South")
                                               : QString();
                const auto c1 =
                    FigureComparison::compare(a, b, QStringLiteral("non_detained"), one);
                sumFrom += c1->fromValue;
                sumTo += c1->toValue;
            }
            QCOMPARE(sumFrom, whole->fromValue);
            QCOMPARE(sumTo, whole->toValue);
        }
    }

    // Publish, change the caseload every way a figure moves, publish again: each snapshot
    // prints its figures as they were, and the comparisons explain every difference.
    void scriptedChanges()
    {
        TestDatabase t;
        QSqlDatabase db = t.db->sql();
        Session::setUser(db, QStringLiteral("tleader"));
        QVERIFY(SnapshotDays::import(db, m_dir.path(), SnapshotDays::DayOne));
        const auto first =
            SnapshotCapture::publish(db, QStringLiteral("tleader"), QStringLiteral("  Day one  "));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        const FigureSnapshot s1 = first.value();
        QVERIFY(s1.id > 0);
        QCOMPARE(s1.label, QStringLiteral("Day one"));
        QCOMPARE(s1.value(QStringLiteral("non_detained")), qint64(7));
        QCOMPARE(s1.value(QStringLiteral("by_band/3")), qint64(5));

        // The day's changes: an import, a removal, an override, a barrier recorded by hand.
        QVERIFY(SnapshotDays::import(db, m_dir.path(), SnapshotDays::DayTwo));
        RemovalDirections r;
        r.personId = idOf(db, QStringLiteral("P4"));
        r.setOn = Clock::today().addDays(-20);
        r.plannedOn = Clock::today().addDays(-1);
        r.outcome = QStringLiteral("removed");
        r.outcomeOn = Clock::today().addDays(-1);
        QVERIFY(RemovalStore(db).save(r, QStringLiteral("tleader")).ok());
        const qint64 p8 = idOf(db, QStringLiteral("P8"));
        QVERIFY(BandOverrideStore(db)
                    .setOverride(p8, 1, QStringLiteral("Intelligence"), QStringLiteral("tleader"),
                                 TestData::personVersion(db, p8))
                    .ok());
        Barrier b;
        b.personId = idOf(db, QStringLiteral("P2"));
        b.type = QStringLiteral("medical");
        b.raisedOn = Clock::today().addDays(-1);
        QVERIFY(BarrierStore(db).add(b, QStringLiteral("tleader")).ok());

        const auto second = SnapshotCapture::publish(db, QStringLiteral("tleader"), QString());
        QVERIFY(second);
        const FigureSnapshot s2 = second.value();
        QVERIFY(s2.id > s1.id);

        // The first prints exactly what it printed when published.
        const FigureSnapshotStore store(db);
        const auto again = store.load(s1.id);
        QVERIFY(again);
        QCOMPARE(json(again.value().figures), json(s1.figures));
        QCOMPARE(again.value().keys, s1.keys);
        QCOMPARE(again.value().people.size(), s1.people.size());
        for (int i = 0; i < s1.people.size(); ++i) {
            QCOMPARE(again.value().people.at(i).personRef, s1.people.at(i).personRef);
            QCOMPARE(again.value().people.at(i).membership, s1.people.at(i).membership);
            QVERIFY(again.value().people.at(i).facts == s1.people.at(i).facts);
        }
        QCOMPARE(again.value().publishedBy, QStringLiteral("tleader"));

        // Every figure, from each to the next and to now.
        const auto now = SnapshotCapture::people(db, Moment::endOfDay(Clock::today()));
        QVERIFY(now);
        const QJsonObject nowFigures =
            Figures::compute(db, Moment::endOfDay(Clock::today())).value().toJson();
        checkIdentity(again.value(), s2, s2.figures);
        checkIdentity(again.value(), now.value(), nowFigures);
        checkIdentity(s2, now.value(), nowFigures);

        const auto explain = [&](const QString &key) {
            const auto c = FigureComparison::compare(s1, s2, key);
            return c ? QStringList{changes(c->joined).join(QLatin1Char('|')),
                                   changes(c->left).join(QLatin1Char('|'))}
                     : QStringList();
        };
        QCOMPARE(explain(QStringLiteral("by_band/3")),
                 (QStringList{QStringLiteral("P7: new in the extract"),
                              QStringLiteral("P1: band 3 → 4: asylum claim opened|"
                                             "P2: band 3 → 4: medical opened|"
                                             "P3: band 3 → none: detained, not banded|"
                                             "P8: band 3 → 1: band override set or withdrawn")}));
        QCOMPARE(explain(QStringLiteral("non_detained")),
                 (QStringList{QStringLiteral("P7: new in the extract"),
                              QStringLiteral("P3: custody NON_DETAINED → DETAINED|P4: removed")}));
        QCOMPARE(explain(QStringLiteral("unallocated")),
                 (QStringList{QStringLiteral("P2: owner jmensah → nobody"), QString()}));
        QCOMPARE(explain(QStringLiteral("reporting")),
                 (QStringList{QStringLiteral("P7: new in the extract"),
                              QStringLiteral("P3: custody NON_DETAINED → DETAINED|P4: removed|"
                                             "P5: reporting restriction ended")}));
        QCOMPARE(explain(QStringLiteral("ripe_for_progression")).value(1),
                 QStringLiteral("P1: asylum claim opened|P2: medical opened|"
                                "P3: custody NON_DETAINED → DETAINED|P4: removed"));
        // P6 is left out of the extract: kept as a fact, though it moves no figure here.
        QVERIFY(!s1.person(idOf(db, QStringLiteral("P6")))->facts.missing);
        QVERIFY(s2.person(idOf(db, QStringLiteral("P6")))->facts.missing);

        QVERIFY(!FigureComparison::compare(s1, s2, QStringLiteral("cases")));
    }

    // A week, a change a day and a publication each evening: every figure of every
    // publication compared with every later one and with now adds up, and each publication
    // still prints what it printed.
    void aWeekOfChanges()
    {
        TestDatabase t;
        QSqlDatabase db = t.db->sql();
        Session::setUser(db, QStringLiteral("tleader"));
        const QDate monday(2026, 11, 30);
        Clock::Fixed clock(QDateTime(monday, QTime(9, 0)));
        QVector<FigureSnapshot> week;
        qint64 medical = 0;
        for (int day = 0; day < 7; ++day) {
            Clock::setFixed(QDateTime(monday.addDays(day), QTime(9, 0)));
            const QDate today = Clock::today();
            switch (day) {
            case 0:
                QVERIFY(SnapshotDays::import(db, m_dir.path(), SnapshotDays::DayOne));
                break;
            case 1: // an asylum claim, an owner lost, a detention, reporting ended, new, missing
                QVERIFY(SnapshotDays::import(db, m_dir.path(), SnapshotDays::DayTwo));
                break;
            case 2: { // a removal
                RemovalDirections r;
                r.personId = idOf(db, QStringLiteral("P4"));
                r.setOn = today.addDays(-10);
                r.plannedOn = today;
                r.outcome = QStringLiteral("removed");
                r.outcomeOn = today;
                QVERIFY(RemovalStore(db).save(r, QStringLiteral("tleader")).ok());
                break;
            }
            case 3: { // a band override
                const qint64 p8 = idOf(db, QStringLiteral("P8"));
                QVERIFY(BandOverrideStore(db)
                            .setOverride(p8, 1, QStringLiteral("Intelligence"),
                                         QStringLiteral("tleader"), TestData::personVersion(db, p8))
                            .ok());
                break;
            }
            case 4: { // a barrier recorded by hand
                Barrier b;
                b.personId = idOf(db, QStringLiteral("P7"));
                b.type = QStringLiteral("medical");
                b.raisedOn = today;
                const auto added = BarrierStore(db).add(b, QStringLiteral("tleader"));
                QVERIFY(added);
                medical = added.value();
                break;
            }
            case 5: // the day-one extract again: back in it, released, the claim gone
                QVERIFY(SnapshotDays::import(db, m_dir.path(), SnapshotDays::DayOne));
                break;
            case 6: { // the barrier cleared
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT version FROM barrier WHERE id = ?"));
                q.addBindValue(medical);
                QVERIFY(q.exec() && q.next());
                QVERIFY(BarrierStore(db)
                            .clear(idOf(db, QStringLiteral("P7")), medical, today,
                                   QStringLiteral("resolved"), QString(), QStringLiteral("tleader"),
                                   q.value(0).toInt())
                            .ok());
                break;
            }
            }
            const auto published = SnapshotCapture::publish(db, QStringLiteral("tleader"),
                                                            QStringLiteral("Day %1").arg(day + 1));
            QVERIFY2(published, qPrintable(published ? QString() : published.error().toString()));
            week << published.value();
        }
        // Each day moved some figure: the week is not seven copies of one day.
        for (int day = 1; day < week.size(); ++day)
            QVERIFY2(json(week.at(day).figures) != json(week.at(day - 1).figures),
                     qPrintable(QStringLiteral("day %1").arg(day + 1)));
        const FigureSnapshotStore store(db);
        const auto now = SnapshotCapture::people(db, Moment::endOfDay(Clock::today()));
        QVERIFY(now);
        const QJsonObject nowFigures =
            Figures::compute(db, Moment::endOfDay(Clock::today())).value().toJson();
        for (int i = 0; i < week.size(); ++i) {
            const auto kept = store.load(week.at(i).id);
            QVERIFY(kept);
            QCOMPARE(json(kept.value().figures), json(week.at(i).figures));
            for (int j = i + 1; j < week.size(); ++j)
                checkIdentity(kept.value(), week.at(j), week.at(j).figures);
            checkIdentity(kept.value(), now.value(), nowFigures);
        }
    }

    // The dashboard's bars compared with a publication: each bar's "from" is the bar as drawn
    // when it was published and its "to" the bar now, under every filter.
    void chartBars()
    {
        TestDatabase t;
        QSqlDatabase db = t.db->sql();
        Session::setUser(db, QStringLiteral("tleader"));
        for (const auto &[name, team] :
             {qMakePair(QStringLiteral("sokafor"), QStringLiteral("North")),
              qMakePair(QStringLiteral("jmensah"), QStringLiteral("South"))}) {
            AppUser u;
            u.userName = name;
            u.team = team;
            QVERIFY(UserStore(db).save(u, QStringLiteral("setup")).ok());
        }
        QVERIFY(SnapshotDays::import(db, m_dir.path(), SnapshotDays::DayOne));
        const DashboardFilter all = DashboardFilter::lastTwelveMonths(Clock::today());
        QVector<DashboardFilter> filters{all, all, all, all};
        filters[1].owningUnit = QStringLiteral("CC Leeds");
        filters[2].team = QStringLiteral("North");
        filters[3].team = QStringLiteral("South");
        QVector<QVector<Chart>> then;
        for (const DashboardFilter &f : filters)
            then << Dashboard::compute(db, f).value();
        const auto published = SnapshotCapture::publish(db, QStringLiteral("tleader"), QString());
        QVERIFY(published);
        // Day two, and P8 moves to Liverpool.
        QByteArray dayTwo = SnapshotDays::DayTwo;
        dayTwo.replace("CC/8,P8,CRIMINAL,OPEN,Green,CC Leeds",
                       "CC/8,P8,CRIMINAL,OPEN,Green,CC Liverpool");
        QVERIFY(SnapshotDays::import(db, m_dir.path(), dayTwo));
        const auto now = SnapshotCapture::people(db, Moment::endOfDay(Clock::today()),
                                                 ChartChanges::figureKeys());
        QVERIFY(now);
        const auto teamOf = ChartChanges::teams(db);
        QVERIFY(teamOf);
        int bars = 0;
        QStringList moved;
        for (int f = 0; f < filters.size(); ++f) {
            const QVector<Chart> charts = Dashboard::compute(db, filters.at(f)).value();
            QSet<QString> compared;
            for (int i = 0; i < charts.size(); ++i) {
                const Chart &chart = charts.at(i);
                const auto changes = ChartChanges::compare(chart, filters.at(f), published.value(),
                                                           now.value(), teamOf.value());
                if (!ChartChanges::comparable(chart.id)) {
                    QVERIFY(changes.isEmpty());
                    continue;
                }
                compared << chart.id;
                QCOMPARE(changes.size(), chart.categoryKeys.size());
                const Chart &before = then.at(f).at(i);
                QCOMPARE(before.id, chart.id);
                for (int c = 0; c < changes.size(); ++c) {
                    const QString where = chart.id + QLatin1Char('/') + chart.categoryKeys.at(c) +
                                          QStringLiteral(" filter %1").arg(f);
                    QVERIFY2(changes.at(c), qPrintable(where));
                    const FigureComparison &change = *changes.at(c);
                    QVERIFY2(change.toValue == ChartChanges::barTotal(chart, c), qPrintable(where));
                    const int was = int(before.categoryKeys.indexOf(chart.categoryKeys.at(c)));
                    QVERIFY2(change.fromValue ==
                                 (was < 0 ? 0 : ChartChanges::barTotal(before, was)),
                             qPrintable(where));
                    QCOMPARE(change.toValue,
                             change.fromValue + change.joined.size() - change.left.size());
                    for (const auto &j : change.joined)
                        if (j.reason == Reason::Unit)
                            moved << where + QStringLiteral(": ") + j.personRef + QLatin1Char(' ') +
                                         j.text;
                    ++bars;
                }
            }
            QCOMPARE(compared.size(), 2);
        }
        QVERIFY(bars > 12);
        // P8 (sokafor's, of team North) joins Liverpool's bar unfiltered and for North.
        QCOMPARE(moved,
                 (QStringList{
                     QStringLiteral(
                         "stock_by_unit/CC Liverpool filter 0: P8 unit CC Leeds → CC Liverpool"),
                     QStringLiteral(
                         "stock_by_unit/CC Liverpool filter 2: P8 unit CC Leeds → CC Liverpool")}));
    }

    // Nobody changes a snapshot once written, and a rewound schema migrates over it intact.
    void neverChanged()
    {
        TestDatabase t;
        QSqlDatabase db = t.db->sql();
        Session::setUser(db, QStringLiteral("tleader"));
        QVERIFY(SnapshotDays::import(db, m_dir.path(), SnapshotDays::DayOne));
        const auto s1 = SnapshotCapture::publish(db, QStringLiteral("tleader"), QString());
        QVERIFY2(s1, qPrintable(s1 ? QString() : s1.error().toString()));
        const auto s2 = SnapshotCapture::publish(db, QStringLiteral("tleader"), QString());
        QVERIFY(s2);
        QSqlQuery q(db);
        for (const QString &sql :
             {QStringLiteral("UPDATE figure_snapshot SET label = 'x'"),
              QStringLiteral("DELETE FROM figure_snapshot"),
              QStringLiteral("UPDATE figure_snapshot_person SET band = 1"),
              QStringLiteral("DELETE FROM figure_snapshot_person"),
              // People added to an earlier snapshot, after it was published.
              QStringLiteral("INSERT INTO figure_snapshot_person (snapshot_id, person_id, "
                             "membership, band, states, barrier_types, flags, custody, band_rule, "
                             "case_owner, owning_unit) SELECT %1, person_id, membership, band, "
                             "states, barrier_types, flags, custody, band_rule, case_owner, "
                             "owning_unit FROM figure_snapshot_person WHERE snapshot_id = %2")
                  .arg(s1.value().id)
                  .arg(s2.value().id)}) {
            QVERIFY2(!q.exec(sql), qPrintable(sql));
            QVERIFY2(q.lastError().text().contains(QLatin1String("never changed")),
                     qPrintable(q.lastError().text()));
        }
        const QString before = json(FigureSnapshotStore(db).load(s1.value().id).value().figures);
        // Migration 26 and 27's columns go too, to come back with them.
        for (const char *column : {"last_action_at", "reporting_due_last", "reporting_due_outcome",
                                   "reporting_due_next", "diary_next"})
            QVERIFY(q.exec(
                QStringLiteral("ALTER TABLE person DROP COLUMN %1").arg(QLatin1String(column))));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE lodestar_meta SET value = '24' WHERE key = 'schema_version'")));
        QVERIFY(Migrations::migrate(db, t.db->dialect(), Migrations::latestVersion()).ok());
        const auto after = FigureSnapshotStore(db).load(s1.value().id);
        QVERIFY(after);
        QCOMPARE(json(after.value().figures), before);
        QCOMPARE(after.value().people.size(), s1.value().people.size());
        QCOMPARE(FigureSnapshotStore(db).list().value().size(), 2);
        QCOMPARE(FigureSnapshotStore(db).load(99).error().code, FigureSnapshotStore::NotFound);
    }

    // A caseworker may not publish; the label has a limit.
    void refusals()
    {
        TestDatabase t;
        QSqlDatabase db = t.db->sql();
        QVERIFY(SnapshotDays::import(db, m_dir.path(), SnapshotDays::DayOne));
        QVERIFY(TestData::addTeams(*t.db).ok());
        // With an administrator the permissions hold.
        QVERIFY(TestData::addAdmin(db).ok());
        Session::setUser(db, QStringLiteral("adm"));
        QCOMPARE(SnapshotCapture::publish(db, QStringLiteral("adm"), QString()).error().code,
                 Permissions::Refused);
        Session::setUser(db, QStringLiteral("cwa"));
        const auto refused = SnapshotCapture::publish(db, QStringLiteral("cwa"), QString());
        QVERIFY(!refused);
        QVERIFY2(refused.error().code == Permissions::Refused,
                 qPrintable(refused.error().toString()));
        QCOMPARE(refused.error().code, Permissions::Refused);
        Session::setUser(db, QStringLiteral("tleader"));
        const auto tooLong =
            SnapshotCapture::publish(db, QStringLiteral("tleader"),
                                     QString(FigureSnapshotStore::MaxLabel + 1, QLatin1Char('x')));
        QVERIFY(!tooLong);
        QCOMPARE(FigureSnapshotStore(db).list().value().size(), 0);
        QVERIFY(SnapshotCapture::publish(db, QStringLiteral("tleader"), QString()).ok());
    }

    // The command line: --publish prints what --snapshot prints again; compare adds up.
    void commandLine()
    {
        TestDatabase t;
        QSqlDatabase db = t.db->sql();
        QVERIFY(SnapshotDays::import(db, m_dir.path(), SnapshotDays::DayOne));
        const auto published =
            TestData::lodestar({QStringLiteral("figures"), QStringLiteral("--database"), t.path(),
                                QStringLiteral("--publish"), QStringLiteral("--label"),
                                QStringLiteral("Q3"), QStringLiteral("--json")});
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        const QJsonObject o = QJsonDocument::fromJson(published.out.toUtf8()).object();
        const qint64 id = o.value(QStringLiteral("snapshot_id")).toInteger();
        QVERIFY(id > 0);
        QVERIFY(SnapshotDays::import(db, m_dir.path(), SnapshotDays::DayTwo));
        const auto again = TestData::lodestar(
            {QStringLiteral("figures"), QStringLiteral("--database"), t.path(),
             QStringLiteral("--snapshot"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, published.out);
        const auto compared = TestData::lodestar(
            {QStringLiteral("compare"), QStringLiteral("--database"), t.path(),
             QStringLiteral("--figure"), QStringLiteral("non_detained"), QStringLiteral("--from"),
             QString::number(id), QStringLiteral("--json")});
        QVERIFY2(compared.exitCode == 0, qPrintable(compared.err));
        const QJsonObject c = QJsonDocument::fromJson(compared.out.toUtf8()).object();
        QCOMPARE(c.value(QStringLiteral("from")).toInt(), 7);
        QCOMPARE(c.value(QStringLiteral("to")).toInt(),
                 7 + c.value(QStringLiteral("joined")).toArray().size() -
                     c.value(QStringLiteral("left")).toArray().size());
        QCOMPARE(c.value(QStringLiteral("joined"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("person_ref")),
                 QJsonValue(QStringLiteral("P7")));
        // The management report publishes with its PDF, and names the snapshot.
        const auto report = TestData::lodestar(
            {QStringLiteral("report"), QStringLiteral("--database"), t.path(),
             QStringLiteral("--out"), m_dir.filePath(QStringLiteral("report.pdf")),
             QStringLiteral("--publish"), QStringLiteral("--label"), QStringLiteral("Board")});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QVERIFY2(report.out.contains(QStringLiteral("snapshot %1").arg(id + 1)),
                 qPrintable(report.out));
        QCOMPARE(FigureSnapshotStore(db).list().value().value(0).label, QStringLiteral("Board"));
        // Refusals: a figure of barriers, a snapshot never published, --as-of with --publish.
        for (const QStringList &args :
             {QStringList{QStringLiteral("compare"), QStringLiteral("--figure"),
                          QStringLiteral("cases"), QStringLiteral("--from"), QString::number(id)},
              QStringList{QStringLiteral("compare"), QStringLiteral("--figure"),
                          QStringLiteral("persons"), QStringLiteral("--from"),
                          QStringLiteral("999")},
              QStringList{QStringLiteral("figures"), QStringLiteral("--snapshot"),
                          QStringLiteral("x1")},
              QStringList{QStringLiteral("figures"), QStringLiteral("--publish"),
                          QStringLiteral("--as-of"), QStringLiteral("2026-01-01")},
              QStringList{QStringLiteral("report"), QStringLiteral("--publish"),
                          QStringLiteral("--unit"), QStringLiteral("CC Leeds"),
                          QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))}}) {
            const auto r =
                TestData::lodestar(args + QStringList{QStringLiteral("--database"), t.path()});
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + r.err));
            QVERIFY(!r.err.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
