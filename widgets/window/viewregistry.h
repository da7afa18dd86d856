#pragma once

#include "common/appcontext.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>
#include <QVector>
#include <functional>

class ViewBase;
class QWidget;

// Every view of the window, in one table: its key, its title, its place in the View menu and
// its key, the record tab a person opens on from it, and how it is made. The window's menu,
// MainWindow::showView, the reload after a change and `lodestar screenshot --view` with its
// help all read it: a new view is one entry here and one ViewBase subclass.
class ViewRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ViewRegistry)

public:
    struct Entry
    {
        // "noncompliance": showView's and --view's name; the menu action is "<key>Action" in
        // lower camel case ("noncomplianceAction").
        QString key;
        QString title;    // the tab's
        QString menuText; // the View menu's, with its mnemonic
        QKeySequence shortcut;
        // The lower tab of a person's record (PersonRecordWidget::lowerTabKeys) a person opened
        // from the view shows; empty: as the record was last left.
        QString personTab;
        // Another entry's key whose view this one is a part of (ViewBase::showPart): the ripe
        // view's list of documents to seek. Empty for a view of its own.
        QString partOf;
        std::function<ViewBase *(const AppContext &context, QWidget *parent)> create;
    };

    // In the View menu's order; the first is the caseload, always open.
    static const QVector<Entry> &entries();
    static const Entry *find(const QString &key);
    static QStringList keys();
    // The object name of the entry's menu action: "noteQaAction" for note_qa.
    static QString actionName(const QString &key);
    // Makes the view of `entry` (of what it is a part of, for a part), identified by its key.
    static ViewBase *create(const Entry &entry, const AppContext &context, QWidget *parent);
};
