#pragma once

#include "common/usersettings.h"
#include "common/viewbase.h"

#include <QSqlDatabase>
#include <QWidget>

class CaseloadModel;
class EmptyListNotice;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class WorkloadModel;

// View → Workload: per caseworker, their people by band weighed against their capacity (over
// capacity in red), reviews overdue, breaches this week and preparation overdue, for one team
// or all. Selecting a caseworker lists their people below; Enter on a person opens them.
class WorkloadView : public ViewBase
{
    Q_OBJECT

public:
    WorkloadView(const AppContext &context, QWidget *parent = nullptr);
    ~WorkloadView() override;

    WorkloadModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *teamFilter() const { return m_team; }
    CaseloadModel *peopleModel() const { return m_people; }
    QTableView *peopleTable() const { return m_peopleTable; }
    // Selects the caseworker (user name; "" for the people nobody owns).
    void selectOwner(const QString &owner);

public slots:
    void reload() override;

private:
    void fillTeams();
    void showSelectedPeople();
    void updateSummary();
    QString selectedOwner() const;

    QSqlDatabase m_db;
    UserSettings m_settings;
    WorkloadModel *m_model;
    QSortFilterProxyModel *m_proxy;
    CaseloadModel *m_people;
    QComboBox *m_team;
    QLabel *m_summary;
    QTableView *m_table;
    EmptyListNotice *m_empty;
    QLabel *m_peopleLabel;
    QTableView *m_peopleTable;
    QSplitter *m_splitter;
};
