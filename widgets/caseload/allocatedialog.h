#pragma once

#include "common/appcontext.h"
#include <QDialog>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVector>

class QComboBox;
class DateField;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Allocate one or many people to a caseworker: the caseworker (with their load now), an
// optional reason and the date; before OK, what it does to the load of the new owner and of
// each owner losing people ("Sam Okafor: 84% → 97%", over capacity in red). OK allocates
// through AllocationStore; a refusal is shown here and the dialog stays open.
class AllocateDialog : public QDialog
{
    Q_OBJECT

public:
    // `versions`: each person's version as the caller showed them (the caseload's rows, the
    // person record), the versions the allocation is checked against.
    AllocateDialog(const AppContext &context, const QVector<qint64> &personIds,
                   const QHash<qint64, int> &versions, QWidget *parent = nullptr);

    QComboBox *caseworkers() const { return m_owner; }
    QLabel *previewLabel() const { return m_preview; }
    // The chosen caseworker's user name; empty when none is chosen.
    QString toOwner() const;
    void setToOwner(const QString &userName);
    // How many people changed owner (after OK).
    int moved() const { return m_moved; }

public slots:
    void accept() override;
    // Reads the people's versions again (ConflictPrompt's Reload after a refused allocation):
    // the next OK allocates them as they stand now.
    void reloadPeople();

private:
    void fillCaseworkers();
    void updatePreview();

    QSqlDatabase m_db;
    QVector<qint64> m_personIds;
    // Each person's version as the caller showed them (or as Reload read them): the allocation
    // is refused (nobody moves) if someone else changed one of them by hand since.
    QHash<qint64, int> m_versions;
    QString m_currentUser;
    QSet<QString> m_users; // user names of known users, to tell them from CID's owners
    QLabel *m_what;
    QComboBox *m_owner;
    QLineEdit *m_reason;
    DateField *m_on;
    QLabel *m_preview;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    int m_moved = 0;
};
