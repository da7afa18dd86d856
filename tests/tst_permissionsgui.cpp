// Permissions in the GUI and other people's changes (issue 8). A database with an admin and a
// user of each role: the person record of someone the user may not change says so in a banner
// and turns its own write actions off, with the reason as their tooltip; the main window shows
// the role, turns off the admin's and the team leader's menu actions for others, and shows a
// refusal as "Not permitted". The change watcher reloads an open record when another connection
// adds a note (poll() rather than a wait), but never under an open note editor, and keeps a
// half-written note and the caseload's selection.
#include "caseload/caseloadview.h"
#include "db/session.h"
#include "itemmodels/caseloadmodel.h"
#include "itemmodels/notesmodel.h"
#include "itemmodels/usersmodel.h"
#include "lists/workloadview.h"
#include "person/personrecordwidget.h"
#include "settings/usersdialog.h"
#include "settings/workloadweightsdialog.h"
#include "store/changewatcher.h"
#include "store/diarystore.h"
#include "store/notestore.h"
#include "store/userstore.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

class TestPermissionsGui : public QObject
{
    Q_OBJECT

    // Team North: Sam Okafor leads it, Ravi Patel and Dana Farrow work in it. P1 is Dana's,
    // P2 Ravi's. Morgan Jones manages, Alex Admin administers. Each signs in on a connection of
    // their own (as()): on a local file one named for them, on PostgreSQL a login of theirs, so
    // that the server judges them as it would in a team (README's grants, to a group).
    struct Fixture
    {
        TestDatabase t;
        QSqlDatabase db;
        QMap<QString, std::shared_ptr<Database>> connections;
        qint64 danas = 0;
        qint64 ravis = 0;
        Fixture()
        {
            QVERIFY(TestData::add(
                *t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Ferreira"),
                                         QStringLiteral("Ana"), QString(), 12),
                        TestData::person(QStringLiteral("P2"), QStringLiteral("Osei"),
                                         QStringLiteral("Kwame"), QString(), 24)}));
            db = t.db->sql();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE person SET case_owner = 'dfarrow' WHERE "
                                          "person_ref = 'P1'")));
            QVERIFY(q.exec(QStringLiteral("UPDATE person SET case_owner = 'rpatel' WHERE "
                                          "person_ref = 'P2'")));
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM person ORDER BY person_ref")));
            QVERIFY(q.next());
            danas = q.value(0).toLongLong();
            QVERIFY(q.next());
            ravis = q.value(0).toLongLong();
            if (t.onPostgres()) {
                // The schema's owner (the test server's superuser) grants the team its tables.
                QVERIFY(q.exec(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL "
                                              "TABLES IN SCHEMA public TO %1")
                                   .arg(TeamGroup)));
                QVERIFY(q.exec(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "
                                              "%1")
                                   .arg(TeamGroup)));
            }
            // The first admin is anyone's to add; after that only an admin adds users.
            QVERIFY(UserStore(db).save(user("aadmin", "Alex Admin", "admin", QString()),
                                       QStringLiteral("setup")));
            Session::setUser(db, QStringLiteral("aadmin"));
            for (const AppUser &u : {user("sokafor", "Sam Okafor", "team_leader", "North"),
                                     user("rpatel", "Ravi Patel", "caseworker", "North"),
                                     user("dfarrow", "Dana Farrow", "caseworker", "North"),
                                     user("mjones", "Morgan Jones", "manager", QString())})
                QVERIFY(UserStore(db).save(u, QStringLiteral("aadmin")));
            Session::setUser(db, QString());
        }
        ~Fixture()
        {
            for (const auto &c : std::as_const(connections))
                Session::setUser(c->sql(), QString());
        }
        // `who`'s own connection, opened on first use.
        std::shared_ptr<Database> connectionOf(const QString &who)
        {
            if (auto found = connections.value(who))
                return found;
            QString location = t.path();
            if (t.onPostgres()) {
                QUrl url(location);
                url.setUserName(who);
                location = url.toString();
            }
            auto opened = Database::open(location, Database::Create::Never, Password);
            if (!opened)
                qFatal("cannot sign %s in: %s", qPrintable(who),
                       qPrintable(opened.error().toString()));
            if (!t.onPostgres()) // on PostgreSQL the login is the user
                Session::setUser(opened.value()->sql(), who);
            connections.insert(who, opened.value());
            return opened.value();
        }
        QSqlDatabase as(const char *who) { return connectionOf(QString::fromLatin1(who))->sql(); }
        static AppUser user(const char *name, const char *display, const char *role,
                            const QString &team)
        {
            AppUser u;
            u.userName = QString::fromLatin1(name);
            u.displayName = QString::fromUtf8(display);
            u.role = QString::fromLatin1(role);
            u.team = team;
            return u;
        }
        // Someone else writes a note about `person` on their own connection.
        bool noteBy(const char *who, qint64 person, const QString &text)
        {
            return bool(NoteStore(as(who)).add(person, text, QString::fromLatin1(who)));
        }
    };
    // On PostgreSQL: the group the fixture's users log in under, and their password.
    static constexpr const char *Users[] = {"aadmin", "sokafor", "rpatel", "dfarrow", "mjones"};
    static inline const QString TeamGroup = QStringLiteral("lodestar_tst_permissionsgui");
    static inline const QString Password = QStringLiteral("pw-tst_permissionsgui");

    static void dropLogins()
    {
        for (const char *who : Users)
            TestPostgres::maintenance(
                QStringLiteral("DROP ROLE IF EXISTS %1").arg(QLatin1String(who)));
        TestPostgres::maintenance(QStringLiteral("DROP ROLE IF EXISTS %1").arg(TeamGroup));
    }
    static QPushButton *button(QWidget *w, const char *name)
    {
        return w->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    static QAction *action(QWidget *w, const char *name)
    {
        return w->findChild<QAction *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        TestData::isolateSettings(QStringLiteral("tst_permissionsgui"));
        if (!TestPostgres::enabled())
            return;
        // Logins are the server's, not a database's: made here, dropped at the end (what a run
        // cut short left behind goes first).
        dropLogins();
        QString error;
        QVERIFY2(TestPostgres::maintenance(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(TeamGroup),
                                           &error),
                 qPrintable(error));
        for (const char *who : Users)
            QVERIFY2(TestPostgres::maintenance(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' "
                                                              "IN ROLE %3")
                                                   .arg(QLatin1String(who), Password, TeamGroup),
                                               &error),
                     qPrintable(error));
    }
    void cleanupTestCase()
    {
        if (TestPostgres::enabled())
            dropLogins();
    }
    void managerSeesReadOnlyBanner();
    void caseworkerOnOwnPersonMayWrite();
    void caseworkerOnSomeoneElsesPersonIsReadOnly();
    void teamLeaderMayOverrideAndAllocate();
    void noAdminNobodyIsRefused();
    void panelButtonsFollowTheRefusals();
    void mainWindowShowsRoleAndDisablesActions();
    void refusalShownAsNotPermitted();
    void watcherReloadsOpenRecord();
    void openNoteEditorIsNotReloadedUnderTheUser();
    void ownNoteNeverRaisesSomeoneElse();
    void halfWrittenNoteSurvivesReload();
    void caseloadKeepsSelection();
    void hiddenListViewReloadsWhenShown();
};

