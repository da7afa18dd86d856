#include "textfold.h"

namespace TextFold {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
            cat == QChar::Mark_Enclosing)
            continue;
        // Letters that carry their stroke inside the code point do not decompose.
        switch (c.unicode()) {
        case 0x0141: // Ł
        case 0x0142: // ł
            out += QLatin1Char('l');
            continue;
        case 0x00D8: // Ø
        case 0x00F8: // ø
            out += QLatin1Char('o');
            continue;
        case 0x0110: // Đ
        case 0x0111: // đ
            out += QLatin1Char('d');
            continue;
        case 0x00DF: // ß
            out += QStringLiteral("ss");
            continue;
        case 0x0131: // dotless ı
            out += QLatin1Char('i');
            continue;
        default:
            break;
        }
        out += c;
    }
    return out.toCaseFolded();
}

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace TextFold
