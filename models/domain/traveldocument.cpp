#include "traveldocument.h"

const QStringList &TravelDocument::statuses()
{
    static const QStringList s{QStringLiteral("to_apply"),         QStringLiteral("applied"),
                               QStringLiteral("interview_tasked"), QStringLiteral("interviewed"),
                               QStringLiteral("issued"),           QStringLiteral("refused")};
    return s;
}

QString TravelDocument::statusName(const QString &status)
{
    if (status == QLatin1String("to_apply"))
        return tr("To apply for");
    if (status == QLatin1String("applied"))
        return tr("Applied for");
    if (status == QLatin1String("interview_tasked"))
        return tr("Embassy interview tasked");
    if (status == QLatin1String("interviewed"))
        return tr("Embassy interview held");
    if (status == QLatin1String("issued"))
        return tr("Issued");
    if (status == QLatin1String("refused"))
        return tr("Refused by the embassy");
    return status;
}

QString TravelDocument::kindName(const QString &kind)
{
    if (kind == QLatin1String("passport"))
        return tr("Passport");
    if (kind == QLatin1String("etd"))
        return tr("Emergency travel document");
    return kind;
}

QString TravelDocument::problem() const
{
    if (personId <= 0)
        return tr("A travel document needs a person");
    if (kind != QLatin1String("passport") && kind != QLatin1String("etd"))
        return tr("'%1' is not a kind of travel document").arg(kind);
    if (!statuses().contains(status))
        return tr("'%1' is not a travel document status").arg(status);
    if (status != QLatin1String("to_apply") && kind == QLatin1String("etd") && !appliedOn.isValid())
        return tr("Say when the emergency travel document was applied for");
    if ((status == QLatin1String("interviewed")) && !interviewHeldOn.isValid())
        return tr("Say when the embassy interview was held");
    if (status == QLatin1String("issued") && !expiresOn.isValid())
        return tr("Say when the document expires");
    if (appliedOn.isValid() && interviewHeldOn.isValid() && interviewHeldOn < appliedOn)
        return tr("The interview cannot come before the application");
    return QString();
}

QString TravelDocument::stateSql(const QString &personId)
{
    // Each state's people found once, then looked up, rather than each person's documents
    // searched three times.
    return QStringLiteral("CASE WHEN %1 THEN 3 WHEN %2 IN (SELECT t.person_id FROM "
                          "travel_document t WHERE t.status IN ('to_apply', 'applied', "
                          "'interview_tasked', 'interviewed')) THEN 2 WHEN %2 IN (SELECT "
                          "t.person_id FROM travel_document t) THEN 1 ELSE 0 END")
        .arg(usableSql(personId), personId);
}

QString TravelDocument::usableSql(const QString &personId)
{
    return QStringLiteral("%1 IN (SELECT t.person_id FROM travel_document t WHERE t.status = "
                          "'issued' AND (t.expires_on IS NULL OR t.expires_on >= ?))")
        .arg(personId);
}
