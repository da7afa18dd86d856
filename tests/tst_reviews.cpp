// The 3-monthly review (issue 6): the due-date rule at month ends and leap years, its SQL twin
// for every day of four years, saving (the diary's next review), sign-off by team leaders only,
// the review check equal to the figures on a small known dataset, the models under
// QAbstractItemModelTester, the review form driven by mouse and keyboard, and the report as PDF.
#include "dialogs/reviewdialog.h"
#include "domain/reviewrules.h"
#include "figures/figures.h"
#include "io/reviewcheckreport.h"
#include "itemmodels/reviewcheckmodel.h"
#include "itemmodels/reviewsduemodel.h"
#include "itemmodels/reviewsmodel.h"
#include "itemmodels/roles.h"
#include "lists/reviewcheckview.h"
#include "person/persondiarypanel.h"
#include "person/personrecordwidget.h"
#include "person/personreviewspanel.h"
#include "store/allocationstore.h"
#include "store/diarystore.h"
#include "store/reviewstore.h"
#include "store/storesupport.h"
#include "store/userstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

// A day as Lodestar shows it, in the user's locale: the suite runs in German too (.ci/matrix).
static QString shownDay(int year, int month, int day)
{
    return QLocale().toString(QDate(year, month, day), QStringLiteral("d MMM yyyy"));
}

class TestReviews : public QObject
{
    Q_OBJECT

    // The known dataset's day: fixed, so the expected counts below hold on any day.
    const QDate m_asOf{2026, 6, 15};

    template <typename T> static QByteArray why(const Result<T> &r)
    {
        return r ? QByteArray() : r.error().toString().toLocal8Bit();
    }
    static QByteArray why(const Status &s)
    {
        return s ? QByteArray() : s.error().toString().toLocal8Bit();
    }

    static bool addUser(Database &db, const QString &name, const QString &display,
                        const QString &team, const QString &role)
    {
        AppUser u;
        u.userName = name;
        u.displayName = display;
        u.team = team;
        u.role = role;
        return bool(UserStore(db.sql()).save(u, QStringLiteral("test")));
    }

    static qint64 idOf(Database &db, const QString &ref)
    {
        auto p = PersonStore(db.sql()).findByRef(ref);
        return p && p.value() ? p.value()->id : 0;
    }

    static bool setCreated(Database &db, const QString &ref, const QDate &day)
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral(
            "UPDATE person SET created_at = ?, created_on = ? WHERE person_ref = ?"));
        q.addBindValue(day.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z"));
        q.addBindValue(day.toString(Qt::ISODate));
        q.addBindValue(ref);
        return q.exec() && q.numRowsAffected() == 1;
    }

    static Review review(qint64 personId, const QDate &on, const QString &reviewer)
    {
        Review r;
        r.personId = personId;
        r.reviewedOn = on;
        r.reviewer = reviewer;
        r.barriersChecked = r.complianceChecked = r.bandConfirmed = r.nextActionSet = true;
        r.outcome = QStringLiteral("action_needed");
        r.nextReviewOn = ReviewRules::dueDate(on);
        return r;
    }

    // Saves a review as of `today` (the store's own day is the real one).
    static Result<qint64> saveReview(Database &db, const Review &r, const QDate &today)
    {
        return ReviewStore(db.sql()).saveInTransaction(r, r.reviewer, today,
                                                       StoreSupport::nowIso());
    }

    // The known dataset, on m_asOf (2026-06-15; the due-soon window ends 2026-07-15):
    //   R1 Leeds A, on the caseload 1 Jan, never reviewed, not allocated: due 1 Apr, overdue.
    //   R2 Leeds A, reviewed 15 Mar: due 15 Jun, the as-of day itself: due soon, not overdue.
    //   R3 Leeds A, reviewed 14 Mar: due 14 Jun, overdue by a day.
    //   R4 on the caseload in 2025, allocated to sokafor 10 Apr: due 10 Jul, due soon.
    //   R5 on the caseload 1 May: due 1 Aug, neither.
    //   R6 Leeds B (jdoe), on the caseload 1 Jan: overdue.
    //   R7 detained, on the caseload in 2025: not on the check at all.
    // Overdue 3 (R1, R3, R6), due in 30 days 2 (R2, R4); Leeds A: overdue 2, soon 2.
    bool makeDataset(Database &db)
    {
        const auto person = [](const char *ref, const char *family, const QString &owner,
                               const QString &custody = QStringLiteral("NON_DETAINED")) {
            return TestData::person(QLatin1String(ref), QLatin1String(family),
                                    QStringLiteral("Test"), QString(), 24, {},
                                    QStringLiteral("CC Leeds"), owner, custody);
        };
        const QString sam = QStringLiteral("sokafor");
        if (!TestData::add(
                db, {person("R1", "Adams", sam), person("R2", "Baker", sam),
                     person("R3", "Clarke", sam), person("R4", "Dunn", QStringLiteral("cidowner")),
                     person("R5", "Evans", sam), person("R6", "Fox", QStringLiteral("jdoe")),
                     person("R7", "Green", sam, QStringLiteral("DETAINED"))}))
            return false;
        if (!addUser(db, sam, QStringLiteral("Sam Okafor"), QStringLiteral("Leeds A"),
                     QStringLiteral("caseworker")) ||
            !addUser(db, QStringLiteral("jbarker"), QStringLiteral("Jo Barker"),
                     QStringLiteral("Leeds A"), QStringLiteral("team_leader")) ||
            !addUser(db, QStringLiteral("jdoe"), QStringLiteral("Jan Doe"),
                     QStringLiteral("Leeds B"), QStringLiteral("caseworker")))
            return false;
        const QDate jan1(2026, 1, 1);
        for (const char *ref : {"R1", "R2", "R3", "R6"}) {
            if (!setCreated(db, QLatin1String(ref), jan1))
                return false;
        }
        if (!setCreated(db, QStringLiteral("R4"), QDate(2025, 3, 1)) ||
            !setCreated(db, QStringLiteral("R5"), QDate(2026, 5, 1)) ||
            !setCreated(db, QStringLiteral("R7"), QDate(2025, 3, 1)))
            return false;
        if (!saveReview(db, review(idOf(db, QStringLiteral("R2")), QDate(2026, 3, 15), sam),
                        m_asOf) ||
            !saveReview(db, review(idOf(db, QStringLiteral("R3")), QDate(2026, 3, 14), sam),
                        m_asOf))
            return false;
        auto moved = AllocationStore(db.sql()).allocate(
            {idOf(db, QStringLiteral("R4"))}, sam, QString(), QDate(2026, 4, 10),
            QStringLiteral("jbarker"),
            TestData::personVersions(db.sql(), {idOf(db, QStringLiteral("R4"))}));
        return moved && moved.value() == 1;
    }

