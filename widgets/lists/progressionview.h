#pragma once

#include "common/usersettings.h"
#include "common/viewbase.h"
#include "store/progressionstore.h"

#include <QSqlDatabase>
#include <QWidget>

class EmptyListNotice;
class ProgressionModel;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTabBar;
class QTableView;

// View → Ripe for Progression (report 6.69, 7.5, 6.24, 7.10): the four removal progression
// worklists, one at a time: ripe for progression (band 1 first), case preparation overdue,
// deportation decisions overdue, each person with the next steps towards removal, and travel
// documents to seek while a barrier is open, with the document's step and the barriers. Their
// rows are the people of the figures of the same names. Enter opens the person.
class ProgressionView : public ViewBase
{
    Q_OBJECT

public:
    ProgressionView(const AppContext &context, QWidget *parent = nullptr);

    ProgressionModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // One tab per ProgressionStore::List, in its order.
    QTabBar *lists() const { return m_lists; }
    // Switches to list `list`, reading it, as a click on its tab does (and is remembered for
    // the next view); nothing to do when it is showing already.
    void showList(ProgressionStore::List list);
    // "documents_to_seek": that list (ViewRegistry's part of this view).
    bool showPart(const QString &part) override;

public slots:
    void reload() override;

private:
    void filterChanged();
    void updateSummary();

    QString m_user;
    UserSettings m_settings;
    ProgressionModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTabBar *m_lists;
    QTableView *m_table;
    QLabel *m_summary;
    EmptyListNotice *m_empty;
    QCheckBox *m_myCases;
};
