#pragma once

#include "appcontext.h"

#include <QWidget>

// One of the window's views: the caseload, a queue, a list, the dashboard. The window knows
// them only through this (and ViewRegistry, which makes them): it shows one, reloads it after a
// change, opens the people it asks for and shows its messages, whatever the view is.
class ViewBase : public QWidget
{
    Q_OBJECT

public:
    ViewBase(const AppContext &context, QWidget *parent = nullptr);

    const AppContext &context() const { return m_context; }
    // The registry's key ("noncompliance") and the tab's title; set as the view is made.
    QString key() const { return m_key; }
    QString title() const { return m_title; }
    void identify(const QString &key, const QString &title);

    // Others changed what it shows while it was not in front: reloaded when shown again.
    bool isStale() const { return m_stale; }
    void setStale(bool stale) { m_stale = stale; }
    // Whether a change seen while it is in front reloads it at once. A view that is costly to
    // read again (the dashboard recomputes every chart) says no: it catches up when shown
    // again or refreshed (F5), like a report run at a moment.
    virtual bool followsChangesLive() const { return true; }
    // Whether it is read again each time it is brought forward from the menu: yes, unless it
    // follows every change as it comes and keeps its place (the caseload).
    virtual bool reloadsWhenShown() const { return true; }

    // Where the keyboard goes when the view is brought forward: its list, unless it says
    // otherwise (the first list laid out in it), or nothing.
    virtual QWidget *defaultFocus() const;
    // Shows the part `part` of the view (another registry key it serves, such as the ripe
    // view's list of documents to seek); false when it has no such part.
    virtual bool showPart(const QString &part);
    // "N of M people" for the status bar while the view is in front, or nothing.
    virtual QString countText() const { return QString(); }

public slots:
    // Reads what it shows again: after a change, its own or someone else's.
    virtual void reload() = 0;
    // The user asked for it (F5): everything read again, lists of choices too where it keeps
    // them; reload() unless the view says otherwise.
    virtual void refresh() { reload(); }

signals:
    // Open this person's record, on the lower tab the registry names for the view.
    void openPerson(qint64 personId);
    // Open this person's record on lower tab `tab` (PersonRecordWidget::lowerTabKeys).
    void openPersonTab(qint64 personId, const QString &tab);
    // The view changed this person's records (0: several): open records read them again, and
    // the other views catch up.
    void personChanged(qint64 personId);
    // What was just done, for the status bar.
    void statusMessage(const QString &text);
    // countText() changed.
    void countChanged();
    // Show view `viewKey` (a ViewRegistry key) on its part `part` (its showPart()).
    void showViewPart(const QString &viewKey, const QString &part);

private:
    AppContext m_context;
    QString m_key;
    QString m_title;
    bool m_stale = false;
};
