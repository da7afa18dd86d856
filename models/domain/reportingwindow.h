#pragma once

#include <QString>
#include <optional>

// A reporting window as CID records it, "10:00-16:00". Centres use one hour; windows longer
// than that waste the arrest teams tasked to detain on reporting (report 6.66, 6.71).
class ReportingWindow
{
public:
    // Minutes from the start to the end of the window; nullopt when the text is not a window
    // (empty, malformed, or ending before it starts).
    static std::optional<int> minutes(const QString &window);
    // Longer than one hour. An unreadable window is not "long": it is a data problem of its own.
    static bool isLong(const QString &window);
    // SQL twin of isLong for a column holding the window text.
    static QString isLongSql(const QString &column);
};
