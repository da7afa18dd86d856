#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

// The reporting centre's feedback on a tasking: its outcome and what happened.
class TaskingFeedbackDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TaskingFeedbackDialog(const QString &what, QWidget *parent = nullptr);

    QString outcome() const;
    QString feedback() const;
    void setOutcome(const QString &outcome);

private:
    QComboBox *m_outcome;
    QPlainTextEdit *m_feedback;
};
