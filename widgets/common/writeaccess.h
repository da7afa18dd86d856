#pragma once

#include "domain/permissions.h"

#include <QMap>
#include <QPointer>
#include <QString>
#include <QVector>

class QAbstractButton;

// The write buttons of a person record's panel and whether the signed-in user may use them.
// A panel guards each button with the action it takes; the record hands every panel the
// refusals it read (Permissions::refusal, once per reload); the panel's own enabling (a row
// selected, an open barrier) runs first and apply() then turns off what is refused, with the
// reason as the tooltip. The store refuses such writes anyway: this only spares the user the
// attempt.
class WriteAccess
{
public:
    void guard(QAbstractButton *button, Permissions::Action action);
    void setRefusals(const QMap<Permissions::Action, QString> &refusals);
    bool allows(Permissions::Action action) const { return !m_refusals.contains(action); }
    // After the panel has enabled its buttons by its own rules: only ever disables.
    void apply() const;

private:
    struct Guarded
    {
        QPointer<QAbstractButton> button;
        Permissions::Action action;
        QString tip;           // the button's tooltip when guarded
        mutable QString shown; // the refusal apply() last put there, if any
    };
    QVector<Guarded> m_buttons;
    QMap<Permissions::Action, QString> m_refusals;
};