private slots:
    void initTestCase() { TestData::isolateSettings(QStringLiteral("tst_reviews")); }

    void dueDate_data()
    {
        QTest::addColumn<QDate>("lastReview");
        QTest::addColumn<QDate>("firstAllocated");
        QTest::addColumn<QDate>("firstOnCaseload");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<bool>("overdue");
        const QDate none;
        QTest::newRow("31 Jan -> 30 Apr") << QDate(2026, 1, 31) << none << none
                                          << QDate(2026, 4, 30) << QDate(2026, 4, 30) << false;
        QTest::newRow("30 Nov -> 28 Feb 2027") << QDate(2026, 11, 30) << none << none
                                               << QDate(2027, 2, 28) << QDate(2027, 3, 1) << true;
        QTest::newRow("30 Nov -> 29 Feb 2028 (leap)")
            << QDate(2027, 11, 30) << none << none << QDate(2028, 2, 29) << QDate(2028, 2, 29)
            << false;
        QTest::newRow("29 Feb 2028 -> 29 May 2028")
            << QDate(2028, 2, 29) << none << none << QDate(2028, 5, 29) << QDate(2028, 5, 30)
            << true;
        QTest::newRow("31 Aug -> 30 Nov") << QDate(2026, 8, 31) << none << none
                                          << QDate(2026, 11, 30) << QDate(2026, 12, 1) << true;
        QTest::newRow("last review beats allocation")
            << QDate(2026, 5, 2) << QDate(2026, 1, 10) << QDate(2025, 6, 1) << QDate(2026, 8, 2)
            << QDate(2026, 6, 1) << false;
        QTest::newRow("never reviewed: 3 months after first allocation")
            << none << QDate(2026, 1, 15) << QDate(2025, 12, 1) << QDate(2026, 4, 15)
            << QDate(2026, 4, 16) << true;
        QTest::newRow("never allocated: 3 months after first on the caseload")
            << none << none << QDate(2026, 3, 31) << QDate(2026, 6, 30) << QDate(2026, 6, 30)
            << false;
        QTest::newRow("on the due day: not overdue")
            << QDate(2026, 3, 10) << none << none << QDate(2026, 6, 10) << QDate(2026, 6, 10)
            << false;
        QTest::newRow("the day after: overdue") << QDate(2026, 3, 10) << none << none
                                                << QDate(2026, 6, 10) << QDate(2026, 6, 11) << true;
        QTest::newRow("nothing known: no due date, never overdue")
            << none << none << none << none << QDate(2026, 6, 11) << false;
    }

    void dueDate()
    {
        QFETCH(QDate, lastReview);
        QFETCH(QDate, firstAllocated);
        QFETCH(QDate, firstOnCaseload);
        QFETCH(QDate, due);
        QFETCH(QDate, asOf);
        QFETCH(bool, overdue);
        const QDate base = ReviewRules::base(lastReview, firstAllocated, firstOnCaseload);
        QCOMPARE(ReviewRules::dueDate(base), due);
        QCOMPARE(ReviewRules::isOverdue(ReviewRules::dueDate(base), asOf), overdue);
    }

    // The SQL twin: "base < overdueBound(asOf)" exactly when dueDate(base) < asOf.
    void overdueBoundAgreesWithDueDate()
    {
        int days = 0;
        for (QDate asOf(2026, 1, 1); asOf <= QDate(2029, 12, 31); asOf = asOf.addDays(1)) {
            const QDate b = ReviewRules::overdueBound(asOf);
            if (!(ReviewRules::dueDate(b.addDays(-1)) < asOf && asOf <= ReviewRules::dueDate(b)))
                QFAIL(qPrintable(QStringLiteral("as of %1 the bound %2 is wrong")
                                     .arg(asOf.toString(Qt::ISODate), b.toString(Qt::ISODate))));
            ++days;
        }
        QCOMPARE(days, 1461);
    }

    // Issue 15 rule 6: the next review date the reviewer set, when earlier than 3 months
    // after the review, is the due date; a later one is capped at 3 months; none (never
    // reviewed) is 3 months after the base. Overdue the day after the due date, not on it.
    void setDate_data()
    {
        QTest::addColumn<QDate>("base");
        QTest::addColumn<QDate>("setNext");
        QTest::addColumn<QDate>("due");
        const QDate none;
        QTest::newRow("set earlier than 3 months: the set date")
            << QDate(2026, 3, 10) << QDate(2026, 4, 20) << QDate(2026, 4, 20);
        QTest::newRow("set a day before 3 months")
            << QDate(2026, 3, 10) << QDate(2026, 6, 9) << QDate(2026, 6, 9);
        QTest::newRow("set exactly 3 months")
            << QDate(2026, 3, 10) << QDate(2026, 6, 10) << QDate(2026, 6, 10);
        QTest::newRow("set later than 3 months: capped")
            << QDate(2026, 3, 10) << QDate(2026, 7, 1) << QDate(2026, 6, 10);
        QTest::newRow("set later, month end: capped")
            << QDate(2026, 11, 30) << QDate(2027, 3, 31) << QDate(2027, 2, 28);
        QTest::newRow("none: 3 months") << QDate(2026, 3, 10) << none << QDate(2026, 6, 10);
        QTest::newRow("nothing known") << none << none << none;
    }
    void setDate()
    {
        QFETCH(QDate, base);
        QFETCH(QDate, setNext);
        QFETCH(QDate, due);
        QCOMPARE(ReviewRules::dueDate(base, setNext), due);
        if (!due.isValid()) {
            QVERIFY(!ReviewRules::isOverdue(due, QDate(2030, 1, 1)));
            return;
        }
        QVERIFY(!ReviewRules::isOverdue(due, due.addDays(-1)));
        QVERIFY(!ReviewRules::isOverdue(due, due)); // on the set date: not yet
        QVERIFY(ReviewRules::isOverdue(due, due.addDays(1)));
        QVERIFY(ReviewRules::isDueSoon(due, due));
        QVERIFY(ReviewRules::isDueSoon(due, due.addDays(-ReviewRules::SoonDays)));
        QVERIFY(!ReviewRules::isDueSoon(due, due.addDays(-ReviewRules::SoonDays - 1)));
    }

    // The SQL twin (the figures, hence the review check, its lists and the person's tab) agrees
    // with dueDate(base, setNext) on the same people, every day across all their boundaries.
    void setDateSqlAgreesWithTheRule()
    {
        TestDatabase t;
        const auto person = [](const char *ref) {
            return TestData::person(QLatin1String(ref), QStringLiteral("Family"), QString(),
                                    QString(), 24);
        };
        QVERIFY(TestData::add(
            *t.db, {person("E1"), person("L1"), person("N1"), person("X1"), person("M1")}));
        for (const char *ref : {"E1", "L1", "N1", "X1", "M1"})
            QVERIFY(setCreated(*t.db, QLatin1String(ref), QDate(2026, 1, 20)));
        const QString sam = QStringLiteral("sokafor");
        // E1: reviewed 10 Mar, next set for 20 Apr (earlier than 3 months).
        Review early = review(idOf(*t.db, QStringLiteral("E1")), QDate(2026, 3, 10), sam);
        early.nextReviewOn = QDate(2026, 4, 20);
        QVERIFY(saveReview(*t.db, early, QDate(2026, 3, 10)));
        // L1: reviewed 10 Mar, next set for 1 Jul, later than 3 months: as an older database
        // or another client may hold it, since the form refuses it.
        QVERIFY(saveReview(*t.db,
                           review(idOf(*t.db, QStringLiteral("L1")), QDate(2026, 3, 10), sam),
                           QDate(2026, 3, 10)));
        QSqlQuery q(t.db->sql());
        q.prepare(QStringLiteral("UPDATE review SET next_review_on = '2026-07-01' WHERE "
                                 "person_id = ?"));
        q.addBindValue(idOf(*t.db, QStringLiteral("L1")));
        QVERIFY(q.exec() && q.numRowsAffected() == 1);
        // The person's stored review dates, as migration 21 computes them from such a database.
        QVERIFY(PersonStore(t.db->sql())
                    .refreshReviewDatesInTransaction({idOf(*t.db, QStringLiteral("L1"))}));
        // N1: never reviewed, on the caseload 20 Jan: no set date, due 20 Apr.
        // X1: reviewed 10 Mar with 5 May set, then again 12 Mar with 30 Apr set: the latest
        // review's date counts, even though the earlier one's is later.
        const qint64 x1 = idOf(*t.db, QStringLiteral("X1"));
        Review first = review(x1, QDate(2026, 3, 10), sam);
        first.nextReviewOn = QDate(2026, 5, 5);
        QVERIFY(saveReview(*t.db, first, QDate(2026, 3, 10)));
        Review second = review(x1, QDate(2026, 3, 12), sam);
        second.nextReviewOn = QDate(2026, 4, 30);
        QVERIFY(saveReview(*t.db, second, QDate(2026, 3, 12)));
        // M1: reviewed 30 Nov 2025 with 28 Feb 2026 set: 3 months at a month end.
        Review monthEnd = review(idOf(*t.db, QStringLiteral("M1")), QDate(2025, 11, 30), sam);
        QCOMPARE(monthEnd.nextReviewOn, QDate(2026, 2, 28));
        QVERIFY(saveReview(*t.db, monthEnd, QDate(2025, 11, 30)));

        const QMap<QString, QDate> due{
            {QStringLiteral("E1"), ReviewRules::dueDate(QDate(2026, 3, 10), QDate(2026, 4, 20))},
            {QStringLiteral("L1"), ReviewRules::dueDate(QDate(2026, 3, 10), QDate(2026, 7, 1))},
            {QStringLiteral("N1"), ReviewRules::dueDate(QDate(2026, 1, 20), QDate())},
            {QStringLiteral("X1"), ReviewRules::dueDate(QDate(2026, 3, 12), QDate(2026, 4, 30))},
            {QStringLiteral("M1"), ReviewRules::dueDate(QDate(2025, 11, 30), QDate(2026, 2, 28))}};
        QCOMPARE(due.value(QStringLiteral("E1")), QDate(2026, 4, 20));
        QCOMPARE(due.value(QStringLiteral("L1")), QDate(2026, 6, 10));
        QCOMPARE(due.value(QStringLiteral("N1")), QDate(2026, 4, 20));
        for (auto it = due.cbegin(); it != due.cend(); ++it) {
            auto stored = ReviewStore(t.db->sql()).dueFor(idOf(*t.db, it.key()));
            QVERIFY2(stored, why(stored).constData());
            QCOMPARE(stored.value(), it.value());
        }
        for (QDate asOf(2026, 1, 15); asOf <= QDate(2026, 7, 15); asOf = asOf.addDays(1)) {
            QStringList overdue, soon;
            for (auto it = due.cbegin(); it != due.cend(); ++it) {
                if (ReviewRules::isOverdue(it.value(), asOf))
                    overdue << it.key();
                if (ReviewRules::isDueSoon(it.value(), asOf))
                    soon << it.key();
            }
            const auto sqlOverdue =
                Figures::personRefs(t.db->sql(), QStringLiteral("reviews_overdue"), asOf);
            const auto sqlSoon =
                Figures::personRefs(t.db->sql(), QStringLiteral("reviews_due_30_days"), asOf);
            QVERIFY(sqlOverdue && sqlSoon);
            const QByteArray day = asOf.toString(Qt::ISODate).toLatin1();
            QVERIFY2(sqlOverdue.value() == overdue, day.constData());
            QVERIFY2(sqlSoon.value() == soon, day.constData());
            // The review check's list is ordered by due date, most overdue first.
            auto listed =
                ReviewStore(t.db->sql()).due(asOf, ReviewStore::Due::Overdue, QString(), true);
            QVERIFY(listed);
            for (int i = 1; i < listed.value().size(); ++i)
                QVERIFY(listed.value().at(i - 1).due <= listed.value().at(i).due);
        }
        // Each save kept the person's stored review dates.
        QCOMPARE(TestData::staleStoredFacts(t.db->sql()), QStringList());
        // E1 on its set date is not overdue; the day after it is.
        QVERIFY(
            !Figures::personRefs(t.db->sql(), QStringLiteral("reviews_overdue"), QDate(2026, 4, 20))
                 .value()
                 .contains(QStringLiteral("E1")));
        QVERIFY(
            Figures::personRefs(t.db->sql(), QStringLiteral("reviews_overdue"), QDate(2026, 4, 21))
                .value()
                .contains(QStringLiteral("E1")));
    }

    void saveWritesTheDiary()
    {
        TestDatabase t;
        QVERIFY(
            TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Ferreira"),
                                                   QStringLiteral("Ana"), QString(), 24)}));
        const qint64 id = idOf(*t.db, QStringLiteral("P1"));
        const QString sam = QStringLiteral("sokafor");
        auto first = saveReview(*t.db, review(id, QDate(2026, 1, 5), sam), QDate(2026, 1, 5));
        QVERIFY2(first, why(first).constData());
        const auto reviewEntries = [&] {
            QVector<DiaryEntry> out;
            auto all = DiaryStore(t.db->sql()).forPerson(id);
            for (const DiaryEntry &e : all.value())
                if (e.kind == ReviewStore::diaryKind(id))
                    out << e;
            return out;
        };
        QVector<DiaryEntry> entries = reviewEntries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().due, QDate(2026, 4, 5));
        QVERIFY(!entries.first().isDone());

        auto second = saveReview(*t.db, review(id, QDate(2026, 3, 31), sam), QDate(2026, 3, 31));
        QVERIFY2(second, why(second).constData());
        entries = reviewEntries();
        QCOMPARE(entries.size(), 2);
        int open = 0;
        for (const DiaryEntry &e : entries) {
            if (e.isDone()) {
                QCOMPARE(e.due, QDate(2026, 4, 5)); // the earlier one, closed
            } else {
                ++open;
                QCOMPARE(e.due, QDate(2026, 6, 30)); // 31 Mar + 3 months
            }
        }
        QCOMPARE(open, 1);
        auto due = ReviewStore(t.db->sql()).dueFor(id);
        QVERIFY2(due, why(due).constData());
        QCOMPARE(due.value(), QDate(2026, 6, 30));

        // More than 3 months ahead is refused, and writes nothing.
        Review far = review(id, QDate(2026, 4, 1), sam);
        far.nextReviewOn = QDate(2026, 7, 2);
        QVERIFY(!saveReview(*t.db, far, QDate(2026, 4, 1)));
        QCOMPARE(ReviewStore(t.db->sql()).forPerson(id).value().size(), 2);
    }

    void signOff()
    {
        TestDatabase t;
        QVERIFY(makeDataset(*t.db));
        ReviewStore store(t.db->sql());
        const qint64 r2 = idOf(*t.db, QStringLiteral("R2"));
        const qint64 samsReview = store.forPerson(r2).value().first().id;
        // A caseworker cannot sign off, not even someone else's.
        const Status byCaseworker = store.signOff(samsReview, QStringLiteral("jdoe"), 1);
        QVERIFY(!byCaseworker);
        QCOMPARE(byCaseworker.error().code, QStringLiteral("refused"));
        QVERIFY(!store.signOff(samsReview, QStringLiteral("nobody"), 1));
        // A team leader never signs off their own review.
        auto own =
            saveReview(*t.db, review(r2, QDate(2026, 6, 1), QStringLiteral("jbarker")), m_asOf);
        QVERIFY2(own, why(own).constData());
        QVERIFY(!store.signOff(own.value(), QStringLiteral("jbarker"), 1));
        // Another's, once.
        const Status ok = store.signOff(samsReview, QStringLiteral("jbarker"), 1);
        QVERIFY2(ok, why(ok).constData());
        QVERIFY(!store.signOff(samsReview, QStringLiteral("jbarker"), 2)); // signed off already
        const QVector<Review> reviews = store.forPerson(r2).value();
        for (const Review &r : reviews) {
            QCOMPARE(r.isSignedOff(), r.id == samsReview);
            if (r.id == samsReview)
                QCOMPARE(r.signedOffBy, QStringLiteral("jbarker"));
        }
    }

    void checkEqualsFigures()
    {
        TestDatabase t;
        QVERIFY(makeDataset(*t.db));
        // The reviews and the allocation kept the people's stored review dates.
        QCOMPARE(TestData::staleStoredFacts(t.db->sql()), QStringList());
        ReviewStore store(t.db->sql());
        auto figures = Figures::compute(t.db->sql(), m_asOf);
        QVERIFY2(figures, why(figures).constData());
        QCOMPARE(figures.value().reviewsOverdue, qint64(3));
        QCOMPARE(figures.value().reviewsDue30Days, qint64(2));

        auto rows = store.check(m_asOf);
        QVERIFY2(rows, why(rows).constData());
        qint64 overdue = 0, soon = 0, people = 0;
        for (const ReviewStore::CheckRow &r : rows.value()) {
            overdue += r.overdue;
            soon += r.dueSoon;
            people += r.people;
        }
        QCOMPARE(overdue, figures.value().reviewsOverdue);
        QCOMPARE(soon, figures.value().reviewsDue30Days);
        QCOMPARE(people, qint64(6)); // R7 is detained

        auto allOverdue = store.due(m_asOf, ReviewStore::Due::Overdue, QString(), true);
        auto allSoon = store.due(m_asOf, ReviewStore::Due::Soon, QString(), true);
        QVERIFY2(allOverdue, why(allOverdue).constData());
        QVERIFY2(allSoon, why(allSoon).constData());
        QCOMPARE(qint64(allOverdue.value().size()), figures.value().reviewsOverdue);
        QCOMPARE(qint64(allSoon.value().size()), figures.value().reviewsDue30Days);
        // Most overdue first.
        QStringList refs;
        for (const ReviewStore::DueRow &d : allOverdue.value())
            refs << d.personRef;
        QCOMPARE(refs,
                 QStringList({QStringLiteral("R1"), QStringLiteral("R6"), QStringLiteral("R3")}));

        auto leedsA = store.check(m_asOf, QStringLiteral("Leeds A"));
        QVERIFY2(leedsA, why(leedsA).constData());
        QCOMPARE(leedsA.value().size(), 1);
        QCOMPARE(leedsA.value().first().owner, QStringLiteral("sokafor"));
        QCOMPARE(leedsA.value().first().overdue, qint64(2));
        QCOMPARE(leedsA.value().first().dueSoon, qint64(2));
        QCOMPARE(leedsA.value().first().awaitingSignOff, qint64(2));
        auto sams = store.due(m_asOf, ReviewStore::Due::Both, QStringLiteral("sokafor"));
        QCOMPARE(sams.value().size(), 4);
        // A day later R2 is overdue too.
        auto later = Figures::compute(t.db->sql(), m_asOf.addDays(1));
        QCOMPARE(later.value().reviewsOverdue, qint64(4));
        qint64 laterOverdue = 0;
        const auto laterCheck = store.check(m_asOf.addDays(1)); // kept: a temporary dangles
        for (const ReviewStore::CheckRow &r : laterCheck.value())
            laterOverdue += r.overdue;
        QCOMPARE(laterOverdue, qint64(4));
    }

    void models()
    {
        TestDatabase t;
        QVERIFY(makeDataset(*t.db));
        ReviewsModel reviews(t.db->sql());
        QAbstractItemModelTester reviewsTester(
            &reviews, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(reviews.setPersonId(idOf(*t.db, QStringLiteral("R2"))));
        QCOMPARE(reviews.rowCount(), 1);
        QCOMPARE(reviews.index(0, ReviewsModel::Checklist).data().toString(),
                 QStringLiteral("4 of 5"));
        QCOMPARE(reviews.index(0, ReviewsModel::ReviewedOn).data().toString(),
                 shownDay(2026, 3, 15));
        QCOMPARE(reviews.index(0, ReviewsModel::NextReview).data().toString(),
                 shownDay(2026, 6, 15));
        QCOMPARE(reviews.index(0, ReviewsModel::Outcome).data().toString(),
                 Review::outcomeName(QStringLiteral("action_needed")));
        QCOMPARE(reviews.index(0, ReviewsModel::SignedOff).data().toString(),
                 QStringLiteral("Awaiting sign-off"));
        QVERIFY(reviews.setPersonId(0));
        QCOMPARE(reviews.rowCount(), 0);

        ReviewCheckModel check(t.db->sql());
        QAbstractItemModelTester checkTester(
            &check, QAbstractItemModelTester::FailureReportingMode::QtTest);
        check.setAsOf(m_asOf);
        QVERIFY(check.reload());
        QCOMPARE(check.totalOverdue(), qint64(3));
        const int sam = check.rowOfOwner(QStringLiteral("sokafor"));
        QVERIFY(sam >= 0);
        QCOMPARE(check.index(sam, ReviewCheckModel::Caseworker).data().toString(),
                 QStringLiteral("Sam Okafor"));
        QCOMPARE(check.index(sam, ReviewCheckModel::Team).data().toString(),
                 QStringLiteral("Leeds A"));
        QCOMPARE(check.index(sam, ReviewCheckModel::Overdue).data(Roles::Sort).toLongLong(), 2);
        QCOMPARE(
            check.index(sam, ReviewCheckModel::Overdue).data(Qt::ForegroundRole).value<QColor>(),
            QColor(0xb0, 0x1c, 0x1c));
        QCOMPARE(check.index(sam, ReviewCheckModel::DueSoon).data().toString(),
                 QStringLiteral("2"));
        check.setTeam(QStringLiteral("Leeds B"));
        QVERIFY(check.reload());
        QCOMPARE(check.rowCount(), 1);
        QCOMPARE(check.rowAt(0).owner, QStringLiteral("jdoe"));

        ReviewsDueModel due(t.db->sql());
        QAbstractItemModelTester dueTester(&due,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        due.setAsOf(m_asOf);
        QVERIFY(due.reload());
        QCOMPARE(due.rowCount(), 0); // no query yet
        due.setQuery(ReviewStore::Due::Both, QStringLiteral("sokafor"));
        QVERIFY(due.reload());
        QCOMPARE(due.rowCount(), 4);
        QCOMPARE(due.overdueCount(), 2);
        QCOMPARE(due.index(0, ReviewsDueModel::Reference).data().toString(), QStringLiteral("R1"));
        QCOMPARE(due.index(0, ReviewsDueModel::LastReviewed).data().toString(),
                 QStringLiteral("never"));
        QCOMPARE(due.index(0, ReviewsDueModel::Due).data().toString(), shownDay(2026, 4, 1));
        QCOMPARE(due.index(0, ReviewsDueModel::DaysOverdue).data().toLongLong(), 75);
        QVERIFY(due.index(0, ReviewsDueModel::DaysOverdue).data(Roles::Problem).toBool());
        QCOMPARE(due.index(1, ReviewsDueModel::AwaitingSignOff).data().toString(),
                 QStringLiteral("Yes")); // R3's review
        due.clear();
        QCOMPARE(due.rowCount(), 0);
    }

    // The review form through the person's Reviews tab: boxes ticked, notes typed, an outcome
    // chosen, a next review beyond 3 months refused; the review is in the tab and the diary.
    void reviewForm()
    {
        TestDatabase t;
        QVERIFY(
            TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Ferreira"),
                                                   QStringLiteral("Ana"), QString(), 24)}));
        const qint64 id = idOf(*t.db, QStringLiteral("P1"));
        PersonRecordWidget record({t.db->sql(), QStringLiteral("sokafor")}, id);
        record.resize(1300, 900);
        record.show();
        QVERIFY(record.showLowerTab(QStringLiteral("reviews")));
        PersonReviewsPanel *panel = record.reviewsPanel();
        QVERIFY(panel);
        auto *tabs = record.findChild<QTabWidget *>(QStringLiteral("lowerTabs"));
        QCOMPARE(tabs->currentWidget(), panel);
        QCOMPARE(panel->model()->rowCount(), 0);
        const QDate today = QDate::currentDate();
        // Never reviewed nor allocated: 3 months after coming onto the caseload (today).
        QCOMPARE(panel->due(), ReviewRules::dueDate(today));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("reviewStatus"))
                    ->text()
                    .contains(QStringLiteral("Review due")));

        bool handled = false;
        QDate clamped;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ReviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            // A failed check below leaves the lambda: close the form so the test goes on.
            auto closeOnFailure = qScopeGuard([&] {
                if (!handled)
                    dialog->reject();
            });
            const auto box = [&](const char *name) {
                return dialog->findChild<QCheckBox *>(QLatin1String(name));
            };
            for (const char *name :
                 {"barriersCheck", "complianceCheck", "bandCheck", "nextActionCheck"})
                QTest::mouseClick(box(name), Qt::LeftButton, {},
                                  QPoint(8, box(name)->height() / 2));
            auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reviewNotes"));
            QTest::keyClicks(notes, QStringLiteral("Asylum claim refused; chase the ETD."));
            auto *outcome = dialog->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
            outcome->setFocus();
            QTest::keyClick(outcome, Qt::Key_Down); // on track -> action needed
            auto *next = dialog->findChild<QDateEdit *>(QStringLiteral("nextReviewEdit"));
            QCOMPARE(next->date(), ReviewRules::dueDate(today));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            // Beyond 3 months (issue 16): kept as given, by keyboard and by program, and
            // refused under the field until put right.
            next->setFocus();
            QTest::keyClick(next, Qt::Key_Up);
            QCOMPARE(next->date(), ReviewRules::dueDate(today).addDays(1));
            QVERIFY(!ok->isEnabled());
            next->setDate(today.addMonths(4));
            clamped = next->date();
            QVERIFY(!ok->isEnabled());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("nextReviewEditProblem"))
                        ->text()
                        .contains(QStringLiteral("more than 3 months on")));
            next->setDate(ReviewRules::dueDate(today));
            QVERIFY(ok->isEnabled());
            handled = true;
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("newReviewButton")),
                          Qt::LeftButton);
        QVERIFY(handled);
        QCOMPARE(clamped, today.addMonths(4));

        QCOMPARE(panel->model()->rowCount(), 1);
        const Review saved = panel->model()->reviewAt(0);
        QCOMPARE(saved.checkedCount(), 4);
        QVERIFY(!saved.documentProgressed);
        QCOMPARE(saved.notes, QStringLiteral("Asylum claim refused; chase the ETD."));
        QCOMPARE(saved.outcome, QStringLiteral("action_needed"));
        QCOMPARE(saved.reviewedOn, today);
        QCOMPARE(saved.nextReviewOn, ReviewRules::dueDate(today));
        QCOMPARE(saved.reviewer, QStringLiteral("sokafor"));
        QCOMPARE(panel->table()->model()->index(0, ReviewsModel::Checklist).data().toString(),
                 QStringLiteral("4 of 5"));
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Reviews (1)"));
        // The next review is in the record's diary tab at once.
        bool inDiary = false;
        auto *diaryTable = record.diaryPanel()->findChild<QTableView *>();
        QVERIFY(diaryTable);
        for (int r = 0; r < diaryTable->model()->rowCount(); ++r) {
            for (int c = 0; c < diaryTable->model()->columnCount(); ++c)
                inDiary = inDiary || diaryTable->model()->index(r, c).data().toString() ==
                                         QStringLiteral("3-monthly review");
        }
        QVERIFY(inDiary);
        // A caseworker has no Sign Off.
        panel->table()->selectRow(0);
        QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("signOffButton"))->isEnabled());
    }

    void formRefusesAReviewInTheFuture()
    {
        TestDatabase t;
        ReviewDialog dialog({t.db->sql(), QStringLiteral("sokafor")}, 1, QString(), nullptr,
                            QDate(2026, 5, 31));
        auto *on = dialog.findChild<QDateEdit *>(QStringLiteral("reviewedOnEdit"));
        auto *next = dialog.findChild<QDateEdit *>(QStringLiteral("nextReviewEdit"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        const auto problemOf = [&](const char *field) {
            return dialog.findChild<QLabel *>(QLatin1String(field) + QStringLiteral("Problem"))
                ->text();
        };
        QCOMPARE(on->date(), QDate(2026, 5, 31));
        QCOMPARE(next->date(), QDate(2026, 8, 31));
        // A day after today is kept as given and refused beside the field (issue 16).
        on->setDate(QDate(2026, 6, 1));
        QCOMPARE(on->date(), QDate(2026, 6, 1));
        QCOMPARE(problemOf("reviewedOnEdit"),
                 QStringLiteral("%1 is after today: a review cannot be dated in the future")
                     .arg(shownDay(2026, 6, 1)));
        QVERIFY(!ok->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.savedId(), qint64(0));
        on->setDate(QDate(2026, 5, 30));
        QVERIFY(problemOf("reviewedOnEdit").isEmpty());
        QCOMPARE(next->date(), QDate(2026, 8, 30)); // "3 months on" follows
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("nextReviewEditHint"))
                    ->text()
                    .contains(QStringLiteral("%1 (3 months on)").arg(shownDay(2026, 8, 30))));
    }

    // Issue 16: a review with 0 of 5 checks and no notes was accepted: it records nothing. The
    // rule (Review::problem), the store and the form refuse it; a check or a note will do.
    void aReviewRecordingNothingIsRefused()
    {
        TestDatabase t;
        QVERIFY(
            TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Ferreira"),
                                                   QStringLiteral("Ana"), QString(), 24)}));
        const qint64 id = idOf(*t.db, QStringLiteral("P1"));
        const QDate today(2026, 5, 31);
        Review empty = review(id, today, QStringLiteral("sokafor"));
        empty.barriersChecked = empty.complianceChecked = empty.bandConfirmed =
            empty.nextActionSet = false;
        QCOMPARE(empty.checkedCount(), 0);
        const QString why = empty.problem(today);
        QVERIFY2(why.contains(QStringLiteral("notes")), qPrintable(why));
        QVERIFY(!saveReview(*t.db, empty, today));
        QCOMPARE(ReviewStore(t.db->sql()).forPerson(id).value().size(), 0);
        Review noted = empty;
        noted.notes = QStringLiteral("Not reviewed: the person was in hospital");
        QVERIFY(noted.problem(today).isEmpty());
        Review oneCheck = empty;
        oneCheck.bandConfirmed = true;
        QVERIFY(oneCheck.problem(today).isEmpty());

        // The form on the real day: the person's first case is today's (TestData adds them now).
        ReviewDialog dialog({t.db->sql(), QStringLiteral("sokafor")}, id, QString(), nullptr,
                            QDate::currentDate());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        for (const char *box :
             {"barriersCheck", "complianceCheck", "documentCheck", "bandCheck", "nextActionCheck"})
            dialog.findChild<QCheckBox *>(QLatin1String(box))->setChecked(false);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("reviewProblem"))->text(), why);
        QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(QStringLiteral("reviewNotes")),
                         QStringLiteral("In hospital"));
        QVERIFY(ok->isEnabled());
    }

    // Issue 16: a review dated two years ago, long before the person's first case, was
    // accepted. The form says the range (the first case to today) and refuses a day before it.
    void aReviewBeforeThePersonsFirstCaseIsRefused()
    {
        TestDatabase t;
        QVERIFY(
            TestData::add(*t.db, {TestData::person(QStringLiteral("F1"), QStringLiteral("Kowalski"),
                                                   QStringLiteral("Jan"), QString(), 24)}));
        const qint64 id = idOf(*t.db, QStringLiteral("F1"));
        const QDate today = QDate::currentDate();
        // First seen in CID today (the import that brought them); allocated 40 days ago.
        QVERIFY(AllocationStore(t.db->sql())
                    .allocate({id}, QStringLiteral("jdoe"), QString(), today.addDays(-40),
                              QStringLiteral("rfarrell"),
                              TestData::personVersions(t.db->sql(), {id})));
        const QDate firstCase = today.addDays(-40);
        QCOMPARE(ReviewStore(t.db->sql()).firstCaseOn(id).value(), firstCase);

        ReviewDialog dialog({t.db->sql(), QStringLiteral("sokafor")}, id, QString());
        auto *on = dialog.findChild<QDateEdit *>(QStringLiteral("reviewedOnEdit"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        const QString hint =
            dialog.findChild<QLabel *>(QStringLiteral("reviewedOnEditHint"))->text();
        QVERIFY2(hint.contains(QLocale().toString(firstCase, QStringLiteral("d MMM yyyy")) +
                               QStringLiteral(" (the person's first case)")),
                 qPrintable(hint));
        for (const char *name : {"barriersCheck", "complianceCheck"})
            dialog.findChild<QCheckBox *>(QLatin1String(name))->setChecked(true);
        on->setDate(today.addYears(-2));
        QCOMPARE(on->date(), today.addYears(-2));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reviewedOnEditProblem"))
                    ->text()
                    .contains(QStringLiteral("before the person's first case")));
        on->setDate(firstCase);
        QVERIFY(ok->isEnabled());

        // Saved from the form on the first case's day.
        dialog.accept();
        QVERIFY(dialog.savedId() > 0);
    }

    void teamLeaderSignsOffInTheTab()
    {
        TestDatabase t;
        QVERIFY(makeDataset(*t.db));
        PersonRecordWidget record({t.db->sql(), QStringLiteral("jbarker")},
                                  idOf(*t.db, QStringLiteral("R3")));
        PersonReviewsPanel *panel = record.reviewsPanel();
        QCOMPARE(panel->model()->rowCount(), 1);
        QVERIFY(panel->isOverdue());
        QVERIFY(
            panel->findChild<QLabel *>(QStringLiteral("reviewStatus"))
                ->text()
                .contains(QStringLiteral("Review overdue since %1").arg(shownDay(2026, 6, 14))));
        auto *signOff = panel->findChild<QPushButton *>(QStringLiteral("signOffButton"));
        QVERIFY(!signOff->isEnabled());
        panel->table()->selectRow(0);
        QVERIFY(signOff->isEnabled());
        QTest::mouseClick(signOff, Qt::LeftButton);
        QVERIFY(panel->model()->reviewAt(0).isSignedOff());
        QCOMPARE(panel->model()->reviewAt(0).signedOffBy, QStringLiteral("jbarker"));
        QVERIFY(!signOff->isEnabled());
    }

    void checkView()
    {
        TestDatabase t;
        QVERIFY(makeDataset(*t.db));
        ReviewCheckView view({t.db->sql(), QStringLiteral("jbarker")});
        view.setAsOf(m_asOf);
        QCOMPARE(view.teamCombo()->itemText(0), QStringLiteral("All teams"));
        QVERIFY(view.teamCombo()->findText(QStringLiteral("Leeds B")) > 0);
        view.teamCombo()->setCurrentIndex(view.teamCombo()->findText(QStringLiteral("Leeds A")));
        QCOMPARE(view.checkModel()->rowCount(), 1);
        // The first caseworker is selected: their people below.
        QCOMPARE(view.dueModel()->rowCount(), 4);
        qint64 opened = 0;
        connect(&view, &ReviewCheckView::openPerson, this, [&](qint64 id) { opened = id; });
        view.dueTable()->setFocus();
        view.dueTable()->setCurrentIndex(view.dueTable()->model()->index(0, 0));
        QTest::keyClick(view.dueTable(), Qt::Key_Return);
        QCOMPARE(opened, idOf(*t.db, QStringLiteral("R1")));
        // Another team: its own caseworkers only.
        view.teamCombo()->setCurrentIndex(view.teamCombo()->findText(QStringLiteral("Leeds B")));
        QCOMPARE(view.checkModel()->rowCount(), 1);
    }

    void reportAsPdf()
    {
        TestDatabase t;
        QVERIFY(makeDataset(*t.db));
        ReviewCheckReport report(t.db->sql());
        const Status built =
            report.build(m_asOf, QStringLiteral("Leeds A"), QStringLiteral("Jo Barker"),
                         QStringLiteral("test.sqlite"));
        QVERIFY2(built, why(built).constData());
        const QString text = report.document().toPlainText();
        QVERIFY(text.contains(QStringLiteral("Leeds A")));
        QVERIFY(text.contains(QStringLiteral("Jo Barker")));
        QVERIFY(text.contains(QStringLiteral("test.sqlite")));
        QVERIFY(text.contains(shownDay(2026, 6, 15)));
        QVERIFY(text.contains(QStringLiteral("Sam Okafor")));
        QVERIFY(text.contains(QStringLiteral("R1")));
        QVERIFY(text.contains(QStringLiteral("R3")));
        QVERIFY(!text.contains(QStringLiteral("R6"))); // Leeds B's
        QVERIFY(!text.contains(QStringLiteral("R2"))); // due, not overdue
        QCOMPARE(report.overdue().size(), 2);

        const QString path = t.dir.filePath(QStringLiteral("check.pdf"));
        const Status saved = report.savePdf(path, QStringLiteral("test"));
        QVERIFY2(saved, why(saved).constData());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.size() > 1000);
        QCOMPARE(pdf.read(4), QByteArray("%PDF"));
        QVERIFY(!report.savePdf(t.dir.filePath(QStringLiteral("no/such/folder/x.pdf")),
                                QStringLiteral("test")));
    }
};

QTEST_MAIN(TestReviews)
#include "tst_reviews.moc"
