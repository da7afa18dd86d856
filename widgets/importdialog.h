#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

// Chooses the files of a CID extract: cases.csv (required) and reporting.csv (optional).
// The folder of the last import is remembered.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget *parent = nullptr);

    QString casesPath() const;
    QString reportingPath() const;
    void setPaths(const QString &cases, const QString &reporting);

    void accept() override;

private:
    void browse(QLineEdit *edit, const QString &title);
    void updateOk();

    QLineEdit *m_cases;
    QLineEdit *m_reporting;
    QDialogButtonBox *m_buttons;
};
