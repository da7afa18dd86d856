#include "formulaguard.h"

bool FormulaGuard::isRisky(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\0': // some readers drop a leading NUL and then see the formula after it
        return true;
    default:
        return false;
    }
}

QString FormulaGuard::guard(const QString &text)
{
    return isRisky(text) ? QLatin1Char('\'') + text : text;
}
