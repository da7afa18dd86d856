#pragma once

#include "common/appcontext.h"
#include "domain/reportingrestriction.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QTimeEdit;
class RestrictionHistoryModel;

// Edit Restriction…: a person's reporting restriction (centre, frequency, day, window, bail
// and electronic monitoring) set in Lodestar with a reason, the earlier ones listed below.
class RestrictionDialog : public QDialog
{
    Q_OBJECT

public:
    RestrictionDialog(const AppContext &context, const ReportingRestriction &current,
                      QWidget *parent = nullptr);

    ReportingRestriction restriction() const;
    RestrictionHistoryModel *history() const { return m_history; }

private:
    void update();

    ReportingRestriction m_current;
    QLineEdit *m_centre;
    QComboBox *m_frequency;
    QComboBox *m_weekday;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QCheckBox *m_bail;
    QCheckBox *m_em;
    QLineEdit *m_reason;
    RestrictionHistoryModel *m_history;
    QDialogButtonBox *m_buttons;
};
