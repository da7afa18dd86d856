#pragma once

#include <QColor>
#include <QString>

// The colours that carry meaning, named once (issue 21): item models give them as
// Qt::ForegroundRole, widgets put them in style sheets and rich text.
namespace Colours {

// A problem the user must see: overdue, over capacity, a value refused, a connection lost.
inline QColor problem()
{
    return QColor(0xb0, 0x1c, 0x1c);
}
// A good outcome: removed, issued, passed.
inline QColor good()
{
    return QColor(0x1b, 0x6e, 0x20);
}
// What has receded: done, cleared, not yet due.
inline QColor quiet()
{
    return QColor(0x6b, 0x6b, 0x6b);
}

// A label's style sheet in the problem colour, bold for a message that stands alone.
inline QString problemStyle()
{
    return QStringLiteral("color: %1;").arg(problem().name());
}
inline QString boldProblemStyle()
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(problem().name());
}
// Rich text `html` in the problem colour.
inline QString problemHtml(const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(problem().name(), html);
}

} // namespace Colours
