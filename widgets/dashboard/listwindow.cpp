#include "listwindow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ListWindow::ListWindow(QWidget *parent) : QDialog(parent, Qt::Window), m_body(new QVBoxLayout)
{
    setAttribute(Qt::WA_QuitOnClose, false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter belongs to the list (open the person), not to Close.
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_body, 1);
    layout->addWidget(buttons);
    resize(960, 600);
}

QLabel *ListWindow::addHeading(const QString &text, const QString &objectName)
{
    auto *heading = new QLabel(text, this);
    heading->setObjectName(objectName);
    heading->setWordWrap(true);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    heading->setFont(font);
    m_body->addWidget(heading);
    return heading;
}

QLabel *ListWindow::addQuiet(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #4a5058;"));
    m_body->addWidget(label);
    return label;
}
