#include "sheetimportdialog.h"

#include "common/keyboard.h"
#include "io/sheetimporter.h"
#include "io/sheetreader.h"
#include "itemmodels/colours.h"
#include "itemmodels/sheetmappingmodel.h"
#include "itemmodels/sheetpreviewmodel.h"
#include "sheetfielddelegate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

SheetImportDialog::SheetImportDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent), m_db(context.db()), m_settings(m_db, context.user()),
      m_mapping(new SheetMappingModel(this)), m_preview(new SheetPreviewModel(this)),
      m_pathEdit(new QLineEdit(this)), m_sheetCombo(new QComboBox(this)),
      m_mappingView(new QTableView(this)), m_previewView(new QTableView(this)),
      m_summary(new QLabel(this)), m_problemLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Team Spreadsheet"));
    m_pathEdit->setObjectName(QStringLiteral("sheetPathEdit"));
    m_pathEdit->setPlaceholderText(tr("A team sheet: .xlsx or .csv"));
    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    m_sheetCombo->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&Spreadsheet:"), this);
    fileLabel->setBuddy(m_pathEdit);
    auto *sheetLabel = new QLabel(tr("W&orksheet:"), this);
    sheetLabel->setBuddy(m_sheetCombo);
    form->addRow(fileLabel, fileRow);
    form->addRow(sheetLabel, m_sheetCombo);

    m_mappingView->setObjectName(QStringLiteral("mappingTable"));
    m_mappingView->setModel(m_mapping);
    m_mappingView->setItemDelegateForColumn(SheetMappingModel::MapsTo,
                                            new SheetFieldDelegate(m_mappingView));
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mappingView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_mappingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mappingView->verticalHeader()->hide();
    Keyboard::setUpList(m_mappingView);
    // Compact rows: a sheet can have twenty columns, and each is one short line here.
    m_mappingView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_mappingView->horizontalHeader()->setStretchLastSection(true);
    m_mappingView->setColumnWidth(SheetMappingModel::SheetColumn, 220);
    m_mappingView->setColumnWidth(SheetMappingModel::Example, 240);
    m_mappingView->setAccessibleName(tr("Column mapping"));
    auto *mappingBox = new QGroupBox(tr("What each column becomes"), this);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    auto *mappingHelp =
        new QLabel(tr("One column holds the person reference. Note lines are joined into one "
                      "note per row, each line headed by its column. A diary date makes a diary "
                      "entry, described by the diary action columns."),
                   mappingBox);
    mappingHelp->setWordWrap(true);
    mappingLayout->addWidget(mappingHelp);
    mappingLayout->addWidget(m_mappingView, 1);
    m_problemLabel->setObjectName(QStringLiteral("mappingProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(Colours::boldProblemStyle());
    mappingLayout->addWidget(m_problemLabel);

    m_previewView->setObjectName(QStringLiteral("previewTable"));
    m_previewView->setModel(m_preview);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->verticalHeader()->hide();
    Keyboard::setUpList(m_previewView);
    m_previewView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->setColumnWidth(SheetPreviewModel::Row, 50);
    m_previewView->setColumnWidth(SheetPreviewModel::Note, 280);
    m_previewView->setAccessibleName(tr("Preview"));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_previewView, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(mappingBox);
    split->addWidget(previewBox);
    split->setSizes({260, 340});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);
    resize(980, 720);

    connect(browse, &QPushButton::clicked, this, &SheetImportDialog::browse);
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_pathEdit->text().trimmed() != m_path)
            openFile(m_pathEdit->text().trimmed());
    });
    connect(m_sheetCombo, QOverload<int>::of(&QComboBox::activated), this,
            &SheetImportDialog::loadSheet);
    connect(m_mapping, &SheetMappingModel::mappingChanged, this, &SheetImportDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SheetImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

QString SheetImportDialog::settingsKey(const QStringList &headers)
{
    return QStringLiteral("sheetImport/mappings/") + SheetMapping::headerKey(headers);
}

SheetMapping SheetImportDialog::mapping() const
{
    return m_mapping->mapping();
}

void SheetImportDialog::browse()
{
    const QString folder = m_path.isEmpty()
                               ? m_settings.value(QStringLiteral("sheetImport/folder")).toString()
                               : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Team Spreadsheet"), folder,
        tr("Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (!path.isEmpty())
        openFile(path);
}

bool SheetImportDialog::openFile(const QString &path, int sheetIndex)
{
    m_path = path;
    m_pathEdit->setText(path);
    m_sheetCombo->clear();
    m_sheet = Sheet();
    m_mapping->setSheet(m_sheet, SheetMapping());
    const auto names = SheetReader::sheetNames(path);
    if (!names) {
        m_problem = names.error().toString();
        m_preview->setRows({});
        m_problemLabel->setText(m_problem);
        m_summary->clear();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return false;
    }
    for (const QString &name : names.value())
        m_sheetCombo->addItem(name.isEmpty() ? tr("(the whole CSV file)") : name);
    m_sheetCombo->setEnabled(names.value().size() > 1);
    m_sheetCombo->setCurrentIndex(sheetIndex);
    loadSheet(sheetIndex);
    return !m_sheet.headers.isEmpty();
}

void SheetImportDialog::loadSheet(int sheetIndex)
{
    const auto sheet = SheetReader::read(m_path, sheetIndex);
    if (!sheet) {
        m_sheet = Sheet();
        m_mapping->setSheet(m_sheet, SheetMapping());
        m_preview->setRows({});
        m_problem = sheet.error().toString();
        m_problemLabel->setText(m_problem);
        m_summary->clear();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_sheet = sheet.value();
    // The mapping chosen last time for a sheet with this header, else a guess from its names.
    const QStringList saved = m_settings.value(settingsKey(m_sheet.headers)).toStringList();
    const auto remembered = SheetMapping::fromCodes(saved, int(m_sheet.headers.size()));
    m_mapping->setSheet(m_sheet, remembered ? *remembered : SheetMapping::guess(m_sheet.headers));
    updatePreview();
}

void SheetImportDialog::updatePreview()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (m_sheet.headers.isEmpty()) {
        // With a path, m_problem already says why it could not be read.
        if (m_path.isEmpty())
            m_problem = tr("Choose a spreadsheet to import.");
        m_problemLabel->setText(m_path.isEmpty() ? QString() : m_problem);
        m_summary->setText(tr("Choose a spreadsheet to see what it will bring in."));
        ok->setEnabled(false);
        return;
    }
    m_problem = mapping().problem(m_sheet.headers);
    if (!m_problem.isEmpty()) {
        m_preview->setRows({});
        m_problemLabel->setText(m_problem);
        m_summary->setText(tr("%n row(s) in the sheet.", "", int(m_sheet.rows.size())));
        ok->setEnabled(false);
        return;
    }
    auto planned = SheetImporter::plan(m_db, m_sheet, mapping());
    if (!planned) {
        m_problem = planned.error().toString();
        m_problemLabel->setText(m_problem);
        ok->setEnabled(false);
        return;
    }
    m_preview->setRows(std::move(planned.value()));
    m_summary->setText(
        tr("%n row(s): %1 ready to bring in, %2 naming a person Lodestar does not hold, %3 with "
           "a problem.",
           "", int(m_sheet.rows.size()))
            .arg(m_preview->readyCount())
            .arg(m_preview->unknownPersonCount())
            .arg(m_preview->problemCount()));
    if (m_preview->readyCount() == 0)
        m_problem = tr("No row of this sheet matches a person with something to bring in.");
    m_problemLabel->setText(m_problem);
    ok->setEnabled(m_problem.isEmpty());
}

void SheetImportDialog::accept()
{
    if (!m_problem.isEmpty())
        return;
    m_settings.setValue(settingsKey(m_sheet.headers), mapping().toCodes());
    m_settings.setValue(QStringLiteral("sheetImport/folder"), QFileInfo(m_path).absolutePath());
    QDialog::accept();
}
