#pragma once

#include "common/viewbase.h"
#include <QSqlDatabase>
#include <QWidget>

class EmptyListNotice;
class NoncomplianceModel;
class OwnerFilter;
class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The non-compliance queue: everyone in a current run of breaches now, however old the last
// breach, most urgent first, with the next step of the follow-up ladder and the unactioned
// marked; filters for the unactioned, those who breached in the last 7 days and the owner
// (everyone's, my cases, my team), remembered. Record the step taken from here; Enter opens the
// person.
class NoncomplianceView : public ViewBase
{
    Q_OBJECT

public:
    NoncomplianceView(const AppContext &context, QWidget *parent = nullptr);

    NoncomplianceModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    void reload() override;
    void recordFollowUpForSelected();

private:
    qint64 selectedPersonId() const;
    void applyFilter();
    void setModelFilter();
    void updateSummary();

    QSqlDatabase m_db;
    QString m_user;
    NoncomplianceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_summary;
    QCheckBox *m_unactionedOnly;
    QCheckBox *m_lastWeekOnly;
    OwnerFilter *m_owner;
    QPushButton *m_record;
    EmptyListNotice *m_empty;
};
