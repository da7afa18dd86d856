#include "mainwindow.h"
#include "domain/clock.h"

#include "auditheadmemory.h"
#include "caseload/caseloadview.h"
#include "common/keyboard.h"
#include "common/laddersettings.h"
#include "common/reasondialog.h"
#include "common/usersettings.h"
#include "connectdialog.h"
#include "db/session.h"
#include "demo/demogenerator.h"
#include "dialogs/publishfiguresdialog.h"
#include "import/importdialog.h"
#include "import/importresultsdialog.h"
#include "import/sheetimportdialog.h"
#include "io/caseloadexporter.h"
#include "io/cidimporter.h"
#include "io/sheetimporter.h"
#include "itemmodels/caseloadmodel.h"
#include "itemmodels/colours.h"
#include "person/personrecordwidget.h"
#include "referencedialog.h"
#include "settings/laddersettingsdialog.h"
#include "settings/usersdialog.h"
#include "settings/workloadweightsdialog.h"
#include "store/accessstore.h"
#include "store/allocationstore.h"
#include "store/auditstore.h"
#include "store/backup.h"
#include "store/changewatcher.h"
#include "store/personstore.h"
#include "store/userstore.h"
#include "teamdatabaseurl.h"
#include "viewregistry.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace {
// The tabs showing a widget of type View.
template <typename View> QVector<View *> tabsOf(const QTabWidget *tabs)
{
    QVector<View *> out;
    for (int i = 0; i < tabs->count(); ++i) {
        if (auto *view = qobject_cast<View *>(tabs->widget(i)))
            out << view;
    }
    return out;
}

// The dialog open over `w` (one of its children), if any.
QDialog *openDialogOf(const QWidget *w)
{
    const QList<QDialog *> dialogs = w->findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

// How long what was just done stays in the status bar, in milliseconds.
constexpr int StatusTimeout = 10000;

// Stops the change watcher while this connection's own long write keeps the event loop turning
// under a progress dialog: a poll then would read, and reload views, in the middle of it.
class WatcherPause
{
public:
    explicit WatcherPause(ChangeWatcher *watcher)
        : m_watcher(watcher), m_was(watcher && watcher->isActive())
    {
        if (m_was)
            m_watcher->stop();
    }
    ~WatcherPause()
    {
        if (m_was)
            m_watcher->start();
    }
    WatcherPause(const WatcherPause &) = delete;
    WatcherPause &operator=(const WatcherPause &) = delete;

private:
    ChangeWatcher *m_watcher;
    bool m_was;
};
} // namespace

MainWindow::MainWindow(std::shared_ptr<Database> db, const QString &currentUser, QWidget *parent)
    : QMainWindow(parent), m_localUser(currentUser), m_currentUser(currentUser),
      m_tabs(new QTabWidget(this)), m_countLabel(new QLabel(this)), m_userLabel(new QLabel(this)),
      m_databaseLabel(new QLabel(this)), m_linkLabel(new QLabel(this))
{
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::tabShown);
    setCentralWidget(m_tabs);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_userLabel->setText(tr("Signed in as %1").arg(m_currentUser));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_linkLabel->setObjectName(QStringLiteral("linkWarning"));
    m_linkLabel->setStyleSheet(Colours::boldProblemStyle());
    statusBar()->addPermanentWidget(m_linkLabel);
    m_linkLabel->hide();

    createMenus();
    setDatabase(std::move(db));

    // Machine-wide, not UserSettings: the geometry fits this machine's screens.
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First run: a generous size that still fits the screen.
        const QSize available = screen() ? screen()->availableSize() : QSize(1400, 860);
        resize(qMin(1400, available.width() * 9 / 10), qMin(860, available.height() * 9 / 10));
    }
}

