#pragma once

#include "common/usersettings.h"
#include "common/viewbase.h"
#include "domain/dataqualityrules.h"

#include <QSqlDatabase>
#include <QWidget>
#include <optional>

class DataQualityModel;
class EmptyListNotice;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// View → Data Quality (report 6.10-6.17, 6.45, 7.21-7.25): the team leader's clean-up list,
// one row per person and problem, saying what is wrong and what fixes it, filtered by issue
// and the signed-in user's cases, with the problems counted per issue. Enter or Fix… opens
// the person's record where the fix is made.
class DataQualityView : public ViewBase
{
    Q_OBJECT

public:
    DataQualityView(const AppContext &context, QWidget *parent = nullptr);

    DataQualityModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *issueCombo() const { return m_issue; }

public slots:
    void reload() override;

private:
    void issueChanged();
    void myCasesChanged();
    std::optional<DataQualityRules::Issue> chosenIssue() const;
    void load(bool recount);
    void showRows();
    void fixCurrent();
    void updateSummary();

    QString m_user;
    UserSettings m_settings;
    DataQualityModel *m_model;
    QComboBox *m_issue;
    QCheckBox *m_myCases;
    QPushButton *m_fix;
    QLabel *m_summary;
    QTableView *m_table;
    EmptyListNotice *m_empty;
};
