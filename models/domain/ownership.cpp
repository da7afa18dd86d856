#include "ownership.h"

namespace {
// Upper case, as compared after trimming.
const QStringList &unclearNames()
{
    static const QStringList names{QStringLiteral("NO UNIT"), QStringLiteral("NOT IN USE")};
    return names;
}
// The word that names an obsolete Local Immigration Team, at the start of the unit's name.
const QLatin1String ObsoleteWord("LIT");
// The characters that continue a word: after "LIT" they make another name ("Littlehampton",
// "LIT2"), not the team. ASCII only, so that the SQL can list them and both engines agree
// byte for byte, whatever their collation or case folding.
const QLatin1String
    WordCharacters("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

// Spaces only, as SQL's TRIM does: the rule and its SQL twin must trim alike.
QString trimSpaces(const QString &s)
{
    qsizetype begin = 0, end = s.size();
    while (begin < end && s.at(begin) == QLatin1Char(' '))
        ++begin;
    while (end > begin && s.at(end - 1) == QLatin1Char(' '))
        --end;
    return s.mid(begin, end - begin);
}

// Case ignored in ASCII only (QString's folding would also turn the dotless i into I, which
// SQLite's UPPER does not).
bool startsWithObsoleteWord(const QString &unit)
{
    if (unit.size() < ObsoleteWord.size())
        return false;
    for (qsizetype i = 0; i < ObsoleteWord.size(); ++i) {
        const char16_t c = unit.at(i).unicode();
        const char16_t upper = c >= u'a' && c <= u'z' ? char16_t(c - u'a' + u'A') : c;
        if (upper != char16_t(ObsoleteWord.at(i).unicode()))
            return false;
    }
    return unit.size() == ObsoleteWord.size() ||
           !QString(WordCharacters).contains(unit.at(ObsoleteWord.size()));
}

// "'a', 'b', ..." for an SQL IN list of constants of this file (never user input).
QString sqlList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << QStringLiteral("'%1'").arg(v);
    return quoted.join(QStringLiteral(", "));
}
} // namespace

namespace Ownership {

bool isUnclearUnit(const QString &owningUnit)
{
    const QString unit = trimSpaces(owningUnit);
    return unit.isEmpty() || unclearNames().contains(unit.toUpper()) ||
           startsWithObsoleteWord(unit);
}

QString unclearUnitSql(const QString &column)
{
    // The unit trimmed of spaces (TRIM strips spaces only; so does trimSpaces()).
    const QString trimmed = QStringLiteral("TRIM(%1)").arg(column);
    // "LIT" in any case, spelled out: UPPER folds more than ASCII on PostgreSQL only.
    QStringList prefixes;
    for (int mask = 0; mask < 8; ++mask) {
        QString p = ObsoleteWord;
        for (int i = 0; i < 3; ++i)
            if (mask & (1 << i))
                p[i] = p.at(i).toLower();
        prefixes << p;
    }
    QStringList wordCharacters;
    for (const QChar c : QString(WordCharacters))
        wordCharacters << QString(c);
    // The word LIT: the prefix, then the end of the name or a character that is no letter or
    // digit. SUBSTR and = compare characters on both engines, free of collation.
    const QString obsolete =
        QStringLiteral("(SUBSTR(%1, 1, 3) IN (%2) AND (LENGTH(%1) = 3 OR SUBSTR(%1, 4, 1) NOT IN "
                       "(%3)))")
            .arg(trimmed, sqlList(prefixes), sqlList(wordCharacters));
    return QStringLiteral("(%1 IS NULL OR UPPER(%2) IN ('', %3) OR %4)")
        .arg(column, trimmed, sqlList(unclearNames()), obsolete);
}

} // namespace Ownership
