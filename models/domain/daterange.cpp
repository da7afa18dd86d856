#include "daterange.h"

#include <QLocale>

namespace {
// A refusal names the day given and, where its words ask for it (%2), the bound it passed.
QString refusal(const QString &text, const QDate &day, const QDate &bound)
{
    return text.contains(QLatin1String("%2"))
               ? text.arg(DateRange::dayText(day), DateRange::dayText(bound))
               : text.arg(DateRange::dayText(day));
}
} // namespace

bool DateRange::contains(const QDate &day) const
{
    return day.isValid() && (!earliest.isValid() || day >= earliest) &&
           (!latest.isValid() || day <= latest);
}

QString DateRange::problem(const QDate &day) const
{
    if (!day.isValid())
        return tr("Give a date.");
    if (earliest.isValid() && day < earliest)
        return refusal(tooEarly, day, earliest);
    if (latest.isValid() && day > latest)
        return refusal(tooLate, day, latest);
    return QString();
}

bool DateRange::needsConfirmation(const QDate &day) const
{
    return contains(day) && confirmBefore.isValid() && day < confirmBefore;
}

QString DateRange::confirmation(const QDate &day) const
{
    if (!needsConfirmation(day))
        return QString();
    return confirmQuestion.arg(dayText(day), QLocale().toString(day.daysTo(confirmBefore)));
}

QString DateRange::hint() const
{
    const auto bound = [](const QDate &day, const QString &is) {
        return is.isEmpty() ? dayText(day) : tr("%1 (%2)").arg(dayText(day), is);
    };
    QString out;
    if (earliest.isValid() && latest.isValid())
        out = tr("Between %1 and %2").arg(bound(earliest, earliestIs), bound(latest, latestIs));
    else if (earliest.isValid())
        out = tr("On or after %1").arg(bound(earliest, earliestIs));
    else if (latest.isValid())
        out = tr("On or before %1").arg(bound(latest, latestIs));
    if (!confirmHint.isEmpty())
        out = out.isEmpty() ? confirmHint : tr("%1; %2").arg(out, confirmHint);
    return out;
}

QString DateRange::dayText(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("d MMM yyyy"));
}
