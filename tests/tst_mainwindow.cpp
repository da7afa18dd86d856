// The real main window: status bar counts, opening people in tabs, views for screenshots.
#include "caseload/caseloadview.h"
#include "common/usersettings.h"
#include "db/session.h"
#include "db/transaction.h"
#include "figures/dashboard.h"
#include "figures/figures.h"
#include "import/importdialog.h"
#include "import/importresultsdialog.h"
#include "itemmodels/caseloadmodel.h"
#include "person/personrecordwidget.h"
#include "store/accessstore.h"
#include "store/auditstore.h"
#include "store/backup.h"
#include "testsupport.h"
#include "window/mainwindow.h"
#include "window/referencedialog.h"
#include "window/viewregistry.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

class TestMainWindow : public QObject
{
    Q_OBJECT

    TestDatabase m_t;

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_mainwindow"));
        QVERIFY(TestData::add(
            *m_t.db, {TestData::person(QStringLiteral("P0000001"), QStringLiteral("García"),
                                       QStringLiteral("José"), QStringLiteral("2"), 24),
                      TestData::person(QStringLiteral("P0000002"), QStringLiteral("Okafor"),
                                       QStringLiteral("Ngozi"), QStringLiteral("0"), 12,
                                       {QStringLiteral("ASYLUM")}),
                      TestData::person(QStringLiteral("P0000003"), QStringLiteral("Smith"),
                                       QStringLiteral("John"), QStringLiteral("1"), 6)}));
    }

    // Issue 19: entries cut from the end of the audit log leave a shorter chain that still
    // verifies; the window remembers the newest entry it saw on each database and says so
    // when it opens a log that no longer holds it, until the user accepts the log as it is.
    void auditLogCutBackIsToldOnOpening()
    {
        TestDatabase t;
        QVERIFY(
            TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Okafor"),
                                                   QStringLiteral("Ngozi"), QString(), 12)}));
        QSqlDatabase db = t.db->sql();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM person")) && q.next());
        const qint64 person = q.value(0).toLongLong();
        q.finish();
        const auto warning = [](const MainWindow &w) {
            return w.findChild<QMessageBox *>(QStringLiteral("auditHeadWarning"));
        };
        {
            MainWindow window(t.db, QStringLiteral("sokafor"));
            QVERIFY(!warning(window));
            // Entries written while it is open are remembered when it closes.
            for (int i = 0; i < 3; ++i)
                QVERIFY(AuditStore(db).recordOpened(person));
        }
        {
            MainWindow window(t.db, QStringLiteral("sokafor"));
            QVERIFY(!warning(window)); // the same log, and more since is no problem
            QVERIFY(AuditStore(db).recordOpened(person));
        }
        // The newest two entries removed by someone who can drop the triggers (each engine's
        // own: PostgreSQL's one trigger guards updates and deletes alike).
        QVERIFY(q.exec(t.onPostgres()
                           ? QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")
                           : QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id >= (SELECT MAX(id) - 1 "
                                      "FROM audit_log)")));
        QVERIFY(AuditStore(db).verify().value().intact); // what the chain alone cannot show
        for (int opening = 0; opening < 2; ++opening) {
            MainWindow window(t.db, QStringLiteral("sokafor"));
            QMessageBox *box = warning(window);
            QVERIFY2(box, "no warning on opening a log cut back");
            QVERIFY2(box->text().contains(QLatin1String("cut from its end")),
                     qPrintable(box->text()));
            // Kept: it warns again next time (the loop's second opening).
            if (opening == 1) {
                auto *accept = box->findChild<QPushButton *>(QStringLiteral("acceptAuditLog"));
                QVERIFY(accept);
                accept->click();
            } else {
                box->reject();
            }
        }
        MainWindow accepted(t.db, QStringLiteral("sokafor"));
        QVERIFY(!warning(accepted));
    }

    // Issue 19: a window started as someone other than the OS user opens a local file as
    // them only when it is a demo (or the OS user is its administrator): else a message box
    // says why and the window stays where it was. Started as oneself, any file opens; one that
    // others may read says so in the status bar.
    void actingAsSomeoneElseNeedsADemo()
    {
        const QString os = Session::osUser();
        QTemporaryDir dir;
        auto first = Database::open(dir.filePath(QStringLiteral("first.sqlite")));
        auto second = Database::open(dir.filePath(QStringLiteral("second.sqlite")));
        QVERIFY(first && second);
        MainWindow window(first.value(), QStringLiteral("not-") + os);
        QString shown;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("actAsRefusedBox"))
                return;
            shown = box->text();
            box->accept();
        });
        QVERIFY(!window.useLocalDatabase(second.value()));
        QVERIFY2(shown.contains(second.value()->location()) && shown.contains(os),
                 qPrintable(shown));
        QCOMPARE(window.database(), first.value());
        QCOMPARE(window.currentUser(), QStringLiteral("not-") + os);

        const QSqlDatabase sql = second.value()->sql();
        QVERIFY(Transaction::run(sql, [&] { return AccessStore(sql).markDemoInTransaction(); }));
        QVERIFY(window.useLocalDatabase(second.value()));
        QCOMPARE(window.database(), second.value());
        QCOMPARE(window.currentUser(), QStringLiteral("not-") + os);

        const QString shared = dir.filePath(QStringLiteral("shared.sqlite"));
        QVERIFY(Database::open(shared));
        QVERIFY(QFile::setPermissions(shared, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        auto third = Database::open(shared, Database::Create::Never);
        QVERIFY(third);
        MainWindow mine(first.value(), os);
        QVERIFY(mine.useLocalDatabase(third.value()));
        QCOMPARE(mine.database(), third.value());
        QVERIFY2(mine.statusBar()->currentMessage().contains(shared),
                 qPrintable(mine.statusBar()->currentMessage()));
    }

    // Issue 18: File → Import CID Extract on an extract that leaves out many of the cases held
    // asks first; Cancel imports nothing, the other answer marks them missing.
    void importAsksBeforeMarkingManyMissing()
    {
        TestDatabase t;
        QTemporaryDir dir;
        const QString cases = dir.filePath(QStringLiteral("cases.csv"));
        const auto write = [&](const QByteArray &rows) {
            QFile f(cases);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("case_ref,person_ref,case_type,family_name\n" + rows);
        };
        write("CC/1,P1,CRIMINAL,Okafor\nCC/2,P2,CRIMINAL,Nowak\nCC/3,P3,CRIMINAL,Ahmed\n");
        QVERIFY(CidImporter::run(t.db->sql(), cases, QString(), QStringLiteral("sokafor")));
        write("CC/1,P1,CRIMINAL,Okafor\n");
        const auto missing = [&] {
            QSqlQuery q(t.db->sql());
            q.exec(QStringLiteral("SELECT COUNT(*) FROM cid_case WHERE missing_since IS NOT NULL"));
            return q.next() ? q.value(0).toInt() : -1;
        };

        MainWindow window(t.db, QStringLiteral("sokafor"));
        window.show();
        QAction *import = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("&Import CID Extract…"))
                import = a;
        }
        QVERIFY(import);
        QString asked;
        bool answerImport = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<ImportDialog *>(modal)) {
                dialog->findChild<QLineEdit *>(QStringLiteral("casesPathEdit"))->setText(cases);
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                asked = box->text() + QLatin1Char(' ') + box->detailedText();
                const QString wanted = answerImport ? QStringLiteral("Import and Mark Them Missing")
                                                    : QStringLiteral("Cancel Import");
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text() == wanted)
                        b->click();
                }
            } else if (auto *results = qobject_cast<ImportResultsDialog *>(modal)) {
                results->accept();
            }
        });
        answer.start(20);

        import->trigger();
        QVERIFY2(asked.contains(QStringLiteral("2 of the 3 cases held")) &&
                     asked.contains(QStringLiteral("CC/2, CC/3")),
                 qPrintable(asked));
        QCOMPARE(missing(), 0);
        QVERIFY(
            window.statusBar()->currentMessage().contains(QStringLiteral("nothing was imported")));

        asked.clear();
        answerImport = true;
        import->trigger();
        QVERIFY(!asked.isEmpty());
        QCOMPARE(missing(), 2);
    }

    // Issue 19: File → Back Up… writes a checked copy where the dialog says, reports what it
    // checked, starts the next time in the folder chosen last, and never replaces a file.
    void backUpWritesACheckedCopy()
    {
        TestDatabase t;
        MainWindow window(t.db, QStringLiteral("sokafor"));
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("backupAction"));
        QVERIFY(action);
        if (t.onPostgres()) {
            QVERIFY(!action->isEnabled());
            QVERIFY(action->toolTip().contains(QStringLiteral("pg_dump")));
            return;
        }
        QVERIFY(action->isEnabled());
        QVERIFY(TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Ali"),
                                                       QStringLiteral("Sam"), QString(), 6)}));
        // The folder chosen last time (per user and database): the dialog offers it with the
        // suggested name, which is taken as offered (the dialog's own typing is not under test).
        QTemporaryDir dir;
        UserSettings(t.db->sql(), QStringLiteral("sokafor"))
            .setValue(QStringLiteral("backup/folder"), dir.path());
        const QString target = dir.filePath(Backup::suggestedName(t.path(), QDate::currentDate()));
        QString offered, shown;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                offered = files->selectedFiles().value(0);
                QMetaObject::invokeMethod(files, "accept");
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                shown = box->windowTitle() + QLatin1Char(' ') + box->text();
                box->accept();
            }
        });
        answer.start(20);

        action->trigger();
        QVERIFY2(
            offered.endsWith(
                Backup::suggestedName(t.path(), QDate::currentDate()).prepend(QLatin1Char('/'))),
            qPrintable(offered));
        QVERIFY2(shown.startsWith(QStringLiteral("Backup complete")) &&
                     shown.contains(QStringLiteral("audit trail is intact (1 entr")),
                 qPrintable(shown));
        const auto verified = Backup::verify(target);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().toString()));
        QCOMPARE(verified.value().auditEntries, qint64(1));

        // Again: the same name is offered, and refused; the file is kept.
        const QByteArray hash = TestData::fileHash(target);
        shown.clear();
        action->trigger();
        QCOMPARE(offered, target);
        QVERIFY2(shown.startsWith(QStringLiteral("Backup failed")) &&
                     shown.contains(QStringLiteral("already exists")),
                 qPrintable(shown));
        QCOMPARE(TestData::fileHash(target), hash);
    }

    void statusBarCountsPeople()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        window.show();
        QVERIFY(window.showView(QStringLiteral("caseload"))); // Today opens in front of it
        auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("3 of 3 people"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("okafor"));
        QTRY_COMPARE(count->text(), QStringLiteral("1 of 3 people"));
    }

    // Issue 16: the count is the caseload's, so it shows only while the caseload is in front;
    // the queue, the diary and a record have their own summaries.
    void statusBarDescribesTheTabInFront()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
        // Today, in front at the start, says what it lists; the caseload counts its people.
        QVERIFY(count->text().contains(QStringLiteral("sections")));
        QVERIFY(window.showView(QStringLiteral("caseload")));
        QCOMPARE(count->text(), QStringLiteral("3 of 3 people"));
        for (const QString &view :
             {QStringLiteral("noncompliance"), QStringLiteral("diary"), QStringLiteral("dashboard"),
              QStringLiteral("person:P0000002")}) {
            QVERIFY(window.showView(view));
            QVERIFY2(count->text().isEmpty(),
                     qPrintable(view + QLatin1String(": ") + count->text()));
        }
        // The caseload re-read behind another tab (someone else's change) leaves it alone.
        window.caseloadView()->refreshKeepingPlace();
        QVERIFY(count->text().isEmpty());
        QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+1")));
        QCOMPARE(window.tabs()->currentWidget(), window.caseloadView());
        QCOMPARE(count->text(), QStringLiteral("3 of 3 people"));
    }

    // Issue 21: the views are one table (ViewRegistry). Each key opens its view, once, under
    // its title, with the keyboard on its list; the View menu has an action for each with its
    // key; a change made in one view leaves the others to catch up when shown.
    void viewsComeFromTheRegistry()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSet<QString> keys;
        QVector<ViewBase *> views;
        for (const ViewRegistry::Entry &entry : ViewRegistry::entries()) {
            QVERIFY2(!keys.contains(entry.key), qPrintable(entry.key));
            keys << entry.key;
            auto *action = window.findChild<QAction *>(ViewRegistry::actionName(entry.key));
            QVERIFY2(action, qPrintable(entry.key));
            QCOMPARE(action->text(), entry.menuText);
            QCOMPARE(action->shortcut(), entry.shortcut);
            action->trigger();
            auto *view = qobject_cast<ViewBase *>(window.tabs()->currentWidget());
            QVERIFY2(view, qPrintable(entry.key));
            QCOMPARE(view->key(), entry.partOf.isEmpty() ? entry.key : entry.partOf);
            QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), view->title());
            if (QWidget *focus = view->defaultFocus(); focus && view != window.caseloadView())
                QVERIFY2(focus->hasFocus(), qPrintable(entry.key));
            if (!views.contains(view))
                views << view;
            // Asked again, the same tab.
            const int tabs = window.tabs()->count();
            QVERIFY(window.showView(entry.key));
            QCOMPARE(window.tabs()->count(), tabs);
            QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(view));
        }
        QCOMPARE(ViewRegistry::actionName(QStringLiteral("note_qa")),
                 QStringLiteral("noteQaAction"));
        // documents_to_seek is a part of the ripe view: one tab fewer than keys.
        QCOMPARE(views.size(), keys.size() - 1);
        QCOMPARE(window.tabs()->count(), int(views.size()));
        const Status unknown = window.showView(QStringLiteral("no_such_view"));
        QVERIFY(!unknown);
        for (const QString &key : std::as_const(keys))
            QVERIFY2(unknown.error().message.contains(key), qPrintable(key));

        // A view's change: the other views are stale until shown, then read again.
        QVERIFY(window.showView(QStringLiteral("diary")));
        auto *diary = qobject_cast<ViewBase *>(window.tabs()->currentWidget());
        QCOMPARE(diary->key(), QStringLiteral("diary"));
        emit diary->personChanged(0);
        QVERIFY(!diary->isStale());
        for (const ViewBase *v : std::as_const(views))
            if (v != diary)
                QVERIFY2(v->isStale(), qPrintable(v->key()));
        QVERIFY(window.showView(QStringLiteral("workload")));
        QVERIFY(!qobject_cast<ViewBase *>(window.tabs()->currentWidget())->isStale());
    }

    // Issue 16: Help held only About. F1 lists every shortcut of the menus and of the caseload,
    // read from the actions: one added later is listed without anyone typing it in.
    void f1ListsEveryShortcut()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QMenu *viewMenu = nullptr;
        for (QAction *a : window.menuBar()->actions())
            if (a->text() == QLatin1String("&View"))
                viewMenu = a->menu();
        QVERIFY(viewMenu);
        viewMenu->addAction(QStringLiteral("Test &Extra…"))
            ->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+F12")));

        QTest::keyClick(&window, Qt::Key_F1);
        auto *dialog = window.findChild<ReferenceDialog *>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QAbstractItemModel *rows = dialog->table()->model();
        QSet<QString> listed;
        for (int r = 0; r < rows->rowCount(); ++r)
            listed << rows->index(r, 1).data().toString() + QLatin1Char('\t') +
                          rows->index(r, 2).data().toString();
        QList<QAction *> actions = window.caseloadView()->actions();
        for (const QMenu *menu : window.menuBar()->findChildren<QMenu *>())
            actions << menu->actions();
        int withKeys = 0;
        for (const QAction *a : std::as_const(actions)) {
            if (a->shortcut().isEmpty())
                continue;
            ++withKeys;
            const QString row = a->text().remove(QLatin1Char('&')).remove(QChar(0x2026)) +
                                QLatin1Char('\t') +
                                a->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(listed.contains(row), qPrintable(row));
        }
        QCOMPARE(rows->rowCount(), withKeys);
        QVERIFY(listed.contains(QStringLiteral("Test Extra\tCtrl+Shift+F12")));
        QVERIFY(listed.contains(QStringLiteral("Keyboard Shortcuts\tF1")));
        QVERIFY(listed.contains(QStringLiteral("Allocate\tCtrl+L")));

        // Escape closes it; F1 again shows it again.
        QTest::keyClick(dialog->table(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(window.findChildren<ReferenceDialog *>().size(), 1);
    }

    // Help → Figure Definitions (Alt+H, F): every figure and chart with what it counts, as
    // `lodestar figures --definitions` prints them.
    void helpListsEveryFigureDefinition()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_F);
        QTRY_VERIFY(window.findChild<ReferenceDialog *>(QStringLiteral("figuresDialog")));
        auto *dialog = window.findChild<ReferenceDialog *>(QStringLiteral("figuresDialog"));
        QVERIFY(dialog->isVisible());
        const QAbstractItemModel *rows = dialog->table()->model();
        const auto &figures = Figures::definitions();
        QCOMPARE(rows->rowCount(), int(figures.size() + Dashboard::chartIds().size()));
        for (int r = 0; r < figures.size(); ++r) {
            QCOMPARE(rows->index(r, 0).data().toString(), figures.at(r).key);
            QCOMPARE(rows->index(r, 1).data().toString(), figures.at(r).unit);
            QCOMPARE(rows->index(r, 2).data().toString(), figures.at(r).meaning);
        }
        const Chart last = Dashboard::describe(Dashboard::chartIds().constLast());
        QCOMPARE(rows->index(rows->rowCount() - 1, 0).data().toString(),
                 QStringLiteral("charts/") + last.id);
        QCOMPARE(rows->index(rows->rowCount() - 1, 2).data().toString(),
                 last.title + QStringLiteral(": ") + last.definition);
    }

    void enterOpensAPersonTabOnce()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.caseloadView()->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0)); // García, sorted by family name
        // The caseload and Today are open from the start.
        QCOMPARE(window.tabs()->count(), 2);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(window.tabs()->count(), 3);
        auto *record = qobject_cast<PersonRecordWidget *>(window.tabs()->currentWidget());
        QVERIFY(record);
        QCOMPARE(window.tabs()->tabText(2), QStringLiteral("García, José (P0000001)"));

        // The same person again: the open tab comes forward, no second tab.
        window.tabs()->setCurrentIndex(0);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(window.tabs()->count(), 3);
        QCOMPARE(window.tabs()->currentIndex(), 2);

        // Ctrl+W closes the person's tab, then Today, never the caseload.
        QTest::keySequence(&window, QKeySequence::Close);
        QTRY_COMPARE(window.tabs()->count(), 2);
        window.tabs()->setCurrentIndex(1);
        QTest::keySequence(&window, QKeySequence::Close);
        QTRY_COMPARE(window.tabs()->count(), 1);
        QTest::keySequence(&window, QKeySequence::Close);
        QCOMPARE(window.tabs()->count(), 1);
    }

    void viewsForScreenshots()
    {
        MainWindow window(m_t.db, QStringLiteral("sokafor"));
        QVERIFY(window.showView(QStringLiteral("person:P0000003")));
        QCOMPARE(window.tabs()->count(), 3); // the caseload, Today, the person
        QVERIFY(window.tabs()->tabText(2).contains(QLatin1String("P0000003")));
        QVERIFY(window.showView(QStringLiteral("caseload")));
        QCOMPARE(window.tabs()->currentIndex(), 0);
        const Status missing = window.showView(QStringLiteral("person:P7777777"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QLatin1String("P7777777")));
        QVERIFY(!window.showView(QStringLiteral("no_such_view")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
