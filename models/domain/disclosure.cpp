#include "disclosure.h"

#include "textescape.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

QString Disclosure::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Export:
        return QStringLiteral("export");
    case Kind::Report:
        return QStringLiteral("report");
    case Kind::Print:
        return QStringLiteral("print");
    case Kind::Screenshot:
        return QStringLiteral("screenshot");
    }
    return QString();
}

QString Disclosure::cleanReason(const QString &reason)
{
    // Escaped before simplifying, so a tab or line break shows as \x09 rather than vanishing.
    QString out = TextEscape::controls(reason).simplified();
    if (out.size() > MaxReason) {
        out.truncate(MaxReason);
        // Never half of a surrogate pair at the cut.
        if (out.back().isHighSurrogate())
            out.chop(1);
    }
    return out;
}

QString Disclosure::json() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kindKey(kind));
    o.insert(QStringLiteral("view"), view);
    if (!filters.isEmpty())
        o.insert(QStringLiteral("filters"), QJsonObject::fromVariantMap(filters));
    if (rows >= 0)
        o.insert(QStringLiteral("rows"), rows);
    if (kind == Kind::Print) {
        o.insert(QStringLiteral("printer"), file);
    } else if (!file.isEmpty()) {
        // The name says what was written; the folder where it went (a shared drive, a stick).
        const QFileInfo info(file);
        o.insert(QStringLiteral("file"), info.fileName());
        o.insert(QStringLiteral("folder"), info.absolutePath());
    }
    if (!format.isEmpty())
        o.insert(QStringLiteral("format"), format);
    o.insert(QStringLiteral("reason"), cleanReason(reason));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
