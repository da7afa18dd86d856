// What a person chose is theirs (issue 16): the filters and column layouts of the lists are kept
// per database and user, so the team leader who signs in after a caseworker on the same machine
// starts from their own choices, not the caseworker's "My cases"; and a filter set on one
// database does not follow its user onto another.
#include "caseload/caseloadview.h"
#include "common/usersettings.h"
#include "db/session.h"
#include "itemmodels/caseloadmodel.h"
#include "lists/barriersview.h"
#include "lists/mydiaryview.h"
#include "lists/noncomplianceview.h"
#include "lists/progressionview.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QSqlDatabase>
#include <QTabBar>
#include <QTableView>

namespace {
const QString Caseworker = QStringLiteral("sokafor");
const QString TeamLeader = QStringLiteral("rfarrell");
} // namespace

class TestUserSettings : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    TestDatabase m_other{QStringLiteral("other.sqlite")};

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_usersettings"));
        for (TestDatabase *t : {&m_t, &m_other})
            QVERIFY(TestData::add(
                *t->db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Silva"),
                                          QStringLiteral("Jose"), QStringLiteral("1"), 77),
                         TestData::person(QStringLiteral("P2"), QStringLiteral("Mensah"),
                                          QStringLiteral("Ama"), QString(), 24, {},
                                          QStringLiteral("CC Leeds"), QStringLiteral("jmensah"))}));
    }

    void init() { QSettings().clear(); }

    void keptPerDatabaseAndUser()
    {
        UserSettings a(m_t.db->sql(), Caseworker);
        UserSettings b(m_t.db->sql(), TeamLeader);
        UserSettings elsewhere(m_other.db->sql(), Caseworker);
        a.setValue(QStringLiteral("caseload/band"), 1);
        QCOMPARE(a.value(QStringLiteral("caseload/band")).toInt(), 1);
        QVERIFY(a.contains(QStringLiteral("caseload/band")));
        QVERIFY(!b.contains(QStringLiteral("caseload/band")));
        QVERIFY(!elsewhere.contains(QStringLiteral("caseload/band")));
        QCOMPARE(b.value(QStringLiteral("caseload/band"), 7).toInt(), 7);
        // Nothing lands in the machine-wide keys the views used before.
        QVERIFY(!QSettings().contains(QStringLiteral("caseload/band")));
        // The same user and database, reached again: the same values.
        QCOMPARE(UserSettings(m_t.db->sql(), Caseworker).value(QStringLiteral("caseload/band")),
                 QVariant(1));
        a.remove(QStringLiteral("caseload/band"));
        QVERIFY(!a.contains(QStringLiteral("caseload/band")));
        // A user name with a group separator stays one user.
        UserSettings odd(m_t.db->sql(), QStringLiteral("a/b"));
        odd.setValue(QStringLiteral("x"), 1);
        QVERIFY(!UserSettings(m_t.db->sql(), QStringLiteral("a")).contains(QStringLiteral("b/x")));
    }

    void databaseIdentity()
    {
        if (m_t.onPostgres())
            QSKIP("the SQLite identities are checked on the SQLite run");
        const QString a = UserSettings::databaseIdentity(m_t.db->sql());
        const QString b = UserSettings::databaseIdentity(m_other.db->sql());
        QVERIFY(!a.isEmpty());
        QVERIFY(a != b);
        QCOMPARE(a, QFileInfo(m_t.path()).canonicalFilePath());
        // A symbolic link to the file, and a path with "..", name the same database.
        const QString link = m_t.dir.filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(m_t.path(), link));
        {
            QSqlDatabase viaLink = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                             QStringLiteral("identity-link"));
            viaLink.setDatabaseName(link);
            QCOMPARE(UserSettings::databaseIdentity(viaLink), a);
            viaLink.setDatabaseName(m_t.dir.filePath(QStringLiteral("sub/../test.sqlite")));
            QVERIFY(QDir().mkpath(m_t.dir.filePath(QStringLiteral("sub"))));
            QCOMPARE(UserSettings::databaseIdentity(viaLink), a);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("identity-link"));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("no PostgreSQL driver");
        {
            QSqlDatabase pg =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("identity-pg"));
            pg.setHostName(QStringLiteral("DB.example.org"));
            pg.setDatabaseName(QStringLiteral("casework"));
            QCOMPARE(UserSettings::databaseIdentity(pg),
                     QStringLiteral("postgresql://db.example.org:5432/casework"));
            pg.setPort(5433);
            QCOMPARE(UserSettings::databaseIdentity(pg),
                     QStringLiteral("postgresql://db.example.org:5433/casework"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("identity-pg"));
    }

    // The morning of issue 16: a caseworker narrows the caseload to their own band 1 cases
    // and hides a column; the team leader who signs in next sees everyone, every column.
    void caseloadFiltersAndColumnsArePerUser()
    {
        const int hidden = int(CaseloadColumn::Nationality);
        {
            CaseloadView view({m_t.db->sql(), Caseworker});
            auto *band = view.findChild<QComboBox *>(QStringLiteral("bandFilter"));
            auto *owner = view.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
            band->setCurrentIndex(band->findData(1));
            owner->setCurrentIndex(1); // My cases
            view.table()->horizontalHeader()->hideSection(hidden);
            QCOMPARE(view.model()->rowCount(), 1);
        }
        {
            CaseloadView view({m_t.db->sql(), TeamLeader});
            QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("bandFilter"))->currentIndex(), 0);
            QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("ownerFilter"))->currentIndex(), 0);
            QVERIFY(!view.table()->horizontalHeader()->isSectionHidden(hidden));
            QCOMPARE(view.model()->rowCount(), 2);
        }
        {
            // The caseworker's own choices come back to them, on this database only.
            CaseloadView view({m_t.db->sql(), Caseworker});
            QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("bandFilter"))->currentData(),
                     QVariant(1));
            QVERIFY(view.table()->horizontalHeader()->isSectionHidden(hidden));
            QCOMPARE(view.model()->rowCount(), 1);
        }
        CaseloadView elsewhere({m_other.db->sql(), Caseworker});
        QCOMPARE(elsewhere.findChild<QComboBox *>(QStringLiteral("bandFilter"))->currentIndex(), 0);
        QCOMPARE(elsewhere.model()->rowCount(), 2);
    }

    void queueFiltersArePerUser()
    {
        {
            NoncomplianceView view({m_t.db->sql(), Caseworker});
            view.findChild<QCheckBox *>(QStringLiteral("unactionedOnlyCheck"))->setChecked(true);
            view.findChild<QCheckBox *>(QStringLiteral("breachedLastWeekCheck"))->setChecked(true);
            auto *owner = view.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
            owner->setCurrentIndex(owner->findData(QStringLiteral("mine")));
        }
        NoncomplianceView leader({m_t.db->sql(), TeamLeader});
        QVERIFY(!leader.findChild<QCheckBox *>(QStringLiteral("unactionedOnlyCheck"))->isChecked());
        QVERIFY(
            !leader.findChild<QCheckBox *>(QStringLiteral("breachedLastWeekCheck"))->isChecked());
        QCOMPARE(
            leader.findChild<QComboBox *>(QStringLiteral("ownerFilter"))->currentData().toString(),
            QStringLiteral("everyone"));
        NoncomplianceView again({m_t.db->sql(), Caseworker});
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("unactionedOnlyCheck"))->isChecked());
        QCOMPARE(
            again.findChild<QComboBox *>(QStringLiteral("ownerFilter"))->currentData().toString(),
            QStringLiteral("mine"));
        NoncomplianceView elsewhere({m_other.db->sql(), Caseworker});
        QVERIFY(
            !elsewhere.findChild<QCheckBox *>(QStringLiteral("unactionedOnlyCheck"))->isChecked());
    }

    void diaryChoiceIsPerUser()
    {
        {
            MyDiaryView view({m_t.db->sql(), TeamLeader});
            auto *whose = view.findChild<QComboBox *>(QStringLiteral("diaryWhoseCombo"));
            QCOMPARE(whose->currentData().toString(), QStringLiteral("mine"));
            whose->setCurrentIndex(whose->findData(QStringLiteral("everyone")));
        }
        QCOMPARE(MyDiaryView({m_t.db->sql(), TeamLeader})
                     .findChild<QComboBox *>(QStringLiteral("diaryWhoseCombo"))
                     ->currentData()
                     .toString(),
                 QStringLiteral("everyone"));
        MyDiaryView caseworker({m_t.db->sql(), Caseworker});
        QCOMPARE(caseworker.findChild<QComboBox *>(QStringLiteral("diaryWhoseCombo"))
                     ->currentData()
                     .toString(),
                 QStringLiteral("mine"));
    }

    void barrierAndProgressionFiltersArePerUser()
    {
        {
            BarriersView barriers({m_t.db->sql(), Caseworker});
            barriers.findChild<QCheckBox *>(QStringLiteral("myCasesCheck"))->setChecked(true);
            ProgressionView progression({m_t.db->sql(), Caseworker});
            progression.findChild<QCheckBox *>(QStringLiteral("myCasesCheck"))->setChecked(true);
            progression.lists()->setCurrentIndex(2);
        }
        BarriersView barriers({m_t.db->sql(), TeamLeader});
        QVERIFY(!barriers.findChild<QCheckBox *>(QStringLiteral("myCasesCheck"))->isChecked());
        ProgressionView progression({m_t.db->sql(), TeamLeader});
        QVERIFY(!progression.findChild<QCheckBox *>(QStringLiteral("myCasesCheck"))->isChecked());
        QCOMPARE(progression.lists()->currentIndex(), 0);
        ProgressionView mine({m_t.db->sql(), Caseworker});
        QVERIFY(mine.findChild<QCheckBox *>(QStringLiteral("myCasesCheck"))->isChecked());
        QCOMPARE(mine.lists()->currentIndex(), 2);
    }
};

QTEST_MAIN(TestUserSettings)
#include "tst_usersettings.moc"
