#include "conflictprompt.h"

#include "store/editconflict.h"

#include <QMessageBox>
#include <QPushButton>

bool ConflictPrompt::isConflict(const Error &error)
{
    return error.code == EditConflict::Code;
}

bool ConflictPrompt::handle(QWidget *parent, const Error &error,
                            const std::function<void()> &reload)
{
    if (!isConflict(error))
        return false;
    QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"), error.message,
                    QMessageBox::NoButton, parent);
    box.setObjectName(DialogName);
    QPushButton *reloadButton = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    reloadButton->setObjectName(ReloadName);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(reloadButton);
    box.exec();
    if (box.clickedButton() == reloadButton && reload)
        reload();
    return true;
}