MainWindow::~MainWindow()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // The views hold the connection: they go before m_db closes it, not after (QWidget's
    // destructor deletes children only once the members are gone). So does the watcher.
    rememberAuditHead();
    delete m_watcher;
    disconnect(m_tabs, nullptr, this, nullptr); // no tabShown() while the tabs go
    delete m_tabs;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // A disabled action's tooltip says why it is off (the user's role).
    file->setToolTipsVisible(true);
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    QAction *create = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    create->setShortcut(QKeySequence::New);
    file->addAction(tr("Connect to &Team Database…"), this, &MainWindow::connectToTeamDatabase)
        ->setObjectName(QStringLiteral("connectTeamAction"));
    file->addAction(tr("Fill with &Demo Data…"), this, &MainWindow::fillWithDemoData);
    file->addSeparator();
    m_importCidAction =
        file->addAction(tr("&Import CID Extract…"), this, &MainWindow::importCidExtract);
    m_importCidAction->setObjectName(QStringLiteral("importCidAction"));
    m_importCidAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importSheetAction =
        file->addAction(tr("Import Team &Spreadsheet…"), this, &MainWindow::importSpreadsheet);
    m_importSheetAction->setObjectName(QStringLiteral("importSheetAction"));
    QAction *exportAction =
        file->addAction(tr("&Export Caseload…"), this, &MainWindow::exportCaseload);
    exportAction->setObjectName(QStringLiteral("exportCaseloadAction"));
    m_publishAction = file->addAction(tr("&Publish Figures…"), this, &MainWindow::publishFigures);
    m_publishAction->setObjectName(QStringLiteral("publishFiguresAction"));
    m_backupAction = file->addAction(tr("&Back Up…"), this, &MainWindow::backUpDatabase);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const ViewRegistry::Entry &entry : ViewRegistry::entries()) {
        const QString key = entry.key;
        QAction *show = view->addAction(entry.menuText, this, [this, key] { showView(key); });
        show->setObjectName(ViewRegistry::actionName(key));
        show->setShortcut(entry.shortcut);
        if (key == ViewRegistry::entries().first().key) {
            // Finding a person is the caseload's search, from anywhere.
            QAction *find = view->addAction(tr("&Find Person"), this, [this] {
                m_tabs->setCurrentWidget(m_caseload);
                m_caseload->focusSearch();
            });
            find->setShortcut(QKeySequence::Find);
        }
    }
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        reloadPersonTabs();
        reloadViews(nullptr, true);
    });
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *close =
        view->addAction(tr("C&lose Tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    close->setShortcut(QKeySequence::Close);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setToolTipsVisible(true);
    settings
        ->addAction(tr("&Follow-up Ladder…"), this,
                    [this] {
                        LadderSettingsDialog dialog(LadderSettings::load(), this);
                        if (dialog.exec() != QDialog::Accepted)
                            return;
                        LadderSettings::save(dialog.thresholds());
                        reloadPersonTabs();
                        reloadViews();
                    })
        ->setObjectName(QStringLiteral("ladderSettingsAction"));
    m_usersAction = settings->addAction(tr("&Users and Teams…"), this, &MainWindow::editUsers);
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    m_weightsAction =
        settings->addAction(tr("&Workload Weights…"), this, &MainWindow::editWorkloadWeights);
    m_weightsAction->setObjectName(QStringLiteral("workloadWeightsAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Figure Definitions"), this, &MainWindow::showFigureDefinitions)
        ->setObjectName(QStringLiteral("figureDefinitionsAction"));
    help->addSeparator();
    help->addAction(tr("&About Lodestar"), this, &MainWindow::showAbout);
}

void MainWindow::setDatabase(std::shared_ptr<Database> db)
{
    if (m_db)
        rememberAuditHead();
    m_auditHeadAlarm = false;
    // Person records and the caseload hold the old connection: rebuild them all.
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    m_caseload = nullptr;
    // The watcher holds the old connection too.
    delete m_watcher;
    m_watcher = nullptr;
    m_db = std::move(db);
    if (m_db->dialect() == SqlDialect::PostgreSQL) {
        // On a team database the user is the database login (Database::open names it as the
        // connection's Session user): the one the server's own grants hold to.
        m_currentUser = Session::user(m_db->sql());
    } else {
        // The audit trail names who signed in as the actor of every write on this connection.
        m_currentUser = m_localUser;
        Session::setUser(m_db->sql(), m_currentUser);
    }
    // The caseload, the registry's first view, is always open.
    m_caseload = qobject_cast<CaseloadView *>(addView(ViewRegistry::entries().first()));
    updateUserLabel();
    updatePermittedActions();
    // A team database is backed up on its server, with pg_dump.
    const bool local = m_db->dialect() == SqlDialect::SQLite;
    m_backupAction->setEnabled(local);
    m_backupAction->setToolTip(local ? QString()
                                     : tr("A team database is backed up on its server with "
                                          "pg_dump (see the README, \"Backup and restore\")."));
    m_watcher = new ChangeWatcher(m_db->sql(), this);
    connect(
        m_watcher, &ChangeWatcher::changed, this,
        [this](const QSet<qint64> &people, bool others) { applyChanges(people, others, false); });
    connect(
        m_watcher, &ChangeWatcher::ownChanged, this,
        [this](const QSet<qint64> &people, bool others) { applyChanges(people, others, true); });
    connect(m_watcher, &ChangeWatcher::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not check for other people's changes: %1").arg(message),
                                 15000);
    });
    // The caseload is always there: no close button on its tab.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    // Today is what the user sees first (issue 23): what must be done, and for whom.
    showView(QStringLiteral("today"));
    updateCount();
    // The file name only, the full location in the tooltip: a long path must not make the
    // window wider than the screen. A team database is "casework on db.example.org".
    const QString location = m_db->location();
    QString shortName = QFileInfo(location).fileName();
    if (Database::isPostgresLocation(location)) {
        const auto team = TeamDatabaseUrl::parse(location);
        shortName = team ? team->displayName() : QString();
    }
    const QString shown = TeamDatabaseUrl::shownLocation(location);
    setWindowTitle(tr("Lodestar — %1").arg(shortName.isEmpty() ? shown : shortName));
    m_databaseLabel->setText(shortName.isEmpty() ? shown : shortName);
    m_databaseLabel->setToolTip(shown);
    // Said for as long as the database is open, not once: casework crossing a network in
    // cleartext is a standing risk, not an event. A local link needs no warning.
    const bool exposed = m_db->unencryptedRemoteLink();
    m_linkLabel->setVisible(exposed);
    m_linkLabel->setText(exposed ? tr("Unencrypted link to %1").arg(m_db->host()) : QString());
    m_linkLabel->setToolTip(
        exposed ? tr("The connection to %1 is not encrypted: the people's records, case notes and "
                     "logins cross the network readable by anyone on the way, and nothing checks "
                     "that the server is the team's own. Take the sslmode option out of the "
                     "location (the server needs SSL turned on) to encrypt it.")
                      .arg(m_db->host())
                : QString());
    checkAuditHead();
}

