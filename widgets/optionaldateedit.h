#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

// A date that may be left unset: a check box beside a date edit with a calendar popup. Unlike
// a "Not set" special value, the calendar opens on a sensible day when the box is ticked.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    // `checkText` labels the box ("Served"); `suggested` is shown when the box is ticked.
    OptionalDateEdit(const QString &checkText, const QDate &date, const QDate &suggested,
                     QWidget *parent = nullptr);

    // Invalid when unticked.
    QDate date() const;
    // An invalid date unticks the box.
    void setDate(const QDate &date);
    void setMaximumDate(const QDate &date);
    QCheckBox *checkBox() const { return m_check; }
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    void dateChanged();

private:
    QCheckBox *m_check;
    QDateEdit *m_edit;
};
