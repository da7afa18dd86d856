#pragma once

#include "common/appcontext.h"
#include "domain/casepreparation.h"

#include <QDialog>
#include <QSqlDatabase>

class DateField;
class QDialogButtonBox;
class QLabel;

// Starts or updates the case preparation target (report 7.5): the day the case was allocated,
// the day the initial preparation was done and the day it was finalised, with the due dates
// and the status they give shown as the dates change.
class CasePreparationDialog : public QDialog
{
    Q_OBJECT

public:
    CasePreparationDialog(const AppContext &context, const CasePreparation &preparation,
                          QWidget *parent = nullptr);

    CasePreparation preparation() const;
    QString problemText() const;

public slots:
    void accept() override;
    // After a save refused as an edit conflict (ConflictPrompt's Reload): the fields show the
    // preparation as it is stored now, and the problem line says what was entered here.
    void reloadPreparation();

private:
    void update();

    QSqlDatabase m_db;
    QString m_user;
    CasePreparation m_preparation;
    DateField *m_allocated;
    DateField *m_initial;
    DateField *m_final;
    QLabel *m_status;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
