#include "reoffence.h"

const QStringList &Reoffence::sources()
{
    static const QStringList codes{QStringLiteral("police"), QStringLiteral("court"),
                                   QStringLiteral("pnc"), QStringLiteral("probation"),
                                   QStringLiteral("other")};
    return codes;
}

QString Reoffence::sourceName(const QString &code)
{
    if (code == QLatin1String("police"))
        return tr("Police");
    if (code == QLatin1String("court"))
        return tr("Court");
    if (code == QLatin1String("pnc"))
        return tr("Police National Computer");
    if (code == QLatin1String("probation"))
        return tr("Probation");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}
