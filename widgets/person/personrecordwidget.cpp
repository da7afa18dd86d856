#include "personrecordwidget.h"
#include "domain/clock.h"

#include "bandswatch.h"
#include "caseload/allocatedialog.h"
#include "common/keyboard.h"
#include "common/reasondialog.h"
#include "dialogs/bandoverridedialog.h"
#include "domain/reportingwindow.h"
#include "domain/stock.h"
#include "io/subjectaccessexport.h"
#include "itemmodels/allocationhistorymodel.h"
#include "itemmodels/audittrailmodel.h"
#include "itemmodels/bandhistorymodel.h"
#include "itemmodels/displaytext.h"
#include "itemmodels/notesmodel.h"
#include "itemmodels/personcasesmodel.h"
#include "itemmodels/reportingeventsmodel.h"
#include "itemmodels/roles.h"
#include "notedelegate.h"
#include "noteeditdialog.h"
#include "notehistorydialog.h"
#include "notelengthcounter.h"
#include "personbarrierspanel.h"
#include "persondiarypanel.h"
#include "personremovalpanel.h"
#include "personreoffencespanel.h"
#include "personreportingpanel.h"
#include "personreviewspanel.h"
#include "persontaskingspanel.h"
#include "persontraveldocspanel.h"
#include "store/accessstore.h"
#include "store/auditstore.h"
#include "store/personstore.h"

#include <QAction>
#include <QDate>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// A read-only value in a form: plain text (CID data may contain '<'), selectable so that
// references can be copied into other systems.
QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// Shows `text`, or a quiet "Not recorded" where CID holds nothing: a blank would read as
// a display fault.
void setValue(QLabel *label, const QString &text)
{
    if (text.isEmpty()) {
        label->setText(PersonRecordWidget::tr("Not recorded"));
        label->setForegroundRole(QPalette::PlaceholderText);
    } else {
        label->setText(text);
        label->setForegroundRole(QPalette::WindowText);
    }
}

// A swatch beside its label, the pair going into one form row.
QWidget *swatchRow(QWidget *parent, BandSwatch *swatch, QLabel *label)
{
    auto *w = new QWidget(parent);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(swatch, 0, Qt::AlignVCenter);
    layout->addWidget(label, 1);
    return w;
}

QFormLayout *formLayout(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

QString flagToolTip(const QString &code)
{
    if (code == QLatin1String("ZINCS"))
        return PersonRecordWidget::tr("Operation Zincs: criminality on a case not owned by "
                                      "Criminal Casework");
    if (code == QLatin1String("NEXUS_HH"))
        return PersonRecordWidget::tr("Operation Nexus High Harm: police intelligence exists");
    if (code == QLatin1String("EM"))
        return PersonRecordWidget::tr("Electronic monitoring (tagged)");
    if (code == QLatin1String("NFA"))
        return PersonRecordWidget::tr("No fixed abode");
    if (code == QLatin1String("ACRO"))
        return PersonRecordWidget::tr("ACRO criminal records record");
    return QString();
}

} // namespace

PersonRecordWidget::PersonRecordWidget(const AppContext &context, qint64 personId, QWidget *parent)
    : QWidget(parent), m_db(context.db()), m_personId(personId), m_user(context.user()),
      m_cases(new PersonCasesModel(m_db, this)), m_notes(new NotesModel(m_db, this)),
      m_history(new BandHistoryModel(m_db, this)), m_casesProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("personRecord"));
    m_casesProxy->setSourceModel(m_cases);
    m_casesProxy->setSortRole(Roles::Sort);

    // Details beside the notes: the two things read together. Cases below, full width,
    // because the table has many columns.
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("detailsNotesSplitter"));
    top->setChildrenCollapsible(false);
    top->addWidget(buildDetails());
    top->addWidget(buildNotes());
    top->setStretchFactor(0, 5);
    top->setStretchFactor(1, 4);
    top->setSizes({680, 560});

    auto *main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(QStringLiteral("recordSplitter"));
    main->setChildrenCollapsible(false);
    main->addWidget(top);
    main->addWidget(buildLowerTabs());
    // The details need about 470 pixels; the lower tabs (timeline, barriers, removal) get the
    // rest, and share extra height with the notes.
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 1);
    main->setSizes({470, 330});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(main, 1);

    // Keyboard order follows reading order: band actions, notes, then cases.
    setTabOrder(m_overrideButton, m_historyView);
    setTabOrder(m_historyView, m_notesView);
    setTabOrder(m_notesView, m_unfoldNoteButton);
    setTabOrder(m_unfoldNoteButton, m_editNoteButton);
    setTabOrder(m_editNoteButton, m_noteHistoryButton);
    setTabOrder(m_noteHistoryButton, m_noteEdit);
    setTabOrder(m_noteEdit, m_addNoteButton);
    setTabOrder(m_addNoteButton, m_lowerTabs);

    // Every opening of a person record is audited, before anything of it is shown.
    if (Status s = AuditStore(m_db).recordOpened(m_personId); !s) {
        showErrors({tr("The opening of this record could not be audited, so it is not shown: %1")
                        .arg(s.error().toString())});
        return;
    }
    reload();
}

QString PersonRecordWidget::title() const
{
    if (!m_person)
        return tr("Person %1 (not found)").arg(m_personId);
    const PersonDetails &d = m_person->details;
    if (d.givenNames.isEmpty())
        return tr("%1 (%2)").arg(d.familyName, d.personRef);
    return tr("%1, %2 (%3)").arg(d.familyName, d.givenNames, d.personRef);
}

