// The diary: the store (entries added, marked done and reopened, never deleted), the person's
// diary model under QAbstractItemModelTester, and the diary tab of the person record used
// through its widgets.
#include "itemmodels/diarymodel.h"
#include "itemmodels/displaytext.h"
#include "itemmodels/mydiarymodel.h"
#include "itemmodels/roles.h"
#include "lists/mydiaryview.h"
#include "person/persondiarypanel.h"
#include "person/personrecordwidget.h"
#include "store/diarystore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

// A day as Lodestar shows it, in the user's locale: the suite runs in German too (.ci/matrix).
static QString shownDay(int year, int month, int day)
{
    return QLocale().toString(QDate(year, month, day), QStringLiteral("d MMM yyyy"));
}

class TestDiary : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    qint64 m_person = 0;

    DiaryEntry entry(const QDate &due, const QString &title)
    {
        DiaryEntry e;
        e.personId = m_person;
        e.due = due;
        e.title = title;
        return e;
    }

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_diary"));
        QVERIFY(
            TestData::add(*m_t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Okafor"),
                                                     QStringLiteral("Sam"), QString(), 24)}));
        m_person = PersonStore(m_t.db->sql()).findByRef(QStringLiteral("P1")).value()->id;
    }

    void storeRefusesIncompleteEntries()
    {
        DiaryStore store(m_t.db->sql());
        QVERIFY(!store.add(entry(QDate(), QStringLiteral("x")), QStringLiteral("u")));
        QVERIFY(!store.add(entry(QDate(2026, 1, 1), QStringLiteral("  ")), QStringLiteral("u")));
        DiaryEntry nobody = entry(QDate(2026, 1, 1), QStringLiteral("x"));
        nobody.personId = 0;
        QVERIFY(!store.add(nobody, QStringLiteral("u")));
        QVERIFY(!store.setDone(424242, true, QStringLiteral("u"), 1));
        QCOMPARE(store.forPerson(m_person).value().size(), 0);
    }

    void storeOrdersOpenByDateThenDone()
    {
        DiaryStore store(m_t.db->sql());
        const qint64 later =
            store.add(entry(QDate(2026, 5, 1), QStringLiteral("Later")), QStringLiteral("amy"))
                .value();
        const qint64 sooner =
            store.add(entry(QDate(2026, 2, 1), QStringLiteral("Sooner")), QStringLiteral("amy"))
                .value();
        const qint64 finished =
            store.add(entry(QDate(2026, 1, 1), QStringLiteral("Finished")), QStringLiteral("amy"))
                .value();
        QVERIFY(store.setDone(finished, true, QStringLiteral("bob"), 1));
        const auto all = store.forPerson(m_person);
        QVERIFY(all);
        QCOMPARE(all.value().size(), 3);
        QCOMPARE(all.value().at(0).id, sooner);
        QCOMPARE(all.value().at(1).id, later);
        QCOMPARE(all.value().at(2).id, finished);
        QCOMPARE(all.value().at(2).doneBy, QStringLiteral("bob"));
        QVERIFY(all.value().at(2).isDone());
        QCOMPARE(all.value().at(0).createdBy, QStringLiteral("amy"));
        // An entry added by hand has no source, so no sheet's rows can match it.
        QVERIFY(!store
                     .exists(m_person, QDate(2026, 2, 1), QStringLiteral("Sooner"),
                             QStringLiteral("North.csv"))
                     .value());
        // Reopened, it is open again and nothing was deleted.
        QVERIFY(store.setDone(finished, false, QStringLiteral("bob"), 2));
        QCOMPARE(store.forPerson(m_person).value().at(0).id, finished);
        QVERIFY(!store.forPerson(m_person).value().at(0).isDone());
    }

    void modelMarksOverdueAndCounts()
    {
        DiaryModel model(m_t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setPersonId(m_person));
        model.setAsOf(QDate(2026, 2, 1));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.openCount(), 3);
        QCOMPARE(model.overdueCount(), 1); // 1 Jan, reopened above
        // (Plural forms come from the translation the app loads; tests see the source text.)
        QVERIFY(model.index(0, DiaryModel::State)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Overdue by 31 day")));
        QVERIFY(model.index(0, DiaryModel::Due).data(Roles::Problem).toBool());
        QCOMPARE(model.index(1, DiaryModel::State).data().toString(), QStringLiteral("Due today"));
        QCOMPARE(model.index(2, DiaryModel::State).data().toString(), QStringLiteral("Open"));
        QCOMPARE(model.index(1, DiaryModel::Source).data().toString(),
                 QStringLiteral("Added by amy"));
        QCOMPARE(model.index(1, DiaryModel::Due).data(Roles::Sort).toDate(), QDate(2026, 2, 1));

        QVERIFY(model.setDone(0, true, QStringLiteral("carl")));
        QCOMPARE(model.overdueCount(), 0);
        QCOMPARE(model.openCount(), 2);
        QVERIFY(model.index(2, DiaryModel::State)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Done by carl")));
        QVERIFY(model.addEntry(QDate(2026, 1, 20), QStringLiteral("Call embassy"),
                               QStringLiteral("carl")));
        QCOMPARE(model.overdueCount(), 1);
        QCOMPARE(model.index(0, DiaryModel::Action).data().toString(),
                 QStringLiteral("Call embassy"));
        QVERIFY(!model.setDone(99, true, QStringLiteral("carl")));
    }

    void personRecordHasADiaryTab()
    {
        PersonRecordWidget record({m_t.db->sql(), QStringLiteral("dana")}, m_person);
        auto *tabs = record.findChild<QTabWidget *>(QStringLiteral("lowerTabs"));
        QVERIFY(tabs);
        PersonDiaryPanel *panel = record.diaryPanel();
        const int diaryTab = tabs->indexOf(panel);
        QVERIFY(diaryTab >= 0);
        const int open = panel->model()->openCount();
        QCOMPARE(tabs->tabText(diaryTab), panel->tabLabel());
        QVERIFY(tabs->tabText(diaryTab).contains(QStringLiteral("%1 open").arg(open)));
        tabs->setCurrentIndex(diaryTab);
        record.show();
        QVERIFY(QTest::qWaitForWindowExposed(&record));

        QSignalSpy changed(&record, &PersonRecordWidget::personChanged);
        auto *title = panel->findChild<QLineEdit *>(QStringLiteral("diaryTitleEdit"));
        auto *date = panel->findChild<QDateEdit *>(QStringLiteral("diaryDateEdit"));
        auto *add = panel->findChild<QPushButton *>(QStringLiteral("addDiaryButton"));
        QVERIFY(title && date && add);
        QVERIFY(!add->isEnabled()); // nothing typed yet
        date->setDate(QDate(2030, 6, 1));
        QTest::keyClicks(title, QStringLiteral("Book the ETD interview"));
        QVERIFY(add->isEnabled());
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(changed.count(), 1);
        QVERIFY(title->text().isEmpty());
        QCOMPARE(panel->model()->openCount(), open + 1);
        QVERIFY(tabs->tabText(diaryTab).contains(QStringLiteral("%1 open").arg(open + 1)));

        // Select the new entry and mark it done with the button.
        auto *view = panel->findChild<QTableView *>(QStringLiteral("diaryView"));
        int row = -1;
        for (int r = 0; r < panel->model()->rowCount(); ++r) {
            if (panel->model()->entryAt(r).title == QLatin1String("Book the ETD interview"))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(panel->model()->entryAt(row).createdBy, QStringLiteral("dana"));
        view->selectRow(row);
        auto *done = panel->findChild<QPushButton *>(QStringLiteral("diaryDoneButton"));
        QCOMPARE(done->text(), QStringLiteral("Mark &Done"));
        QTest::mouseClick(done, Qt::LeftButton);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(panel->model()->openCount(), open);
        const int now = view->selectionModel()->selectedRows().first().row();
        QCOMPARE(panel->model()->entryAt(now).title, QStringLiteral("Book the ETD interview"));
        QVERIFY(panel->model()->entryAt(now).isDone());
        QCOMPARE(panel->model()->entryAt(now).doneBy, QStringLiteral("dana"));
        QCOMPARE(done->text(), QStringLiteral("&Reopen"));
    }

    // Issue 16: a diary entry six years back is refused under the field (it would open
    // "overdue by 2,184 days"); one a month back is allowed once the user confirms it, No (the
    // default) adding nothing.
    void aDayInThePastAsksFirstAndYearsBackIsRefused()
    {
        // A person of its own: the entries added here stay out of the other tests' lists.
        QVERIFY(TestData::add(*m_t.db,
                              {TestData::person(QStringLiteral("P9"), QStringLiteral("Adeyemi"),
                                                QStringLiteral("Tolu"), QString(), 24)}));
        const qint64 person =
            PersonStore(m_t.db->sql()).findByRef(QStringLiteral("P9")).value()->id;
        PersonRecordWidget record({m_t.db->sql(), QStringLiteral("erin")}, person);
        PersonDiaryPanel *panel = record.diaryPanel();
        auto *tabs = record.findChild<QTabWidget *>(QStringLiteral("lowerTabs"));
        tabs->setCurrentWidget(panel);
        record.show();
        QVERIFY(QTest::qWaitForWindowExposed(&record));
        auto *title = panel->findChild<QLineEdit *>(QStringLiteral("diaryTitleEdit"));
        auto *date = panel->findChild<QDateEdit *>(QStringLiteral("diaryDateEdit"));
        auto *add = panel->findChild<QPushButton *>(QStringLiteral("addDiaryButton"));
        auto *problem = panel->findChild<QLabel *>(QStringLiteral("diaryDateEditProblem"));
        auto *hint = panel->findChild<QLabel *>(QStringLiteral("diaryDateEditHint"));
        QVERIFY(title && date && add && problem && hint);
        QVERIFY2(hint->text().contains(QStringLiteral("a day in the past asks first")),
                 qPrintable(hint->text()));
        const int open = panel->model()->openCount();
        const QDate today = QDate::currentDate();

        QTest::keyClicks(title, QStringLiteral("Chase the embassy"));
        date->setDate(today.addYears(-6));
        QCOMPARE(date->date(), today.addYears(-6));
        QVERIFY(!add->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("more than a year ago")),
                 qPrintable(problem->text()));
        QTest::keyClick(title, Qt::Key_Return); // Enter anyway: nothing added
        QCOMPARE(panel->model()->openCount(), open);

        // A month back: accepted, but asked first.
        date->setDate(today.addDays(-30));
        QVERIFY(problem->text().isEmpty());
        QVERIFY(add->isEnabled());
        const auto answer = [this](QMessageBox::StandardButton button, QString *asked) {
            QTimer::singleShot(0, this, [button, asked] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || box->objectName() != QLatin1String("diaryPastQuestion"))
                    return;
                *asked = box->text();
                QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
                box->button(button)->click();
            });
        };
        QString asked;
        answer(QMessageBox::No, &asked);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY2(asked.contains(QStringLiteral("overdue at once, by 30 days")), qPrintable(asked));
        QCOMPARE(panel->model()->openCount(), open);
        QCOMPARE(title->text(), QStringLiteral("Chase the embassy")); // kept to try again
        asked.clear();
        answer(QMessageBox::Yes, &asked);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(panel->model()->openCount(), open + 1);
        // Today and later are not asked about.
        date->setDate(today);
        QTest::keyClicks(title, QStringLiteral("Call the centre"));
        asked.clear();
        answer(QMessageBox::No, &asked);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(asked.isEmpty());
        QCOMPARE(panel->model()->openCount(), open + 2);
    }

    void myDiaryListsOverdueTodayAndTheWeek()
    {
        TestDatabase t;
        QVERIFY(TestData::add(
            *t.db,
            {TestData::person(QStringLiteral("M1"), QStringLiteral("Mine"), QStringLiteral("A"),
                              QString(), 24, {}, QStringLiteral("CC Leeds"), QStringLiteral("amy")),
             TestData::person(QStringLiteral("O1"), QStringLiteral("Other"), QStringLiteral("B"),
                              QString(), 24, {}, QStringLiteral("CC Leeds"),
                              QStringLiteral("bob"))}));
        const QDate today(2026, 6, 10);
        DiaryStore store(t.db->sql());
        const auto add = [&](qint64 person, int days, const char *title, const char *by) {
            DiaryEntry e;
            e.personId = person;
            e.due = today.addDays(days);
            e.title = QLatin1String(title);
            return store.add(e, QLatin1String(by)).value();
        };
        add(1, -3, "Overdue on mine", "bob"); // amy owns the person
        add(1, 0, "Today on mine", "amy");
        add(1, 7, "In a week on mine", "amy");
        add(1, 8, "Too far ahead", "amy");
        add(2, 1, "Written by amy on bob's", "amy"); // amy wrote it
        add(2, -1, "Bob's own", "bob");
        const qint64 done = add(1, -5, "Done already", "amy");
        QVERIFY(store.setDone(done, true, QStringLiteral("amy"), 1));

        MyDiaryModel model(t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAsOf(today);
        model.setWhose(OwnerScope::user(QStringLiteral("amy")));
        QVERIFY(model.reload());
        QStringList titles;
        for (int r = 0; r < model.rowCount(); ++r)
            titles << model.itemAt(r).entry.title;
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("Overdue on mine"), QStringLiteral("Today on mine"),
                              QStringLiteral("Written by amy on bob's"),
                              QStringLiteral("In a week on mine")}));
        QCOMPARE(model.count(MyDiaryModel::Part::Overdue), 1);
        QCOMPARE(model.count(MyDiaryModel::Part::Today), 1);
        QCOMPARE(model.count(MyDiaryModel::Part::ThisWeek), 2);
        // Issue 16: the due date with the overdue text, not a count of days alone.
        const QString overdue = model.index(0, MyDiaryModel::When).data().toString();
        QVERIFY2(overdue.startsWith(QStringLiteral("Overdue by 3 day")), qPrintable(overdue));
        QVERIFY2(
            overdue.endsWith(
                QStringLiteral("(due %1)").arg(DisplayText::date(QStringLiteral("2026-06-07")))),
            qPrintable(overdue));
        QCOMPARE(DisplayText::date(QStringLiteral("2026-06-07")), shownDay(2026, 6, 7));
        QVERIFY(model.index(0, 0).data(Roles::Problem).toBool());
        QCOMPARE(model.index(1, MyDiaryModel::When).data().toString(), QStringLiteral("Today"));
        QCOMPARE(model.index(0, MyDiaryModel::Person).data().toString(), QStringLiteral("Mine, A"));
        QCOMPARE(model.index(0, MyDiaryModel::Reference).data(Roles::PersonId).toLongLong(), 1);
        // Everyone's: bob's own entry too.
        model.setWhose(OwnerScope::everyone());
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 5);
        // Marking done takes it off the list and records who did it.
        QVERIFY(model.markDone(0, QStringLiteral("amy")));
        QCOMPARE(model.rowCount(), 4);
        const auto mine = store.forPerson(1);
        QVERIFY(mine);
        bool overdueDone = false;
        for (const DiaryEntry &d : mine.value())
            overdueDone |= d.title == QLatin1String("Overdue on mine") && d.isDone() &&
                           d.doneBy == QLatin1String("amy");
        QVERIFY(overdueDone);
    }

    // "My team" in the diary (issue 16): the entries on the people the team's members own, or
    // that they wrote, exactly; against the raw tables.
    void myDiaryFiltersByMyTeam()
    {
        TestDatabase t;
        QVERIFY(TestData::addTeams(*t.db));
        const QDate today = QDate::currentDate();
        DiaryStore store(t.db->sql());
        struct E
        {
            const char *ref;
            const char *by;
        };
        // On T1 (tleader's), T4 (cwl's), T5 (cwnone's), T7 (ghost's), T8 (nobody's).
        for (const E &e : {E{"T1", "cwl"}, E{"T4", "cwa"}, E{"T4", "cwl"}, E{"T5", "cwnone"},
                           E{"T7", "ghost"}, E{"T8", "tleader"}, E{"T8", "cwab"}}) {
            DiaryEntry d;
            d.personId = PersonStore(t.db->sql()).findByRef(QLatin1String(e.ref)).value()->id;
            d.due = today.addDays(-1);
            d.title = QStringLiteral("%1 by %2").arg(QLatin1String(e.ref), QLatin1String(e.by));
            QVERIFY(store.add(d, QLatin1String(e.by)));
        }
        // Independently: each user's team, then each entry's owner and writer.
        QHash<QString, QString> teamOf;
        QSqlQuery q(t.db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT user_name, team FROM app_user")));
        while (q.next())
            teamOf.insert(q.value(0).toString(), q.value(1).toString());
        for (const QString &team : {QStringLiteral("Leeds A"), QStringLiteral("Leeds AB"),
                                    QStringLiteral("Liverpool A"), QString()}) {
            QStringList expected;
            QVERIFY(q.exec(QStringLiteral("SELECT d.title, p.case_owner, d.created_by FROM "
                                          "diary_entry d JOIN person p ON p.id = d.person_id")));
            const auto inTeam = [&](const QString &user) {
                return !team.isEmpty() && teamOf.contains(user) && teamOf.value(user) == team;
            };
            while (q.next())
                if (inTeam(q.value(1).toString()) || inTeam(q.value(2).toString()))
                    expected << q.value(0).toString();
            expected.sort();
            const auto items = store.openUntil(today.addDays(7), OwnerScope::team(team));
            QVERIFY(items);
            QStringList titles;
            for (const DiaryStore::Item &i : items.value())
                titles << i.entry.title;
            titles.sort();
            QCOMPARE(titles, expected);
            QCOMPARE(store.countOpenUntil(today.addDays(7), OwnerScope::team(team)).value(),
                     int(expected.size()));
        }
        QCOMPARE(store.countOpenUntil(today.addDays(7), OwnerScope::team(QStringLiteral("Leeds A")))
                     .value(),
                 3); // T1 by cwl, T4 by cwa, T8 by tleader, and nothing else
        QCOMPARE(store.countOpenUntil(today.addDays(7), OwnerScope::everyone()).value(), 7);

        MyDiaryView view({t.db->sql(), QStringLiteral("cwa")});
        auto *whose = view.findChild<QComboBox *>(QStringLiteral("diaryWhoseCombo"));
        QCOMPARE(whose->currentData().toString(), QStringLiteral("mine"));
        QCOMPARE(view.model()->rowCount(), 1); // the entry cwa wrote
        whose->setCurrentIndex(whose->findData(QStringLiteral("team")));
        QCOMPARE(view.model()->rowCount(), 3);
    }

    void myDiaryViewMarksDone()
    {
        DiaryStore store(m_t.db->sql());
        DiaryEntry e = entry(QDate::currentDate().addDays(-2), QStringLiteral("Call the embassy"));
        QVERIFY(store.add(e, QStringLiteral("sokafor")));
        MyDiaryView view({m_t.db->sql(), QStringLiteral("sokafor")});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int before = view.model()->rowCount();
        QVERIFY(before >= 1);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("myDiarySummary"))
                    ->text()
                    .startsWith(QStringLiteral("Overdue: ")));
        int row = -1;
        for (int r = 0; r < before; ++r) {
            if (view.model()->itemAt(r).entry.title == QLatin1String("Call the embassy"))
                row = r;
        }
        QVERIFY(row >= 0);
        view.table()->selectRow(row);
        QSignalSpy changed(&view, &MyDiaryView::personChanged);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("markDoneButton")),
                          Qt::LeftButton);
        QCOMPARE(view.model()->rowCount(), before - 1);
        QCOMPARE(changed.count(), 1);
        bool doneBySokafor = false;
        const auto entries = store.forPerson(m_person);
        QVERIFY(entries);
        for (const DiaryEntry &d : entries.value())
            doneBySokafor |= d.title == QLatin1String("Call the embassy") &&
                             d.doneBy == QLatin1String("sokafor");
        QVERIFY(doneBySokafor);
    }

    // Mark Done can be undone (issue 16): the view says what it marked, with Undo beside it
    // (and Ctrl+Z); undoing reopens the entry through the store, audited, and it is listed again.
    void myDiaryViewUndoesMarkDone()
    {
        DiaryStore store(m_t.db->sql());
        DiaryEntry e = entry(QDate::currentDate().addDays(-4), QStringLiteral("Chase the ETD"));
        const auto added = store.add(e, QStringLiteral("sokafor"));
        QVERIFY(added);
        MyDiaryView view({m_t.db->sql(), QStringLiteral("sokafor")});
        view.resize(1000, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto rowOf = [&] {
            for (int r = 0; r < view.model()->rowCount(); ++r)
                if (view.model()->itemAt(r).entry.id == added.value())
                    return r;
            return -1;
        };
        const int before = view.model()->rowCount();
        auto *undo = view.findChild<QPushButton *>(QStringLiteral("undoDoneButton"));
        QVERIFY(undo && !undo->isVisible());
        const auto audited = [&] {
            QSqlQuery q(m_t.db->sql());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'diary_entry' "
                                     "AND entity_id = ?"));
            q.addBindValue(added.value());
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        const int auditedBefore = audited();

        for (const bool byKey : {false, true}) {
            view.table()->selectRow(rowOf());
            QSignalSpy said(&view, &MyDiaryView::statusMessage);
            QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("markDoneButton")),
                              Qt::LeftButton);
            QCOMPARE(view.model()->rowCount(), before - 1);
            QCOMPARE(rowOf(), -1);
            QVERIFY(undo->isVisible());
            const QString marked =
                view.findChild<QLabel *>(QStringLiteral("undoDoneLabel"))->text();
            QVERIFY2(marked.contains(QStringLiteral("Chase the ETD")) &&
                         marked.contains(QStringLiteral("Okafor, Sam")),
                     qPrintable(marked));
            QCOMPARE(said.count(), 1);
            for (const DiaryEntry &d : store.forPerson(m_person).value())
                if (d.id == added.value())
                    QVERIFY(d.isDone());
            QSignalSpy changed(&view, &MyDiaryView::personChanged);
            if (byKey) {
                view.table()->setFocus();
                QTest::keySequence(&view, QKeySequence::Undo);
            } else {
                QTest::mouseClick(undo, Qt::LeftButton);
            }
            QCOMPARE(view.model()->rowCount(), before);
            QVERIFY(rowOf() >= 0);
            QVERIFY(!undo->isVisible());
            QCOMPARE(changed.count(), 1);
            for (const DiaryEntry &d : store.forPerson(m_person).value())
                if (d.id == added.value()) {
                    QVERIFY(!d.isDone());
                    QVERIFY(d.doneBy.isEmpty());
                }
        }
        // Each mark and each undo is in the audit trail.
        QCOMPARE(audited(), auditedBefore + 4);
    }
};

QTEST_MAIN(TestDiary)
#include "tst_diary.moc"
