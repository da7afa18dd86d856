#include "textescape.h"

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

} // namespace

QString TextEscape::controls(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && !needsEscape(text[i].unicode()))
        ++i;
    if (i == text.size())
        return text.toString(); // the usual case: nothing to escape, no new string built
    QString out = text.left(i).toString();
    out.reserve(text.size() + 8);
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!needsEscape(c))
            out += QChar(c);
        else if (c < 0x100)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}