QWidget *PersonRecordWidget::buildHeader()
{
    auto *header = new QWidget(this);
    auto *outer = new QVBoxLayout(header);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *row = new QHBoxLayout;
    auto *names = new QVBoxLayout;
    m_nameLabel = valueLabel(header, QStringLiteral("nameLabel"));
    m_nameLabel->setWordWrap(false);
    QFont big = m_nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_nameLabel->setFont(big);
    m_summaryLabel = valueLabel(header, QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(false);
    m_summaryLabel->setForegroundRole(QPalette::PlaceholderText);
    names->addWidget(m_nameLabel);
    names->addWidget(m_summaryLabel);
    row->addLayout(names, 1);

    // The effective band at a glance, in words beside its colour.
    auto *chip = new QFrame(header);
    chip->setObjectName(QStringLiteral("headerBand"));
    chip->setFrameShape(QFrame::StyledPanel);
    auto *chipLayout = new QHBoxLayout(chip);
    m_headerSwatch = new BandSwatch(chip);
    m_headerBandLabel = valueLabel(chip, QStringLiteral("headerBandLabel"));
    m_headerBandLabel->setWordWrap(false);
    QFont bold = m_headerBandLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headerBandLabel->setFont(bold);
    chipLayout->addWidget(m_headerSwatch);
    chipLayout->addWidget(m_headerBandLabel);
    row->addWidget(chip, 0, Qt::AlignVCenter);
    outer->addLayout(row);

    // Said before anything else: what the user may not do here, so that nobody writes a note
    // only to have the store refuse it.
    m_readOnlyLabel = valueLabel(header, QStringLiteral("readOnlyBanner"));
    m_readOnlyLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #e8eef7; color: #1c2f4a; border: 1px solid #a9bcd9; "
                       "border-radius: 3px; padding: 4px; }"));
    m_readOnlyLabel->hide();
    outer->insertWidget(0, m_readOnlyLabel);

    m_staleBar = new QFrame(header);
    m_staleBar->setObjectName(QStringLiteral("staleBanner"));
    m_staleBar->setStyleSheet(
        QStringLiteral("#staleBanner { background: #fff4ce; border: 1px solid #e3c35a; "
                       "border-radius: 3px; } #staleBanner QLabel { color: #4a3b00; }"));
    auto *staleLayout = new QHBoxLayout(m_staleBar);
    staleLayout->setContentsMargins(6, 2, 6, 2);
    auto *staleText = new QLabel(tr("This person was changed by someone else while you were "
                                    "editing: reload to see their changes."),
                                 m_staleBar);
    staleText->setWordWrap(true);
    auto *staleReload = new QPushButton(tr("&Reload"), m_staleBar);
    staleReload->setObjectName(QStringLiteral("staleReloadButton"));
    connect(staleReload, &QPushButton::clicked, this, &PersonRecordWidget::reload);
    staleLayout->addWidget(staleText, 1);
    staleLayout->addWidget(staleReload);
    m_staleBar->hide();
    outer->addWidget(m_staleBar);

    m_errorLabel = valueLabel(header, QStringLiteral("errorLabel"));
    m_errorLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #e0a09a; "
                       "border-radius: 3px; padding: 6px; }"));
    m_errorLabel->hide();
    outer->addWidget(m_errorLabel);
    return header;
}

QWidget *PersonRecordWidget::buildDetails()
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 4, 0);

    // Who and who owns them side by side; the band, the most argued-over part, full width
    // so its rule and history have room.
    auto *top = new QHBoxLayout;
    top->addWidget(buildIdentity(), 1);
    auto *right = new QVBoxLayout;
    right->addWidget(buildOwnership());
    right->addWidget(buildFlags());
    right->addStretch(1);
    top->addLayout(right, 1);
    column->addLayout(top);
    column->addWidget(buildRisk());
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailsScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab stops here to scroll the details with the keys: show it.
    FocusRing::attach(scroll);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(480);
    return scroll;
}

QGroupBox *PersonRecordWidget::buildIdentity()
{
    auto *box = new QGroupBox(tr("Identity"), this);
    auto *form = formLayout(box);
    m_familyName = valueLabel(box, QStringLiteral("familyNameLabel"));
    m_givenNames = valueLabel(box, QStringLiteral("givenNamesLabel"));
    m_personRef = valueLabel(box, QStringLiteral("personRefLabel"));
    m_dateOfBirth = valueLabel(box, QStringLiteral("dateOfBirthLabel"));
    m_nationality = valueLabel(box, QStringLiteral("nationalityLabel"));
    m_gender = valueLabel(box, QStringLiteral("genderLabel"));
    m_address = valueLabel(box, QStringLiteral("addressStatusLabel"));
    form->addRow(tr("Family name:"), m_familyName);
    form->addRow(tr("Given names:"), m_givenNames);
    form->addRow(tr("Person ref:"), m_personRef);
    form->addRow(tr("Date of birth:"), m_dateOfBirth);
    form->addRow(tr("Nationality:"), m_nationality);
    form->addRow(tr("Gender:"), m_gender);
    form->addRow(tr("Address:"), m_address);
    return box;
}

QGroupBox *PersonRecordWidget::buildRisk()
{
    auto *box = new QGroupBox(tr("Risk and band"), this);
    auto *layout = new QVBoxLayout(box);

    // What CID records on the left, the band derived from it on the right.
    auto *facts = new QHBoxLayout;
    auto *riskForm = formLayout(nullptr);
    m_mappa = valueLabel(box, QStringLiteral("mappaLabel"));
    m_harm = valueLabel(box, QStringLiteral("harmLabel"));
    m_sentence = valueLabel(box, QStringLiteral("sentenceLabel"));
    m_custody = valueLabel(box, QStringLiteral("custodyLabel"));
    m_barriers = valueLabel(box, QStringLiteral("openBarriersLabel"));
    riskForm->addRow(tr("MAPPA level:"), m_mappa);
    riskForm->addRow(tr("Harm category:"), m_harm);
    riskForm->addRow(tr("Longest sentence:"), m_sentence);
    riskForm->addRow(tr("Custody:"), m_custody);
    riskForm->addRow(tr("Open barriers:"), m_barriers);
    facts->addLayout(riskForm, 2);

    auto *line = new QFrame(box);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    facts->addWidget(line);

    auto *bandForm = formLayout(nullptr);
    m_effectiveSwatch = new BandSwatch(box);
    m_effectiveBand = valueLabel(box, QStringLiteral("effectiveBandLabel"));
    QFont bold = m_effectiveBand->font();
    bold.setBold(true);
    m_effectiveBand->setFont(bold);
    bandForm->addRow(tr("Effective band:"), swatchRow(box, m_effectiveSwatch, m_effectiveBand));
    m_computedSwatch = new BandSwatch(box);
    m_computedBand = valueLabel(box, QStringLiteral("computedBandLabel"));
    bandForm->addRow(tr("Computed band:"), swatchRow(box, m_computedSwatch, m_computedBand));
    m_bandRule = valueLabel(box, QStringLiteral("bandRuleLabel"));
    bandForm->addRow(tr("Rule applied:"), m_bandRule);
    m_overrideLabel = new QLabel(tr("Override:"), box);
    m_overrideText = valueLabel(box, QStringLiteral("overrideLabel"));
    bandForm->addRow(m_overrideLabel, m_overrideText);
    facts->addLayout(bandForm, 3);
    layout->addLayout(facts);

    // The text names the missing facts (updated with the person).
    m_provisional = valueLabel(box, QStringLiteral("provisionalLabel"));
    m_provisional->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid #e3c35a; "
                       "border-radius: 3px; padding: 4px; }"));
    layout->addWidget(m_provisional);

    m_historyLabel = new QLabel(tr("Override &history:"), box);
    m_historyView = new QTableView(box);
    m_historyView->setObjectName(QStringLiteral("bandHistoryView"));
    m_historyLabel->setBuddy(m_historyView);
    m_historyView->setModel(m_history);
    m_historyView->verticalHeader()->hide();
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setAlternatingRowColors(true);
    Keyboard::setUpList(m_historyView);
    m_historyView->setWordWrap(true);
    QHeaderView *header = m_historyView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BandHistoryModel::Reason, QHeaderView::Stretch);
    header->setHighlightSections(false);
    m_historyView->setAccessibleName(tr("Band override history"));
    connect(header, &QHeaderView::sectionResized, this, &PersonRecordWidget::fitHistoryHeight,
            Qt::QueuedConnection);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_historyView);

    m_overrideButton = new QPushButton(tr("&Override band…"), box);
    m_overrideButton->setObjectName(QStringLiteral("overrideBandButton"));
    connect(m_overrideButton, &QPushButton::clicked, this, &PersonRecordWidget::overrideBand);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_overrideButton);
    layout->addLayout(buttons);
    return box;
}