void MainWindow::checkAuditHead()
{
    const AuditStore::Head recorded = AuditHeadMemory::recalled(m_db->sql());
    const Result<QString> problem = AuditStore(m_db->sql()).headProblem(recorded);
    if (!problem) {
        statusBar()->showMessage(
            tr("Could not check the audit log: %1").arg(problem.error().message), 15000);
        return;
    }
    if (problem.value().isEmpty()) {
        rememberAuditHead();
        return;
    }
    m_auditHeadAlarm = true;
    // Not modal to the application: the warning stands over the window, which still opens.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Audit Log Changed"),
                                tr("The audit log of this database changed behind Lodestar's "
                                   "back: %1.")
                                    .arg(problem.value()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("auditHeadWarning"));
    box->setInformativeText(
        tr("Tell your administrator. \"lodestar audit-verify --expect-head %1:%2\" checks the "
           "log against what this computer saw. Lodestar warns again each time the database "
           "opens until the log is accepted as it is now.")
            .arg(recorded.id)
            .arg(recorded.hash));
    QPushButton *keep = box->addButton(tr("&Keep Warning"), QMessageBox::RejectRole);
    QPushButton *accept = box->addButton(tr("&Accept the Log as It Is"), QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptAuditLog"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const std::shared_ptr<Database> db = m_db;
    connect(accept, &QPushButton::clicked, this, [this, db] {
        if (m_db != db)
            return;
        m_auditHeadAlarm = false;
        rememberAuditHead();
    });
    box->open();
}

void MainWindow::rememberAuditHead()
{
    if (!m_db || m_auditHeadAlarm)
        return;
    if (const Result<AuditStore::Head> head = AuditStore(m_db->sql()).head(); head)
        AuditHeadMemory::remember(m_db->sql(), head.value());
}

void MainWindow::updateCount()
{
    // The status bar speaks of the list in front of the user when it has a count of its own
    // there (the caseload's); the other lists say what they hold in a summary of their own.
    const auto *view = qobject_cast<ViewBase *>(m_tabs->currentWidget());
    m_countLabel->setText(view ? view->countText() : QString());
}

void MainWindow::openPerson(qint64 personId)
{
    for (PersonRecordWidget *record : tabsOf<PersonRecordWidget>(m_tabs)) {
        if (record->personId() == personId) {
            m_tabs->setCurrentWidget(record);
            return;
        }
    }
    auto *record = new PersonRecordWidget({m_db->sql(), m_currentUser}, personId, m_tabs);
    connect(record, &PersonRecordWidget::personChanged, this, [this, record](qint64) {
        m_caseload->model()->refresh();
        const int at = m_tabs->indexOf(record);
        m_tabs->setTabText(at, record->title());
        m_tabs->setTabToolTip(at, record->title());
    });
    const int index = m_tabs->addTab(record, record->title());
    m_tabs->setTabToolTip(index, record->title());
    m_tabs->setCurrentIndex(index);
}

void MainWindow::openPersonTab(qint64 personId, const QString &tab)
{
    openPerson(personId);
    if (tab.isEmpty())
        return;
    if (auto *record = qobject_cast<PersonRecordWidget *>(m_tabs->currentWidget()))
        record->showLowerTab(tab);
}

Status MainWindow::openPersonByRef(const QString &personRef)
{
    const auto person = PersonStore(m_db->sql()).findByRef(personRef);
    if (!person)
        return person.status();
    if (!person.value())
        return Status::fail(
            tr("No person with reference %1 in %2").arg(personRef, m_db->location()));
    openPerson(person.value()->id);
    return {};
}

Status MainWindow::showView(const QString &view)
{
    if (const ViewRegistry::Entry *entry = ViewRegistry::find(view)) {
        const ViewRegistry::Entry *own =
            entry->partOf.isEmpty() ? entry : ViewRegistry::find(entry->partOf);
        ViewBase *shown = nullptr;
        for (ViewBase *open : tabsOf<ViewBase>(m_tabs))
            if (open->key() == own->key)
                shown = open;
        if (shown) {
            if (shown->reloadsWhenShown())
                shown->reload();
            shown->setStale(false);
        } else {
            shown = addView(*own);
        }
        // The keyboard on its list when it comes forward (the tab widget would put it on the
        // first control), left where it is when the view was in front already.
        const bool cameForward = m_tabs->currentWidget() != shown;
        m_tabs->setCurrentWidget(shown);
        if (own != entry)
            shown->showPart(entry->key);
        if (QWidget *focus = shown->defaultFocus(); focus && cameForward)
            focus->setFocus(Qt::OtherFocusReason);
        return {};
    }
    if (view.startsWith(QLatin1String("person:"))) {
        // person:<ref> or person:<ref>/<tab>
        const QString rest = view.mid(int(qstrlen("person:")));
        const QString ref = rest.section(QLatin1Char('/'), 0, 0);
        const QString tab = rest.section(QLatin1Char('/'), 1);
        if (Status s = openPersonByRef(ref); !s)
            return s;
        auto *record = qobject_cast<PersonRecordWidget *>(m_tabs->currentWidget());
        if (!tab.isEmpty() && (!record || !record->showLowerTab(tab)))
            return Status::fail(
                tr("Unknown tab '%1' of a person record; use %2")
                    .arg(tab, PersonRecordWidget::lowerTabKeys().join(QStringLiteral(", "))));
        return {};
    }
    // VIEW:PART, a view on one of its parts (the dashboard compared with publication 3:
    // "dashboard:3"; a comparison in Published Figures: "published:3/by_band/2").
    if (const int colon = int(view.indexOf(QLatin1Char(':'))); colon > 0) {
        const QString key = view.left(colon);
        if (ViewRegistry::find(key)) {
            if (Status s = showView(key); !s)
                return s;
            auto *shown = qobject_cast<ViewBase *>(m_tabs->currentWidget());
            if (!shown || !shown->showPart(view.mid(colon + 1)))
                return Status::fail(tr("View '%1' has no part '%2'").arg(key, view.mid(colon + 1)));
            return {};
        }
    }
    return Status::fail(tr("Unknown view '%1'; use %2, VIEW:PART or person:<person_ref>[/tab]")
                            .arg(view, ViewRegistry::keys().join(QStringLiteral(", "))));
}

void MainWindow::closeTab(int index)
{
    QWidget *w = m_tabs->widget(index);
    if (!w || w == m_caseload)
        return;
    m_tabs->removeTab(index);
    w->deleteLater();
}

void MainWindow::openDatabase()
{
    // Machine-wide: where the database files are on this machine, chosen before opening one.
    QSettings settings;
    const QString start = settings.value(QStringLiteral("database/folder")).toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Lodestar Database"), start,
                                     tr("Lodestar databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("database/folder"), QFileInfo(path).absolutePath());
    auto db = Database::open(path, Database::Create::Never);
    if (!db) {
        QMessageBox::critical(this, tr("Cannot open database"), db.error().toString());
        return;
    }
    useLocalDatabase(db.value());
}

bool MainWindow::useLocalDatabase(std::shared_ptr<Database> db)
{
    // The window acts as whom it was started for; on a file only a demo or the OS user's
    // administrator role allows that to be someone else (issue 19).
    if (const Status s = AccessStore(db->sql()).mayActAs(Session::osUser(), m_localUser); !s) {
        QMessageBox box(QMessageBox::Critical, tr("Lodestar cannot act as that user"),
                        tr("Lodestar was started as %1 and cannot open %2 as %1: %3. Start "
                           "Lodestar without --user and $LODESTAR_USER to open it as yourself.")
                            .arg(m_localUser, db->location(), s.error().toString()),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("actAsRefusedBox"));
        box.exec();
        return false;
    }
    setDatabase(std::move(db));
    warnIfExposed();
    return true;
}

void MainWindow::warnIfExposed()
{
    if (m_db && !m_db->exposure().isEmpty())
        statusBar()->showMessage(m_db->exposure());
}

void MainWindow::newDatabase()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("database/folder")).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("New Lodestar Database"), start,
                                                      tr("Lodestar databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // Never overwrite: the file dialog's "replace?" must not cost anyone their data.
        QMessageBox::warning(this, tr("File exists"),
                             tr("%1 already exists. Choose a new file name, or open it with "
                                "File → Open Database.")
                                 .arg(path));
        return;
    }
    settings.setValue(QStringLiteral("database/folder"), QFileInfo(path).absolutePath());
    auto db = Database::open(path, Database::Create::IfMissing);
    if (!db) {
        QMessageBox::critical(this, tr("Cannot create database"), db.error().toString());
        return;
    }
    // A new file is no demo and has no administrator yet: a window started as someone else is
    // refused it, and the file it just made goes again (closed first, its -wal and -shm too).
    if (useLocalDatabase(db.value())) {
        offerDemoData();
        return;
    }
    db.value().reset();
    QFile::remove(path);
}

