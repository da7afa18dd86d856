#include "datefield.h"

#include "domain/clock.h"
#include "itemmodels/colours.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QVBoxLayout>

DateField::DateField(const QString &name, QWidget *parent, Kind kind)
    : QWidget(parent), m_edit(kind == Kind::Date ? new QDateEdit(this) : new QDateTimeEdit(this)),
      m_hint(new QLabel(this)), m_problem(new QLabel(this))
{
    setObjectName(name);
    m_edit->setObjectName(name);
    m_hint->setObjectName(name + QStringLiteral("Hint"));
    m_problem->setObjectName(name + QStringLiteral("Problem"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(kind == Kind::Date ? QStringLiteral("d MMM yyyy")
                                                : QStringLiteral("d MMM yyyy HH:mm"));
    // As wide as a four-digit year goes: the range is checked here, never by the edit, whose
    // correction on focus-out would turn a day typed into another without a word.
    m_edit->setDateRange(QDate(100, 1, 1), QDate(9999, 12, 31));
    m_edit->setDate(Clock::today());
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    m_hint->hide();
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    layout->addWidget(m_problem);
    setFocusProxy(m_edit);

    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        refresh();
        emit dateChanged();
    });
}

DateField::DateField(const QString &name, const DateRange &range, const QDate &date,
                     QWidget *parent)
    : DateField(name, parent)
{
    setRange(range);
    setDate(date);
}

void DateField::setOptional(const QString &checkText, const QDate &suggested)
{
    if (!m_check) {
        m_check = new QCheckBox(checkText, this);
        m_check->setObjectName(objectName() + QStringLiteral("Check"));
        auto *row = qobject_cast<QHBoxLayout *>(layout()->itemAt(0)->layout());
        row->insertWidget(0, m_check);
        // A label's mnemonic lands on the box: ticking it is the first thing to do.
        setFocusProxy(m_check);
        connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
            m_edit->setEnabled(on);
            if (on)
                m_edit->setFocus();
            refresh();
            emit dateChanged();
        });
    } else {
        m_check->setText(checkText);
    }
    const QSignalBlocker quiet(m_edit);
    m_edit->setDate(suggested.isValid() ? suggested : Clock::today());
    m_check->setChecked(false);
    m_edit->setEnabled(false);
    refresh();
}

QDate DateField::date() const
{
    if (m_check && !m_check->isChecked())
        return QDate();
    return m_edit->date();
}

void DateField::setDate(const QDate &date)
{
    if (date.isValid())
        m_edit->setDate(date);
    if (m_check)
        m_check->setChecked(date.isValid());
    refresh();
}

QDateTime DateField::dateTime() const
{
    if (m_check && !m_check->isChecked())
        return QDateTime();
    return m_edit->dateTime();
}

void DateField::setDateTime(const QDateTime &dateTime)
{
    if (dateTime.isValid())
        m_edit->setDateTime(dateTime);
    if (m_check)
        m_check->setChecked(dateTime.isValid());
    refresh();
}

void DateField::setRange(const DateRange &range)
{
    m_range = range;
    refresh();
}

void DateField::setStoredDay(const QDate &day)
{
    m_stored = day;
    refresh();
}

QString DateField::problem() const
{
    const QDate day = date();
    if (!day.isValid() || day == m_stored)
        return QString(); // an optional field left empty, or the day saved: nothing to refuse
    return m_range.problem(day);
}

bool DateField::needsConfirmation() const
{
    return date().isValid() && m_range.needsConfirmation(date());
}

QString DateField::confirmation() const
{
    return needsConfirmation() ? m_range.confirmation(date()) : QString();
}

bool DateField::allAcceptable(std::initializer_list<const DateField *> fields)
{
    for (const DateField *f : fields)
        if (f && !f->isAcceptable())
            return false;
    return true;
}

bool DateField::acceptOrFocus(std::initializer_list<DateField *> fields)
{
    for (DateField *f : fields) {
        if (f && !f->isAcceptable()) {
            f->edit()->setFocus();
            return false;
        }
    }
    return true;
}

void DateField::refresh()
{
    const QString hint = m_range.hint();
    m_hint->setText(hint);
    // An optional field left empty has no day to bound: its range would only be noise.
    m_hint->setVisible(!hint.isEmpty() && (!m_check || m_check->isChecked()));
    const QString why = problem();
    const bool wasShown = !m_problem->isHidden();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    // A dialog sized before the refusal appeared grows to show all of it; it never shrinks.
    QWidget *top = window();
    if (!why.isEmpty() && !wasShown && top != this && top->isVisible() && top->layout() &&
        top->layout()->hasHeightForWidth()) {
        const int needed = top->layout()->totalHeightForWidth(top->width());
        if (needed > top->height())
            top->resize(top->width(), needed);
    }
    // A screen reader hears the range, or the refusal, with the edit.
    m_edit->setAccessibleDescription(why.isEmpty() ? hint : why);
}
