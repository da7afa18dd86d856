#pragma once

#include "common/appcontext.h"
#include "common/usersettings.h"
#include "domain/sheet.h"
#include "domain/sheetmapping.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;
class SheetMappingModel;
class SheetPreviewModel;

// File → Import Spreadsheet…: choose a team sheet (.csv or .xlsx, and which worksheet), map
// its columns to a person reference, note lines and a diary date and action, and see what each
// row will become before anything is written. The mapping is remembered for sheets with the
// same header.
class SheetImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `user`: whose remembered folder and column mappings (UserSettings) to use.
    SheetImportDialog(const AppContext &context, QWidget *parent = nullptr);

    // Reads the file (and its sheet `sheetIndex`); false, with the reason shown, when it
    // cannot be read.
    bool openFile(const QString &path, int sheetIndex = 0);

    const Sheet &sheet() const { return m_sheet; }
    SheetMapping mapping() const;
    SheetMappingModel *mappingModel() const { return m_mapping; }
    SheetPreviewModel *previewModel() const { return m_preview; }
    // Why Import is not available; empty when it is.
    QString problem() const { return m_problem; }

    void accept() override;

    static QString settingsKey(const QStringList &headers);

private:
    void browse();
    void loadSheet(int sheetIndex);
    void updatePreview();

    QSqlDatabase m_db;
    UserSettings m_settings;
    Sheet m_sheet;
    QString m_path;
    QString m_problem;
    SheetMappingModel *m_mapping;
    SheetPreviewModel *m_preview;
    QLineEdit *m_pathEdit;
    QComboBox *m_sheetCombo;
    QTableView *m_mappingView;
    QTableView *m_previewView;
    QLabel *m_summary;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};
