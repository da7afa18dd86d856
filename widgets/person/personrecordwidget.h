#pragma once

#include "common/appcontext.h"
#include "domain/permissions.h"
#include "domain/personrecord.h"

#include <QMap>
#include <QSqlDatabase>
#include <QWidget>
#include <optional>

class AllocationHistoryModel;
class AuditTrailModel;
class BandHistoryModel;
class BandSwatch;
class NoteLengthCounter;
class NotesModel;
class PersonCasesModel;
class QDialog;
class PersonBarriersPanel;
class PersonDiaryPanel;
class PersonReoffencesPanel;
class PersonRemovalPanel;
class PersonReportingPanel;
class PersonReviewsPanel;
class PersonTaskingsPanel;
class PersonTravelDocsPanel;
class QAction;
class QGroupBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

// The person record: everything known about one individual in one place (the Person Centric
// View of report 6.47-6.48 and recommendation 3): identity, risk and band with the rule
// behind it, flags, ownership and reporting, every CID case, one notes timeline and the diary.
class PersonRecordWidget : public QWidget
{
    Q_OBJECT

public:
    PersonRecordWidget(const AppContext &context, qint64 personId, QWidget *parent = nullptr);

    qint64 personId() const { return m_personId; }
    // "García, José (P0412345)", for a tab or window title.
    QString title() const;
    // The record as last loaded; empty when it could not be read.
    const std::optional<PersonRecord> &person() const { return m_person; }

    NotesModel *notesModel() const { return m_notes; }
    PersonCasesModel *casesModel() const { return m_cases; }
    BandHistoryModel *bandHistoryModel() const { return m_history; }
    PersonDiaryPanel *diaryPanel() const { return m_diary; }
    PersonReportingPanel *reportingPanel() const { return m_reporting; }
    PersonTaskingsPanel *taskingsPanel() const { return m_taskings; }
    PersonTravelDocsPanel *travelDocsPanel() const { return m_travelDocs; }
    PersonBarriersPanel *barriersPanel() const { return m_barrierPanel; }
    PersonRemovalPanel *removalPanel() const { return m_removal; }
    PersonReviewsPanel *reviewsPanel() const { return m_reviews; }
    PersonReoffencesPanel *reoffencesPanel() const { return m_reoffences; }
    AllocationHistoryModel *allocationModel() const { return m_allocations; }
    AuditTrailModel *auditModel() const { return m_audit; }

