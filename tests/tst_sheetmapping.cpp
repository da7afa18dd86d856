// The rules that turn a team spreadsheet's rows into notes and diary entries: the first guess
// of a mapping, what makes a mapping unusable, what one row becomes, the dates teams type and
// how a mapping is remembered.
#include "domain/sheetmapping.h"

#include <QTest>

using F = SheetMapping::Field;

class TestSheetMapping : public QObject
{
    Q_OBJECT

private slots:
    void guessReadsTheHeaderNames()
    {
        const QStringList headers{QStringLiteral("Name"),
                                  QStringLiteral("CID ref"),
                                  QStringLiteral("Barrier"),
                                  QStringLiteral("Next action"),
                                  QStringLiteral("Next action date"),
                                  QStringLiteral("Comments"),
                                  QStringLiteral("  ")};
        const SheetMapping m = SheetMapping::guess(headers);
        QCOMPARE(m.fields(), (QVector<F>{F::Ignore, F::PersonRef, F::Note, F::DiaryAction,
                                         F::DiaryDate, F::Note, F::Ignore}));
        QCOMPARE(m.problem(headers), QString());
    }

    void guessLeavesOutWhatCidAlreadyHolds()
    {
        // A date of birth is no diary date; names and nationality are the person record's.
        const QStringList headers{QStringLiteral("Surname"),     QStringLiteral("Forename"),
                                  QStringLiteral("DOB"),         QStringLiteral("Date of birth"),
                                  QStringLiteral("Person ref"),  QStringLiteral("Nationality"),
                                  QStringLiteral("Review date"), QStringLiteral("Notes")};
        QCOMPARE(SheetMapping::guess(headers).fields(),
                 (QVector<F>{F::Ignore, F::Ignore, F::Ignore, F::Ignore, F::PersonRef, F::Ignore,
                             F::DiaryDate, F::Note}));
    }

    void guessFallsBackToTheFirstColumnAsReference()
    {
        const QStringList headers{QStringLiteral("Subject"), QStringLiteral("Action")};
        const SheetMapping m = SheetMapping::guess(headers);
        // No date column: "Action" is a note line, not a diary action without a date.
        QCOMPARE(m.fields(), (QVector<F>{F::PersonRef, F::Note}));
    }

    void problems_data()
    {
        QTest::addColumn<QVector<F>>("fields");
        QTest::addColumn<int>("headerCount");
        QTest::addColumn<QString>("contains"); // empty: no problem
        QTest::newRow("no reference") << QVector<F>{F::Note, F::Note} << 2 << "person reference";
        QTest::newRow("two references")
            << QVector<F>{F::PersonRef, F::PersonRef} << 2 << "Only one column";
        QTest::newRow("two dates")
            << QVector<F>{F::PersonRef, F::DiaryDate, F::DiaryDate} << 3 << "diary date";
        QTest::newRow("action without date") << QVector<F>{F::PersonRef, F::DiaryAction, F::Note}
                                             << 3 << "needs a column with its date";
        QTest::newRow("nothing to bring in")
            << QVector<F>{F::PersonRef, F::Ignore} << 2 << "at least";
        QTest::newRow("another sheet's width")
            << QVector<F>{F::PersonRef, F::Note, F::Note} << 2 << "but the sheet has 2";
        QTest::newRow("fine") << QVector<F>{F::PersonRef, F::DiaryDate} << 2 << "";
    }
    void problems()
    {
        QFETCH(QVector<F>, fields);
        QFETCH(int, headerCount);
        QFETCH(QString, contains);
        const QString problem =
            SheetMapping(fields).problem(QStringList(headerCount, QStringLiteral("h")));
        if (contains.isEmpty())
            QCOMPARE(problem, QString());
        else
            QVERIFY2(problem.contains(contains), qPrintable(problem));
    }

    void planMakesANoteAndADiaryEntry()
    {
        const QStringList headers{QStringLiteral("Ref"), QStringLiteral("Barrier"),
                                  QStringLiteral("Next action"), QStringLiteral("Due"),
                                  QStringLiteral("Comments")};
        const SheetMapping m({F::PersonRef, F::Note, F::DiaryAction, F::DiaryDate, F::Note});
        const SheetRowPlan p = m.plan(headers,
                                      {QStringLiteral(" P1001 "), QStringLiteral("Asylum claim"),
                                       QStringLiteral("Chase ETD"), QStringLiteral("05/03/2026"),
                                       QStringLiteral("  Reports  well ")},
                                      7);
        QCOMPARE(p.line, qint64(7));
        QCOMPARE(p.personRef, QStringLiteral("P1001"));
        QCOMPARE(p.note, QStringLiteral("Barrier: Asylum claim\nComments: Reports  well"));
        QCOMPARE(p.diaryDate, QDate(2026, 3, 5));
        QCOMPARE(p.diaryTitle, QStringLiteral("Chase ETD"));
        QCOMPARE(p.problem, QString());
        QVERIFY(p.hasContent());
    }

    void planWithoutActionTitlesTheEntryByItsDateColumn()
    {
        const SheetMapping m({F::PersonRef, F::DiaryDate});
        const SheetRowPlan p = m.plan({QStringLiteral("Ref"), QStringLiteral("Review date")},
                                      {QStringLiteral("P1"), QStringLiteral("2026-04-01")}, 2);
        QCOMPARE(p.diaryTitle, QStringLiteral("Review date"));
        QCOMPARE(p.note, QString());
    }