QGroupBox *PersonRecordWidget::buildOwnership()
{
    auto *box = new QGroupBox(tr("Ownership and reporting"), this);
    auto *form = formLayout(box);
    m_owningUnit = valueLabel(box, QStringLiteral("owningUnitLabel"));
    m_caseOwner = valueLabel(box, QStringLiteral("caseOwnerLabel"));
    m_centre = valueLabel(box, QStringLiteral("reportingCentreLabel"));
    m_frequency = valueLabel(box, QStringLiteral("reportingFrequencyLabel"));
    m_window = valueLabel(box, QStringLiteral("reportingWindowLabel"));
    form->addRow(tr("Owning unit:"), m_owningUnit);
    form->addRow(tr("Case owner:"), m_caseOwner);
    form->addRow(tr("Reporting centre:"), m_centre);
    form->addRow(tr("Reports:"), m_frequency);
    form->addRow(tr("Reporting window:"), m_window);
    m_allocateButton = new QPushButton(tr("A&llocate…"), box);
    m_allocateButton->setObjectName(QStringLiteral("allocateButton"));
    connect(m_allocateButton, &QPushButton::clicked, this, &PersonRecordWidget::allocate);
    form->addRow(QString(), m_allocateButton);
    // Offered to administrators only; the export refuses anyone else whatever is shown.
    m_exportButton = new QPushButton(tr("Export Everything Held (Subject Access)…"), box);
    m_exportButton->setObjectName(QStringLiteral("subjectAccessButton"));
    m_exportButton->setToolTip(tr("Save everything held about this person, with the audit "
                                  "trail, as one JSON file"));
    const auto admin = SubjectAccessExport::allowed(m_db);
    m_exportButton->setVisible(admin && admin.value());
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportSubjectAccess(); });
    form->addRow(QString(), m_exportButton);
    return box;
}

QGroupBox *PersonRecordWidget::buildFlags()
{
    auto *box = new QGroupBox(tr("Flags"), this);
    auto *layout = new QVBoxLayout(box);
    m_flags = valueLabel(box, QStringLiteral("flagsLabel"));
    layout->addWidget(m_flags);
    return box;
}

QGroupBox *PersonRecordWidget::buildNotes()
{
    m_notesBox = new QGroupBox(tr("Notes"), this);
    auto *layout = new QVBoxLayout(m_notesBox);

    auto *tools = new QHBoxLayout;
    auto *order = new QLabel(tr("All notes about this person, newest first"), m_notesBox);
    order->setForegroundRole(QPalette::PlaceholderText);
    m_editNoteButton = new QPushButton(tr("&Edit note…"), m_notesBox);
    m_editNoteButton->setObjectName(QStringLiteral("editNoteButton"));
    m_noteHistoryButton = new QPushButton(tr("Hi&story…"), m_notesBox);
    m_noteHistoryButton->setObjectName(QStringLiteral("noteHistoryButton"));
    m_noteHistoryButton->setToolTip(tr("Every earlier text of the selected note"));
    m_unfoldNoteButton = new QPushButton(tr("Show &whole"), m_notesBox);
    m_unfoldNoteButton->setObjectName(QStringLiteral("unfoldNoteButton"));
    connect(m_unfoldNoteButton, &QPushButton::clicked, this, [this] {
        const int row = selectedNoteRow();
        m_notes->setUnfolded(row, !m_notes->isUnfolded(row));
    });
    tools->addWidget(order, 1);
    tools->addWidget(m_unfoldNoteButton);
    tools->addWidget(m_editNoteButton);
    tools->addWidget(m_noteHistoryButton);
    layout->addLayout(tools);

    m_notesView = new QListView(m_notesBox);
    m_notesView->setObjectName(QStringLiteral("notesView"));
    m_notesView->setModel(m_notes);
    m_notesView->setModelColumn(NotesModel::Text);
    m_notesView->setItemDelegate(new NoteDelegate(m_notesView));
    m_notesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_notesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notesView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_notesView->setResizeMode(QListView::Adjust);
    m_notesView->setUniformItemSizes(false);
    m_notesView->setWordWrap(true);
    Keyboard::setUpList(m_notesView);
    m_notesView->setAccessibleName(tr("Notes timeline"));
    layout->addWidget(m_notesView, 1);
    // A note folded or unfolded changes its height: the list lays its rows out again.
    connect(m_notes, &QAbstractItemModel::dataChanged, this, [this] {
        m_notesView->doItemsLayout();
        updateNoteActions();
    });

    m_notesEmpty = new QLabel(tr("No notes yet. Write the first one below."), m_notesBox);
    m_notesEmpty->setObjectName(QStringLiteral("notesEmptyLabel"));
    m_notesEmpty->setAlignment(Qt::AlignCenter);
    m_notesEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_notesEmpty->setFrameShape(QFrame::StyledPanel);
    m_notesEmpty->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    layout->addWidget(m_notesEmpty, 1);

    m_editNoteAction = new QAction(tr("&Edit note…"), this);
    m_noteHistoryAction = new QAction(tr("Hi&story…"), this);
    m_notesView->addAction(m_editNoteAction);
    m_notesView->addAction(m_noteHistoryAction);
    m_notesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_editNoteAction, &QAction::triggered, this, &PersonRecordWidget::editSelectedNote);
    connect(m_noteHistoryAction, &QAction::triggered, this,
            &PersonRecordWidget::showSelectedNoteHistory);
    connect(m_editNoteButton, &QPushButton::clicked, this, &PersonRecordWidget::editSelectedNote);
    connect(m_noteHistoryButton, &QPushButton::clicked, this,
            &PersonRecordWidget::showSelectedNoteHistory);
    // Double-click or Enter on a note opens it for editing.
    connect(m_notesView, &QAbstractItemView::activated, this,
            &PersonRecordWidget::editSelectedNote);
    connect(m_notesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonRecordWidget::updateNoteActions);

    auto *newLabel = new QLabel(tr("New &note:"), m_notesBox);
    m_noteEdit = new QPlainTextEdit(m_notesBox);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    newLabel->setBuddy(m_noteEdit);
    m_noteEdit->setPlaceholderText(tr("Write a note about this person…"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_noteEdit->installEventFilter(this);
    layout->addWidget(newLabel);
    layout->addWidget(m_noteEdit);

    auto *addRow = new QHBoxLayout;
    auto *hint = new QLabel(tr("Ctrl+Return adds the note. Notes are kept: an edit adds a new "
                               "version."),
                            m_notesBox);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    m_addNoteButton = new QPushButton(tr("&Add note"), m_notesBox);
    m_addNoteButton->setObjectName(QStringLiteral("addNoteButton"));
    m_addNoteButton->setEnabled(false);
    connect(m_addNoteButton, &QPushButton::clicked, this, &PersonRecordWidget::addNote);
    m_noteCounter = new NoteLengthCounter(m_noteEdit, m_notesBox);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this,
            &PersonRecordWidget::updateAddNoteButton);
    addRow->addWidget(hint, 1);
    addRow->addWidget(m_noteCounter);
    addRow->addWidget(m_addNoteButton);
    layout->addLayout(addRow);
    m_notesBox->setMinimumWidth(380);
    return m_notesBox;
}

