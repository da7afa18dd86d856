#pragma once

#include "domain/importsummary.h"

#include <QDialog>

class RejectsModel;
class QTableView;

// What an import did, in words, and every rejected row (file, line, reason), which can be
// saved as CSV for whoever has to correct the extract.
class ImportResultsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportResultsDialog(const ImportSummary &summary, QWidget *parent = nullptr);
    // Any import: `summaryText` says what it did, `rows` lists what it left out and why.
    ImportResultsDialog(const QString &title, const QString &summaryText,
                        const QVector<ImportSummary::Row> &rows, const QString &rowsHeading,
                        QWidget *parent = nullptr);

    RejectsModel *rejects() const { return m_rejects; }
    // Writes the rejects to `path` as CSV; false with `error` set when it cannot.
    bool saveRejects(const QString &path, QString *error) const;
    // Where Save Rejects starts: the import's folder.
    void setFolder(const QString &folder) { m_folder = folder; }

private:
    void saveRejectsAs();

    RejectsModel *m_rejects;
    QTableView *m_table;
    QString m_folder;
};