    void planKeepsAnActionWithoutADateInTheNote()
    {
        const SheetMapping m({F::PersonRef, F::DiaryAction, F::DiaryDate});
        const SheetRowPlan p =
            m.plan({QStringLiteral("Ref"), QStringLiteral("Next action"), QStringLiteral("Date")},
                   {QStringLiteral("P1"), QStringLiteral("Call the embassy"), QString()}, 3);
        QVERIFY(!p.diaryDate.isValid());
        QCOMPARE(p.note, QStringLiteral("Next action: Call the embassy"));
    }

    void planSaysWhatIsWrongAndWhere()
    {
        const SheetMapping m({F::PersonRef, F::DiaryDate, F::Note});
        const QStringList headers{QStringLiteral("CID ref"), QStringLiteral("Next action date"),
                                  QStringLiteral("Notes")};
        const SheetRowPlan badDate = m.plan(
            headers, {QStringLiteral("P1"), QStringLiteral("31/02/2026"), QStringLiteral("x")}, 12);
        QCOMPARE(badDate.problem,
                 QStringLiteral("row 12: Next action date '31/02/2026' is not a date"));
        const SheetRowPlan noRef = m.plan(headers, {QString(), QString(), QStringLiteral("x")}, 13);
        QCOMPARE(noRef.problem, QStringLiteral("row 13: CID ref is empty"));
        // Cells missing at the end of a short row are empty, not an error.
        const SheetRowPlan shortRow = m.plan(headers, {QStringLiteral("P1")}, 14);
        QCOMPARE(shortRow.problem, QString());
        QVERIFY(!shortRow.hasContent());

        // The sheet's text is quoted with its control characters escaped (issue 18).
        const SheetRowPlan escaped = m.plan(
            headers, {QStringLiteral("P1"), QStringLiteral("1\x1b[2J"), QStringLiteral("x")}, 15);
        QCOMPARE(escaped.problem,
                 QStringLiteral("row 15: Next action date '1\\x1b[2J' is not a date"));
    }

    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected"); // invalid: not a date
        QTest::newRow("iso") << "2026-03-05" << QDate(2026, 3, 5);
        QTest::newRow("iso date-time") << "2026-03-05T14:30" << QDate(2026, 3, 5);
        QTest::newRow("uk slashes") << "05/03/2026" << QDate(2026, 3, 5);
        QTest::newRow("uk short") << "5/3/2026" << QDate(2026, 3, 5);
        QTest::newRow("dashes") << "5-3-2026" << QDate(2026, 3, 5);
        QTest::newRow("dots") << "05.03.2026" << QDate(2026, 3, 5);
        QTest::newRow("two-digit year") << "05/03/26" << QDate(2026, 3, 5);
        QTest::newRow("month name") << "5 Mar 2026" << QDate(2026, 3, 5);
        QTest::newRow("long month") << "5 March 2026" << QDate(2026, 3, 5);
        QTest::newRow("excel style") << "05-Mar-2026" << QDate(2026, 3, 5);
        QTest::newRow("spaces") << "  5 march   2026 " << QDate(2026, 3, 5);
        QTest::newRow("leap day") << "29/02/2028" << QDate(2028, 2, 29);
        QTest::newRow("no leap day") << "29/02/2027" << QDate();
        QTest::newRow("30 February") << "2026-02-30" << QDate();
        QTest::newRow("month 13") << "01/13/2026" << QDate();
        QTest::newRow("us order") << "03/25/2026" << QDate();
        QTest::newRow("words") << "next week" << QDate();
        QTest::newRow("unknown month") << "5 Foo 2026" << QDate();
        QTest::newRow("empty") << "" << QDate();
        QTest::newRow("number") << "46086" << QDate();
    }
    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const std::optional<QDate> d = SheetMapping::parseDate(text);
        if (expected.isValid()) {
            QVERIFY(d.has_value());
            QCOMPARE(*d, expected);
        } else {
            QVERIFY(!d.has_value());
        }
    }

    void codesRoundTripAndRefuseWhatDoesNotFit()
    {
        const SheetMapping m({F::PersonRef, F::Note, F::DiaryDate, F::DiaryAction, F::Ignore});
        const QStringList codes = m.toCodes();
        QCOMPARE(codes.first(), QStringLiteral("person_ref"));
        const auto back = SheetMapping::fromCodes(codes, 5);
        QVERIFY(back.has_value());
        QCOMPARE(back->fields(), m.fields());
        QVERIFY(!SheetMapping::fromCodes(codes, 4).has_value());
        QVERIFY(!SheetMapping::fromCodes({QStringLiteral("person_ref"), QStringLiteral("bogus")}, 2)
                     .has_value());
    }

    void headerKeyIgnoresCaseAndSpacingButNotOrder()
    {
        const QString key =
            SheetMapping::headerKey({QStringLiteral("CID ref"), QStringLiteral("Next  action")});
        QCOMPARE(
            SheetMapping::headerKey({QStringLiteral(" cid REF"), QStringLiteral("next action")}),
            key);
        QVERIFY(SheetMapping::headerKey(
                    {QStringLiteral("Next action"), QStringLiteral("CID ref")}) != key);
    }
};

QTEST_MAIN(TestSheetMapping)
#include "tst_sheetmapping.moc"
