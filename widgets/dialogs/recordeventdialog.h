#pragma once

#include "domain/reportingevent.h"

#include <QDialog>

class DateField;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Records a reporting event in Lodestar (the outcome a centre reported directly), or, for an
// excused event already held, the reason it was excused: illness, court, or other with text.
class RecordEventDialog : public QDialog
{
    Q_OBJECT

public:
    // A new event for the person.
    RecordEventDialog(qint64 personId, const QString &centre, QWidget *parent = nullptr);
    // The reason of an excused event already held: only the reason can be changed.
    RecordEventDialog(const ReportingEvent &excused, QWidget *parent = nullptr);

    ReportingEvent event() const;
    void setOutcome(const QString &outcome);
    void setReason(const QString &reason, const QString &text = QString());
    QString problem() const;

private:
    void build();
    void update();

    ReportingEvent m_event;
    bool m_reasonOnly = false;
    DateField *m_when = nullptr;
    QLineEdit *m_centre = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
