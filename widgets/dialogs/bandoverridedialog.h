#pragma once

#include "common/appcontext.h"
#include "domain/personrecord.h"

#include <QDialog>
#include <QSqlDatabase>
#include <optional>

class QButtonGroup;
class QDialogButtonBox;
class QPlainTextEdit;
class QRadioButton;

// Lets a team leader override a person's computed band, or withdraw an override, with a
// reason. The override is written through BandOverrideStore, which keeps its history.
class BandOverrideDialog : public QDialog
{
    Q_OBJECT

public:
    BandOverrideDialog(const AppContext &context, const PersonRecord &person,
                       QWidget *parent = nullptr);

    // The chosen band; nullopt for "withdraw the override" or when nothing is chosen yet.
    std::optional<int> chosenBand() const;
    bool withdrawChosen() const;
    QString reason() const;

    void accept() override;

    // Reads the person again (ConflictPrompt's Reload after a refused override).
    void reloadPerson();

private:
    void updateOkButton();

    QSqlDatabase m_db;
    PersonRecord m_person;
    QString m_user;
    QButtonGroup *m_choices;
    QRadioButton *m_withdraw;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};
