#pragma once

#include <QSqlDatabase>
#include <QWidget>

class CaseloadModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// The banded caseload: a filter bar (search, band, owning unit, case owner) over a lazily
// fetched table of people. Filters and column layout are remembered between runs.
class CaseloadView : public QWidget
{
    Q_OBJECT

public:
    CaseloadView(QSqlDatabase db, const QString &currentUser, QWidget *parent = nullptr);
    ~CaseloadView() override;

    CaseloadModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Re-reads the people and the filter lists (after an import or an edit).
    void refresh();
    void focusSearch();

signals:
    void openPerson(qint64 personId);
    void countsChanged(int visible, int total);

private:
    void applyFilter();
    void fillFilterLists();
    void restoreSettings();
    void saveSettings() const;
    void updateEmptyMessage(int visible, int total);

    CaseloadModel *m_model;
    QString m_currentUser;
    QLineEdit *m_search;
    QComboBox *m_band;
    QComboBox *m_unit;
    QComboBox *m_owner;
    QCheckBox *m_longWindow;
    QPushButton *m_clear;
    QTableView *m_table;
    QTimer *m_searchDelay;
    QLabel *m_empty; // over the table when it has no rows, saying why
};