// The tabs' own write buttons (every panel's) are off for whoever may not change the person,
// saying why; on their own person a caseworker has them, and a diary entry double-clicked by
// a manager stays open.
void TestPermissionsGui::panelButtonsFollowTheRefusals()
{
    Fixture f;
    // Always-offered buttons of each panel: the first action on a person.
    const char *const entry[] = {
        "recordBarrierButton",   "addDocumentButton",    "taskCentreButton",
        "recordReoffenceButton", "recordFollowUpButton", "recordEventButton",
        "editRestrictionButton", "newReviewButton",      "setDirectionsButton",
        "placeHoldButton",       "editPreparationButton"};
    {
        PersonRecordWidget own({f.as("rpatel"), QStringLiteral("rpatel")}, f.ravis);
        for (const char *name : entry) {
            QPushButton *b = button(&own, name);
            QVERIFY2(b, name);
            QVERIFY2(b->isEnabled(), name);
            QVERIFY2(!b->toolTip().contains(QLatin1String("may not")), name);
        }
    }
    QVERIFY(f.noteBy("rpatel", f.ravis, QStringLiteral("Seen")));
    DiaryEntry entryToDo;
    entryToDo.personId = f.ravis;
    entryToDo.due = QDate::currentDate();
    entryToDo.title = QStringLiteral("Chase the embassy");
    QVERIFY(DiaryStore(f.as("rpatel")).add(entryToDo, QStringLiteral("rpatel")));
    PersonRecordWidget record({f.as("mjones"), QStringLiteral("mjones")}, f.ravis);
    for (const char *name : entry) {
        QPushButton *b = button(&record, name);
        QVERIFY2(b && !b->isEnabled(), name);
        QVERIFY2(b->toolTip().contains(QLatin1String("managers read everything")),
                 qPrintable(b->toolTip()));
    }
    // Selecting a diary entry enables Mark Done by the panel's own rule, not for a manager.
    QVERIFY(record.showLowerTab(QStringLiteral("diary")));
    auto *diary = record.findChild<QTableView *>(QStringLiteral("diaryView"));
    QVERIFY(diary && diary->model()->rowCount() == 1);
    diary->selectRow(0);
    QVERIFY(!button(&record, "diaryDoneButton")->isEnabled());
    QTest::keyClicks(record.findChild<QLineEdit *>(QStringLiteral("diaryTitleEdit")),
                     QStringLiteral("Typed by a manager"));
    QVERIFY(!button(&record, "addDiaryButton")->isEnabled());
    QTest::keyClick(record.findChild<QLineEdit *>(QStringLiteral("diaryTitleEdit")),
                    Qt::Key_Return);
    const QRect cell = diary->visualRect(diary->model()->index(0, 0));
    QTest::mouseDClick(diary->viewport(), Qt::LeftButton, {}, cell.center());
    QSqlQuery q(f.db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(done_at) FROM diary_entry")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // nothing added
    QCOMPARE(q.value(1).toInt(), 0); // nothing marked done
}

void TestPermissionsGui::managerSeesReadOnlyBanner()
{
    Fixture f;
    PersonRecordWidget record({f.as("mjones"), QStringLiteral("mjones")}, f.danas);
    record.show();
    QVERIFY(record.isReadOnly());
    auto *banner = record.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QLatin1String("Read only: Morgan Jones (Manager)")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QLatin1String("managers read everything")));
    auto *add = button(&record, "addNoteButton");
    auto *edit = record.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    QVERIFY(!edit->isEnabled());
    QVERIFY(!add->isEnabled());
    QCOMPARE(add->toolTip(), record.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))
                                 ->text()
                                 .mid(int(qstrlen("Read only: "))));
    QVERIFY(!button(&record, "allocateButton")->isEnabled());
    QVERIFY(!button(&record, "overrideBandButton")->isEnabled());
    // The manager may still read: the notes' history and the tabs are there.
    QVERIFY(record.findChild<QTabWidget *>(QStringLiteral("lowerTabs"))->isEnabled());
}