QTabWidget *PersonRecordWidget::buildLowerTabs()
{
    // The cases and the diary share the lower part: both are lists read one at a time.
    m_lowerTabs = new QTabWidget(this);
    m_lowerTabs->setObjectName(QStringLiteral("lowerTabs"));
    m_lowerTabs->addTab(buildCases(), tr("CID cases"));
    m_reporting = new PersonReportingPanel({m_db, m_user}, m_lowerTabs);
    m_lowerTabs->addTab(m_reporting, tr("Reporting"));
    // A step can write the diary (a letter's follow-up) and a restriction changes the window
    // the taskings check: read the whole record again.
    connect(m_reporting, &PersonReportingPanel::reportingChanged, this, [this] {
        reload();
        emit personChanged(m_personId);
    });
    m_taskings = new PersonTaskingsPanel({m_db, m_user}, m_lowerTabs);
    m_lowerTabs->addTab(m_taskings, tr("Taskings"));
    connect(m_taskings, &PersonTaskingsPanel::taskingsChanged, this, [this] {
        updateLowerTabLabels();
        emit personChanged(m_personId);
    });
    m_travelDocs = new PersonTravelDocsPanel({m_db, m_user}, m_lowerTabs);
    m_lowerTabs->addTab(m_travelDocs, tr("Travel documents"));
    connect(m_travelDocs, &PersonTravelDocsPanel::documentsChanged, this, [this] {
        updateLowerTabLabels();
        emit personChanged(m_personId);
    });
    // A barrier moves the band (3 or 4) and the open-barrier count and ends holds waiting for
    // it; directions make later barriers last-minute and write the diary: read it all again.
    m_barrierPanel = new PersonBarriersPanel({m_db, m_user}, m_lowerTabs);
    m_lowerTabs->addTab(m_barrierPanel, tr("Barriers"));
    connect(m_barrierPanel, &PersonBarriersPanel::barriersChanged, this, [this] {
        reload();
        emit personChanged(m_personId);
    });
    m_removal = new PersonRemovalPanel({m_db, m_user}, m_lowerTabs);
    m_lowerTabs->addTab(m_removal, tr("Removal"));
    connect(m_removal, &PersonRemovalPanel::removalChanged, this, [this] {
        reload();
        emit personChanged(m_personId);
    });
    // A saved review puts the next one in the diary: read the diary again, keep the rest.
    m_reviews = new PersonReviewsPanel({m_db, m_user}, m_lowerTabs);
    m_lowerTabs->addTab(m_reviews, tr("Reviews"));
    connect(m_reviews, &PersonReviewsPanel::reviewsChanged, this, [this] {
        m_diary->setPersonId(m_person ? m_personId : 0);
        updateLowerTabLabels();
        emit personChanged(m_personId);
    });
    // A reoffence changes the count in the header as well as the tab.
    m_reoffences = new PersonReoffencesPanel({m_db, m_user}, m_lowerTabs);
    m_lowerTabs->addTab(m_reoffences, tr("Reoffences"));
    connect(m_reoffences, &PersonReoffencesPanel::reoffencesChanged, this, [this] {
        showPerson();
        emit personChanged(m_personId);
    });
    m_diary = new PersonDiaryPanel({m_db, m_user}, m_lowerTabs);
    m_lowerTabs->addTab(m_diary, tr("Diary"));
    connect(m_diary, &PersonDiaryPanel::diaryChanged, this, [this] {
        updateLowerTabLabels();
        emit personChanged(m_personId);
    });
    m_allocations = new AllocationHistoryModel(m_db, this);
    m_allocationView = new QTableView(m_lowerTabs);
    m_allocationView->setObjectName(QStringLiteral("allocationView"));
    m_allocationView->setModel(m_allocations);
    m_allocationView->verticalHeader()->hide();
    m_allocationView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_allocationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_allocationView->setAlternatingRowColors(true);
    Keyboard::setUpList(m_allocationView);
    m_allocationView->horizontalHeader()->setStretchLastSection(true);
    m_allocationView->setAccessibleName(tr("Allocation history of this person"));
    m_lowerTabs->addTab(m_allocationView, tr("Allocation"));
    m_audit = new AuditTrailModel(m_db, this);
    m_auditView = new QTableView(m_lowerTabs);
    m_auditView->setObjectName(QStringLiteral("auditView"));
    m_auditView->setModel(m_audit);
    m_auditView->verticalHeader()->hide();
    m_auditView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_auditView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_auditView->setAlternatingRowColors(true);
    Keyboard::setUpList(m_auditView);
    m_auditView->setWordWrap(false);
    m_auditView->horizontalHeader()->setStretchLastSection(true);
    m_auditView->setAccessibleName(tr("Audit trail of this person"));
    m_lowerTabs->addTab(m_auditView, tr("Audit"));
    for (int i = 0; i < m_lowerTabs->count(); ++i)
        Keyboard::followLayout(m_lowerTabs->widget(i));
    return m_lowerTabs;
}

