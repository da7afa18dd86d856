// The one date field every dialog uses (issue 16): a day typed at the keyboard is kept when
// the field is left, whatever its range; the range is said under it and a day outside it is
// refused in red; an optional field left unticked has no date and nothing to refuse; a record's
// stored day is kept as it stands; a date-time field keeps its time.
#include "common/datefield.h"
#include "domain/daterules.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <QtTest>

namespace {
const QDate Today = QDate::currentDate();
} // namespace

class TestDateField : public QObject
{
    Q_OBJECT

private slots:
    void aDayTypedOutOfRangeIsKeptAndRefused_data()
    {
        QTest::addColumn<QDate>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("tomorrow") << Today.addDays(1) << false;
        QTest::newRow("7 Jan next year") << QDate(Today.year() + 1, 1, 7) << false;
        QTest::newRow("before 1990") << QDate(1989, 12, 31) << false;
        QTest::newRow("1 Jan 1990") << QDate(1990, 1, 1) << true;
        QTest::newRow("a year ago") << Today.addYears(-1) << true;
    }

    void aDayTypedOutOfRangeIsKeptAndRefused()
    {
        QFETCH(QDate, typed);
        QFETCH(bool, accepted);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *field = new DateField(QStringLiteral("raised"), DateRules::barrierRaised(Today),
                                    Today, &window);
        auto *other = new QLineEdit(&window);
        layout->addWidget(field);
        layout->addWidget(other);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy changed(field, &DateField::dateChanged);

        TestKeys::typeDay(field->edit(), typed);
        other->setFocus(); // leaving the field: nothing may correct what was typed
        QCOMPARE(field->date(), typed);
        QCOMPARE(field->edit()->text(), DateRange::dayText(typed));
        QVERIFY(changed.count() > 0);
        QCOMPARE(field->isAcceptable(), accepted);
        QCOMPARE(field->problemLabel()->isVisible(), !accepted);
        QCOMPARE(field->problemLabel()->text(), field->problem());
        if (!accepted)
            QVERIFY(field->problem().startsWith(DateRange::dayText(typed)));
        QVERIFY(field->hintLabel()->isVisible());
        QCOMPARE(field->hintLabel()->text(), DateRules::barrierRaised(Today).hint());
        // acceptOrFocus puts the user back on a refused field.
        QCOMPARE(DateField::acceptOrFocus({field}), accepted);
        QCOMPARE(field->edit()->hasFocus(), !accepted);
    }

    void anOptionalFieldLeftUntickedHasNoDate()
    {
        DateField field(QStringLiteral("served"), DateRules::red0004Served(Today), QDate(),
                        nullptr);
        field.setOptional(QStringLiteral("Served"), Today.addDays(-3));
        QVERIFY(!field.date().isValid());
        QVERIFY(field.isAcceptable());
        QVERIFY(!field.edit()->isEnabled());
        QSignalSpy changed(&field, &DateField::dateChanged);
        field.checkBox()->setChecked(true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(field.date(), Today.addDays(-3)); // the suggested day
        field.setDate(Today.addDays(2));
        QVERIFY(!field.isAcceptable());
        field.setDate(QDate()); // unticks: nothing to refuse
        QVERIFY(!field.checkBox()->isChecked());
        QVERIFY(field.isAcceptable());
        QVERIFY(DateField::allAcceptable({&field}));
    }

    // A record already saved with a day now outside the range (a flight that left long ago)
    // keeps it; another day outside is refused.
    void theStoredDayIsKept()
    {
        const QDate left = Today.addYears(-3);
        DateField field(QStringLiteral("departs"), DateRules::charterDeparts(Today), left, nullptr);
        QVERIFY(!field.isAcceptable());
        field.setStoredDay(left);
        QVERIFY(field.isAcceptable());
        field.setDate(left.addDays(1));
        QVERIFY(!field.isAcceptable());
    }

    void aDateTimeFieldKeepsItsTime()
    {
        DateField field(QStringLiteral("when"), nullptr, DateField::Kind::DateTime);
        field.setRange(DateRules::reportingEvent(Today));
        const QDateTime at(Today.addDays(-1), QTime(10, 30));
        field.setDateTime(at);
        QCOMPARE(field.dateTime(), at);
        QVERIFY(field.isAcceptable());
        QVERIFY(!qobject_cast<QDateEdit *>(field.edit())); // a date-time edit, not a date one
        field.setDateTime(QDateTime(Today.addDays(1), QTime(9, 0)));
        QVERIFY(!field.isAcceptable());
        // Later today is today: not refused.
        field.setDateTime(QDateTime(Today, QTime(23, 59)));
        QVERIFY(field.isAcceptable());
    }

    void noRangeNoHint()
    {
        DateField field(QStringLiteral("from"));
        field.setDate(QDate(1900, 1, 1));
        QCOMPARE(field.date(), QDate(1900, 1, 1));
        QVERIFY(field.isAcceptable());
        QVERIFY(field.hintLabel()->text().isEmpty());
    }
};

QTEST_MAIN(TestDateField)
#include "tst_datefield.moc"
