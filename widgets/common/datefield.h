#pragma once

#include "domain/daterange.h"

#include <QDate>
#include <QDateTime>
#include <QWidget>
#include <initializer_list>

class QCheckBox;
class QDateTimeEdit;
class QLabel;

// Every date a caseworker types goes through one of these (issue 16): the edit keeps what was
// typed, whatever the range, and the field says under it what the range is (the hint) and why
// a day outside it is refused (in red), so that a dialog can refuse OK until it is put right.
// The edit's own range is left wide open on purpose: QDateEdit's minimum and maximum correct
// typed input silently on focus-out (7 Jan 2027 became 6 Jan 2026), which is what this avoids.
//
// A field may be optional: a check box before the edit, unticked meaning "no date", and the
// calendar opening on a sensible suggested day once ticked (never a "Not set" special value,
// which is a real date in disguise). With Kind::DateTime the edit takes a time too; the range
// is of days, the time never refused.
class DateField : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Date,
        DateTime
    };

    // `name` is the object name of the edit and of this field (findChild tells them apart by
    // type); the labels are "<name>Hint" and "<name>Problem".
    explicit DateField(const QString &name, QWidget *parent = nullptr, Kind kind = Kind::Date);
    // The same, with its range and day (an optional one: call setOptional, then setDate).
    DateField(const QString &name, const DateRange &range, const QDate &date, QWidget *parent);

    // Makes the field optional: `checkText` labels the box ("Served"); `suggested` is the day
    // shown when it is ticked. The field starts unticked.
    void setOptional(const QString &checkText, const QDate &suggested);
    bool isOptional() const { return m_check != nullptr; }

    // Invalid when optional and unticked.
    QDate date() const;
    // An invalid date unticks an optional field (and leaves a plain field as it is).
    void setDate(const QDate &date);
    QDateTime dateTime() const;
    void setDateTime(const QDateTime &dateTime);

    // The days accepted; its hint is shown under the field. A default range accepts any day.
    void setRange(const DateRange &range);
    const DateRange &range() const { return m_range; }

    // The day the record holds already, when editing one: accepted as it stands even outside
    // the range (a record is never refused for a day it was saved with, say a flight that
    // left over a year ago whose notes are edited); any other day is checked.
    void setStoredDay(const QDate &day);

    // Why the day shown is refused; empty when it is accepted (an unticked optional field is).
    QString problem() const;
    bool isAcceptable() const { return problem().isEmpty(); }
    // Accepted, but the range asks the user first (the diary's day in the past); the question.
    bool needsConfirmation() const;
    QString confirmation() const;

    // Every field accepted (null fields are skipped).
    static bool allAcceptable(std::initializer_list<const DateField *> fields);
    // The same, and the first refused takes the focus: an OK pressed anyway (Enter) lands the
    // user where the message is.
    static bool acceptOrFocus(std::initializer_list<DateField *> fields);

    QDateTimeEdit *edit() const { return m_edit; }
    QCheckBox *checkBox() const { return m_check; }
    QLabel *hintLabel() const { return m_hint; }
    QLabel *problemLabel() const { return m_problem; }

signals:
    // The day (or the box) changed: a dialog checks its rules again.
    void dateChanged();

private:
    void refresh();

    QDateTimeEdit *m_edit;
    QCheckBox *m_check = nullptr;
    QLabel *m_hint;
    QLabel *m_problem;
    DateRange m_range;
    QDate m_stored;
};
