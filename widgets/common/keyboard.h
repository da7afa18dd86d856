#pragma once

#include <QWidget>
#include <functional>

class QAbstractItemView;
class QLineEdit;

// How the keyboard moves through Lodestar's screens, in one place so that every list and panel
// behaves alike.
class Keyboard
{
public:
    // Every list, read-only or not: Tab leaves it for the next control (the arrows move within
    // it; Tab walking the cells trapped the user in a row), and while it has the focus it is
    // ringed (FocusRing).
    static void setUpList(QAbstractItemView *view);
    // Tab visits the controls of `container` in the order its layout shows them, top to bottom
    // and left to right (into splitters and plain child widgets, not into a control such as a
    // table or a tab widget), rather than in the order they happened to be created: the buttons
    // under a table come right after it, the leftmost first.
    static void followLayout(QWidget *container);
    // The controls of `container` in the order its layout shows them (as followLayout takes
    // them).
    static QWidgetList layoutOrder(QWidget *container);
    // A search box over the list it filters. Enter opens the one row that matches, as Enter in
    // the list would (the list's activated signal), and with several rows moves into the list
    // on the first of them, so that a second Enter opens it and the arrows choose another;
    // with none it does nothing. Down moves into the list on its first row. `catchUp` first
    // applies what was typed, where the list waits for a pause in typing before it filters.
    static void connectSearch(QLineEdit *search, QAbstractItemView *list,
                              std::function<void()> catchUp = {});
};

// A ring in the highlight colour just inside the edge of a widget while it has the focus. Under
// the Fusion style a focused list shows at most a faint frame round its current cell, nothing
// at all when it has no rows, and a chart nothing: the ring shows where Tab went.
class FocusRing : public QWidget
{
    Q_OBJECT

public:
    // Rings `target` from now on; the ring is a child of `target` and goes with it.
    static FocusRing *attach(QWidget *target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit FocusRing(QWidget *target);
    void fit();

    QWidget *m_target;
};
