// Users, allocation and the workload (issue 6): the allocation history and the case owner
// following it, the workload weighed by band against capacity on a hand-made caseload, the
// preview agreeing with the workload after allocating, the new models under
// QAbstractItemModelTester, and allocating two people from the caseload through the dialog.
#include "caseload/allocatedialog.h"
#include "caseload/caseloadview.h"
#include "domain/clock.h"
#include "domain/reoffence.h"
#include "itemmodels/allocationhistorymodel.h"
#include "itemmodels/caseloadmodel.h"
#include "itemmodels/roles.h"
#include "itemmodels/usersmodel.h"
#include "itemmodels/workloadmodel.h"
#include "person/personrecordwidget.h"
#include "settings/userdialog.h"
#include "store/allocationstore.h"
#include "store/editconflict.h"
#include "store/reoffencestore.h"
#include "store/userstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <ctime>

namespace {
AppUser user(const QString &name, const QString &display, const QString &team, const QString &role,
             int capacity)
{
    AppUser u;
    u.userName = name;
    u.displayName = display;
    u.team = team;
    u.role = role;
    u.capacity = capacity;
    return u;
}

PersonStore::NewPerson person(const QString &ref, const QString &family, const QString &mappa,
                              const QString &owner, const QStringList &barriers = {},
                              const QString &custody = QStringLiteral("NON_DETAINED"))
{
    return TestData::person(ref, family, QStringLiteral("Test"), mappa, 12, barriers,
                            QStringLiteral("CC Leeds"), owner, custody);
}
} // namespace

class TestAllocation : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    const QString m_lead = QStringLiteral("tlead");

    qint64 idOf(const QString &ref) const
    {
        const auto p = PersonStore(m_t->db->sql()).findByRef(ref);
        return p && p.value() ? p.value()->id : 0;
    }
    QString ownerOf(const QString &ref) const
    {
        const auto p = PersonStore(m_t->db->sql()).findById(idOf(ref));
        return p && p.value() ? p.value()->caseOwner : QStringLiteral("<not found>");
    }
    std::optional<int> bandOf(const QString &ref) const
    {
        const auto p = PersonStore(m_t->db->sql()).findById(idOf(ref));
        return p && p.value() ? p.value()->band : std::optional<int>(-1);
    }
    static AllocationStore::Load loadOf(const QVector<AllocationStore::Load> &loads,
                                        const QString &owner)
    {
        for (const auto &l : loads) {
            if (l.owner == owner)
                return l;
        }
        AllocationStore::Load none;
        none.owner = QStringLiteral("<absent>");
        return none;
    }

