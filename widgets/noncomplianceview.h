#pragma once

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
class NoncomplianceView : public QWidget
{
    Q_OBJECT

public:
    NoncomplianceView(QSqlDatabase db, const QString &currentUser, QWidget *parent = nullptr);

    NoncomplianceModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    void reload();
    void recordFollowUpForSelected();

signals:
    void openPerson(qint64 personId);
    // After a follow-up step was recorded, for views showing the person to refresh.
    void personChanged(qint64 personId);
    // What was just done, for the main window's status bar ("Recorded 'Located' for …").
    void statusMessage(const QString &text);

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
