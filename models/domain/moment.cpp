#include "moment.h"
#include "clock.h"

Moment Moment::endOfDay(const QDate &day)
{
    Moment m;
    if (day.isValid()) {
        m.m_date = day;
        m.m_time = QTime(23, 59);
    }
    return m;
}

Moment Moment::at(const QDateTime &local)
{
    Moment m;
    if (local.isValid()) {
        m.m_date = local.date();
        m.m_time = QTime(local.time().hour(), local.time().minute());
    }
    return m;
}

Moment Moment::now()
{
    return at(Clock::now());
}

Moment Moment::fromString(const QString &text)
{
    // Strictly the two forms: a stray second or zone would make the bound compare wrongly.
    if (text.size() == 10)
        return endOfDay(QDate::fromString(text, QStringLiteral("yyyy-MM-dd")));
    if (text.size() != 16 || text.at(10) != QLatin1Char('T'))
        return Moment();
    // Date and time apart, as wall-clock values: no time zone can shift or refuse them.
    Moment m;
    m.m_date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    m.m_time = QTime::fromString(text.mid(11), QStringLiteral("HH:mm"));
    return m.isValid() ? m : Moment();
}

QString Moment::toString() const
{
    if (!isValid())
        return QString();
    if (isEndOfDay())
        return m_date.toString(QStringLiteral("yyyy-MM-dd"));
    return m_date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('T') +
           m_time.toString(QStringLiteral("HH:mm"));
}

QString Moment::bound() const
{
    if (!isValid())
        return QString();
    if (isEndOfDay())
        return m_date.addDays(1).toString(QStringLiteral("yyyy-MM-dd"));
    return m_date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('T') +
           m_time.addSecs(60).toString(QStringLiteral("HH:mm"));
}
