#pragma once

#include "common/viewbase.h"
#include <QSqlDatabase>
#include <QWidget>

class CharterFlightsModel;
class QCheckBox;
class EmptyListNotice;
class QLabel;
class QPushButton;
class QTableView;
class RemovalsModel;

// View → Removals (report 7.1-7.19, Figures 6-8): removal directions across the caseload,
// pending ones by planned date and then those with an outcome, and the charter flights with
// what became of the people planned on them. Enter on a direction opens the person.
class RemovalsView : public ViewBase
{
    Q_OBJECT

public:
    RemovalsView(const AppContext &context, QWidget *parent = nullptr);

    RemovalsModel *model() const { return m_model; }
    CharterFlightsModel *flightsModel() const { return m_flights; }
    QTableView *table() const { return m_table; }
    QTableView *flightsTable() const { return m_flightsTable; }

public slots:
    void reload() override;
    void newFlight();

private:
    void updateSummaries();

    QSqlDatabase m_db;
    QString m_user;
    RemovalsModel *m_model;
    CharterFlightsModel *m_flights;
    QTableView *m_table;
    QTableView *m_flightsTable;
    QLabel *m_summary;
    QLabel *m_flightsSummary;
    EmptyListNotice *m_empty;
    QLabel *m_flightsEmpty;
    QCheckBox *m_pendingOnly;
    QPushButton *m_newFlight;
};
