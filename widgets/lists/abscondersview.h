#pragma once

#include "common/viewbase.h"
#include <QSqlDatabase>
#include <QWidget>

class AbscondersModel;
class AbsconderYearsModel;
class QLabel;
class QTableView;

// View → Absconders: who is an absconder today (a countersigned declaration, not located
// since) with their Trace and Locate referral, and people referred and located by year
// (report Figure 9).
class AbscondersView : public ViewBase
{
    Q_OBJECT

public:
    AbscondersView(const AppContext &context, QWidget *parent = nullptr);

    AbscondersModel *model() const { return m_model; }
    AbsconderYearsModel *yearsModel() const { return m_years; }

public slots:
    void reload() override;

private:
    AbscondersModel *m_model;
    AbsconderYearsModel *m_years;
    QTableView *m_table;
    QTableView *m_yearsTable;
    QLabel *m_summary;
};
