#pragma once

#include "common/viewbase.h"
#include "domain/caseloadfilter.h"

#include <QHash>
#include <QSqlDatabase>
#include <QWidget>

class CaseloadModel;
class EmptyListNotice;
class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// The banded caseload: a filter bar (search, band, owning unit, case owner: everyone, my cases,
// my team or one owner; what the person needs) over a lazily fetched table of people, with
// triage columns (Triage) at its right. Filters and column layout are remembered between runs,
// for each user and database (UserSettings); until then a caseworker starts on their own
// people and a team leader on their team's, most urgent first.
class CaseloadView : public ViewBase
{
    Q_OBJECT

public:
    CaseloadView(const AppContext &context, QWidget *parent = nullptr);
    ~CaseloadView() override;

    CaseloadModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Re-reads the people and the filter lists (after an import or an edit, and F5).
    void refresh() override;
    // The same, keeping the selected people selected and the table scrolled where it was
    // where they can be found near their old rows: after someone else's change.
    void refreshKeepingPlace();
    void reload() override { refreshKeepingPlace(); }
    bool reloadsWhenShown() const override { return false; }
    QString countText() const override;
    // The table (Ctrl+F is the search box's key).
    QWidget *defaultFocus() const override;
    void focusSearch();
    // Allocate… (Ctrl+L, and the table's right-click menu): the selected rows' people.
    QAction *allocateAction() const { return m_allocate; }
    QVector<qint64> selectedPersonIds() const;
    // Their versions as the selected rows show them (id -> person.version).
    QHash<qint64, int> selectedPersonVersions() const;
    void allocateSelected();

signals:
    void countsChanged(int visible, int total);
    // After people were allocated from here (the caseload has reloaded already).
    void allocated();

private:
    void applyFilter();
    // Every filter back to its default (Clear filters, here and on the empty list's notice).
    void clearFilters();
    void fillFilterLists();
    // The owner filter's entry for `owner` (its data), or "My team" when `team` and the user
    // is in one.
    void selectOwner(const QVariant &owner, bool team);
    void restoreSettings();
    // The owner and order a user starts with before choosing their own, by role.
    void applyRoleDefaults();
    void saveSettings() const;
    void updateEmptyMessage(int visible, int total);
    // Wide enough for `column`'s header and the longest of `texts` it can show (beside the
    // colour swatch when `swatch`): the band and the reporting columns.
    int fittedColumnWidth(CaseloadColumn column, const QStringList &texts, bool swatch) const;

    QSqlDatabase m_db;
    CaseloadModel *m_model;
    QString m_currentUser;
    QString m_team; // the team the user is in, for "My team"; empty for none
    QLineEdit *m_search;
    QComboBox *m_band;
    QComboBox *m_unit;
    QComboBox *m_owner;
    QComboBox *m_needs; // the triage columns' filter (CaseloadFilter::Needs)
    QCheckBox *m_longWindow;
    QCheckBox *m_showRemoved;
    QPushButton *m_clear;
    QTableView *m_table;
    QTimer *m_searchDelay;
    EmptyListNotice *m_empty; // over the table when it has no rows, saying why
    QAction *m_allocate;
};
