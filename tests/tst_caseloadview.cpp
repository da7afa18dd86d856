// The caseload screen through its real widgets: typing in the search box, choosing filters
// with the keyboard, opening a person with Enter.
#include "caseload/caseloadview.h"
#include "itemmodels/caseloadmodel.h"
#include "itemmodels/roles.h"
#include "store/userstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTest>

// Types text key by key, as a keyboard with that layout would (QTest::keyClicks is Latin-1 only).
static void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

class TestCaseloadView : public QObject
{
    Q_OBJECT

    TestDatabase m_t;

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_caseloadview"));
        QVector<PersonStore::NewPerson> people{
            TestData::person(QStringLiteral("P0000001"), QStringLiteral("García"),
                             QStringLiteral("José"), QStringLiteral("2"), 24, {},
                             QStringLiteral("CC Liverpool"), QStringLiteral("sokafor")),
            TestData::person(QStringLiteral("P0000002"), QStringLiteral("Josephs"),
                             QStringLiteral("Mark"), QStringLiteral("0"), 12,
                             {QStringLiteral("ASYLUM")}, QStringLiteral("CC Leeds"),
                             QStringLiteral("jmensah")),
            TestData::person(QStringLiteral("P0000003"), QStringLiteral("Okafor"),
                             QStringLiteral("Ngozi"), QStringLiteral("1"), 30, {},
                             QStringLiteral("CC Liverpool"), QStringLiteral("tester")),
            TestData::person(QStringLiteral("P0000004"), QStringLiteral("Иванов"),
                             QStringLiteral("Пётр"), QStringLiteral("0"), 6, {}, QString(),
                             QString()),
            TestData::person(QStringLiteral("P0000005"), QStringLiteral("王"), QStringLiteral("伟"),
                             QString(), std::nullopt, {}, QStringLiteral("CC Croydon"),
                             QStringLiteral("tester"), QStringLiteral("DETAINED"))};
        QVERIFY(TestData::add(*m_t.db, people));
    }

    void searchBoxFindsAccentedNames()
    {
        CaseloadView view({m_t.db->sql(), QStringLiteral("tester")});
        view.show();
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        QSignalSpy counts(&view, &CaseloadView::countsChanged);
        QCOMPARE(view.model()->rowCount(), 5);
        QTest::keyClicks(search, QStringLiteral("jose"));
        // "jose" finds José García and Mark Josephs; the search waits for a pause in typing.
        QTRY_COMPARE(view.model()->rowCount(), 2);
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().at(0).toInt(), 2);
        QCOMPARE(counts.last().at(1).toInt(), 5);
        auto *empty = view.findChild<QLabel *>(QStringLiteral("emptyMessage"));
        QVERIFY(empty && !empty->isVisible());
        QTest::keyClicks(search, QStringLiteral("zzz"));
        QTRY_COMPARE(view.model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("hidden by Search = “josezzz”")),
                 qPrintable(empty->text()));
        QTest::keyClick(search, Qt::Key_Backspace);
        QTest::keyClick(search, Qt::Key_Backspace);
        QTest::keyClick(search, Qt::Key_Backspace);
        QTRY_COMPARE(view.model()->rowCount(), 2);
        QVERIFY(!empty->isVisible());
        QTest::keyClicks(search, QStringLiteral(" garc"));
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("García"));
        search->clear();
        QTRY_COMPARE(view.model()->rowCount(), 5);
        typeText(search, QStringLiteral("ПЁТР"));
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("Иванов"));
    }

    // "My team" (issue 16) among the owners: the people of the team leader's team, remembered;
    // offered but disabled, saying why, to a user in no team.
    void ownerFilterOffersMyTeam()
    {
        TestDatabase t;
        QVERIFY(TestData::addTeams(*t.db));
        {
            CaseloadView view({t.db->sql(), QStringLiteral("tleader")});
            auto *owner = view.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
            const int team = owner->findText(QStringLiteral("My team (Leeds A)"));
            QCOMPARE(team, 2); // after Everyone and My cases
            owner->setCurrentIndex(team);
            QCOMPARE(view.model()->rowCount(), 2);
            QCOMPARE(view.model()->index(0, int(CaseloadColumn::PersonRef)).data().toString(),
                     QStringLiteral("T1"));
            view.refresh(); // the lists are filled again: the choice stays
            QCOMPARE(owner->currentIndex(), team);
            QCOMPARE(view.model()->rowCount(), 2);
        }
        CaseloadView again({t.db->sql(), QStringLiteral("tleader")});
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("ownerFilter"))->currentText(),
                 QStringLiteral("My team (Leeds A)"));
        QCOMPARE(again.model()->rowCount(), 2);
        CaseloadView loner({t.db->sql(), QStringLiteral("cwnone")});
        auto *owner = loner.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
        const auto *items = qobject_cast<QStandardItemModel *>(owner->model());
        QCOMPARE(items->item(2)->text(), QStringLiteral("My team"));
        QVERIFY(!items->item(2)->isEnabled());
        QVERIFY(items->item(2)->toolTip().contains(QStringLiteral("no team")));
    }

    // Before a user chooses (issue 23): a caseworker starts on their own people and a team
    // leader on their team's, both by band (urgency within a band); anyone else on everyone, by
    // name. A choice made is what the next window opens on.
    void defaultsByRole()
    {
        TestDatabase t;
        QVERIFY(TestData::addTeams(*t.db));
        AppUser manager;
        manager.userName = QStringLiteral("boss");
        manager.displayName = QStringLiteral("Boss");
        manager.role = QStringLiteral("manager");
        QVERIFY(UserStore(t.db->sql()).save(manager, QStringLiteral("setup")));
        struct Expected
        {
            const char *user;
            const char *owner;
            CaseloadColumn sort;
            int rows;
        };
        for (const Expected &e : {Expected{"cwa", "My cases (cwa)", CaseloadColumn::Band, 1},
                                  Expected{"tleader", "My team (Leeds A)", CaseloadColumn::Band, 2},
                                  Expected{"boss", "Everyone", CaseloadColumn::FamilyName, 8}}) {
            CaseloadView view({t.db->sql(), QLatin1String(e.user)});
            QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("ownerFilter"))->currentText(),
                     QLatin1String(e.owner));
            QCOMPARE(view.model()->sortColumn(), int(e.sort));
            QCOMPARE(view.model()->sortOrder(), Qt::AscendingOrder);
            QCOMPARE(view.model()->rowCount(), e.rows);
        }
        // cwa chooses everyone, by reference: remembered, not the default again.
        {
            CaseloadView view({t.db->sql(), QStringLiteral("cwa")});
            view.findChild<QComboBox *>(QStringLiteral("ownerFilter"))->setCurrentIndex(0);
            view.table()->sortByColumn(int(CaseloadColumn::PersonRef), Qt::DescendingOrder);
        }
        CaseloadView again({t.db->sql(), QStringLiteral("cwa")});
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("ownerFilter"))->currentText(),
                 QStringLiteral("Everyone"));
        QCOMPARE(again.model()->sortColumn(), int(CaseloadColumn::PersonRef));
        QCOMPARE(again.model()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(again.model()->rowCount(), 8);
    }

    // "Needs" narrows by the triage columns; the empty list's notice names it, Clear resets it.
    void needsFilter()
    {
        TestDatabase t;
        QVERIFY(TestData::addTeams(*t.db));
        QSqlQuery q(t.db->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tasking (person_id, centre, kind, due_on, "
                                      "created_by, created_at) SELECT id, 'Becket House', "
                                      "'ETD_INTERVIEW', '2026-03-11', 'cwa', "
                                      "'2026-03-01T09:00:00Z' FROM person WHERE person_ref = "
                                      "'T3'")));
        CaseloadView view({t.db->sql(), QStringLiteral("boss")});
        view.show();
        auto *needs = view.findChild<QComboBox *>(QStringLiteral("needsFilter"));
        QVERIFY(needs);
        needs->setFocus();
        QTest::keyClick(needs, Qt::Key_Down); // in a run of breaches: nobody
        QCOMPARE(view.model()->rowCount(), 0);
        auto *empty = view.findChild<QLabel *>(QStringLiteral("emptyMessage"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Needs")));
        needs->setCurrentIndex(needs->findData(int(CaseloadFilter::Needs::OpenTaskings)));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, int(CaseloadColumn::PersonRef)).data().toString(),
                 QStringLiteral("T3"));
        QCOMPARE(view.model()->index(0, int(CaseloadColumn::OpenTaskings)).data().toInt(), 1);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("clearFiltersButton")),
                          Qt::LeftButton);
        QCOMPARE(needs->currentIndex(), 0);
        QCOMPARE(view.model()->rowCount(), 8);
    }

    void filtersThroughTheComboBoxes()
    {
        CaseloadView view({m_t.db->sql(), QStringLiteral("tester")});
        view.show();
        auto *band = view.findChild<QComboBox *>(QStringLiteral("bandFilter"));
        auto *unit = view.findChild<QComboBox *>(QStringLiteral("unitFilter"));
        auto *owner = view.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
        QVERIFY(band && unit && owner);

        // Keyboard: focus the band box and step down to "1 Highest risk".
        band->setFocus();
        QTest::keyClick(band, Qt::Key_Down);
        QCOMPARE(band->currentData().toInt(), 1);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 2).data().toString(), QStringLiteral("P0000001"));

        band->setCurrentIndex(0);
        owner->setFocus();
        QTest::keyClick(owner, Qt::Key_Down); // "My cases (tester)"
        QCOMPARE(owner->currentData().toString(), QStringLiteral("tester"));
        QCOMPARE(view.model()->rowCount(), 2);

        const int liverpool = unit->findData(QStringLiteral("CC Liverpool"));
        QVERIFY(liverpool > 0);
        unit->setCurrentIndex(liverpool);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("Okafor"));

        const int noUnit = unit->findData(QString());
        QVERIFY(noUnit > 0);
        owner->setCurrentIndex(0);
        unit->setCurrentIndex(noUnit);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 2).data().toString(), QStringLiteral("P0000004"));

        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("clearFiltersButton")),
                          Qt::LeftButton);
        QCOMPARE(view.model()->rowCount(), 5);
    }

    void filtersAreRemembered()
    {
        {
            CaseloadView view({m_t.db->sql(), QStringLiteral("tester")});
            auto *band = view.findChild<QComboBox *>(QStringLiteral("bandFilter"));
            band->setCurrentIndex(band->findData(4));
            QCOMPARE(view.model()->rowCount(), 1);
        }
        CaseloadView again({m_t.db->sql(), QStringLiteral("tester")});
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("bandFilter"))->currentData().toInt(),
                 4);
        QCOMPARE(again.model()->rowCount(), 1);
        QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("clearFiltersButton")),
                          Qt::LeftButton);
    }

    void enterOpensThePerson()
    {
        CaseloadView view({m_t.db->sql(), QStringLiteral("tester")});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy open(&view, &CaseloadView::openPerson);
        QTableView *table = view.table();
        table->setFocus();
        table->setCurrentIndex(view.model()->index(2, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toLongLong(),
                 view.model()->index(2, 0).data(Roles::PersonId).toLongLong());

        const QRect cell = table->visualRect(view.model()->index(0, 1));
        // A real double click starts with a click; QTest::mouseDClick sends only its second half.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QCOMPARE(open.size(), 2);
    }

    // Issue 16: Enter in the search box opens the person when one row matches, and moves into
    // the list when several do; Down moves into the list. Both act on what was typed at once,
    // not after the search's pause in typing.
    void searchBoxKeys()
    {
        CaseloadView view({m_t.db->sql(), QStringLiteral("tester")});
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QSignalSpy open(&view, &CaseloadView::openPerson);
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTableView *table = view.table();
        const auto selectedRows = [table] { return table->selectionModel()->selectedRows(); };

        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("okafor"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.last().at(0).toLongLong(), view.model()->personIdAt(0));
        QCOMPARE(QApplication::focusWidget(), search);

        // Two match: Enter goes to the first of them, and Enter there opens it.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("jose"));
        QTest::keyClick(search, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(open.size(), 1);
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(selectedRows().size(), 1);
        QCOMPARE(selectedRows().first().row(), 0);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.last().at(0).toLongLong(), view.model()->personIdAt(0));

        // Down from the box: into the list, on its first row, whatever was selected before.
        search->clear();
        QTRY_COMPARE(view.model()->rowCount(), 5);
        table->selectRow(3);
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(selectedRows().size(), 1);
        QCOMPARE(selectedRows().first().row(), 0);
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(open.size(), 2);

        // Nothing matches: the keys leave the box alone.
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("zzz"));
        QTest::keyClick(search, Qt::Key_Return);
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(QApplication::focusWidget(), search);
        QCOMPARE(open.size(), 2);
        search->clear();
    }

    // Issue 16: at its first width the band column shows its header and its longest text in
    // full, beside the colour swatch: "4 Lowest risk, not removable (provisional)" was cut
    // before the word that says why.
    void bandColumnFitsItsText()
    {
        TestDatabase t;
        // No MAPPA level recorded, an open asylum claim: band 4, provisional.
        QVERIFY(TestData::add(
            *t.db,
            {TestData::person(QStringLiteral("P0000009"), QStringLiteral("Mensah"),
                              QStringLiteral("Kofi"), QString(), 24, {QStringLiteral("ASYLUM")})}));
        QSqlQuery q(t.db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE person SET reporting_frequency = 'NONE'")));
        CaseloadView view({t.db->sql(), QStringLiteral("tester")});
        view.resize(1400, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int band = int(CaseloadColumn::Band);
        const QModelIndex cell = view.model()->index(0, band);
        QVERIFY2(cell.data().toString().endsWith(QLatin1String("(provisional)")),
                 qPrintable(cell.data().toString()));
        QTableView *table = view.table();
        const int width = table->columnWidth(band);
        QVERIFY2(width >= table->horizontalHeader()->sectionSizeHint(band),
                 qPrintable(QString::number(width)));
        // What the row needs, as its delegate lays out the swatch and the text.
        const int rowNeeds = static_cast<QAbstractItemView *>(table)->sizeHintForColumn(band);
        QVERIFY2(width >= rowNeeds, qPrintable(QStringLiteral("%1 < %2").arg(width).arg(rowNeeds)));
        // And every other text the column can show, each wider than the swatch beside it.
        const int swatch = table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, table);
        const QStringList texts = CaseloadModel::bandTexts();
        QVERIFY(texts.contains(cell.data().toString()));
        for (const QString &text : texts)
            QVERIFY2(width >= table->fontMetrics().horizontalAdvance(text) + swatch,
                     qPrintable(text));
        // The reporting column alike: "Not required to report" was cut to "Not required …".
        const int reporting = int(CaseloadColumn::ReportingFrequency);
        QCOMPARE(cell.siblingAtColumn(reporting).data().toString(),
                 QStringLiteral("Not required to report"));
        QVERIFY(CaseloadModel::reportingTexts().contains(QStringLiteral("Not required to report")));
        const int reportingNeeds =
            static_cast<QAbstractItemView *>(table)->sizeHintForColumn(reporting);
        QVERIFY2(
            table->columnWidth(reporting) >= reportingNeeds,
            qPrintable(
                QStringLiteral("%1 < %2").arg(table->columnWidth(reporting)).arg(reportingNeeds)));
    }

    void headerClickSorts()
    {
        CaseloadView view({m_t.db->sql(), QStringLiteral("tester")});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.table()->sortByColumn(int(CaseloadColumn::PersonRef), Qt::DescendingOrder);
        QCOMPARE(view.model()->index(0, 2).data().toString(), QStringLiteral("P0000005"));
        view.table()->sortByColumn(int(CaseloadColumn::PersonRef), Qt::AscendingOrder);
        QCOMPARE(view.model()->index(0, 2).data().toString(), QStringLiteral("P0000001"));
    }
};

QTEST_MAIN(TestCaseloadView)
#include "tst_caseloadview.moc"
