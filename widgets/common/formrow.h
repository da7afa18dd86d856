#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

// A form's row: a label whose mnemonic (the & in "&Reason:") moves the focus to its field, as
// keyboard users expect of every labelled field.
namespace FormRow {
// Adds the row to `form` and returns its label.
QLabel *add(QFormLayout *form, const QString &text, QWidget *field);
} // namespace FormRow
