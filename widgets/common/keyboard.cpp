#include "keyboard.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLayout>
#include <QLineEdit>
#include <QPainter>
#include <QSplitter>

namespace {
constexpr int RingWidth = 2;

void collect(QWidget *w, QWidgetList &out);

void collect(QLayout *layout, QWidgetList &out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget())
            collect(item->widget(), out);
        else if (item->layout())
            collect(item->layout(), out);
    }
}

void collect(QWidget *w, QWidgetList &out)
{
    if (w->isWindow())
        return;
    if (const auto *splitter = qobject_cast<QSplitter *>(w)) {
        for (int i = 0; i < splitter->count(); ++i)
            collect(splitter->widget(i), out);
        return;
    }
    // A control keeps its insides' order itself (a table's viewport, a tab widget's pages).
    if (w->focusPolicy() & Qt::TabFocus) {
        out << w;
        return;
    }
    if (w->layout())
        collect(w->layout(), out);
}

// Enter and Down in a search box, for the list under it (Keyboard::connectSearch).
class SearchKeys : public QObject
{
public:
    SearchKeys(QLineEdit *search, QAbstractItemView *list, std::function<void()> catchUp)
        : QObject(search), m_list(list), m_catchUp(std::move(catchUp))
    {
        search->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if ((!enter && key->key() != Qt::Key_Down) || (key->modifiers() & ~Qt::KeypadModifier))
            return false;
        if (m_catchUp)
            m_catchUp();
        const QAbstractItemModel *model = m_list->model();
        const QModelIndex root = m_list->rootIndex();
        const QModelIndex first = model->index(0, 0, root);
        if (!first.isValid())
            return false;
        if (enter && model->rowCount(root) == 1 && !model->canFetchMore(root)) {
            emit m_list->activated(first);
            return true;
        }
        m_list->setFocus(Qt::OtherFocusReason);
        m_list->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        return true;
    }

private:
    QAbstractItemView *m_list;
    std::function<void()> m_catchUp;
};
} // namespace

void Keyboard::setUpList(QAbstractItemView *view)
{
    view->setTabKeyNavigation(false);
    FocusRing::attach(view);
}

QWidgetList Keyboard::layoutOrder(QWidget *container)
{
    QWidgetList order;
    if (container->layout())
        collect(container->layout(), order);
    return order;
}

void Keyboard::followLayout(QWidget *container)
{
    const QWidgetList order = layoutOrder(container);
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void Keyboard::connectSearch(QLineEdit *search, QAbstractItemView *list,
                             std::function<void()> catchUp)
{
    new SearchKeys(search, list, std::move(catchUp));
}

FocusRing *FocusRing::attach(QWidget *target)
{
    return new FocusRing(target);
}

FocusRing::FocusRing(QWidget *target) : QWidget(target), m_target(target)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    hide();
    target->installEventFilter(this);
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::FocusIn:
            fit();
            raise(); // above the viewport and the scroll bars
            show();
            break;
        case QEvent::FocusOut:
            hide();
            break;
        case QEvent::Resize:
            fit();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::fit()
{
    setGeometry(m_target->rect());
    // Only the ring itself covers the target: the list under it repaints and scrolls as before.
    const QRect inside = rect().adjusted(RingWidth, RingWidth, -RingWidth, -RingWidth);
    setMask(QRegion(rect()).subtracted(QRegion(inside)));
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Active, QPalette::Highlight));
}
