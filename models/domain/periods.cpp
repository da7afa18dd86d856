#include "periods.h"

#include <QLocale>
#include <algorithm>

namespace {

// Calendar buckets of `months` months starting on the month `start` is in, cut to the range.
template <typename Name>
QVector<Period> calendar(const QDate &from, const QDate &to, int months, Name name)
{
    QVector<Period> out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    const int startMonth = (from.month() - 1) / months * months + 1;
    for (QDate b(from.year(), startMonth, 1); b <= to; b = b.addMonths(months)) {
        const QDate e = b.addMonths(months).addDays(-1);
        Period p = name(b);
        p.first = std::max(b, from);
        p.last = std::min(e, to);
        out << p;
    }
    return out;
}

} // namespace

QVector<Period> Periods::months(const QDate &from, const QDate &to)
{
    return calendar(from, to, 1, [](const QDate &b) {
        return Period{b.toString(QStringLiteral("yyyy-MM")),
                      QLocale().toString(b, QStringLiteral("MMM yyyy")),
                      {},
                      {}};
    });
}

QVector<Period> Periods::quarters(const QDate &from, const QDate &to)
{
    return calendar(from, to, 3, [](const QDate &b) {
        const int q = (b.month() - 1) / 3 + 1;
        return Period{QStringLiteral("%1-Q%2").arg(b.year()).arg(q),
                      tr("Q%1 %2").arg(q).arg(b.year()),
                      {},
                      {}};
    });
}

QVector<Period> Periods::years(const QDate &from, const QDate &to)
{
    return calendar(from, to, 12, [](const QDate &b) {
        return Period{QString::number(b.year()), QString::number(b.year()), {}, {}};
    });
}

QVector<Period> Periods::weeksEnding(const QDate &last, int count)
{
    QVector<Period> out;
    if (!last.isValid())
        return out;
    for (int i = count - 1; i >= 0; --i) {
        const QDate e = last.addDays(-7 * i);
        const QDate b = e.addDays(-6);
        const QString label =
            b.month() == e.month()
                ? tr("%1-%2").arg(b.day()).arg(QLocale().toString(e, QStringLiteral("d MMM")))
                : tr("%1-%2").arg(QLocale().toString(b, QStringLiteral("d MMM")),
                                  QLocale().toString(e, QStringLiteral("d MMM")));
        out << Period{e.toString(Qt::ISODate), label, b, e};
    }
    return out;
}
