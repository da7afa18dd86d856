#pragma once

#include <QLabel>

class QPlainTextEdit;

// "1,234 / 20,000" beside a note's editor, in red with the reason once the text is over
// NoteText::MaxLength (issue 16). The text typed is never cut: the counter says why it cannot
// be saved, and the dialog or box holding it offers no save meanwhile.
class NoteLengthCounter : public QLabel
{
    Q_OBJECT

public:
    explicit NoteLengthCounter(QPlainTextEdit *edit, QWidget *parent = nullptr);

    bool withinLimit() const;

private:
    void update();

    QPlainTextEdit *m_edit;
};
