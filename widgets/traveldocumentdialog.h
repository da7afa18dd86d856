#pragma once

#include "domain/traveldocument.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds or edits a travel document: passport or ETD, the embassy, where it stands, the dates of
// application, interview and expiry. Dates left at "Not set" are not known.
class TravelDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TravelDocumentDialog(const TravelDocument &document, QWidget *parent = nullptr);

    TravelDocument document() const;
    void setStatus(const QString &status);
    void setDate(const char *objectName, const QDate &date);

private:
    QDateEdit *dateEdit(const char *objectName, const QDate &date);
    void update();

    TravelDocument m_document;
    QComboBox *m_kind;
    QLineEdit *m_embassy;
    QComboBox *m_status;
    QDateEdit *m_applied;
    QDateEdit *m_tasked;
    QDateEdit *m_held;
    QDateEdit *m_expires;
    QLineEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
