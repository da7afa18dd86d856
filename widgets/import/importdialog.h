#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

// Chooses the files of a CID extract: cases.csv (required) and reporting.csv (optional).
// Browse starts in `folder` (the caller remembers the last import's, UserSettings).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(const QString &folder = QString(), QWidget *parent = nullptr);

    QString casesPath() const;
    QString reportingPath() const;
    void setPaths(const QString &cases, const QString &reporting);
    // The folder of the cases file: where the next import's Browse starts.
    QString folder() const;

private:
    void browse(QLineEdit *edit, const QString &title);
    void updateOk();

    QLineEdit *m_cases;
    QLineEdit *m_reporting;
    QDialogButtonBox *m_buttons;
    QString m_folder;
};
