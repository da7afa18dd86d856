#include "notetext.h"

#include <QLocale>

QString NoteText::problem(const QString &body)
{
    if (body.trimmed().isEmpty())
        return tr("A note cannot be empty");
    if (body.size() > MaxLength)
        return tr("A note holds at most %1 characters; this one has %2")
            .arg(QLocale().toString(MaxLength), QLocale().toString(qsizetype(body.size())));
    return QString();
}

QString NoteText::counter(int length)
{
    return tr("%1 / %2").arg(QLocale().toString(length), QLocale().toString(MaxLength));
}

bool NoteText::folds(const QString &body)
{
    return body.size() > FoldChars || body.count(QLatin1Char('\n')) >= FoldLines;
}

QString NoteText::excerpt(const QString &body)
{
    if (!folds(body))
        return body;
    QString cut = body;
    // The first FoldLines lines.
    qsizetype at = -1;
    for (int line = 0; line < FoldLines; ++line) {
        at = cut.indexOf(QLatin1Char('\n'), at + 1);
        if (at < 0)
            break;
    }
    if (at >= 0)
        cut.truncate(at);
    if (cut.size() > FoldChars) {
        cut.truncate(FoldChars);
        if (cut.back().isHighSurrogate()) // never half a character
            cut.chop(1);
        // Back to the last space, unless that throws most of it away (a long unbroken token).
        const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
        if (space > FoldChars / 2)
            cut.truncate(space);
    }
    while (!cut.isEmpty() && cut.back().isSpace())
        cut.chop(1);
    return cut + QChar(0x2026);
}
