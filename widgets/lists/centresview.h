#pragma once

#include "common/viewbase.h"
#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class TaskingsModel;

// View → Reporting Centres: the open taskings of each centre (or all), by reporting day, and
// the centre's feedback recorded against each.
class CentresView : public ViewBase
{
    Q_OBJECT

public:
    CentresView(const AppContext &context, QWidget *parent = nullptr);

    TaskingsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *centres() const { return m_centres; }

public slots:
    void reload() override;
    void recordFeedbackForSelected();

private:
    void showCentre();

    QSqlDatabase m_db;
    QString m_user;
    TaskingsModel *m_model;
    QComboBox *m_centres;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_feedback;
};
