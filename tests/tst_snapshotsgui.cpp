// Published figures in the window (issue 22): the list of publications, one figure compared
// between a publication and now or another, person by person, and File → Publish Figures….
#include "db/session.h"
#include "dialogs/publishfiguresdialog.h"
#include "domain/clock.h"
#include "domain/figurecomparison.h"
#include "figures/snapshotcapture.h"
#include "io/cidimporter.h"
#include "itemmodels/figurecomparisonmodel.h"
#include "itemmodels/publishedfiguresmodel.h"
#include "itemmodels/roles.h"
#include "lists/publishedfiguresview.h"
#include "snapshotdays.h"
#include "store/figuresnapshotstore.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

const QString Leader = QStringLiteral("tleader");

} // namespace

class TestSnapshotsGui : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    QTemporaryDir m_dir;
    qint64 m_first = 0;

    qint64 idOf(const QString &ref) const
    {
        QSqlQuery q(m_t.db->sql());
        q.prepare(QStringLiteral("SELECT id FROM person WHERE person_ref = ?"));
        q.addBindValue(ref);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    // The comparison the model layer makes, from publication `from` to now.
    FigureComparison expected(qint64 from, const QString &key) const
    {
        const QSqlDatabase db = m_t.db->sql();
        const auto earlier = FigureSnapshotStore(db).load(from);
        const auto now = SnapshotCapture::people(db, Moment::endOfDay(Clock::today()));
        if (!earlier || !now)
            qFatal("cannot read the snapshots");
        const auto c = FigureComparison::compare(earlier.value(), now.value(), key);
        if (!c)
            qFatal("no comparison of %s", qPrintable(key));
        return *c;
    }
    static QString headerOf(const FigureComparison &c)
    {
        return QStringLiteral("%1: %2 → %3 (%2 + %4 joined − %5 left)")
            .arg(c.figure)
            .arg(c.fromValue)
            .arg(c.toValue)
            .arg(c.joined.size())
            .arg(c.left.size());
    }
    // The view's table against the comparison: the header, one row per change, the people
    // joined and left adding up to the later value.
    static void checkView(PublishedFiguresView &view, const FigureComparison &c)
    {
        QCOMPARE(view.headerLabel()->text(), headerOf(c));
        QCOMPARE(c.toValue, c.fromValue + c.joined.size() - c.left.size());
        const QAbstractItemModel *rows = view.changesTable()->model();
        QCOMPARE(rows->rowCount(), int(c.joined.size() + c.left.size()));
        QSet<QString> joined, left, wantJoined, wantLeft;
        for (int r = 0; r < rows->rowCount(); ++r) {
            const QModelIndex change = rows->index(r, FigureComparisonModel::Change);
            const QString who =
                rows->index(r, FigureComparisonModel::Person).data().toString() + QLatin1Char(' ') +
                rows->index(r, FigureComparisonModel::WhatChanged).data().toString();
            (change.data(Roles::Code).toString() == QLatin1String("joined") ? joined : left) << who;
        }
        for (const auto &x : c.joined)
            wantJoined << x.personRef + QLatin1Char(' ') + x.text;
        for (const auto &x : c.left)
            wantLeft << x.personRef + QLatin1Char(' ') + x.text;
        QCOMPARE(joined, wantJoined);
        QCOMPARE(left, wantLeft);
        QCOMPARE(qint64(c.fromValue + joined.size() - left.size()), c.toValue);
    }

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_snapshotsgui"));
        QSqlDatabase db = m_t.db->sql();
        Session::setUser(db, Leader);
        m_first = SnapshotDays::publishedThenChanged(db, m_dir.path(), Leader);
        QVERIFY(m_first > 0);
    }

    void publishedModelListsPublications()
    {
        PublishedFiguresModel model(m_t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(PublishedFiguresModel::ColumnCount));
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(cell(PublishedFiguresModel::Id).toLongLong(), m_first);
        QCOMPARE(cell(PublishedFiguresModel::By).toString(), Leader);
        QCOMPARE(cell(PublishedFiguresModel::Label).toString(), QStringLiteral("Day one"));
        QCOMPARE(cell(PublishedFiguresModel::People).toLongLong(), 7);
        QVERIFY(!cell(PublishedFiguresModel::Published).toString().isEmpty());
        QVERIFY(cell(PublishedFiguresModel::Published, Roles::Sort)
                    .toString()
                    .endsWith(QLatin1Char('Z')));
        QCOMPARE(cell(PublishedFiguresModel::AsOf, Roles::Sort).toString(),
                 Clock::today().toString(Qt::ISODate));
        QCOMPARE(model.rowOf(m_first), 0);
        QCOMPARE(model.rowOf(m_first + 100), -1);
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    void comparisonModelShowsJoinedThenLeft()
    {
        const FigureComparison c = expected(m_first, QStringLiteral("non_detained"));
        QVERIFY(!c.joined.isEmpty());
        QVERIFY(!c.left.isEmpty());
        FigureComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setComparison(c);
        QCOMPARE(model.rowCount(), int(c.joined.size() + c.left.size()));
        QCOMPARE(model.columnCount(), int(FigureComparisonModel::ColumnCount));
        for (int r = 0; r < model.rowCount(); ++r) {
            const bool isJoined = r < c.joined.size();
            const FigureComparison::Change &want =
                isJoined ? c.joined.at(r) : c.left.at(r - c.joined.size());
            const auto cell = [&](int column, int role = Qt::DisplayRole) {
                return model.index(r, column).data(role);
            };
            QCOMPARE(cell(FigureComparisonModel::Change).toString(),
                     isJoined ? QStringLiteral("Joined") : QStringLiteral("Left"));
            QCOMPARE(cell(FigureComparisonModel::Person).toString(), want.personRef);
            QCOMPARE(cell(FigureComparisonModel::Reason).toString(),
                     FigureComparisonModel::reasonName(want.reason));
            QCOMPARE(cell(FigureComparisonModel::Reason, Roles::Code).toString(),
                     FigureComparison::reasonKey(want.reason));
            QCOMPARE(cell(FigureComparisonModel::WhatChanged).toString(), want.text);
            QCOMPARE(cell(FigureComparisonModel::Person, Roles::PersonId).toLongLong(),
                     want.personId);
            QCOMPARE(want.personId, idOf(want.personRef));
        }
        // P7 is new; P3 was detained.
        QVERIFY(std::any_of(c.joined.cbegin(), c.joined.cend(), [](const auto &x) {
            return x.personRef == QLatin1String("P7") &&
                   x.reason == FigureComparison::Reason::NewInExtract;
        }));
        QVERIFY(std::any_of(c.left.cbegin(), c.left.cend(), [](const auto &x) {
            return x.personRef == QLatin1String("P3") &&
                   x.reason == FigureComparison::Reason::Custody;
        }));
        for (int s = 0; s < model.columnCount(); ++s)
            QVERIFY(!model.headerData(s, Qt::Horizontal).toString().isEmpty());
        const auto groups = FigureComparison::byReason(c.left);
        QVERIFY(!groups.isEmpty());
        QVERIFY(groups.first().second >= groups.last().second);
        model.setComparison(std::nullopt);
        QCOMPARE(model.rowCount(), 0);
    }

    // Opened, the view selects the newest publication and compares non_detained with now.
    void viewComparesTheNewestWithNow()
    {
        PublishedFiguresView view({m_t.db->sql(), Leader});
        QCOMPARE(view.selectedPublication(), m_first);
        QCOMPARE(view.figureCombo()->currentData().toString(), QStringLiteral("non_detained"));
        QVERIFY(!view.figureCombo()->toolTip().isEmpty());
        QCOMPARE(view.targetCombo()->currentData().toLongLong(), qint64(0));
        QCOMPARE(view.targetCombo()->count(), 1); // now alone: no other publication
        checkView(view, expected(m_first, QStringLiteral("non_detained")));
        QVERIFY(view.reasonsLabel()->text().contains(
            FigureComparisonModel::reasonName(FigureComparison::Reason::NewInExtract)));

        // Another figure: by_band/3, which P1 left for band 4.
        const FigureComparison band3 = expected(m_first, QStringLiteral("by_band/3"));
        view.figureCombo()->setCurrentIndex(
            view.figureCombo()->findData(QStringLiteral("by_band/3")));
        checkView(view, band3);
        QVERIFY(std::any_of(band3.left.cbegin(), band3.left.cend(),
                            [](const auto &x) { return x.personRef == QLatin1String("P1"); }));

        // Enter on a row opens its person, sorted or not.
        view.changesTable()->sortByColumn(FigureComparisonModel::Person, Qt::DescendingOrder);
        QSignalSpy open(&view, &PublishedFiguresView::openPerson);
        view.changesTable()->setFocus();
        const QModelIndex first = view.changesTable()->model()->index(0, 0);
        view.changesTable()->setCurrentIndex(first);
        QTest::keyClick(view.changesTable(), Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        const QString ref = first.siblingAtColumn(FigureComparisonModel::Person).data().toString();
        QCOMPARE(open.at(0).at(0).toLongLong(), idOf(ref));

        // The figure chosen is remembered for the next view.
        PublishedFiguresView again({m_t.db->sql(), Leader});
        QCOMPARE(again.figureCombo()->currentData().toString(), QStringLiteral("by_band/3"));
        again.figureCombo()->setCurrentIndex(
            again.figureCombo()->findData(QStringLiteral("non_detained")));
    }

    // A second publication is selected when the view reads it; comparing the first with it
    // gives what comparing with now gave, since nothing changed between.
    void viewComparesTwoPublications()
    {
        PublishedFiguresView view({m_t.db->sql(), Leader});
        const QString key = QStringLiteral("non_detained");
        const FigureComparison withNow = expected(m_first, key);
        const auto second = SnapshotCapture::publish(m_t.db->sql(), Leader, QString());
        QVERIFY(second);
        view.reload();
        QCOMPARE(view.publications()->rowCount(), 2);
        QCOMPARE(view.selectedPublication(), second.value().id);
        // From the second to now: nobody moved.
        QCOMPARE(view.changesTable()->model()->rowCount(), 0);
        QVERIFY(view.headerLabel()->text().startsWith(
            QStringLiteral("%1: %2 → %2 ").arg(key).arg(withNow.toValue)));

        QVERIFY(view.selectPublication(m_first));
        QCOMPARE(view.targetCombo()->count(), 2);
        const int secondTarget = view.targetCombo()->findData(second.value().id);
        QVERIFY(secondTarget >= 0);
        view.targetCombo()->setCurrentIndex(secondTarget);
        checkView(view, withNow);
    }

    void emptyViewSaysHowToPublish()
    {
        TestDatabase t;
        PublishedFiguresView view({t.db->sql(), Leader});
        view.show();
        QCOMPARE(view.publications()->rowCount(), 0);
        QCOMPARE(view.selectedPublication(), qint64(0));
        auto *empty = view.findChild<QLabel *>(QStringLiteral("publishedEmpty"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("No figures have been published")),
                 qPrintable(empty->text()));
        QVERIFY(!view.figureCombo()->isEnabled());
        QCOMPARE(view.changesTable()->model()->rowCount(), 0);
        QVERIFY(view.headerLabel()->text().isEmpty());
    }

    // The dialog publishes for a team leader; a caseworker's refusal is shown in it.
    void dialogPublishesOrSaysWhyNot()
    {
        TestDatabase t;
        QSqlDatabase db = t.db->sql();
        QVERIFY(SnapshotDays::import(db, m_dir.path(), SnapshotDays::DayOne));
        QVERIFY(TestData::addTeams(*t.db).ok());
        // With an administrator the permissions hold.
        QVERIFY(TestData::addAdmin(db).ok());

        Session::setUser(db, QStringLiteral("cwa"));
        {
            PublishFiguresDialog dialog({db, QStringLiteral("cwa")});
            dialog.show();
            dialog.labelEdit()->setText(QStringLiteral("Not mine"));
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QVERIFY(dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("may not")),
                     qPrintable(dialog.problemLabel()->text()));
            QCOMPARE(dialog.snapshotId(), qint64(0));
            QCOMPARE(FigureSnapshotStore(db).list().value().size(), 0);
        }
        {
            MainWindow window(t.db, QStringLiteral("cwa"));
            auto *action = window.findChild<QAction *>(QStringLiteral("publishFiguresAction"));
            QVERIFY(action);
            QVERIFY(!action->isEnabled());
            QVERIFY(!action->toolTip().isEmpty());
        }

        Session::setUser(db, Leader);
        {
            MainWindow window(t.db, Leader);
            auto *action = window.findChild<QAction *>(QStringLiteral("publishFiguresAction"));
            QVERIFY(action);
            QVERIFY(action->isEnabled());
        }
        Session::setUser(db, Leader);
        PublishFiguresDialog dialog({db, Leader});
        QCOMPARE(dialog.labelEdit()->maxLength(), FigureSnapshotStore::MaxLabel);
        dialog.show();
        dialog.labelEdit()->setText(QStringLiteral("Q3 return"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.problemLabel()->text().isEmpty());
        const auto list = FigureSnapshotStore(db).list();
        QVERIFY(list);
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(dialog.snapshotId(), list.value().at(0).id);
        QCOMPARE(dialog.people(), list.value().at(0).people);
        QVERIFY(dialog.people() > 0);
        QCOMPARE(list.value().at(0).label, QStringLiteral("Q3 return"));
    }

    // The window's menu shows the view, under the registry's key.
    void windowShowsTheView()
    {
        MainWindow window(m_t.db, Leader);
        auto *action = window.findChild<QAction *>(QStringLiteral("publishedAction"));
        QVERIFY(action);
        action->trigger();
        auto *view = qobject_cast<PublishedFiguresView *>(window.tabs()->currentWidget());
        QVERIFY(view);
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()),
                 QStringLiteral("Published Figures"));
        QVERIFY(view->selectedPublication() > 0);
        const int tabs = window.tabs()->count();
        QVERIFY(window.showView(QStringLiteral("published")));
        QCOMPARE(window.tabs()->count(), tabs);
    }

    // File → Publish Figures…: the dialog, the message naming the snapshot and its people, and
    // the view showing the new publication.
    void publishFromTheWindow()
    {
        MainWindow window(m_t.db, Leader);
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("publishFiguresAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QString told;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<PublishFiguresDialog *>(modal)) {
                dialog->labelEdit()->setText(QStringLiteral("From the window"));
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                told = box->text();
                box->accept();
            }
        });
        answer.start(20);
        action->trigger();
        answer.stop();
        const auto list = FigureSnapshotStore(m_t.db->sql()).list();
        QVERIFY(list);
        const FigureSnapshotStore::Published &newest = list.value().at(0);
        QCOMPARE(newest.label, QStringLiteral("From the window"));
        QVERIFY2(told.contains(QStringLiteral("snapshot %1").arg(newest.id)) &&
                     told.contains(QStringLiteral("%1 person").arg(newest.people)),
                 qPrintable(told));
        auto *view = qobject_cast<PublishedFiguresView *>(window.tabs()->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->selectedPublication(), newest.id);
        QCOMPARE(view->publications()->rowCount(), int(list.value().size()));
    }

    // showPart("ID/figure", as the dashboard asks for it): that publication and figure, with
    // now, whatever was chosen before; nothing for a publication or figure not offered.
    void showPartComparesWithNow()
    {
        PublishedFiguresView view({m_t.db->sql(), Leader});
        QVERIFY(view.selectedPublication() != m_first);
        QVERIFY(view.targetCombo()->count() > 1);
        view.targetCombo()->setCurrentIndex(1);
        QVERIFY(view.showPart(QStringLiteral("%1/by_band/3").arg(m_first)));
        QCOMPARE(view.selectedPublication(), m_first);
        QCOMPARE(view.figureCombo()->currentData().toString(), QStringLiteral("by_band/3"));
        QCOMPARE(view.targetCombo()->currentData().toLongLong(), qint64(0));
        checkView(view, expected(m_first, QStringLiteral("by_band/3")));
        QVERIFY(!view.showPart(QStringLiteral("999999/non_detained")));
        QVERIFY(!view.showPart(QStringLiteral("%1/no_such_figure").arg(m_first)));
        QVERIFY(!view.showPart(QStringLiteral("non_detained")));
        QCOMPARE(view.selectedPublication(), m_first);
        view.figureCombo()->setCurrentIndex(
            view.figureCombo()->findData(QStringLiteral("non_detained")));
    }
};

QTEST_MAIN(TestSnapshotsGui)
#include "tst_snapshotsgui.moc"