void MainWindow::connectToTeamDatabase()
{
    ConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !dialog.database())
        return;
    // Demo data is not offered here: invented people do not belong in a team's shared database
    // unless someone asks for them (File → Fill with Demo Data).
    setDatabase(dialog.database());
}

void MainWindow::offerFirstStart()
{
    if (m_caseload->model()->totalCount() > 0)
        return;
    QMessageBox box(QMessageBox::Question, tr("Welcome to Lodestar"),
                    tr("Your own database is new and empty. Connect to your team's shared "
                       "database, or fill this one with invented demo data to try Lodestar?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("firstStartBox"));
    QPushButton *team = box.addButton(tr("Connect to &Team Database…"), QMessageBox::AcceptRole);
    QPushButton *demo = box.addButton(tr("Fill with &Demo Data…"), QMessageBox::AcceptRole);
    box.addButton(tr("Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(demo);
    box.exec();
    if (box.clickedButton() == team)
        connectToTeamDatabase();
    else if (box.clickedButton() == demo)
        fillWithDemoData();
}

void MainWindow::offerDemoData()
{
    if (m_caseload->model()->totalCount() > 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Empty database"),
        tr("This database has no people yet. Fill it with invented demo data to try Lodestar?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        fillWithDemoData();
}

void MainWindow::fillWithDemoData()
{
    if (m_caseload->model()->totalCount() > 0) {
        QMessageBox::information(this, tr("Demo data"),
                                 tr("Demo data can only be added to an empty database."));
        return;
    }
    QSettings settings;
    bool ok = false;
    const int persons = QInputDialog::getInt(
        this, tr("Demo data"), tr("Number of invented people:"),
        settings.value(QStringLiteral("demo/persons"), 2000).toInt(), 1, 200000, 1000, &ok);
    if (!ok)
        return;
    settings.setValue(QStringLiteral("demo/persons"), persons);
    QProgressDialog progress(tr("Writing demo data…"), tr("Cancel"), 0, persons, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(200);
    const WatcherPause pause(m_watcher);
    DemoGenerator::Options options;
    options.persons = persons;
    // Up to today, so the queues and the diary have something to show now.
    options.asOf = Clock::today().toString(Qt::ISODate);
    const Status s = DemoGenerator::generate(m_db->sql(), options, [&](int written) {
        progress.setValue(written);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!s && s.error().code != PersonStore::Cancelled)
        showStoreError(tr("Demo data"), s.error());
    m_caseload->refresh();
}

void MainWindow::importCidExtract()
{
    UserSettings settings(m_db->sql(), m_currentUser);
    ImportDialog dialog(settings.value(QStringLiteral("import/folder")).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("import/folder"), dialog.folder());
    // Progress in thousandths of the bytes of both files: row counts are unknown until read.
    const WatcherPause pause(m_watcher);
    QProgressDialog progress(tr("Importing the CID extract…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    CidImporter::Options options;
    options.progress = [&](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        return !progress.wasCanceled();
    };
    // Many cases left out looks like an extract cut short: asked before they are marked.
    options.confirmMissing = [this](const CidImporter::MissingCheck &check) {
        return confirmMissingCases(check);
    };
    const auto summary = CidImporter::run(m_db->sql(), dialog.casesPath(), dialog.reportingPath(),
                                          m_currentUser, options);
    progress.reset();
    if (!summary) {
        if (summary.error().code == CidImporter::Cancelled ||
            summary.error().code == CidImporter::TooManyMissing)
            statusBar()->showMessage(tr("Import cancelled: nothing was imported"), 8000);
        else
            showStoreError(tr("Import refused"), summary.error());
        return;
    }
    m_caseload->refresh();
    reloadPersonTabs();
    reloadViews(m_caseload);
    ImportResultsDialog results(summary.value(), this);
    results.setFolder(dialog.folder());
    results.exec();
    // The morning's first look: what this import changed for the caseload.
    showView(QStringLiteral("changes"));
}

bool MainWindow::confirmMissingCases(const CidImporter::MissingCheck &check)
{
    QMessageBox box(QMessageBox::Warning, tr("Many Cases Missing"),
                    tr("This extract leaves out %1 of the %2 cases held (%3%).")
                        .arg(check.newlyMissing)
                        .arg(check.held)
                        .arg(CidImporter::missingShare(check)),
                    QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("An extract cut short or mangled upstream looks like this. Importing it marks those "
           "cases missing from the extract. Ask for the extract again unless you know why they "
           "are gone."));
    box.setDetailedText(tr("Cases left out: %1").arg(CidImporter::missingList(check)));
    QPushButton *import =
        box.addButton(tr("Import and Mark Them Missing"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(tr("Cancel Import"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == import;
}

void MainWindow::importSpreadsheet()
{
    SheetImportDialog dialog({m_db->sql(), m_currentUser}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WatcherPause pause(m_watcher);
    QProgressDialog progress(tr("Importing the spreadsheet…"), tr("Cancel"), 0,
                             int(dialog.sheet().rows.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto result = SheetImporter::run(m_db->sql(), dialog.sheet(), dialog.mapping(),
                                           m_currentUser, [&](qint64 done, qint64) {
                                               progress.setValue(int(done));
                                               return !progress.wasCanceled();
                                           });
    progress.reset();
    if (!result) {
        if (result.error().code == QLatin1String("cancelled"))
            statusBar()->showMessage(tr("Import cancelled: nothing was brought in"), 8000);
        else
            showStoreError(tr("Import refused"), result.error());
        return;
    }
    reloadPersonTabs();
    ImportResultsDialog results(
        tr("Spreadsheet Import Results"), result.value().toText(), result.value().problems,
        tr("Rows not brought in: %1").arg(result.value().problems.size()), this);
    results.exec();
}

void MainWindow::reloadPersonTabs()
{
    for (PersonRecordWidget *record : tabsOf<PersonRecordWidget>(m_tabs)) {
        record->reload();
        m_tabs->setTabText(m_tabs->indexOf(record), record->title());
    }
}

void MainWindow::editUsers()
{
    UsersDialog dialog({m_db->sql(), m_currentUser}, this);
    dialog.exec();
    if (!dialog.changed())
        return;
    updateUserLabel();
    updatePermittedActions();
    reloadPersonTabs();
    reloadViews();
}

void MainWindow::editWorkloadWeights()
{
    AllocationStore store(m_db->sql());
    const auto current = store.weights();
    if (!current) {
        showStoreError(tr("Workload Weights"), current.error());
        return;
    }
    WorkloadWeightsDialog dialog(current.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = store.setWeights(dialog.weights(), current.value().version); !s) {
        showStoreError(tr("Workload Weights"), s.error());
        return;
    }
    reloadViews();
}

void MainWindow::updateUserLabel()
{
    QString name = m_currentUser;
    QString role;
    if (m_db) {
        if (const auto user = AppContext(m_db->sql(), m_currentUser).appUser()) {
            name = user->label();
            role = AppUser::roleName(user->role);
        }
    }
    m_userLabel->setText(role.isEmpty() ? tr("Signed in as %1").arg(name)
                                        : tr("Signed in as %1 (%2)").arg(name, role));
    m_userLabel->setToolTip(name == m_currentUser ? QString() : m_currentUser);
}

void MainWindow::updatePermittedActions()
{
    using A = Permissions::Action;
    const AppContext context(m_db->sql(), m_currentUser);
    const auto apply = [&](QAction *action, A needed) {
        const Status allowed = context.may(needed);
        // A permission that cannot be read stays offered: the store checks again and says why.
        const bool refused = !allowed && allowed.error().code == Permissions::Refused;
        action->setEnabled(!refused);
        action->setToolTip(refused ? allowed.error().message : QString());
    };
    apply(m_importCidAction, A::Import);
    apply(m_importSheetAction, A::Import);
    // Users and Teams stays open to everyone to look at; its dialog offers editing to admins.
    apply(m_weightsAction, A::SharedSettings);
    apply(m_publishAction, A::PublishFigures);
}

void MainWindow::showStoreError(const QString &title, const Error &error)
{
    if (error.code == Permissions::Refused) {
        QMessageBox::warning(this, tr("Not permitted"), error.message);
        return;
    }
    QMessageBox::critical(this, title, error.toString());
}

void MainWindow::applyChanges(const QSet<qint64> &personIds, bool others, bool own)
{
    // Users, teams or roles may have changed: who may do what here, and the names shown.
    if (others) {
        updateUserLabel();
        updatePermittedActions();
    }
    for (PersonRecordWidget *record : tabsOf<PersonRecordWidget>(m_tabs)) {
        // A change not about one person (an import, a user's role) may touch any record.
        if (!others && !personIds.contains(record->personId()))
            continue;
        if (own)
            record->ownChange();
        else
            record->externalChange();
        const int at = m_tabs->indexOf(record);
        m_tabs->setTabText(at, record->title());
        m_tabs->setTabToolTip(at, record->title());
    }
    reloadViews();

    // Who changed how many records, others' changes only: this window's own need no news. (The
    // same user in another window is someone else here.)
    if (own)
        return;
    QStringList actors;
    QHash<QString, QSet<QString>> records;
    for (const AuditEntry &e : m_watcher->lastChanges()) {
        if (!records.contains(e.actor))
            actors << e.actor;
        records[e.actor].insert(e.entity + QLatin1Char('/') + QString::number(e.entityId));
    }
    if (actors.isEmpty())
        return;
    const UserStore users(m_db->sql());
    QStringList parts;
    for (const QString &actor : std::as_const(actors)) {
        const auto user = users.find(actor);
        const QString name = user && user.value() ? user.value()->label() : actor;
        parts << tr("%1 changed %n record(s)", "", int(records.value(actor).size())).arg(name);
    }
    statusBar()->showMessage(tr("Updated: %1").arg(parts.join(QStringLiteral("; "))), 10000);
}

ViewBase *MainWindow::addView(const ViewRegistry::Entry &entry)
{
    ViewBase *view = ViewRegistry::create(entry, AppContext(m_db->sql(), m_currentUser), m_tabs);
    const QString personTab = entry.personTab;
    connect(view, &ViewBase::openPerson, this,
            [this, personTab](qint64 personId) { openPersonTab(personId, personTab); });
    connect(view, &ViewBase::openPersonTab, this, &MainWindow::openPersonTab);
    connect(view, &ViewBase::personChanged, this, [this, view] {
        reloadPersonTabs();
        reloadViews(view);
    });
    connect(view, &ViewBase::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusTimeout); });
    connect(view, &ViewBase::countChanged, this, [this, view] {
        if (view == m_tabs->currentWidget())
            updateCount();
    });
    connect(view, &ViewBase::showViewPart, this, [this](const QString &key, const QString &part) {
        if (!showView(key))
            return;
        // showView() brought it in front.
        if (auto *shown = qobject_cast<ViewBase *>(m_tabs->currentWidget());
            shown && !part.isEmpty())
            shown->showPart(part);
    });
    m_tabs->addTab(view, view->title());
    return view;
}

void MainWindow::reloadViews(ViewBase *except, bool refresh)
{
    for (ViewBase *view : tabsOf<ViewBase>(m_tabs)) {
        if (view == except)
            continue;
        if (refresh) {
            view->setStale(false);
            view->refresh();
        } else {
            reloadOrMarkStale(view);
        }
    }
}

void MainWindow::reloadOrMarkStale(ViewBase *view)
{
    // A view not in front, or one costly to read again, catches up when shown (tabShown) or
    // refreshed (F5).
    if (view != m_tabs->currentWidget() || !view->followsChangesLive()) {
        view->setStale(true);
        return;
    }
    // A dialog of the view is open (a sample being drawn): reload once it is closed, not under it.
    if (QDialog *dialog = openDialogOf(view)) {
        view->setStale(true);
        connect(
            dialog, &QDialog::finished, view,
            [this, view] {
                if (view == m_tabs->currentWidget() && view->isStale()) {
                    view->setStale(false);
                    view->reload();
                }
            },
            Qt::QueuedConnection);
        return;
    }
    view->setStale(false);
    view->reload();
}

void MainWindow::tabShown(int index)
{
    QWidget *w = m_tabs->widget(index);
    updateCount();
    // Tab follows the layout of the view in front: set each time it comes forward (cheap, and
    // it takes in controls a view has made since). A person's record orders its own parts.
    auto *view = qobject_cast<ViewBase *>(w);
    if (!view)
        return;
    Keyboard::followLayout(view);
    if (view->isStale()) {
        // What a costly view missed is read now that the user looks at it.
        view->setStale(false);
        view->reload();
    }
}

void MainWindow::exportCaseload()
{
    UserSettings settings(m_db->sql(), m_currentUser);
    const QString csvFilter = tr("CSV (*.csv)");
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const bool lastWasXlsx =
        settings.value(QStringLiteral("export/format")).toString() == QLatin1String("xlsx");
    QString selectedFilter = lastWasXlsx ? xlsxFilter : csvFilter;
    const QString folder =
        settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString suggested =
        QDir(folder).filePath(tr("caseload-%1").arg(Clock::today().toString(Qt::ISODate)) +
                              (lastWasXlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv")));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Caseload"), suggested,
                                                csvFilter + QStringLiteral(";;") + xlsxFilter,
                                                &selectedFilter);
    if (path.isEmpty())
        return;
    // The chosen file type wins when the name has no suffix we know, as people often omit it.
    auto format = CaseloadExporter::formatFor(path);
    if (!format) {
        format = selectedFilter == xlsxFilter ? CaseloadExporter::Format::Xlsx
                                              : CaseloadExporter::Format::Csv;
        path += format == CaseloadExporter::Format::Xlsx ? QStringLiteral(".xlsx")
                                                         : QStringLiteral(".csv");
    }
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    settings.setValue(QStringLiteral("export/format"), format == CaseloadExporter::Format::Xlsx
                                                           ? QStringLiteral("xlsx")
                                                           : QStringLiteral("csv"));
    exportCaseloadTo(path);
}

void MainWindow::publishFigures()
{
    PublishFiguresDialog dialog({m_db->sql(), m_currentUser}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The new publication is the one the view shows (it selects one new since its last look).
    showView(QStringLiteral("published"));
    const QString text = tr("The figures are published as snapshot %1, with the %n person(s) "
                            "behind them.",
                            "", int(dialog.people()))
                             .arg(dialog.snapshotId());
    statusBar()->showMessage(text, StatusTimeout);
    QMessageBox::information(this, tr("Figures Published"), text);
}

bool MainWindow::exportCaseloadTo(const QString &path)
{
    const auto format = CaseloadExporter::formatFor(path).value_or(CaseloadExporter::Format::Csv);
    const CaseloadModel *model = m_caseload->model();
    const std::optional<QString> reason = ReasonDialog::ask(
        m_db->sql(), m_currentUser,
        tr("Export %n people to %1", "", model->visibleCount()).arg(QFileInfo(path).fileName()),
        this);
    if (!reason) {
        statusBar()->showMessage(tr("Export cancelled: no file was written"), 5000);
        return false;
    }
    const WatcherPause pause(m_watcher);
    QProgressDialog progress(tr("Exporting the caseload…"), tr("Cancel"), 0, model->visibleCount(),
                             this);
    progress.setWindowModality(Qt::WindowModal);
    // Small exports finish before the dialog would flash up.
    progress.setMinimumDuration(400);
    const CaseloadExporter exporter(m_db->sql(), *model);
    const Result<int> written =
        exporter.exportView(path, format, *reason, [&](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!written) {
        if (written.error().code == CaseloadExporter::Cancelled) {
            statusBar()->showMessage(written.error().message, 5000);
            return false;
        }
        QMessageBox::critical(
            this, tr("Export failed"),
            tr("The caseload could not be exported.\n\n%1").arg(written.error().toString()));
        return false;
    }
    statusBar()->showMessage(
        tr("Exported %n people to %1 (recorded in the audit trail)", "", written.value())
            .arg(QDir::toNativeSeparators(path)),
        8000);
    return true;
}

void MainWindow::backUpDatabase()
{
    if (m_db->dialect() != SqlDialect::SQLite)
        return; // the action is disabled, with its reason in the tooltip
    UserSettings settings(m_db->sql(), m_currentUser);
    const QString folder =
        settings.value(QStringLiteral("backup/folder"), QDir::homePath()).toString();
    const QString suggested =
        QDir(folder).filePath(Backup::suggestedName(m_db->location(), Clock::today()));
    // No "replace it?" question: a backup never replaces a file, and says so.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Back Up Database"), suggested, tr("Lodestar backup (*.sqlite);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("backup/folder"), QFileInfo(path).absolutePath());

    const WatcherPause pause(m_watcher);
    QProgressDialog progress(tr("Backing up the database…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    // Kept open once the pages are copied: the check of the copy follows.
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    const auto copied = Backup::create(*m_db, path, [&](qint64 done, qint64 total) {
        progress.setMaximum(int(total));
        progress.setValue(int(done));
        if (done == total)
            progress.setLabelText(tr("Checking the copy…"));
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!copied) {
        if (copied.error().code == Backup::Cancelled) {
            statusBar()->showMessage(tr("Backup cancelled: nothing was written."), 8000);
            return;
        }
        QMessageBox::critical(
            this, tr("Backup failed"),
            tr("The database could not be backed up.\n\n%1").arg(copied.error().toString()));
        return;
    }
    const Backup::Copied &c = copied.value();
    const QString size =
        QLocale().formattedDataSize(c.verified.bytes, 1, QLocale::DataSizeSIFormat);
    const QString file = QDir::toNativeSeparators(c.file);
    statusBar()->showMessage(tr("Backed up to %1 (%2)").arg(file, size), 8000);
    QMessageBox::information(
        this, tr("Backup complete"),
        tr("Backed up to %1 (%2).\n\nChecked: SQLite's integrity check passed and the audit "
           "trail is intact (%n entry(ies)).\n\nThe file is readable by you alone; keep it "
           "somewhere safe, away from this computer.",
           "", int(c.verified.auditEntries))
            .arg(file, size));
}

void MainWindow::showReference(const QString &name, const QString &title, const QString &intro,
                               const QStringList &headers, const QVector<QStringList> &rows)
{
    // One window of each, kept for the next time (where the user put it), its rows read anew.
    auto *dialog = findChild<ReferenceDialog *>(name, Qt::FindDirectChildrenOnly);
    if (dialog) {
        dialog->setRows(rows);
    } else {
        dialog = new ReferenceDialog(title, intro, headers, rows, this);
        dialog->setObjectName(name);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showShortcuts()
{
    QVector<ReferenceDialog::ActionGroup> groups;
    const QList<QAction *> menus = menuBar()->actions();
    for (const QAction *menu : menus)
        if (menu->menu())
            groups.append({menu->text(), menu->menu()->actions()});
    groups.append({tr("Caseload"), m_caseload->actions()});
    showReference(QStringLiteral("shortcutsDialog"), tr("Keyboard Shortcuts"),
                  tr("Every command with a key of its own. Alt with an underlined letter opens a "
                     "menu or presses a button; Tab moves from control to control."),
                  ReferenceDialog::shortcutHeaders(), ReferenceDialog::shortcutRows(groups));
}

void MainWindow::showFigureDefinitions()
{
    showReference(QStringLiteral("figuresDialog"), tr("Figure Definitions"),
                  tr("What each headline figure and each dashboard chart counts: the same words "
                     "the dashboard, the management report and lodestar figures --definitions "
                     "use."),
                  ReferenceDialog::figureHeaders(), ReferenceDialog::figureRows());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Lodestar"),
                       tr("<h3>Lodestar %1</h3><p>A workbench for the casework of foreign "
                          "national offenders in the community: one record per person, a "
                          "banded caseload, and figures that can be traced to the people "
                          "behind them.</p>"
                          "<p><b>A local database file</b> is created readable and writable "
                          "only by you (the account you are signed in to this computer as). The "
                          "roles in Settings → Users and Teams bind only people who use "
                          "Lodestar on it: anyone who can read the file can read everything in "
                          "it with other tools (such as sqlite3), and anyone who can write it "
                          "can change anything in it. <tt>lodestar audit-verify</tt> finds an "
                          "audit entry edited, removed or inserted (a log rewritten whole only "
                          "against a head kept elsewhere), not a record changed without one. "
                          "On a file Lodestar acts as you; as someone else only on a demo "
                          "database or when you are its administrator. For roles that are "
                          "enforced, use a team database on a PostgreSQL server.</p>")
                           .arg(QApplication::applicationVersion()));
}
