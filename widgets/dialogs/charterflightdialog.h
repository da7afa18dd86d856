#pragma once

#include "common/appcontext.h"
#include "domain/charterflight.h"

#include <QDialog>
#include <QSqlDatabase>

class DateField;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Records a charter flight (report 7.16-7.19): its reference, destination, departure day and
// notes. OK saves it through RemovalStore::saveFlight; a refusal (a reference already used)
// is shown in the dialog, which stays open so nothing typed is lost.
class CharterFlightDialog : public QDialog
{
    Q_OBJECT

public:
    CharterFlightDialog(const AppContext &context, const CharterFlight &flight = CharterFlight(),
                        QWidget *parent = nullptr);

    CharterFlight flight() const;
    // The id saved, once accepted.
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;
    // Reads the flight again after a refused save (ConflictPrompt's Reload).
    void reloadFlight();

private:
    void update();

    QSqlDatabase m_db;
    QString m_user;
    CharterFlight m_flight;
    qint64 m_savedId = 0;
    QLineEdit *m_reference;
    QLineEdit *m_destination;
    DateField *m_departs;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
