#pragma once

#include <QCoreApplication>
#include <QString>

// The rules of a note's text (issue 16: a 100 KB note was saved and buried the timeline).
// A note holds at most MaxLength characters, however it comes (typed, edited, from a team
// sheet); the timeline shows a long one folded to its first lines, with the whole on request.
class NoteText
{
    Q_DECLARE_TR_FUNCTIONS(NoteText)

public:
    // About eight pages of typed text: far beyond a case note, far below what buries a record.
    // The schema refuses more as well (migration 20), with this number written in it.
    static constexpr int MaxLength = 20000;
    // A folded note shows at most this many lines, and this many characters.
    static constexpr int FoldLines = 8;
    static constexpr int FoldChars = 800;

    // Why `body` cannot be saved as a note (empty, or over MaxLength), or empty when it can.
    static QString problem(const QString &body);
    // "1,234 / 20,000": the counter beside a note's editor.
    static QString counter(int length);
    // True when the timeline folds `body`: more than FoldLines lines or FoldChars characters.
    static bool folds(const QString &body);
    // What a folded note shows: its first FoldLines lines, cut to FoldChars characters at the
    // last space before (never mid-word when a space allows), ending in "…". `body` itself when
    // it does not fold.
    static QString excerpt(const QString &body);
};
