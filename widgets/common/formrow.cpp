#include "formrow.h"

#include <QFormLayout>
#include <QLabel>

namespace FormRow {

QLabel *add(QFormLayout *form, const QString &text, QWidget *field)
{
    auto *label = new QLabel(text); // the layout gives it to the form's widget
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

} // namespace FormRow
