#include "viewbase.h"

#include "keyboard.h"

#include <QAbstractItemView>

ViewBase::ViewBase(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
}

void ViewBase::identify(const QString &key, const QString &title)
{
    m_key = key;
    m_title = title;
}

QWidget *ViewBase::defaultFocus() const
{
    const QWidgetList laidOut = Keyboard::layoutOrder(const_cast<ViewBase *>(this));
    for (QWidget *w : laidOut)
        if (qobject_cast<QAbstractItemView *>(w) && w->isEnabled())
            return w;
    return nullptr;
}

bool ViewBase::showPart(const QString &part)
{
    Q_UNUSED(part)
    return false;
}
