#include "emptylistnotice.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString withoutMnemonic(QString text)
{
    // "&&" is a literal ampersand; a single '&' marks the mnemonic.
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}
} // namespace

EmptyListNotice::EmptyListNotice(QAbstractItemView *view, const QString &labelName)
    : QWidget(view->viewport()), m_label(new QLabel(this)),
      m_clear(new QPushButton(tr("Clear Filters"), this))
{
    setObjectName(QStringLiteral("emptyListNotice"));
    m_label->setObjectName(labelName);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setEnabled(false); // drawn in the palette's quieter, disabled text colour
    m_clear->setObjectName(QStringLiteral("clearFiltersNoticeButton"));
    m_clear->setToolTip(tr("Put every filter of this list back to its default"));
    m_clear->hide();
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_clear);
    buttonRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addLayout(buttonRow);
    layout->addStretch(1);
    // Laid out in the viewport, so it stays centred however the table is resized.
    auto *viewportLayout = new QVBoxLayout(view->viewport());
    viewportLayout->addWidget(this);
    hide();
    connect(m_clear, &QPushButton::clicked, this, &EmptyListNotice::clearFilters);
}

void EmptyListNotice::update(int rows, const QStringList &filters, int hidden,
                             const QString &emptyText, const QString &hint)
{
    if (rows > 0) {
        hide();
        return;
    }
    // Filters that hide nothing do not explain an empty list: there is nothing to hide.
    if (filters.isEmpty() || hidden == 0) {
        if (emptyText.isEmpty()) {
            hide();
            return;
        }
        m_label->setText(emptyText);
        m_clear->hide();
    } else {
        const QString which = filters.join(tr(", "));
        QString text = hidden >= 0
                           ? tr("Nothing to show: %n row(s) hidden by %1.", "", hidden).arg(which)
                           : tr("Nothing to show with %1.").arg(which);
        if (!hint.isEmpty())
            text += QLatin1Char('\n') + hint;
        m_label->setText(text);
        m_clear->show();
    }
    show();
}

QString EmptyListNotice::ticked(const QAbstractButton *check)
{
    return check->isChecked() ? withoutMnemonic(check->text()) : QString();
}

QString EmptyListNotice::chosen(const QString &name, const QComboBox *combo)
{
    return tr("%1 = %2").arg(withoutMnemonic(name), combo->currentText());
}
