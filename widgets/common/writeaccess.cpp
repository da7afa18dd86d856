#include "writeaccess.h"

#include <QAbstractButton>

void WriteAccess::guard(QAbstractButton *button, Permissions::Action action)
{
    m_buttons.append({button, action, button->toolTip(), QString()});
}

void WriteAccess::setRefusals(const QMap<Permissions::Action, QString> &refusals)
{
    m_refusals = refusals;
}

void WriteAccess::apply() const
{
    for (const Guarded &g : m_buttons) {
        if (!g.button)
            continue;
        const QString why = m_refusals.value(g.action);
        if (!why.isEmpty()) {
            g.button->setEnabled(false);
            g.button->setToolTip(why);
        } else if (!g.shown.isEmpty() && g.button->toolTip() == g.shown) {
            // Allowed again (a role changed): the panel's own tooltip, unless it set a new one.
            g.button->setToolTip(g.tip);
        }
        g.shown = why;
    }
}
