#include "optionaldateedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

OptionalDateEdit::OptionalDateEdit(const QString &checkText, const QDate &date,
                                   const QDate &suggested, QWidget *parent)
    : QWidget(parent), m_check(new QCheckBox(checkText, this)), m_edit(new QDateEdit(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_check->setChecked(date.isValid());
    m_edit->setDate(date.isValid() ? date : suggested);
    m_edit->setEnabled(date.isValid());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    // A label's mnemonic lands on the box: ticking it is the first thing to do.
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        if (on)
            m_edit->setFocus();
        emit dateChanged();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateEdit::dateChanged);
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    if (date.isValid())
        m_edit->setDate(date);
    m_check->setChecked(date.isValid());
}

void OptionalDateEdit::setMaximumDate(const QDate &date)
{
    m_edit->setMaximumDate(date);
}
