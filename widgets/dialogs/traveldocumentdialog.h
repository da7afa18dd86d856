#pragma once

#include "domain/daterange.h"
#include "domain/traveldocument.h"

#include <QDialog>

class DateField;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds or edits a travel document: passport or ETD, the embassy, where it stands, the dates of
// application, interview and expiry. A date whose box is unticked is not known.
class TravelDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TravelDocumentDialog(const TravelDocument &document, QWidget *parent = nullptr);

    TravelDocument document() const;
    void setStatus(const QString &status);
    void setDate(const char *objectName, const QDate &date);

private:
    DateField *dateField(const char *objectName, const QString &checkText, const DateRange &range,
                         const QDate &date);
    void update();

    TravelDocument m_document;
    QComboBox *m_kind;
    QLineEdit *m_embassy;
    QComboBox *m_status;
    DateField *m_applied;
    DateField *m_tasked;
    DateField *m_held;
    DateField *m_expires;
    QLineEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
