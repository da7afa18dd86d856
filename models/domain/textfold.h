#pragma once

#include <QString>

// Folding for search: lower case, accents and other combining marks removed, so that "jose"
// finds "José" and "lukasz" finds "Łukasz". Applied to the stored search key and to what the
// user types, which keeps the SQL a plain, portable LIKE.
namespace TextFold {
QString fold(const QString &text);
// Escapes LIKE wildcards in `text` with backslash (use with ESCAPE '\').
QString escapeLike(const QString &text);
} // namespace TextFold
