#pragma once

#include "common/viewbase.h"
#include "domain/clock.h"
#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

class EmptyListNotice;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class ReviewCheckModel;
class ReviewsDueModel;

// View → Review Check (report 7.6): per caseworker of a team, the reviews overdue, due in 30
// days and awaiting sign-off; the selected caseworker's overdue and due-soon people below
// (Enter opens the person on their Reviews tab, where a team leader signs off). The report
// of the team is printed or saved as PDF through ReviewCheckReport.
class ReviewCheckView : public ViewBase
{
    Q_OBJECT

public:
    ReviewCheckView(const AppContext &context, QWidget *parent = nullptr);

    ReviewCheckModel *checkModel() const { return m_check; }
    ReviewsDueModel *dueModel() const { return m_due; }
    QTableView *checkTable() const { return m_checkTable; }
    QTableView *dueTable() const { return m_dueTable; }
    QComboBox *teamCombo() const { return m_team; }
    // The day the check is judged on (today unless a test says otherwise).
    void setAsOf(const QDate &asOf);

public slots:
    void reload() override;
    void print();
    void saveAsPdf();

private:
    void teamChanged();
    void ownerSelected();
    void updateSummary();
    QString selectedOwner(bool *any) const;

    QSqlDatabase m_db;
    QString m_user;
    QDate m_asOf = Clock::today();
    bool m_fixedAsOf = false;
    ReviewCheckModel *m_check;
    ReviewsDueModel *m_due;
    QSortFilterProxyModel *m_checkProxy;
    QSortFilterProxyModel *m_dueProxy;
    QComboBox *m_team;
    QLabel *m_summary;
    QTableView *m_checkTable;
    EmptyListNotice *m_checkEmpty;
    QLabel *m_dueTitle;
    QTableView *m_dueTable;
    QLabel *m_dueEmpty;
    QPushButton *m_print;
    QPushButton *m_pdf;
};
