#pragma once

#include "db/database.h"

#include <QMainWindow>
#include <memory>

class CaseloadView;
class QLabel;
class QTabWidget;

// The workbench window: the caseload as the first tab, each opened person record in a tab of
// its own, and the menus that reach everything by keyboard.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::shared_ptr<Database> db, const QString &currentUser, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows "caseload", "imports", "changes", "noncompliance", "diary", "centres",
    // "absconders", "travel_documents", "barriers", "ripe", "removals", "workload", "reviews",
    // "data_quality", "note_qa", "dashboard" or "person:<person_ref>[/tab]"; used by
    // `lodestar screenshot`.
    Status showView(const QString &view);
    Status openPersonByRef(const QString &personRef);
    void openPerson(qint64 personId);
    // Opens the person on their Reporting tab: from the queue and the absconders.
    void openPersonReporting(qint64 personId);
    // Opens the person on lower tab `tab` (PersonRecordWidget::lowerTabKeys), or on the record
    // itself when `tab` is empty: a fix from the data-quality list.
    void openPersonTab(qint64 personId, const QString &tab);
    // First start on an empty database: offers to fill it with demo data.
    void offerDemoData();
    // First start on the user's own, new database: offers the team database or demo data.
    void offerFirstStart();
    // File → Connect to Team Database: on success the window switches to it.
    void connectToTeamDatabase();

    CaseloadView *caseloadView() const { return m_caseload; }
    QTabWidget *tabs() const { return m_tabs; }
    std::shared_ptr<Database> database() const { return m_db; }

private:
    void createMenus();
    void setDatabase(std::shared_ptr<Database> db);
    void openDatabase();
    void newDatabase();
    void fillWithDemoData();
    void importCidExtract();
    void importSpreadsheet();
    void showImportHistory();
    void showNoncompliance();
    void showMyDiary();
    void showCentres();
    void showAbsconders();
    void showTravelDocuments();
    void showBarriers();
    void showProgression();
    void showRemovals();
    void showWorkload();
    void showReviewCheck();
    void showDashboard();
    void editUsers();
    void editWorkloadWeights();
    // "Signed in as Sam Okafor" when the user is known, the user name otherwise.
    void updateUserLabel();
    void showDataQuality();
    void showNoteQa();
    void showImportChanges();
    // Re-reads every open person record (after an import or a refresh).
    void reloadPersonTabs();
    // Re-reads the open caseload-wide views of barriers, progression and removals (F5).
    void reloadCaseloadViews();
    void exportCaseload();
    void closeTab(int index);
    void updateCounts(int visible, int total);
    void showAbout();

    std::shared_ptr<Database> m_db;
    QString m_currentUser;
    QTabWidget *m_tabs;
    CaseloadView *m_caseload = nullptr;
    QLabel *m_countLabel;
    QLabel *m_userLabel;
    QLabel *m_databaseLabel;
};
