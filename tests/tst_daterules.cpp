// The range of every date field (issue 16), table-driven: each rule's first and last day
// accepted, the day either side refused with words that name the day typed, the hints the
// dialogs show, and the diary's confirmation of a day in the past.
#include "domain/daterules.h"

#include <QtTest>
#include <functional>

// A day as Lodestar shows it, in the user's locale: the suite runs in German too (.ci/matrix).
static QString shownDay(int year, int month, int day)
{
    return QLocale().toString(QDate(year, month, day), QStringLiteral("d MMM yyyy"));
}

namespace {
const QDate Today(2026, 12, 6);
using Rule = std::function<DateRange()>;
} // namespace

Q_DECLARE_METATYPE(Rule)

class TestDateRules : public QObject
{
    Q_OBJECT

private slots:
    void bounds_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<QDate>("first");       // the earliest day accepted (invalid: unbounded)
        QTest::addColumn<QDate>("last");        // the latest (invalid: unbounded)
        QTest::addColumn<QString>("lateWords"); // said of a day after `last`

        const QDate floor(1990, 1, 1);
        const auto row = [](const char *name, Rule rule, const QDate &first, const QDate &last,
                            const char *lateWords) {
            QTest::newRow(name) << rule << first << last << QString::fromLatin1(lateWords);
        };
        row(
            "barrier raised", [] { return DateRules::barrierRaised(Today); }, floor, Today,
            "cannot be raised in the future");
        row(
            "barrier cleared, raised known",
            [] { return DateRules::barrierCleared(QDate(2024, 5, 1), true, Today); },
            QDate(2024, 5, 1), Today, "cannot be cleared in the future");
        row(
            "barrier cleared, first seen in CID",
            [] { return DateRules::barrierCleared(QDate(2026, 12, 1), false, Today); },
            QDate(2026, 12, 1), Today, "cannot be cleared in the future");
        row(
            "barrier cleared, nothing known",
            [] { return DateRules::barrierCleared(QDate(), true, Today); }, floor, Today,
            "in the future");
        row(
            "reviewed on, first case known",
            [] { return DateRules::reviewedOn(QDate(2019, 3, 3), Today); }, QDate(2019, 3, 3),
            Today, "cannot be dated in the future");
        row(
            "reviewed on, first case unknown", [] { return DateRules::reviewedOn(QDate(), Today); },
            floor, Today, "in the future");
        // 3 calendar months, as ReviewRules counts them: 30 Nov -> 28 Feb.
        row(
            "next review", [] { return DateRules::nextReview(QDate(2026, 11, 30)); },
            QDate(2026, 12, 1), QDate(2027, 2, 28), "more than 3 months on");
        row(
            "diary due", [] { return DateRules::diaryDue(Today); }, QDate(2025, 12, 6),
            QDate(2036, 12, 6), "more than 10 years ahead");
        row(
            "reporting event", [] { return DateRules::reportingEvent(Today); }, floor, Today,
            "once its day has come");
        row(
            "reporting event excused in advance",
            [] { return DateRules::reportingEvent(Today, true); }, floor, QDate(2027, 3, 6),
            "more than 90 days ahead");
        row(
            "follow-up taken", [] { return DateRules::followupTaken(Today); }, floor, Today,
            "before it is taken");
        row(
            "tasking", [] { return DateRules::taskingEvent(Today); }, Today, QDate(2027, 12, 6),
            "more than a year ahead");
        row(
            "allocation", [] { return DateRules::allocationEffective(Today); }, floor, Today,
            "today or earlier");
        row(
            "reoffence", [] { return DateRules::reoffence(Today); }, floor, Today, "after today");
        row(
            "preparation allocated", [] { return DateRules::preparationAllocated(Today); }, floor,
            Today, "after today");
        row(
            "preparation done", [] { return DateRules::preparationDone(Today); }, floor, Today,
            "once done");
        row(
            "directions set", [] { return DateRules::directionsSet(Today); }, floor, Today,
            "once set");
        row(
            "removal planned", [] { return DateRules::directionsPlanned(Today); }, floor,
            QDate(2027, 12, 6), "more than a year ahead");
        row(
            "RED.0004 served", [] { return DateRules::red0004Served(Today); }, floor, Today,
            "once served");
        row(
            "removal outcome", [] { return DateRules::removalOutcome(Today); }, floor, Today,
            "once it is known");
        row(
            "charter departs", [] { return DateRules::charterDeparts(Today); }, QDate(2025, 12, 6),
            QDate(2028, 12, 6), "more than 2 years ahead");
        row(
            "hold until", [] { return DateRules::holdUntil(Today); }, QDate(2026, 12, 7),
            QDate(2027, 12, 6), "more than a year ahead");
        row(
            "document applied", [] { return DateRules::documentApplied(Today); }, floor, Today,
            "once made");
        row(
            "interview tasked", [] { return DateRules::documentInterviewTasked(Today); }, floor,
            Today, "once tasked");
        row(
            "interview held", [] { return DateRules::documentInterviewHeld(Today); }, floor, Today,
            "once held");
        row(
            "document expires", [] { return DateRules::documentExpires(Today); }, floor,
            QDate(2041, 12, 6), "more than 15 years ahead");
    }

    void bounds()
    {
        QFETCH(Rule, rule);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QString, lateWords);
        const DateRange r = rule();
        QCOMPARE(r.earliest, first);
        QCOMPARE(r.latest, last);
        for (const QDate &in : {first, last, first.addDays((first.daysTo(last)) / 2)}) {
            QVERIFY2(r.contains(in), qPrintable(in.toString(Qt::ISODate)));
            QCOMPARE(r.problem(in), QString());
        }
        // The day either side: refused, naming the day typed, never another.
        const QDate before = first.addDays(-1);
        QVERIFY(!r.contains(before));
        QVERIFY2(r.problem(before).startsWith(DateRange::dayText(before)),
                 qPrintable(r.problem(before)));
        const QDate after = last.addDays(1);
        QVERIFY(!r.contains(after));
        QVERIFY2(r.problem(after).startsWith(DateRange::dayText(after)),
                 qPrintable(r.problem(after)));
        QVERIFY2(r.problem(after).contains(lateWords), qPrintable(r.problem(after)));
        // No date at all is refused; the hint names both ends.
        QVERIFY(!r.contains(QDate()));
        QVERIFY(!r.problem(QDate()).isEmpty());
        QVERIFY2(r.hint().contains(DateRange::dayText(first)), qPrintable(r.hint()));
        QVERIFY2(r.hint().contains(DateRange::dayText(last)), qPrintable(r.hint()));
    }

    void hintsSayWhatTheBoundsAre()
    {
        QCOMPARE(DateRules::barrierRaised(Today).hint(),
                 QStringLiteral("Between %1 and %2 (today)")
                     .arg(shownDay(1990, 1, 1), shownDay(2026, 12, 6)));
        QCOMPARE(DateRules::reviewedOn(QDate(2019, 3, 3), Today).hint(),
                 QStringLiteral("Between %1 (the person's first case) and %2 (today)")
                     .arg(shownDay(2019, 3, 3), shownDay(2026, 12, 6)));
        QCOMPARE(DateRules::barrierCleared(QDate(2026, 12, 1), false, Today).hint(),
                 QStringLiteral("Between %1 (first seen in CID) and %2 (today)")
                     .arg(shownDay(2026, 12, 1), shownDay(2026, 12, 6)));
        QCOMPARE(
            DateRules::diaryDue(Today).hint(),
            QStringLiteral("Between %1 (a year ago) and %2 (10 years ahead); a day in the past "
                           "asks first")
                .arg(shownDay(2025, 12, 6), shownDay(2036, 12, 6)));
        QCOMPARE(DateRange().hint(), QString());
        DateRange from;
        from.earliest = Today;
        QCOMPARE(from.hint(), QStringLiteral("On or after %1").arg(shownDay(2026, 12, 6)));
    }

    // The example: 7 Jan 2027 typed as a barrier's raised day is refused as it stands.
    void aFutureRaisedDayIsRefusedByName()
    {
        QCOMPARE(DateRules::barrierRaised(Today).problem(QDate(2027, 1, 7)),
                 QStringLiteral("%1 is after today: a barrier cannot be raised in the future")
                     .arg(shownDay(2027, 1, 7)));
    }

    // A diary entry in the past is accepted once confirmed; today and later are not asked.
    void aDiaryDayInThePastAsksFirst()
    {
        const DateRange r = DateRules::diaryDue(Today);
        QVERIFY(!r.needsConfirmation(Today));
        QVERIFY(!r.needsConfirmation(Today.addDays(30)));
        QVERIFY(r.needsConfirmation(Today.addDays(-1)));
        QVERIFY(r.needsConfirmation(Today.addYears(-1)));
        QCOMPARE(r.confirmation(Today.addDays(-30)),
                 QStringLiteral("The due date %1 is in the past: the entry will be "
                                "overdue at once, by 30 days. Add it anyway?")
                     .arg(shownDay(2026, 11, 6)));
        // Six years back is not a question: it is refused.
        QVERIFY(!r.needsConfirmation(Today.addYears(-6)));
        QVERIFY(!r.problem(Today.addYears(-6)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDateRules)
#include "tst_daterules.moc"