void TestPermissionsGui::caseworkerOnOwnPersonMayWrite()
{
    Fixture f;
    PersonRecordWidget record({f.as("rpatel"), QStringLiteral("rpatel")}, f.ravis);
    record.show();
    QVERIFY(!record.isReadOnly());
    QVERIFY(!record.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
    auto *edit = record.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    QVERIFY(edit->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("Reported on time"));
    auto *add = button(&record, "addNoteButton");
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(record.notesModel()->rowCount(), 1);
    // A caseworker changes their people but neither overrides bands nor allocates: said why.
    auto *override = button(&record, "overrideBandButton");
    QVERIFY(!override->isEnabled());
    QVERIFY2(override->toolTip().contains(QLatin1String("team leader's")),
             qPrintable(override->toolTip()));
    QVERIFY(!button(&record, "allocateButton")->isEnabled());
    // Their note is theirs to edit.
    record.findChild<QListView *>(QStringLiteral("notesView"))
        ->setCurrentIndex(record.notesModel()->index(0, NotesModel::Text));
    QVERIFY(button(&record, "editNoteButton")->isEnabled());
}

void TestPermissionsGui::caseworkerOnSomeoneElsesPersonIsReadOnly()
{
    Fixture f;
    QVERIFY(f.noteBy("dfarrow", f.danas, QStringLiteral("Dana's note")));
    PersonRecordWidget record({f.as("rpatel"), QStringLiteral("rpatel")}, f.danas);
    record.show();
    QVERIFY(record.isReadOnly());
    const QString text = record.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->text();
    QVERIFY2(text.startsWith(QLatin1String("Read only: Ravi Patel (Caseworker)")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Dana Farrow")), qPrintable(text));
    QVERIFY(!button(&record, "addNoteButton")->isEnabled());
    // Reading the notes stays possible; editing one does not.
    record.findChild<QListView *>(QStringLiteral("notesView"))
        ->setCurrentIndex(record.notesModel()->index(0, NotesModel::Text));
    QVERIFY(!button(&record, "editNoteButton")->isEnabled());
    record.editSelectedNote(); // Enter or a double-click on the note
    QVERIFY(!record.hasOpenEditor());
}

void TestPermissionsGui::teamLeaderMayOverrideAndAllocate()
{
    Fixture f;
    PersonRecordWidget record({f.as("sokafor"), QStringLiteral("sokafor")}, f.danas);
    record.show();
    QVERIFY(!record.isReadOnly());
    QVERIFY(button(&record, "overrideBandButton")->isEnabled());
    QVERIFY(button(&record, "allocateButton")->isEnabled());
    QVERIFY(record.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))->isEnabled());
}

void TestPermissionsGui::noAdminNobodyIsRefused()
{
    // A local file nobody has set up for a team: no banner, everything offered.
    TestDatabase t;
    QVERIFY(TestData::add(*t.db, {TestData::person(QStringLiteral("P9"), QStringLiteral("Lone"),
                                                   QStringLiteral("Al"), QString(), 6)}));
    QSqlQuery q(t.db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM person")) && q.next());
    Session::setUser(t.db->sql(), QStringLiteral("anyone"));
    PersonRecordWidget record({t.db->sql(), QStringLiteral("anyone")}, q.value(0).toLongLong());
    QVERIFY(!record.isReadOnly());
    QVERIFY(button(&record, "overrideBandButton")->isEnabled());
    QVERIFY(button(&record, "allocateButton")->isEnabled());
    Session::setUser(t.db->sql(), QString());
}

void TestPermissionsGui::mainWindowShowsRoleAndDisablesActions()
{
    Fixture f;
    struct Expect
    {
        const char *user;
        const char *label;
        bool users, imports, weights, draw;
    };
    const Expect expected[] = {
        {"aadmin", "Signed in as Alex Admin (Administrator)", true, true, false, false},
        {"sokafor", "Signed in as Sam Okafor (Team leader)", false, false, true, true},
        {"rpatel", "Signed in as Ravi Patel (Caseworker)", false, false, false, false},
        {"mjones", "Signed in as Morgan Jones (Manager)", false, false, false, false},
        // `users`: offered Add and Edit in Users and Teams, which everyone may open to look.
    };
    for (const Expect &e : expected) {
        const QString who = QString::fromLatin1(e.user);
        MainWindow window(f.connectionOf(who), who);
        // A local file: the window names its session; on PostgreSQL the login is the user.
        QCOMPARE(Session::user(window.database()->sql()), who);
        bool found = false;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            found = found || label->text() == QString::fromUtf8(e.label);
        QVERIFY2(found, e.label);
        QAction *users = action(&window, "usersAction");
        QAction *cid = action(&window, "importCidAction");
        QAction *sheet = action(&window, "importSheetAction");
        QAction *weights = action(&window, "workloadWeightsAction");
        QVERIFY(users->isEnabled());
        QCOMPARE(cid->isEnabled(), e.imports);
        QCOMPARE(sheet->isEnabled(), e.imports);
        QCOMPARE(weights->isEnabled(), e.weights);
        // A disabled action says why; an enabled one needs no excuse.
        for (QAction *a : {users, cid, sheet, weights}) {
            if (a->isEnabled())
                continue;
            QVERIFY2(a->toolTip().contains(QLatin1String("may not")), qPrintable(a->toolTip()));
        }
        {
            UsersDialog dialog({f.connectionOf(who)->sql(), who});
            auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addUserButton"));
            auto *edit = dialog.findChild<QPushButton *>(QStringLiteral("editUserButton"));
            QVERIFY(add && edit);
            QCOMPARE(add->isEnabled(), e.users);
            QVERIFY(dialog.model()->rowCount() > 0);
            dialog.table()->selectRow(0);
            QCOMPARE(edit->isEnabled(), e.users);
            if (!e.users)
                QVERIFY2(add->toolTip().contains(QLatin1String("administrator's")),
                         qPrintable(add->toolTip()));
        }
        // Note QA's Draw Sample is the team leader's too.
        QVERIFY(window.showView(QStringLiteral("note_qa")));
        auto *draw = window.tabs()->currentWidget()->findChild<QPushButton *>(
            QStringLiteral("drawSampleButton"));
        QVERIFY(draw);
        QCOMPARE(draw->isEnabled(), e.draw);
    }
}

void TestPermissionsGui::refusalShownAsNotPermitted()
{
    Fixture f;
    MainWindow window(f.connectionOf(QStringLiteral("sokafor")), QStringLiteral("sokafor"));
    QAction *weights = action(&window, "workloadWeightsAction");
    QVERIFY(weights->isEnabled());
    // The team leader becomes a caseworker while the window is open and unpolled: the menu
    // still offers the weights, and the store refuses.
    QVERIFY(UserStore(f.as("aadmin"))
                .save(Fixture::user("sokafor", "Sam Okafor", "caseworker", QStringLiteral("North")),
                      QStringLiteral("aadmin")));
    QString title;
    QString text;
    bool acceptedDialog = false;
    std::function<void()> answer;
    answer = [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<WorkloadWeightsDialog *>(modal)) {
            // A real change: saving the weights as they are writes (and checks) nothing.
            WorkloadRules::Weights heavier = dialog->weights();
            heavier.byBand[1] += 1;
            dialog->setWeights(heavier);
            auto *box = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(box);
            QVERIFY(box->button(QDialogButtonBox::Ok));
            box->button(QDialogButtonBox::Ok)->click();
            acceptedDialog = true;
            QTimer::singleShot(50, answer);
            return;
        }
        if (auto *message = qobject_cast<QMessageBox *>(modal)) {
            title = message->windowTitle();
            text = message->text();
            message->accept();
            return;
        }
        QTimer::singleShot(50, answer);
    };
    QTimer::singleShot(50, answer);
    weights->trigger();
    QVERIFY(acceptedDialog);
    QCOMPARE(title, QStringLiteral("Not permitted"));
    // On PostgreSQL the server's guard refuses it, in its sentence, without libpq's framing.
    const QString refusal = f.t.onPostgres()
                                ? QStringLiteral("the login sokafor (caseworker) may not update "
                                                 "workload_weights: that is a team leader's")
                                : QStringLiteral("Sam Okafor (Caseworker) may not");
    QVERIFY2(f.t.onPostgres() ? text == refusal : text.contains(refusal), qPrintable(text));

    // The next poll sees the role change (a user: `others`) and turns the action off.
    window.changeWatcher()->poll();
    QVERIFY(!weights->isEnabled());
}

void TestPermissionsGui::watcherReloadsOpenRecord()
{
    Fixture f;
    MainWindow window(f.connectionOf(QStringLiteral("rpatel")), QStringLiteral("rpatel"));
    window.openPerson(f.ravis);
    auto *record = qobject_cast<PersonRecordWidget *>(window.tabs()->currentWidget());
    QVERIFY(record);
    QCOMPARE(record->notesModel()->rowCount(), 0);
    // Ravi's team leader writes a note on another connection.
    QVERIFY(f.noteBy("sokafor", f.ravis, QStringLiteral("Called the centre")));
    QCOMPARE(record->notesModel()->rowCount(), 0);
    window.changeWatcher()->poll();
    QCOMPARE(record->notesModel()->rowCount(), 1);
    QCOMPARE(record->notesModel()->noteAt(0).body, QStringLiteral("Called the centre"));
    QVERIFY(!record->isStale());
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Updated: Sam Okafor changed 1 record(s)"));

    // Two notes by Dana on her own person, not open here: the record is left alone, the
    // message counts records (the English plurals come from the translation, not loaded here).
    QVERIFY(f.noteBy("dfarrow", f.danas, QStringLiteral("One")));
    QVERIFY(f.noteBy("dfarrow", f.danas, QStringLiteral("Two")));
    window.changeWatcher()->poll();
    QCOMPARE(record->notesModel()->rowCount(), 1);
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Updated: Dana Farrow changed 2 record(s)"));
}

void TestPermissionsGui::openNoteEditorIsNotReloadedUnderTheUser()
{
    Fixture f;
    QVERIFY(f.noteBy("rpatel", f.ravis, QStringLiteral("First")));
    MainWindow window(f.connectionOf(QStringLiteral("rpatel")), QStringLiteral("rpatel"));
    window.show();
    window.openPerson(f.ravis);
    auto *record = qobject_cast<PersonRecordWidget *>(window.tabs()->currentWidget());
    QVERIFY(record);
    record->findChild<QListView *>(QStringLiteral("notesView"))
        ->setCurrentIndex(record->notesModel()->index(0, NotesModel::Text));
    record->editSelectedNote();
    QVERIFY(record->hasOpenEditor());
    QVERIFY(f.noteBy("sokafor", f.ravis, QStringLiteral("Meanwhile")));
    window.changeWatcher()->poll();
    // Not reloaded: the editor's note row stays the one it was opened on.
    QCOMPARE(record->notesModel()->rowCount(), 1);
    QVERIFY(record->isStale());
    auto *banner = record->findChild<QWidget *>(QStringLiteral("staleBanner"));
    QVERIFY(banner->isVisible());

    // The editor closed, the user reloads when they choose.
    auto *editor = record->findChild<QDialog *>();
    QVERIFY(editor);
    editor->reject();
    QVERIFY(!record->hasOpenEditor());
    QTest::mouseClick(button(record, "staleReloadButton"), Qt::LeftButton);
    QCOMPARE(record->notesModel()->rowCount(), 2);
    QVERIFY(!record->isStale());
    QVERIFY(!banner->isVisible());
}

void TestPermissionsGui::ownNoteNeverRaisesSomeoneElse()
{
    // Issue 16: a note added here, then Edit note opened, said "changed by someone else".
    Fixture f;
    MainWindow window(f.connectionOf(QStringLiteral("rpatel")), QStringLiteral("rpatel"));
    window.show();
    window.openPerson(f.ravis);
    auto *record = qobject_cast<PersonRecordWidget *>(window.tabs()->currentWidget());
    QVERIFY(record);
    QTest::keyClicks(record->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")),
                     QStringLiteral("Mine"));
    QTest::mouseClick(button(record, "addNoteButton"), Qt::LeftButton);
    QCOMPARE(record->notesModel()->rowCount(), 1);
    record->findChild<QListView *>(QStringLiteral("notesView"))
        ->setCurrentIndex(record->notesModel()->index(0, NotesModel::Text));
    record->editSelectedNote();
    QVERIFY(record->hasOpenEditor());
    window.changeWatcher()->poll();
    QVERIFY(!record->isStale());
    QVERIFY(!record->findChild<QWidget *>(QStringLiteral("staleBanner"))->isVisible());
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
    record->findChild<QDialog *>()->reject();
    QVERIFY(!record->isStale());

    // Someone else's note while the editor is open still raises it.
    record->editSelectedNote();
    QVERIFY(f.noteBy("sokafor", f.ravis, QStringLiteral("Theirs")));
    window.changeWatcher()->poll();
    QVERIFY(record->isStale());
}

void TestPermissionsGui::halfWrittenNoteSurvivesReload()
{
    Fixture f;
    MainWindow window(f.connectionOf(QStringLiteral("rpatel")), QStringLiteral("rpatel"));
    window.show();
    window.openPerson(f.ravis);
    auto *record = qobject_cast<PersonRecordWidget *>(window.tabs()->currentWidget());
    auto *edit = record->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    QTest::keyClicks(edit, QStringLiteral("Half a sentence"));
    QVERIFY(f.noteBy("sokafor", f.ravis, QStringLiteral("Theirs")));
    window.changeWatcher()->poll();
    QCOMPARE(record->notesModel()->rowCount(), 1);
    QCOMPARE(edit->toPlainText(), QStringLiteral("Half a sentence"));
    QVERIFY(edit->isEnabled());
    QVERIFY(button(record, "addNoteButton")->isEnabled());
}

void TestPermissionsGui::caseloadKeepsSelection()
{
    Fixture f;
    MainWindow window(f.connectionOf(QStringLiteral("rpatel")), QStringLiteral("rpatel"));
    window.show();
    QTableView *table = window.caseloadView()->table();
    // A caseworker starts on their own people: everyone's here, sorted by family name:
    // Ferreira (P1), Osei (P2). Osei selected.
    window.caseloadView()
        ->findChild<QComboBox *>(QStringLiteral("ownerFilter"))
        ->setCurrentIndex(0);
    table->sortByColumn(int(CaseloadColumn::FamilyName), Qt::AscendingOrder);
    table->selectRow(1);
    QCOMPARE(window.caseloadView()->selectedPersonIds(), QVector<qint64>({f.ravis}));
    QVERIFY(f.noteBy("sokafor", f.ravis, QStringLiteral("A change")));
    window.changeWatcher()->poll();
    QCOMPARE(window.caseloadView()->selectedPersonIds(), QVector<qint64>({f.ravis}));
    QCOMPARE(table->currentIndex().row(), 1);
}

void TestPermissionsGui::hiddenListViewReloadsWhenShown()
{
    Fixture f;
    MainWindow window(f.connectionOf(QStringLiteral("sokafor")), QStringLiteral("sokafor"));
    QVERIFY(window.showView(QStringLiteral("workload")));
    auto *workload = qobject_cast<WorkloadView *>(window.tabs()->currentWidget());
    QVERIFY(workload);
    window.tabs()->setCurrentIndex(0);
    QVERIFY(f.noteBy("dfarrow", f.danas, QStringLiteral("A change")));
    window.changeWatcher()->poll();
    // Not the tab shown: reloaded when it is, not now.
    QVERIFY(workload->isStale());
    window.tabs()->setCurrentWidget(workload);
    QVERIFY(!workload->isStale());
}

QTEST_MAIN(TestPermissionsGui)
#include "tst_permissionsgui.moc"
