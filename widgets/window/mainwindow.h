#pragma once

#include "db/database.h"
#include "io/cidimporter.h"
#include "viewregistry.h"

#include <QMainWindow>
#include <QSet>
#include <memory>

class CaseloadView;
class ChangeWatcher;
class QAction;
class QLabel;
class QTabWidget;
class ViewBase;

// The workbench window: the caseload as the first tab, each opened person record in a tab of
// its own, and the menus that reach everything by keyboard.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::shared_ptr<Database> db, const QString &currentUser, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the view of a ViewRegistry key (opened if need be, else brought forward and read
    // again, the keyboard on it), or "person:<person_ref>[/tab]"; the View menu's actions and
    // `lodestar screenshot` come here.
    Status showView(const QString &view);
    Status openPersonByRef(const QString &personRef);
    void openPerson(qint64 personId);
    // Opens the person on lower tab `tab` (PersonRecordWidget::lowerTabKeys), or on the record
    // itself when `tab` is empty: a fix from the data-quality list.
    void openPersonTab(qint64 personId, const QString &tab);
    // First start on an empty database: offers to fill it with demo data.
    void offerDemoData();
    // First start on the user's own, new database: offers the team database or demo data.
    void offerFirstStart();
    // File → Connect to Team Database: on success the window switches to it.
    void connectToTeamDatabase();
    // File → Open and New end here: switches to the local file `db`, unless the window was
    // started for someone other than the OS user and the file does not allow that
    // (AccessStore::mayActAs: a demo, or the OS user its administrator), which a message box
    // says, and the window stays on its database. False when refused.
    bool useLocalDatabase(std::shared_ptr<Database> db);
    // A database others on the computer may read (Database::exposure): a note in the status bar.
    void warnIfExposed();
    // The caseload as filtered and sorted on screen to `path` (.xlsx by its suffix, else CSV),
    // after asking the reason for the disclosure (ReasonDialog); File → Export Caseload… after
    // its file dialog. False when cancelled or failed (the user was told).
    bool exportCaseloadTo(const QString &path);

    CaseloadView *caseloadView() const { return m_caseload; }
    // Polls the audit log for what others changed (issue 8); recreated with the database.
    ChangeWatcher *changeWatcher() const { return m_watcher; }
    // The user acting on the database: the PostgreSQL login on a team database, else the one
    // the window was started for.
    QString currentUser() const { return m_currentUser; }
    QTabWidget *tabs() const { return m_tabs; }
    std::shared_ptr<Database> database() const { return m_db; }

private:
    void createMenus();
    void setDatabase(std::shared_ptr<Database> db);
    void openDatabase();
    void newDatabase();
    void fillWithDemoData();
    void importCidExtract();
    // The question when an import would mark many held cases missing; true imports anyway.
    bool confirmMissingCases(const CidImporter::MissingCheck &check);
    void importSpreadsheet();
    void editUsers();
    void editWorkloadWeights();
    // "Signed in as Sam Okafor (Team leader)" when the user is known, the user name otherwise.
    void updateUserLabel();
    // Issue 19: warns when the audit log no longer holds the newest entry this computer saw on
    // the database (AuditHeadMemory), else remembers the log's newest entry.
    void checkAuditHead();
    // Remembers the log's newest entry for the next check, unless a warning is outstanding.
    void rememberAuditHead();
    // Turns off the menu actions the signed-in user may not take, their tooltips saying why.
    void updatePermittedActions();
    // Other people's changes seen by the watcher: reload what shows them.
    // What the watcher read: others' changes (own false) or this window's own writes, which
    // refresh the views alike but never mark a record "changed by someone else".
    void applyChanges(const QSet<qint64> &personIds, bool others, bool own);
    // Makes the view of `entry`, in a tab of its own, its requests wired to the window.
    ViewBase *addView(const ViewRegistry::Entry &entry);
    // After a change: every open view but `except` reloaded now if in front, else when next
    // shown. `refresh` (F5, the user asking): every one re-reads everything now
    // (ViewBase::refresh).
    void reloadViews(ViewBase *except = nullptr, bool refresh = false);
    // Reloads a view now if it is the current tab, else when it is next shown.
    void reloadOrMarkStale(ViewBase *view);
    void tabShown(int index);
    // A store's error in a message box: a permission refusal as a warning titled
    // "Not permitted", anything else as `title`.
    void showStoreError(const QString &title, const Error &error);
    // Re-reads every open person record (after an import or a refresh).
    void reloadPersonTabs();
    void exportCaseload();
    // File → Publish Figures…: today's figures kept for good, then shown (issue 22).
    void publishFigures();
    // File → Back Up…: a checked copy of the local database (Backup::create).
    void backUpDatabase();
    void closeTab(int index);
    // "N of M people" while the caseload is in front, else nothing.
    void updateCount();
    void showAbout();
    // Help: the list of shortcuts read from the menus' and the caseload's actions, and the
    // definitions of the figures; each in a window of its own, shown again by name.
    void showShortcuts();
    void showFigureDefinitions();
    void showReference(const QString &name, const QString &title, const QString &intro,
                       const QStringList &headers, const QVector<QStringList> &rows);

    std::shared_ptr<Database> m_db;
    // The user the window was started for (the OS user or --user): who acts on a local file.
    QString m_localUser;
    QString m_currentUser;
    ChangeWatcher *m_watcher = nullptr;
    QAction *m_importCidAction = nullptr;
    QAction *m_importSheetAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_weightsAction = nullptr;
    QAction *m_publishAction = nullptr;
    QTabWidget *m_tabs;
    CaseloadView *m_caseload = nullptr;
    QLabel *m_countLabel;
    QLabel *m_userLabel;
    QLabel *m_databaseLabel;
    // "Unencrypted link to db.example.org": shown only while a team database is reached
    // unencrypted over a link that leaves this machine (Database::unencryptedRemoteLink).
    QLabel *m_linkLabel;
    bool m_auditHeadAlarm = false; // the log was cut or rewritten, and the user kept the warning
};
