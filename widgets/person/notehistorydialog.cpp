#include "notehistorydialog.h"

#include "common/keyboard.h"
#include "itemmodels/displaytext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

NoteHistoryDialog::NoteHistoryDialog(const Note &note, const QVector<NoteRevision> &revisions,
                                     const QHash<QString, QString> &users, QWidget *parent)
    : QDialog(parent), m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Note history"));
    setObjectName(QStringLiteral("noteHistoryDialog"));
    FocusRing::attach(m_text); // read-only, so no cursor shows the focus

    auto *about = new QLabel(
        tr("Note written by %1 at %2. %n version(s), oldest first; the last is the current text.",
           nullptr, int(revisions.size()))
            .arg(users.value(note.createdBy, note.createdBy),
                 DisplayText::dateTime(note.createdAt)),
        this);
    about->setWordWrap(true);

    QString html;
    for (int i = 0; i < revisions.size(); ++i) {
        const NoteRevision &r = revisions.at(i);
        const bool current = i == revisions.size() - 1;
        const QString heading = current ? tr("Version %1 (current), written by %2 at %3")
                                        : tr("Version %1, written by %2 at %3");
        html += QStringLiteral("<h4>%1</h4><p style=\"white-space: pre-wrap;\">%2</p>")
                    .arg(heading.arg(r.revision)
                             .arg(users.value(r.writtenBy, r.writtenBy),
                                  DisplayText::dateTime(r.writtenAt))
                             .toHtmlEscaped(),
                         r.body.toHtmlEscaped());
        if (!current)
            html += QStringLiteral("<hr/>");
    }
    m_text->setObjectName(QStringLiteral("historyText"));
    m_text->setHtml(html);
    m_text->setOpenLinks(false);
    m_text->setMinimumSize(520, 320);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &NoteHistoryDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    m_text->setFocus();
}

QString NoteHistoryDialog::historyText() const
{
    return m_text->toPlainText();
}
