#pragma once

#include "common/usersettings.h"
#include "common/viewbase.h"

#include <QSqlDatabase>
#include <QWidget>

class BarrierRegisterModel;
class EmptyListNotice;
class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// View → Barriers to Removal (report 6.13, 7.8-7.19): the barrier register across the
// caseload, open barriers oldest first, filtered by state, type, source, last-minute and the
// signed-in user's cases, with the open barriers counted by type. Enter opens the person.
class BarriersView : public ViewBase
{
    Q_OBJECT

public:
    BarriersView(const AppContext &context, QWidget *parent = nullptr);

    BarrierRegisterModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    void reload() override;

private:
    void filterChanged();
    void updateSummary();

    QString m_user;
    UserSettings m_settings;
    BarrierRegisterModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_summary;
    EmptyListNotice *m_empty;
    QComboBox *m_state;
    QComboBox *m_type;
    QComboBox *m_source;
    QCheckBox *m_lastMinute;
    QCheckBox *m_myCases;
};
