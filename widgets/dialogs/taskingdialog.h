#pragma once

#include "domain/tasking.h"

#include <QDialog>

class DateField;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Tasks a reporting centre for a person's next reporting event. Detain on reporting with a
// window over one hour shows a warning the caseworker must clear before OK is available.
class TaskingDialog : public QDialog
{
    Q_OBJECT

public:
    TaskingDialog(qint64 personId, const QString &personName, const QString &centre,
                  const QString &window, const QDate &nextEvent, QWidget *parent = nullptr);

    Tasking tasking() const;
    void setKind(const QString &kind);
    // The caseworker cleared the long-window warning.
    bool windowCleared() const;
    QString problem() const;

private:
    void update();

    qint64 m_personId;
    QString m_window;
    QComboBox *m_kind;
    QLineEdit *m_centre;
    DateField *m_date;
    QPlainTextEdit *m_instructions;
    QLabel *m_warning;
    QCheckBox *m_clear;
    QDialogButtonBox *m_buttons;
};
