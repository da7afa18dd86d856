// Travel documents: what makes one complete and usable, the store, "at a glance" counting each
// person once at their most advanced document, the models under QAbstractItemModelTester and
// the person's tab used through its dialog.
#include "dialogs/traveldocumentdialog.h"
#include "itemmodels/roles.h"
#include "itemmodels/traveldocsglancemodel.h"
#include "itemmodels/traveldocumentsmodel.h"
#include "person/personrecordwidget.h"
#include "person/persontraveldocspanel.h"
#include "store/traveldocumentstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTimer>

class TestTravelDocs : public QObject
{
    Q_OBJECT

    const QDate m_asOf{2026, 6, 1};

    static TravelDocument doc(qint64 person, const char *status, const QDate &expires = QDate())
    {
        TravelDocument d;
        d.personId = person;
        d.status = QLatin1String(status);
        d.appliedOn = QDate(2026, 1, 10);
        d.interviewHeldOn = QDate(2026, 2, 1);
        d.expiresOn = expires;
        return d;
    }

private slots:
    void initTestCase() { TestData::isolateSettings(QStringLiteral("tst_traveldocs")); }

    void problems_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("applied");
        QTest::addColumn<bool>("held");
        QTest::addColumn<bool>("expires");
        QTest::addColumn<bool>("ok");
        QTest::newRow("to apply, nothing yet") << "to_apply" << false << false << false << true;
        QTest::newRow("applied without a date") << "applied" << false << false << false << false;
        QTest::newRow("applied") << "applied" << true << false << false << true;
        QTest::newRow("interviewed without the day")
            << "interviewed" << true << false << false << false;
        QTest::newRow("issued without expiry") << "issued" << true << true << false << false;
        QTest::newRow("issued") << "issued" << true << true << true << true;
        QTest::newRow("unknown status") << "lost" << true << true << true << false;
    }
    void problems()
    {
        QFETCH(QString, status);
        QFETCH(bool, applied);
        QFETCH(bool, held);
        QFETCH(bool, expires);
        QFETCH(bool, ok);
        TravelDocument d;
        d.personId = 1;
        d.status = status;
        d.appliedOn = applied ? QDate(2026, 1, 1) : QDate();
        d.interviewHeldOn = held ? QDate(2026, 2, 1) : QDate();
        d.expiresOn = expires ? QDate(2027, 1, 1) : QDate();
        QCOMPARE(d.problem().isEmpty(), ok);
        // A passport needs no application date.
        d.kind = QStringLiteral("passport");
        if (status == QLatin1String("applied"))
            QVERIFY(d.problem().isEmpty());
    }

    void usable()
    {
        QVERIFY(doc(1, "issued", QDate(2026, 6, 1)).isUsable(m_asOf)); // expires that day
        QVERIFY(!doc(1, "issued", QDate(2026, 5, 31)).isUsable(m_asOf));
        QVERIFY(!doc(1, "interviewed").isUsable(m_asOf));
    }

    void atAGlanceCountsEachPersonOnceAtTheirBest()
    {
        TestDatabase t;
        QVector<PersonStore::NewPerson> people;
        const auto p = [](const char *ref, const char *nationality,
                          const QString &custody = QStringLiteral("NON_DETAINED")) {
            auto n = TestData::person(QLatin1String(ref), QStringLiteral("F"), QStringLiteral("G"),
                                      QString(), 24, {}, QStringLiteral("CC Leeds"),
                                      QStringLiteral("sokafor"), custody);
            n.details.nationality = QLatin1String(nationality);
            return n;
        };
        QVERIFY(TestData::add(*t.db, {p("A", "ALB"), p("B", "ALB"), p("C", "ALB"), p("D", "JAM"),
                                      p("E", "JAM"), p("F", "ALB", QStringLiteral("DETAINED"))}));
        TravelDocumentStore store(t.db->sql());
        // A: refused, then issued and valid: usable. B: applied. C: nothing. D: expired only.
        // E: refused. F: detained, not counted.
        QVERIFY(store.save(doc(1, "refused"), QStringLiteral("u")));
        QVERIFY(store.save(doc(1, "issued", QDate(2027, 1, 1)), QStringLiteral("u")));
        QVERIFY(store.save(doc(2, "applied"), QStringLiteral("u")));
        QVERIFY(store.save(doc(4, "issued", QDate(2026, 3, 1)), QStringLiteral("u")));
        QVERIFY(store.save(doc(5, "refused"), QStringLiteral("u")));
        QVERIFY(store.save(doc(6, "issued", QDate(2027, 1, 1)), QStringLiteral("u")));
        QVERIFY(!store.save(doc(2, "issued"), QStringLiteral("u"))); // no expiry

        TravelDocsGlanceModel model(t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAsOf(m_asOf);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 2);
        const TravelDocumentStore::Nationality alb = model.rowAt(0);
        QCOMPARE(alb.nationality, QStringLiteral("ALB"));
        QCOMPARE(alb.people, 3);
        QCOMPARE(alb.usable, 1);
        QCOMPARE(alb.inProgress, 1);
        QCOMPARE(alb.noDocument, 1);
        QCOMPARE(alb.refusedOrExpired, 0);
        const TravelDocumentStore::Nationality jam = model.rowAt(1);
        QCOMPARE(jam.people, 2);
        QCOMPARE(jam.refusedOrExpired, 2);
        QCOMPARE(model.index(1, TravelDocsGlanceModel::RefusedOrExpired).data().toLongLong(), 2);

        // An update keeps the document and who changed it.
        TravelDocument b = store.forPerson(2).value().first();
        b.status = QStringLiteral("interview_tasked");
        b.interviewTaskedOn = QDate(2026, 2, 10);
        QVERIFY(store.save(b, QStringLiteral("jmensah")));
        const auto again = store.forPerson(2);
        QCOMPARE(again.value().size(), 1);
        QCOMPARE(again.value().first().status, QStringLiteral("interview_tasked"));
        QCOMPARE(again.value().first().updatedBy, QStringLiteral("jmensah"));

        TravelDocumentsModel person(t.db->sql());
        QAbstractItemModelTester personTester(
            &person, QAbstractItemModelTester::FailureReportingMode::QtTest);
        person.setAsOf(m_asOf);
        QVERIFY(person.setPersonId(4));
        QCOMPARE(person.index(0, TravelDocumentsModel::Status).data().toString(),
                 QStringLiteral("Expired"));
        QVERIFY(person.index(0, 0).data(Roles::Problem).toBool());
        QVERIFY(!person.hasUsable());
        QVERIFY(person.setPersonId(1));
        QVERIFY(person.hasUsable());
    }

    void personTabAddsADocument()
    {
        TestDatabase t;
        QVERIFY(TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("F"),
                                                       QStringLiteral("G"), QString(), 24)}));
        PersonRecordWidget record({t.db->sql(), QStringLiteral("sokafor")}, 1);
        PersonTravelDocsPanel *panel = record.travelDocsPanel();
        auto *tabs = record.findChild<QTabWidget *>(QStringLiteral("lowerTabs"));
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Travel documents"));
        tabs->setCurrentWidget(panel);
        record.show();
        QVERIFY(QTest::qWaitForWindowExposed(&record));
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TravelDocumentDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            dialog->setStatus(QStringLiteral("issued"));
            QVERIFY(!ok->isEnabled()); // an issued ETD needs its dates
            dialog->setDate("appliedEdit", QDate(2026, 1, 5));
            dialog->setDate("interviewHeldEdit", QDate(2026, 2, 5));
            dialog->setDate("expiresEdit", QDate::currentDate().addYears(1));
            auto *embassy = dialog->findChild<QLineEdit *>(QStringLiteral("embassyEdit"));
            embassy->setFocus();
            QTest::keyClicks(embassy, QStringLiteral("Embassy of Albania"));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addDocumentButton")),
                          Qt::LeftButton);
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->documentAt(0).embassy, QStringLiteral("Embassy of Albania"));
        QCOMPARE(panel->model()->documentAt(0).updatedBy, QStringLiteral("sokafor"));
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Travel documents (usable)"));
    }
};

QTEST_MAIN(TestTravelDocs)
#include "tst_traveldocs.moc"