private slots:
    void initTestCase() { TestData::isolateSettings(QStringLiteral("tst_allocation")); }

    // Users of known capacity; "asmith" owns one person of each band and one detained, Sam
    // Okafor two of band 1, a CID owner who is no user one of band 3.
    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        UserStore users(m_t->db->sql());
        QVERIFY(users.save(user(QStringLiteral("asmith"), QStringLiteral("Ann Smith"),
                                QStringLiteral("North"), QStringLiteral("caseworker"), 10),
                           m_lead));
        QVERIFY(users.save(user(QStringLiteral("sokafor"), QStringLiteral("Sam Okafor"),
                                QStringLiteral("South"), QStringLiteral("team_leader"), 5),
                           m_lead));
        QVERIFY(users.save(user(QStringLiteral("mgr"), QStringLiteral("Mo Manager"),
                                QStringLiteral("North"), QStringLiteral("manager"), 50),
                           m_lead));
        QVERIFY(TestData::add(
            *m_t->db, {person(QStringLiteral("P1"), QStringLiteral("Adams"), QStringLiteral("3"),
                              QStringLiteral("asmith")),
                       person(QStringLiteral("P2"), QStringLiteral("Baker"), QStringLiteral("1"),
                              QStringLiteral("asmith")),
                       person(QStringLiteral("P3"), QStringLiteral("Clark"), QStringLiteral("0"),
                              QStringLiteral("asmith")),
                       person(QStringLiteral("P4"), QStringLiteral("Davis"), QStringLiteral("0"),
                              QStringLiteral("asmith"), {QStringLiteral("ASYLUM")}),
                       person(QStringLiteral("P5"), QStringLiteral("Evans"), QStringLiteral("0"),
                              QStringLiteral("asmith"), {}, QStringLiteral("DETAINED")),
                       person(QStringLiteral("P6"), QStringLiteral("Fox"), QStringLiteral("3"),
                              QStringLiteral("sokafor")),
                       person(QStringLiteral("P7"), QStringLiteral("Grant"), QStringLiteral("2"),
                              QStringLiteral("sokafor")),
                       person(QStringLiteral("P8"), QStringLiteral("Hill"), QStringLiteral("0"),
                              QStringLiteral("cidowner"))}));
        // The data set is what the expectations below assume.
        QCOMPARE(bandOf(QStringLiteral("P1")), std::optional<int>(1));
        QCOMPARE(bandOf(QStringLiteral("P2")), std::optional<int>(2));
        QCOMPARE(bandOf(QStringLiteral("P3")), std::optional<int>(3));
        QCOMPARE(bandOf(QStringLiteral("P4")), std::optional<int>(4));
        QCOMPARE(bandOf(QStringLiteral("P5")), std::optional<int>());
        QCOMPARE(bandOf(QStringLiteral("P7")), std::optional<int>(1));
    }

    void cleanup() { m_t.reset(); }

    void historyNewestFirstAndOwnerFollows()
    {
        AllocationStore store(m_t->db->sql());
        const QDate today = QDate::currentDate();
        const qint64 p3 = idOf(QStringLiteral("P3"));
        auto moved = store.allocate({p3}, QStringLiteral("sokafor"), QStringLiteral("cover"),
                                    today.addDays(-10), m_lead,
                                    TestData::personVersions(m_t->db->sql(), {p3}));
        QVERIFY2(moved, qPrintable(moved.status().error().toString()));
        QCOMPARE(moved.value(), 1);
        QCOMPARE(ownerOf(QStringLiteral("P3")), QStringLiteral("sokafor"));
        moved = store.allocate({p3}, QStringLiteral("asmith"), QString(), today, m_lead,
                               TestData::personVersions(m_t->db->sql(), {p3}));
        QVERIFY(moved);
        QCOMPARE(moved.value(), 1);
        QCOMPARE(ownerOf(QStringLiteral("P3")), QStringLiteral("asmith"));

        auto history = store.history(p3);
        QVERIFY(history);
        QCOMPARE(history.value().size(), 2);
        const Allocation &latest = history.value().at(0);
        const Allocation &first = history.value().at(1);
        QCOMPARE(latest.fromOwner, QStringLiteral("sokafor"));
        QCOMPARE(latest.toOwner, QStringLiteral("asmith"));
        QCOMPARE(latest.allocatedOn, today);
        QCOMPARE(first.fromOwner, QStringLiteral("asmith"));
        QCOMPARE(first.toOwner, QStringLiteral("sokafor"));
        QCOMPARE(first.reason, QStringLiteral("cover"));
        QCOMPARE(first.allocatedBy, m_lead);

        // Re-allocating to the owner they have writes nothing.
        moved = store.allocate({p3}, QStringLiteral("asmith"), QString(), today, m_lead,
                               TestData::personVersions(m_t->db->sql(), {p3}));
        QVERIFY(moved);
        QCOMPARE(moved.value(), 0);
        QCOMPARE(store.history(p3).value().size(), 2);

        // The model shows the same, newest first, by display name.
        AllocationHistoryModel model(m_t->db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setPersonId(p3));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AllocationHistoryModel::From).data().toString(),
                 QStringLiteral("Sam Okafor"));
        QCOMPARE(model.index(0, AllocationHistoryModel::To).data().toString(),
                 QStringLiteral("Ann Smith"));
        QCOMPARE(model.index(0, AllocationHistoryModel::To).data(Roles::Code).toString(),
                 QStringLiteral("asmith"));
        QCOMPARE(model.index(1, AllocationHistoryModel::Reason).data().toString(),
                 QStringLiteral("cover"));
        QVERIFY(model.setPersonId(idOf(QStringLiteral("P1"))));
        QCOMPARE(model.rowCount(), 0);
    }

    // The user's day is the local day in every zone (issue 20): at 00:30 in British Summer
    // Time the UTC date is still yesterday, and allocating "today" was refused.
    void todayIsTheLocalDayInEveryZone_data()
    {
        QTest::addColumn<QByteArray>("tz");
        QTest::addColumn<QTime>("at");
        QTest::newRow("BST, after midnight") << QByteArray("Europe/London") << QTime(0, 30);
        QTest::newRow("ahead of UTC") << QByteArray("XYZ-22") << QTime(1, 0);
        QTest::newRow("behind UTC, evening") << QByteArray("Pacific/Pago_Pago") << QTime(22, 0);
    }
    void todayIsTheLocalDayInEveryZone()
    {
        QFETCH(QByteArray, tz);
        QFETCH(QTime, at);
        const QByteArray oldTz = qgetenv("TZ");
        const bool hadTz = qEnvironmentVariableIsSet("TZ");
        qputenv("TZ", tz);
        tzset();
        const auto restore = qScopeGuard([&] {
            if (hadTz)
                qputenv("TZ", oldTz);
            else
                qunsetenv("TZ");
            tzset();
        });
        const QDate day(2026, 6, 2);
        const Clock::Fixed fixed(QDateTime(day, at));
        QCOMPARE(Clock::today(), day);
        AllocationStore store(m_t->db->sql());
        const qint64 p1 = idOf(QStringLiteral("P1"));
        auto moved = store.allocate({p1}, QStringLiteral("sokafor"), QString(), Clock::today(),
                                    m_lead, TestData::personVersions(m_t->db->sql(), {p1}));
        QVERIFY2(moved, qPrintable(moved.status().error().toString()));
        QCOMPARE(moved.value(), 1);
        QCOMPARE(store.history(p1).value().at(0).allocatedOn, day);
        // Tomorrow is still refused.
        QVERIFY(!store.allocate({p1}, QStringLiteral("asmith"), QString(), day.addDays(1), m_lead,
                                TestData::personVersions(m_t->db->sql(), {p1})));
        // A reoffence on the local day is recorded too.
        Reoffence r;
        r.personId = p1;
        r.offenceOn = day;
        r.offence = QStringLiteral("Shoplifting");
        r.source = Reoffence::sources().first();
        auto recorded = ReoffenceStore(m_t->db->sql()).record(r, m_lead);
        QVERIFY2(recorded, qPrintable(recorded.status().error().toString()));
    }

    void refusals()
    {
        AllocationStore store(m_t->db->sql());
        const qint64 p1 = idOf(QStringLiteral("P1"));
        QVERIFY(!store.allocate({p1}, QString(), QString(), QDate::currentDate(), m_lead,
                                TestData::personVersions(m_t->db->sql(), {p1})));
        QVERIFY(!store.allocate({p1}, QStringLiteral("sokafor"), QString(),
                                QDate::currentDate().addDays(1), m_lead,
                                TestData::personVersions(m_t->db->sql(), {p1})));
        QCOMPARE(ownerOf(QStringLiteral("P1")), QStringLiteral("asmith"));
        QVERIFY(store.history(p1).value().isEmpty());
    }

    void workloadWeighedAgainstCapacity()
    {
        AllocationStore store(m_t->db->sql());
        auto loads = store.workload(QDate::currentDate());
        QVERIFY(loads);
        // Managers carry no caseload; CID's owner who is no user is listed, without capacity.
        QCOMPARE(loadOf(loads.value(), QStringLiteral("mgr")).owner, QStringLiteral("<absent>"));
        const auto ann = loadOf(loads.value(), QStringLiteral("asmith"));
        const auto sam = loadOf(loads.value(), QStringLiteral("sokafor"));
        const auto cid = loadOf(loads.value(), QStringLiteral("cidowner"));
        // Default weights 4, 3, 2, 1 and 1 for the detained.
        QCOMPARE(ann.people, qint64(5));
        QCOMPARE(ann.points, qint64(4 + 3 + 2 + 1 + 1));
        QCOMPARE(ann.points, WorkloadRules::points(ann.peopleByBand, WorkloadRules::Weights()));
        QCOMPARE(ann.percent(), 110);
        QVERIFY(ann.overCapacity());
        QCOMPARE(sam.points, qint64(8));
        QCOMPARE(sam.percent(), 160);
        QCOMPARE(cid.capacity, 0);
        QVERIFY(!cid.overCapacity());
        // Heaviest load first, owners without capacity last.
        QCOMPARE(loads.value().first().owner, QStringLiteral("sokafor"));
        QCOMPARE(loads.value().last().owner, QStringLiteral("cidowner"));

        // Other weights move the points.
        WorkloadRules::Weights w;
        w.byBand = {{0, 2}, {1, 5}, {2, 3}, {3, 2}, {4, 1}};
        const int read = store.weights().value().version;
        QCOMPARE(read, 1); // the row schema 22 made
        QVERIFY(store.setWeights(w, read));
        QCOMPARE(store.weights().value().byBand, w.byBand);
        QCOMPARE(store.weights().value().version, read + 1);
        // A save over the version read before is someone else's change lost: refused, and
        // nothing written.
        WorkloadRules::Weights stale = w;
        stale.byBand[1] = 6;
        const Status lost = store.setWeights(stale, read);
        QVERIFY(!lost);
        QCOMPARE(lost.error().code, EditConflict::Code);
        QCOMPARE(store.weights().value().byBand, w.byBand);
        // Saving what is there already changes nothing, not even the version.
        QVERIFY(store.setWeights(w, read + 1));
        QCOMPARE(store.weights().value().version, read + 1);
        loads = store.workload(QDate::currentDate());
        QCOMPARE(loadOf(loads.value(), QStringLiteral("asmith")).points, qint64(5 + 3 + 2 + 1 + 2));
        QCOMPARE(loadOf(loads.value(), QStringLiteral("asmith")).percent(), 130);
        WorkloadRules::Weights bad;
        bad.byBand[2] = 9; // heavier than band 1
        QVERIFY(!bad.problem().isEmpty());
        QVERIFY(!store.setWeights(bad, store.weights().value().version));

        // One team only.
        loads = store.workload(QDate::currentDate(), QStringLiteral("North"));
        QCOMPARE(loads.value().size(), 1);
        QCOMPARE(loads.value().first().owner, QStringLiteral("asmith"));
    }

    void workloadModel()
    {
        WorkloadModel model(m_t->db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 3);
        const int ann = model.rowOfOwner(QStringLiteral("asmith"));
        QVERIFY(ann >= 0);
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(ann, WorkloadModel::Name).toString(), QStringLiteral("Ann Smith"));
        QCOMPARE(cell(ann, WorkloadModel::Band1, Roles::Sort).toLongLong(), qint64(1));
        QCOMPARE(cell(ann, WorkloadModel::Band4, Roles::Sort).toLongLong(), qint64(1));
        QCOMPARE(cell(ann, WorkloadModel::Detained, Roles::Sort).toLongLong(), qint64(1));
        QCOMPARE(cell(ann, WorkloadModel::Points, Roles::Sort).toLongLong(), qint64(11));
        QCOMPARE(cell(ann, WorkloadModel::Load).toString(), QStringLiteral("110%"));
        QVERIFY(cell(ann, WorkloadModel::Load, Roles::Problem).toBool());
        QCOMPARE(cell(ann, WorkloadModel::Load, Qt::ForegroundRole).value<QColor>(),
                 QColor(0xb0, 0x1c, 0x1c));
        const int cid = model.rowOfOwner(QStringLiteral("cidowner"));
        QVERIFY(!cell(cid, WorkloadModel::Load, Roles::Problem).toBool());
        QVERIFY(!cell(cid, WorkloadModel::Load, Qt::ForegroundRole).isValid());
        QCOMPARE(model.overCapacityCount(), 2);
        QCOMPARE(model.peopleCount(), qint64(8));
        model.setTeam(QStringLiteral("South"));
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(0, WorkloadModel::Name).toString(), QStringLiteral("Sam Okafor"));
    }

    void usersModel()
    {
        UsersModel model(m_t->db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 3);
        const int sam = model.rowOfUser(QStringLiteral("sokafor"));
        QCOMPARE(model.index(sam, UsersModel::DisplayName).data().toString(),
                 QStringLiteral("Sam Okafor"));
        QCOMPARE(model.index(sam, UsersModel::Role).data().toString(),
                 QStringLiteral("Team leader"));
        QCOMPARE(model.index(sam, UsersModel::Capacity).data().toInt(), 5);
        QVERIFY(UserStore(m_t->db->sql())
                    .save(user(QStringLiteral("newbie"), QString(), QString(),
                               QStringLiteral("caseworker"), 30),
                          m_lead));
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 4);
    }

    void previewMatchesWorkloadAfter()
    {
        AllocationStore store(m_t->db->sql());
        // Sam's two band 1 people and CID's band 3 person go to Ann.
        const QVector<qint64> ids{idOf(QStringLiteral("P6")), idOf(QStringLiteral("P7")),
                                  idOf(QStringLiteral("P8"))};
        auto preview = store.preview(ids, QStringLiteral("asmith"));
        QVERIFY(preview);
        QCOMPARE(preview.value().size(), 3);
        const auto &ann = preview.value().at(0);
        QCOMPARE(ann.owner, QStringLiteral("asmith")); // the new owner first
        QCOMPARE(ann.beforePercent, 110);
        QCOMPARE(ann.afterPercent, 210); // (11 + 4 + 4 + 2) / 10
        QVERIFY(ann.overCapacityAfter);
        QCOMPARE(WorkloadRules::change(ann.beforePercent, ann.afterPercent),
                 QStringLiteral("110% → 210%"));

        QVERIFY(store.allocate(ids, QStringLiteral("asmith"), QString(), QDate::currentDate(),
                               m_lead, TestData::personVersions(m_t->db->sql(), ids)));
        const auto loads = store.workload(QDate::currentDate()).value();
        for (const AllocationStore::Effect &e : preview.value()) {
            const auto l = loadOf(loads, e.owner);
            QCOMPARE(l.percent(), e.afterPercent);
            QCOMPARE(l.overCapacity(), e.overCapacityAfter);
        }
        QCOMPARE(loadOf(loads, QStringLiteral("sokafor")).people, qint64(0));
        QCOMPARE(loadOf(loads, QStringLiteral("sokafor")).percent(), 0);
    }

    void userDialogRefuses()
    {
        UserDialog dialog({m_t->db->sql(), m_lead}, {QStringLiteral("North")});
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(name, QStringLiteral("ann smith"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("userProblem"))->text().isEmpty());
        name->setText(QStringLiteral("asmith")); // taken: refused in the dialog, which stays open
        QVERIFY(ok->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("userProblem"))
                    ->text()
                    .contains(QStringLiteral("already")));
        name->setText(QStringLiteral("bnew"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(UserStore(m_t->db->sql()).find(QStringLiteral("bnew")).value().has_value());
    }

    void allocateFromTheCaseload()
    {
        CaseloadView view({m_t->db->sql(), m_lead});
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        CaseloadModel *model = view.model();
        QTableView *table = view.table();
        // Sorted by family name: Adams (P1) and Clark (P3) are rows 0 and 2, both Ann's.
        QCOMPARE(model->index(0, int(CaseloadColumn::PersonRef)).data().toString(),
                 QStringLiteral("P1"));
        QCOMPARE(model->index(2, int(CaseloadColumn::PersonRef)).data().toString(),
                 QStringLiteral("P3"));
        const auto rowCentre = [&](int row) {
            return table->visualRect(model->index(row, int(CaseloadColumn::FamilyName))).center();
        };
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, rowCentre(0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, rowCentre(2));
        QCOMPARE(view.selectedPersonIds().size(), 2);

        QString previewText;
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            // A failed check returns early: close whatever is open, never hang in exec().
            const auto close = qScopeGuard([] {
                if (QWidget *open = QApplication::activeModalWidget())
                    open->close();
            });
            auto *dialog = qobject_cast<AllocateDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // nobody chosen yet
            QComboBox *combo = dialog->caseworkers();
            // The manager is no caseworker.
            QCOMPARE(combo->findData(QStringLiteral("mgr")), -1);
            QTest::keyClicks(combo, QStringLiteral("Sam"));
            QCOMPARE(dialog->toOwner(), QStringLiteral("sokafor"));
            QVERIFY(combo->currentText().contains(QStringLiteral("160%")));
            previewText = dialog->previewLabel()->text();
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        view.allocateAction()->trigger();
        QVERIFY(dialogSeen);
        QVERIFY2(previewText.contains(QStringLiteral("→")), qPrintable(previewText));
        // Sam gains 4 + 2 points on a capacity of 5, Ann loses them.
        QVERIFY2(previewText.contains(QStringLiteral("160% → 280%")), qPrintable(previewText));
        QVERIFY2(previewText.contains(QStringLiteral("110% → 50%")), qPrintable(previewText));

        // The caseload re-read: the owner column says the new owner.
        QCOMPARE(model->index(0, int(CaseloadColumn::CaseOwner)).data().toString(),
                 QStringLiteral("sokafor"));
        QCOMPARE(model->index(2, int(CaseloadColumn::CaseOwner)).data().toString(),
                 QStringLiteral("sokafor"));
        QCOMPARE(model->index(1, int(CaseloadColumn::CaseOwner)).data().toString(),
                 QStringLiteral("asmith"));
        QCOMPARE(ownerOf(QStringLiteral("P3")), QStringLiteral("sokafor"));

        // The person record's Allocation tab has the allocation.
        PersonRecordWidget record({m_t->db->sql(), m_lead}, idOf(QStringLiteral("P1")));
        QVERIFY(PersonRecordWidget::lowerTabKeys().contains(QStringLiteral("allocation")));
        QVERIFY(record.showLowerTab(QStringLiteral("allocation")));
        auto *tabs = record.findChild<QTabWidget *>(QStringLiteral("lowerTabs"));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("allocationView"));
        QCOMPARE(record.allocationModel()->rowCount(), 1);
        QCOMPARE(record.allocationModel()->index(0, AllocationHistoryModel::To).data().toString(),
                 QStringLiteral("Sam Okafor"));
    }
};

QTEST_MAIN(TestAllocation)
#include "tst_allocation.moc"