    // The signed-in user may not change this person (Permissions): the record shows a banner
    // saying why and its own write actions are off. The store refuses whatever is shown.
    bool isReadOnly() const { return !m_changeRefusal.isEmpty(); }
    // True while an editor of this record is open (a note being edited, a band override or
    // any dialog of a panel): a reload now would change the record under the user's hands.
    bool hasOpenEditor() const;
    QDialog *openEditor() const;
    // Someone else changed this person while an editor was open: a banner offers the reload.
    bool isStale() const { return m_stale; }

public slots:
    // Reads the person, their cases, notes and band history again.
    void reload();
    // Someone else changed this person (ChangeWatcher): reloads at once, or, while an editor
    // is open, marks the record "changed by someone else" with a Reload button instead.
    void externalChange();
    // This window wrote to the person (from another tab: a diary entry marked done in My
    // Diary): reloads at once, or once the open editor closes; never the "someone else" banner.
    void ownChange();
    // Reads again only what the signed-in user may do here (after users or roles changed).
    void updateAccess();
    // Adds the text in the note box as a new note by the current user.
    void addNote();
    // Opens the note editor / history for the selected note.
    void editSelectedNote();
    void showSelectedNoteHistory();
    // Opens the band override dialog.
    void overrideBand();
    // Opens the allocate dialog for this person.
    void allocate();
    // Writes everything held about the person to `path` as JSON (asks where when empty), for
    // an administrator; the store refuses anyone else and audits the export with `reason`
    // (asked in a ReasonDialog when empty).
    void exportSubjectAccess(const QString &path = QString(), const QString &reason = QString());
    // Brings a lower tab to the front by its key: cases, reporting, taskings, travel_documents,
    // barriers, removal, reviews, reoffences, diary, allocation or audit (the screenshot command's
    // person:<ref>/<tab>). False for an unknown key.
    bool showLowerTab(const QString &key);
    static const QStringList &lowerTabKeys();

signals:
    // After this widget wrote something about the person (a note, a band override), so that
    // lists showing the person can refresh.
    void personChanged(qint64 personId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildDetails();
    QGroupBox *buildIdentity();
    QGroupBox *buildRisk();
    QGroupBox *buildOwnership();
    QGroupBox *buildFlags();
    QGroupBox *buildNotes();
    QGroupBox *buildCases();
    QTabWidget *buildLowerTabs();
    void updateLowerTabLabels();

    void showPerson();
    void showBand();
    void showErrors(const QStringList &errors);
    void setStale(bool stale);
    // Reads what the signed-in user may do on this person into m_refusals and the banner.
    void readAccess();
    bool may(Permissions::Action action) const { return m_refusals.value(action).isEmpty(); }
    // `allowedTip` when the user may take the action, else the reason they may not.
    QString tipFor(Permissions::Action action, const QString &allowedTip) const;
    void updateAllocateButton();
    void fitHistoryHeight();
    int selectedNoteRow() const;
    void selectNote(qint64 noteId);
    void updateNoteActions();
    void updateAddNoteButton();
    void notesChanged();

    QSqlDatabase m_db;
    qint64 m_personId;
    QString m_user;
    std::optional<PersonRecord> m_person;

    PersonCasesModel *m_cases;
    NotesModel *m_notes;
    BandHistoryModel *m_history;
    QSortFilterProxyModel *m_casesProxy;

    // Header
    QLabel *m_nameLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    BandSwatch *m_headerSwatch = nullptr;
    QLabel *m_headerBandLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QWidget *m_staleBar = nullptr;
    bool m_stale = false;
    // Why the user may not take each action on this person; empty where they may.
    QMap<Permissions::Action, QString> m_refusals;
    QString m_changeRefusal;

    // Identity
    QLabel *m_familyName = nullptr;
    QLabel *m_givenNames = nullptr;
    QLabel *m_personRef = nullptr;
    QLabel *m_dateOfBirth = nullptr;
    QLabel *m_nationality = nullptr;
    QLabel *m_gender = nullptr;
    QLabel *m_address = nullptr;

    // Risk and band
    QLabel *m_mappa = nullptr;
    QLabel *m_harm = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_custody = nullptr;
    QLabel *m_barriers = nullptr;
    BandSwatch *m_effectiveSwatch = nullptr;
    QLabel *m_effectiveBand = nullptr;
    BandSwatch *m_computedSwatch = nullptr;
    QLabel *m_computedBand = nullptr;
    QLabel *m_bandRule = nullptr;
    QLabel *m_provisional = nullptr;
    QLabel *m_overrideLabel = nullptr;
    QLabel *m_overrideText = nullptr;
    QLabel *m_historyLabel = nullptr;
    QTableView *m_historyView = nullptr;
    QPushButton *m_overrideButton = nullptr;

    // Flags, ownership and reporting
    QLabel *m_flags = nullptr;
    QLabel *m_owningUnit = nullptr;
    QLabel *m_caseOwner = nullptr;
    QLabel *m_centre = nullptr;
    QLabel *m_frequency = nullptr;
    QLabel *m_window = nullptr;
    QPushButton *m_allocateButton = nullptr;
    AllocationHistoryModel *m_allocations = nullptr;
    QTableView *m_allocationView = nullptr;
    QPushButton *m_exportButton = nullptr;
    AuditTrailModel *m_audit = nullptr;
    QTableView *m_auditView = nullptr;

    // Cases
    QTabWidget *m_lowerTabs = nullptr;
    PersonDiaryPanel *m_diary = nullptr;
    PersonReportingPanel *m_reporting = nullptr;
    PersonTaskingsPanel *m_taskings = nullptr;
    PersonTravelDocsPanel *m_travelDocs = nullptr;
    PersonBarriersPanel *m_barrierPanel = nullptr;
    PersonRemovalPanel *m_removal = nullptr;
    PersonReviewsPanel *m_reviews = nullptr;
    PersonReoffencesPanel *m_reoffences = nullptr;
    QGroupBox *m_casesBox = nullptr;
    QTableView *m_casesView = nullptr;

    // Notes
    QGroupBox *m_notesBox = nullptr;
    QListView *m_notesView = nullptr;
    QLabel *m_notesEmpty = nullptr;
    QPushButton *m_editNoteButton = nullptr;
    QPushButton *m_noteHistoryButton = nullptr;
    QPushButton *m_unfoldNoteButton = nullptr;
    NoteLengthCounter *m_noteCounter = nullptr;
    QAction *m_editNoteAction = nullptr;
    QAction *m_noteHistoryAction = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QPushButton *m_addNoteButton = nullptr;
};
