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

// Sets or edits removal directions: the day they were set, the planned removal, the route (a
// scheduled flight or one of the charter flights RemovalStore knows) and RED.0004, with notes.
// The outcome is kept as it was (RemovalOutcomeDialog records it). What
// RemovalDirections::problem() or the store objects to is shown here.
class RemovalDirectionsDialog : public QDialog
{
    Q_OBJECT

public:
    RemovalDirectionsDialog(const AppContext &context, const RemovalDirections &directions,
                            QWidget *parent = nullptr);

    RemovalDirections directions() const;
    qint64 savedId() const { return m_savedId; }
    QString problemText() const;
    // Whether OK can be pressed: nothing in problemText().
    bool canSave() const;

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
    qint64 m_savedId = 0;
    DateField *m_setOn;
    DateField *m_plannedOn;
    QComboBox *m_route;
    QComboBox *m_flight;
    DateField *m_red0004;
    QLineEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
