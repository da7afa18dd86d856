#pragma once

#include "common/appcontext.h"
#include "domain/removaldirections.h"

#include <QDialog>
#include <QSqlDatabase>

class DateField;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Records what became of removal directions: removed, or failed with one of the report's
// reasons (Figure 8) and what happened. Recording it closes the planned removal in the diary.
class RemovalOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    RemovalOutcomeDialog(const AppContext &context, const RemovalDirections &directions,
                         QWidget *parent = nullptr);

    RemovalDirections directions() const;
    QString problemText() const;

public slots:
    void accept() override;

    // After a save refused as an edit conflict (ConflictPrompt's Reload): the directions as
    // stored now become the base of this dialog (their version, with its row version), and what
    // was entered here stays in the fields: OK then saves it over theirs knowingly.
    void reloadDirections();

private:
    void update();

    QSqlDatabase m_db;
    QString m_user;
    RemovalDirections m_directions;
    QComboBox *m_outcome;
    DateField *m_on;
    QComboBox *m_reason;
    QLineEdit *m_text;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
