#pragma once

#include <QString>
#include <QStringView>

// Text from a file shown in a message (a reject reason, a notice, an error): control
// characters written out as escapes, so a file cannot move the cursor, recolour or clear a
// terminal (ESC sequences), break a one-line listing (line breaks), or reorder what a dialog
// shows (bidirectional overrides). C0 controls, DEL and C1 controls become \xHH; the bidi
// embedding, override and isolate controls and the line and paragraph separators \uHHHH.
// Everything else, any script included, is kept as it is.
namespace TextEscape {
QString controls(QStringView text);
} // namespace TextEscape