void PersonRecordWidget::allocate()
{
    // Checked against the person as this record shows them.
    QHash<qint64, int> versions;
    if (m_person)
        versions.insert(m_personId, m_person->version);
    AllocateDialog dialog({m_db, m_user}, {m_personId}, versions, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit personChanged(m_personId);
}

void PersonRecordWidget::exportSubjectAccess(const QString &path, const QString &reason)
{
    QString file = path;
    if (file.isEmpty()) {
        const QString suggested = QStringLiteral("%1-subject-access.json")
                                      .arg(m_person ? m_person->details.personRef : QString());
        file = QFileDialog::getSaveFileName(this, tr("Export Everything Held"), suggested,
                                            tr("JSON files (*.json)"));
        if (file.isEmpty())
            return;
    }
    QString why = reason;
    if (why.isEmpty()) {
        const std::optional<QString> asked =
            ReasonDialog::ask(m_db, m_user,
                              tr("Export everything held about %1 to %2")
                                  .arg(m_person ? m_person->details.personRef : QString(),
                                       QFileInfo(file).fileName()),
                              this);
        if (!asked)
            return;
        why = *asked;
    }
    if (Status s = SubjectAccessExport::write(m_db, m_personId, file, why); !s) {
        showErrors({tr("The subject access export was not written: %1").arg(s.error().toString())});
        return;
    }
    reload(); // the export is on the audit trail now
}

const QStringList &PersonRecordWidget::lowerTabKeys()
{
    // In the order the tabs are added in buildLowerTabs().
    static const QStringList keys{QStringLiteral("cases"),    QStringLiteral("reporting"),
                                  QStringLiteral("taskings"), QStringLiteral("travel_documents"),
                                  QStringLiteral("barriers"), QStringLiteral("removal"),
                                  QStringLiteral("reviews"),  QStringLiteral("reoffences"),
                                  QStringLiteral("diary"),    QStringLiteral("allocation"),
                                  QStringLiteral("audit")};
    return keys;
}

bool PersonRecordWidget::showLowerTab(const QString &key)
{
    const int index = int(lowerTabKeys().indexOf(key));
    if (index < 0 || index >= m_lowerTabs->count())
        return false;
    m_lowerTabs->setCurrentIndex(index);
    return true;
}

void PersonRecordWidget::updateLowerTabLabels()
{
    m_lowerTabs->setTabText(m_lowerTabs->indexOf(m_casesBox),
                            tr("CID cases (%1)").arg(m_cases->rowCount()));
    m_lowerTabs->setTabText(m_lowerTabs->indexOf(m_diary), m_diary->tabLabel());
    m_lowerTabs->setTabText(m_lowerTabs->indexOf(m_reporting), m_reporting->tabLabel());
    m_lowerTabs->setTabText(m_lowerTabs->indexOf(m_taskings), m_taskings->tabLabel());
    m_lowerTabs->setTabText(m_lowerTabs->indexOf(m_travelDocs), m_travelDocs->tabLabel());
    m_lowerTabs->setTabText(m_lowerTabs->indexOf(m_barrierPanel), m_barrierPanel->tabLabel());
    m_lowerTabs->setTabText(m_lowerTabs->indexOf(m_removal), m_removal->tabLabel());
    m_lowerTabs->setTabText(m_lowerTabs->indexOf(m_reviews), m_reviews->tabLabel());
    m_lowerTabs->setTabText(m_lowerTabs->indexOf(m_reoffences), m_reoffences->tabLabel());
    m_lowerTabs->setTabText(m_lowerTabs->indexOf(m_allocationView),
                            tr("Allocation (%1)").arg(m_allocations->rowCount()));
    m_lowerTabs->setTabText(m_lowerTabs->indexOf(m_auditView),
                            tr("Audit (%1)").arg(m_audit->rowCount()));
}

QGroupBox *PersonRecordWidget::buildCases()
{
    m_casesBox = new QGroupBox(this); // titled by its tab
    auto *layout = new QVBoxLayout(m_casesBox);
    m_casesView = new QTableView(m_casesBox);
    m_casesView->setObjectName(QStringLiteral("casesView"));
    m_casesView->setModel(m_casesProxy);
    m_casesView->verticalHeader()->hide();
    m_casesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_casesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_casesView->setAlternatingRowColors(true);
    Keyboard::setUpList(m_casesView);
    m_casesView->setWordWrap(false);
    m_casesView->horizontalHeader()->setStretchLastSection(true);
    m_casesView->horizontalHeader()->setHighlightSections(false);
    m_casesView->setAccessibleName(tr("CID cases of this person"));
    // Unsorted to begin with: the order CID recorded the cases in.
    m_casesView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_casesView->setSortingEnabled(true);
    layout->addWidget(m_casesView);
    return m_casesBox;
}

QDialog *PersonRecordWidget::openEditor() const
{
    // The note editor, the band override, and the panels' dialogs are all children of this
    // record; any of them open means the user is working on what a reload would replace.
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

bool PersonRecordWidget::hasOpenEditor() const
{
    return openEditor() != nullptr;
}

void PersonRecordWidget::externalChange()
{
    if (hasOpenEditor()) {
        setStale(true);
        return;
    }
    reload();
}

void PersonRecordWidget::ownChange()
{
    if (QDialog *editor = openEditor()) {
        connect(editor, &QDialog::finished, this, &PersonRecordWidget::reload,
                Qt::UniqueConnection);
        return;
    }
    reload();
}

void PersonRecordWidget::setStale(bool stale)
{
    m_stale = stale;
    m_staleBar->setVisible(stale);
}

void PersonRecordWidget::readAccess()
{
    using A = Permissions::Action;
    m_refusals.clear();
    if (m_person) {
        // One read of the actor and the person for all three actions. On an error everything
        // stays offered: the store checks again and refuses with its own message.
        const AccessStore access(m_db);
        const Result<bool> enforced = access.enforced();
        const Result<Permissions::Actor> actor = access.actor();
        const Result<Permissions::Person> person = access.person(m_personId);
        if (enforced && actor && person) {
            for (A action : {A::ChangePerson, A::Allocate, A::OverrideBand, A::SignOffReview,
                             A::Countersign}) {
                const QString why =
                    Permissions::refusal(enforced.value(), actor.value(), action, person.value());
                if (!why.isEmpty())
                    m_refusals.insert(action, why);
            }
        }
    }
    m_changeRefusal = m_refusals.value(A::ChangePerson);
    // The panels' own buttons follow the same refusals.
    m_reporting->setRefusals(m_refusals);
    m_taskings->setRefusals(m_refusals);
    m_travelDocs->setRefusals(m_refusals);
    m_barrierPanel->setRefusals(m_refusals);
    m_removal->setRefusals(m_refusals);
    m_reviews->setRefusals(m_refusals);
    m_reoffences->setRefusals(m_refusals);
    m_diary->setRefusals(m_refusals);
    m_readOnlyLabel->setText(tr("Read only: %1").arg(m_changeRefusal));
    m_readOnlyLabel->setVisible(!m_changeRefusal.isEmpty());
}

QString PersonRecordWidget::tipFor(Permissions::Action action, const QString &allowedTip) const
{
    const QString why = m_refusals.value(action);
    return why.isEmpty() ? allowedTip : why;
}

void PersonRecordWidget::updateAllocateButton()
{
    m_allocateButton->setEnabled(m_person.has_value() && may(Permissions::Action::Allocate));
    m_allocateButton->setToolTip(
        tipFor(Permissions::Action::Allocate, tr("Allocate this person to a caseworker")));
}

void PersonRecordWidget::updateAccess()
{
    readAccess();
    updateAllocateButton();
    showBand();
    notesChanged();
}

void PersonRecordWidget::reload()
{
    setStale(false);
    QStringList errors;
    const qint64 selectedNote =
        selectedNoteRow() >= 0 ? m_notes->noteAt(selectedNoteRow()).id : qint64(0);

    auto found = PersonStore(m_db).findById(m_personId);
    if (!found) {
        m_person.reset();
        errors << tr("This person's record could not be read: %1").arg(found.error().toString());
    } else if (!found.value()) {
        m_person.reset();
        errors << tr("There is no person with id %1 in this database.").arg(m_personId);
    } else {
        m_person = *found.value();
    }
    const qint64 id = m_person ? m_personId : 0;
    if (Status s = m_cases->setPersonId(id); !s)
        errors << tr("The CID cases could not be read: %1").arg(s.error().toString());
    if (Status s = m_notes->setPersonId(id); !s)
        errors << tr("The notes could not be read: %1").arg(s.error().toString());
    if (Status s = m_history->setPersonId(id); !s)
        errors << tr("The band history could not be read: %1").arg(s.error().toString());
    if (QString error; !m_diary->setPersonId(id, &error))
        errors << tr("The diary could not be read: %1").arg(error);
    if (QString error;
        !m_reporting->setPerson(id, title(), m_person ? m_person->reportingWindow : QString(),
                                m_person ? m_person->reportingCentre : QString(), &error))
        errors << tr("The reporting events could not be read: %1").arg(error);
    if (QString error; !m_taskings->setPerson(id, title(), m_reporting->restriction().centre,
                                              m_reporting->restriction().window,
                                              m_reporting->eventsModel()->nextDue(), &error))
        errors << tr("The taskings could not be read: %1").arg(error);
    if (QString error; !m_travelDocs->setPersonId(id, &error))
        errors << tr("The travel documents could not be read: %1").arg(error);
    if (QString error; !m_barrierPanel->setPersonId(id, &error))
        errors << tr("The barriers could not be read: %1").arg(error);
    if (QString error; !m_removal->setPersonId(id, &error))
        errors << tr("The removal directions, holds or case preparation could not be read: %1")
                      .arg(error);
    if (QString error; !m_reviews->setPerson(id, title(), &error))
        errors << tr("The reviews could not be read: %1").arg(error);
    if (QString error; !m_reoffences->setPersonId(id, &error))
        errors << tr("The reoffences could not be read: %1").arg(error);
    if (Status s = m_allocations->setPersonId(id); !s)
        errors << tr("The allocation history could not be read: %1").arg(s.error().toString());
    m_allocationView->resizeColumnsToContents();
    if (Status s = m_audit->setPersonId(id); !s)
        errors << tr("The audit trail could not be read: %1").arg(s.error().toString());
    m_auditView->resizeColumnsToContents();
    readAccess();
    updateAllocateButton();
    m_exportButton->setEnabled(m_person.has_value());

    showPerson();
    showErrors(errors);
    notesChanged();
    if (selectedNote)
        selectNote(selectedNote);
    m_casesView->resizeColumnsToContents();
}

void PersonRecordWidget::showErrors(const QStringList &errors)
{
    m_errorLabel->setText(errors.join(QLatin1Char('\n')));
    m_errorLabel->setVisible(!errors.isEmpty());
}

void PersonRecordWidget::showPerson()
{
    const bool known = m_person.has_value();
    const PersonRecord p = known ? *m_person : PersonRecord();
    const PersonDetails &d = p.details;

    m_nameLabel->setText(
        known
            ? (d.givenNames.isEmpty() ? d.familyName : tr("%1, %2").arg(d.familyName, d.givenNames))
            : tr("Person not found"));
    QStringList summary;
    if (known) {
        summary << d.personRef;
        if (!d.dateOfBirth.isEmpty())
            summary << tr("born %1").arg(DisplayText::date(d.dateOfBirth));
        if (!d.nationality.isEmpty())
            summary << d.nationality;
        summary << DisplayText::custody(p.custody);
        summary << tr("%n CID case(s)", nullptr, m_cases->rowCount());
        // Reoffending in the community weighs on every decision about the person
        // (recommendation 5): said at the top, not only on its tab.
        if (const int reoffences = m_reoffences->count(); reoffences > 0)
            summary << tr("%n reoffence(s)", nullptr, reoffences);
    }
    m_summaryLabel->setText(summary.join(QStringLiteral("  \u00b7  ")));

    setValue(m_familyName, d.familyName);
    setValue(m_givenNames, d.givenNames);
    setValue(m_personRef, d.personRef);
    QString dob = DisplayText::date(d.dateOfBirth);
    const QDate born = QDate::fromString(d.dateOfBirth, Qt::ISODate);
    if (born.isValid()) {
        const QDate today = Clock::today();
        int age = today.year() - born.year();
        if (today < born.addYears(age))
            --age;
        dob = tr("%1 (age %2)").arg(dob).arg(age);
    }
    setValue(m_dateOfBirth, dob);
    setValue(m_nationality, d.nationality);
    setValue(m_gender, DisplayText::gender(d.gender));
    setValue(m_address, DisplayText::addressStatus(d.addressStatus));

    setValue(m_mappa, DisplayText::mappaLevel(p.risk.mappaLevel));
    setValue(m_harm, DisplayText::harm(p.risk.harm));
    setValue(m_sentence, DisplayText::sentence(p.risk.sentenceMonths));
    setValue(m_custody, known ? DisplayText::custody(p.custody) : QString());
    setValue(m_barriers, known ? QString::number(p.openBarriers) : QString());

    const QStringList flagCodes = p.flags.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (flagCodes.isEmpty()) {
        m_flags->setText(tr("None"));
        m_flags->setForegroundRole(QPalette::PlaceholderText);
        m_flags->setToolTip(QString());
    } else {
        m_flags->setText(Flags::labels(p.flags));
        m_flags->setForegroundRole(QPalette::WindowText);
        QStringList tips;
        for (const QString &code : flagCodes)
            tips << tr("%1: %2").arg(Flags::label(code), flagToolTip(code));
        m_flags->setToolTip(tips.join(QLatin1Char('\n')));
    }

    setValue(m_owningUnit, p.owningUnit);
    setValue(m_caseOwner, p.caseOwner);
    setValue(m_centre, p.reportingCentre);
    setValue(m_frequency, DisplayText::reportingFrequency(p.reportingFrequency));
    // A window over an hour wastes an arrest team tasked to detain on reporting (report 6.66,
    // 6.71): flagged where the window is shown, not only on the Reporting tab.
    if (ReportingWindow::isLong(p.reportingWindow)) {
        m_window->setText(tr("%1 (over an hour)").arg(p.reportingWindow));
        m_window->setForegroundRole(QPalette::Link);
        m_window->setToolTip(tr("Longer than one hour: an arrest team tasked to detain on "
                                "reporting would wait. Narrow it on the Reporting tab."));
    } else {
        setValue(m_window, p.reportingWindow);
        m_window->setToolTip(QString());
    }

    updateLowerTabLabels();
    showBand();
}

void PersonRecordWidget::showBand()
{
    const bool known = m_person.has_value();
    const bool noCriminalCase = known && m_person->bandRule == BandRule::NoCriminalCase;
    // Out of the stock from the day of the removal (Stock): the band they had stays below.
    const bool removed = known && Stock::isRemoved(m_person->removedOn, Clock::today());
    const bool detained = known && (m_person->isDetained() || !m_person->bandComputed || removed);
    const int computed = known ? m_person->bandComputed.value_or(0) : 0;
    const int effective = known ? m_person->band.value_or(0) : 0;
    const bool overridden = known && !detained && m_person->bandOverride.has_value();

    QString effectiveText;
    QString computedText;
    if (!known) {
        effectiveText = computedText = tr("Not known");
    } else if (removed) {
        effectiveText = tr("Removed on %1: not banded")
                            .arg(DisplayText::date(m_person->removedOn.toString(Qt::ISODate)));
        computedText = m_person->bandComputed
                           ? tr("%1 before the removal").arg(Banding::label(computed))
                           : tr("Not banded");
    } else if (noCriminalCase) {
        effectiveText = computedText = tr("Not banded (no criminal case)");
    } else if (detained) {
        effectiveText = computedText = tr("Not banded (detained)");
    } else {
        computedText = Banding::label(computed);
        effectiveText = overridden ? tr("%1 (override)").arg(Banding::label(effective))
                                   : Banding::label(effective);
    }
    m_effectiveSwatch->setBand(removed ? 0 : effective);
    m_effectiveBand->setText(effectiveText);
    m_computedSwatch->setBand(computed);
    m_computedBand->setText(computedText);
    m_headerSwatch->setBand(removed ? 0 : effective);
    QString headerText =
        detained || !known ? effectiveText : tr("Band %1").arg(Banding::label(effective));
    // An override is never provisional (issue 15 rule 5): only the computed band, in force
    // where nobody has overridden it, is marked.
    const bool computedProvisional = known && !detained && m_person->bandProvisional;
    const bool effectiveProvisional = computedProvisional && !overridden;
    if (computedProvisional && overridden)
        m_computedBand->setText(tr("%1 (provisional)").arg(computedText));
    if (overridden)
        headerText = tr("%1 (override)").arg(headerText);
    else if (effectiveProvisional)
        headerText = tr("%1 (provisional)").arg(headerText);
    m_headerBandLabel->setText(headerText);
    QStringList headerTip;
    if (overridden)
        headerTip << tr("Overridden; computed band %1").arg(Banding::label(computed));
    if (effectiveProvisional)
        headerTip << Banding::provisionalText(m_person->bandMissing);
    m_headerBandLabel->setToolTip(headerTip.join(QLatin1Char('\n')));

    m_bandRule->setText(
        known ? Banding::explain(m_person->bandRule, m_person->risk, m_person->openBarriers)
              : QString());
    m_provisional->setText(
        tr("Provisional: a fact that is not recorded could raise this band (%1). Check the "
           "criminal case in CID.")
            .arg(Banding::missingText(m_person->bandMissing)));
    m_provisional->setVisible(effectiveProvisional);

    // The current override is the newest history entry that set a band.
    m_overrideLabel->setVisible(overridden);
    m_overrideText->setVisible(overridden);
    if (overridden && m_history->rowCount() > 0) {
        const BandOverride &o = m_history->entryAt(0);
        m_overrideText->setText(
            tr("Set to band %1 by %2 at %3. Reason: %4")
                .arg(Banding::label(effective), o.setBy, DisplayText::dateTime(o.setAt), o.reason));
    } else {
        m_overrideText->clear();
    }
    const bool hasHistory = m_history->rowCount() > 0;
    m_historyLabel->setVisible(hasHistory);
    m_historyView->setVisible(hasHistory);
    fitHistoryHeight();

    m_overrideButton->setEnabled(known && !detained && may(Permissions::Action::OverrideBand));
    m_overrideButton->setToolTip(
        removed          ? tr("Removed people are not banded, so there is no band to override.")
        : noCriminalCase ? tr("People with no criminal case are not banded, so there is no band "
                              "to override.")
        : detained       ? tr("Detained people are not banded, so there is no band to override.")
                         : tipFor(Permissions::Action::OverrideBand,
                                  tr("Set a different band with a reason, or withdraw an override. The "
                                           "computed band stays visible.")));
}

void PersonRecordWidget::fitHistoryHeight()
{
    if (m_history->rowCount() == 0)
        return;
    // Tall enough for the entries there are, up to four, without an empty grid below; the
    // wrapped reasons change row heights whenever the columns are resized.
    m_historyView->resizeRowsToContents();
    int height =
        m_historyView->horizontalHeader()->sizeHint().height() + 2 * m_historyView->frameWidth();
    for (int r = 0; r < qMin(m_history->rowCount(), 4); ++r)
        height += m_historyView->rowHeight(r);
    m_historyView->setFixedHeight(height);
}

bool PersonRecordWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_noteEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            addNote();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PersonRecordWidget::addNote()
{
    const QString text = m_noteEdit->toPlainText();
    if (!m_person || text.trimmed().isEmpty() || !may(Permissions::Action::ChangePerson))
        return;
    if (Status s = m_notes->addNote(text, m_user); !s) {
        QMessageBox::warning(this, tr("Note not added"),
                             tr("The note was not added.\n\n%1").arg(s.error().toString()));
        return;
    }
    m_noteEdit->clear();
    notesChanged();
    // Newest first: the note just added is at the top.
    if (m_notes->rowCount() > 0)
        selectNote(m_notes->noteAt(0).id);
    emit personChanged(m_personId);
}

int PersonRecordWidget::selectedNoteRow() const
{
    const QModelIndexList rows = m_notesView->selectionModel()->selectedIndexes();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PersonRecordWidget::selectNote(qint64 noteId)
{
    const int row = m_notes->rowOfNote(noteId);
    if (row < 0)
        return;
    const QModelIndex index = m_notes->index(row, NotesModel::Text);
    m_notesView->setCurrentIndex(index);
    m_notesView->scrollTo(index);
}

void PersonRecordWidget::notesChanged()
{
    const int count = m_notes->rowCount();
    m_notesBox->setTitle(tr("Notes (%1)").arg(count));
    m_notesView->setVisible(count > 0);
    m_notesEmpty->setVisible(count == 0);
    const bool writable = m_person && may(Permissions::Action::ChangePerson);
    m_noteEdit->setEnabled(writable);
    m_noteEdit->setToolTip(m_changeRefusal);
    updateAddNoteButton();
    updateNoteActions();
}

void PersonRecordWidget::updateAddNoteButton()
{
    // Empty or too long (the counter beside it says so): nothing to add.
    m_addNoteButton->setEnabled(m_person && may(Permissions::Action::ChangePerson) &&
                                !m_noteEdit->toPlainText().trimmed().isEmpty() &&
                                m_noteCounter->withinLimit());
    m_addNoteButton->setToolTip(m_changeRefusal);
}

void PersonRecordWidget::updateNoteActions()
{
    const int row = selectedNoteRow();
    const bool selected = row >= 0;
    const bool edited = selected && m_notes->noteAt(row).wasEdited();
    const bool editable = selected && may(Permissions::Action::ChangePerson);
    m_editNoteAction->setEnabled(editable);
    m_editNoteButton->setEnabled(editable);
    m_editNoteButton->setToolTip(m_changeRefusal);
    m_noteHistoryAction->setEnabled(edited);
    m_noteHistoryButton->setEnabled(edited);
    m_noteHistoryButton->setToolTip(edited ? tr("Every earlier text of the selected note")
                                           : tr("The selected note has not been edited"));
    const int folding =
        selected ? m_notes->index(row, NotesModel::Text).data(Roles::Folding).toInt() : 0;
    m_unfoldNoteButton->setEnabled(folding != Roles::Short);
    m_unfoldNoteButton->setText(folding == Roles::Unfolded ? tr("Show &less") : tr("Show &whole"));
    m_unfoldNoteButton->setToolTip(folding == Roles::Short
                                       ? tr("The selected note is shown whole")
                                       : tr("Show the selected long note whole, or fold it again"));
}

void PersonRecordWidget::editSelectedNote()
{
    const int row = selectedNoteRow();
    // Enter or a double-click on a note of a read-only record: nothing to edit here.
    if (row < 0 || !may(Permissions::Action::ChangePerson))
        return;
    const qint64 noteId = m_notes->noteAt(row).id;
    // Window-modal but not blocking, so the record stays responsive to reloads and tests.
    auto *dialog = new NoteEditDialog(m_notes, row, m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, noteId] {
        notesChanged();
        selectNote(noteId);
        emit personChanged(m_personId);
    });
    dialog->open();
}

void PersonRecordWidget::showSelectedNoteHistory()
{
    const int row = selectedNoteRow();
    if (row < 0)
        return;
    const auto revisions = m_notes->revisions(row);
    if (!revisions) {
        QMessageBox::warning(
            this, tr("Note history"),
            tr("The note's history could not be read.\n\n%1").arg(revisions.error().toString()));
        return;
    }
    auto *dialog =
        new NoteHistoryDialog(m_notes->noteAt(row), revisions.value(), m_notes->userLabels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(640, 480);
    dialog->open();
}

void PersonRecordWidget::overrideBand()
{
    if (!m_person)
        return;
    auto *dialog = new BandOverrideDialog({m_db, m_user}, *m_person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Cancelled too: after a refused save (someone else's override meanwhile) the record shows
    // the band as it now stands.
    connect(dialog, &QDialog::finished, this, [this] { reload(); });
    connect(dialog, &QDialog::accepted, this, [this] { emit personChanged(m_personId); });
    dialog->open();
}
