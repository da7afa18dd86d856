#include "notelengthcounter.h"

#include "itemmodels/colours.h"

#include "domain/notetext.h"

#include <QPlainTextEdit>

NoteLengthCounter::NoteLengthCounter(QPlainTextEdit *edit, QWidget *parent)
    : QLabel(parent), m_edit(edit)
{
    setObjectName(QStringLiteral("noteLengthCounter"));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(edit, &QPlainTextEdit::textChanged, this, &NoteLengthCounter::update);
    update();
}

bool NoteLengthCounter::withinLimit() const
{
    return m_edit->toPlainText().size() <= NoteText::MaxLength;
}

void NoteLengthCounter::update()
{
    const int length = int(m_edit->toPlainText().size());
    if (length <= NoteText::MaxLength) {
        setText(NoteText::counter(length));
        setForegroundRole(QPalette::PlaceholderText);
        setStyleSheet(QString());
        setAccessibleName(tr("Note length"));
        return;
    }
    setText(tr("%1 — too long: shorten it to save").arg(NoteText::counter(length)));
    setStyleSheet(Colours::problemStyle());
    setAccessibleName(tr("Note too long"));
}
