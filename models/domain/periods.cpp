#include "periods.h"

#include <QLocale>
#include <algorithm>

namespace {

// The business year starts in April.
constexpr int FirstMonth = 4;

// Buckets of `months` months, aligned on the business year (for whole months the alignment
// does not matter), from the one `from` is in to the one `to` is in, each cut to the range.
template <typename Name>
QVector<Period> buckets(const QDate &from, const QDate &to, int months, Name name)
{
    QVector<Period> out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    const int intoYear = (from.month() - FirstMonth + 12) % 12;
    const QDate start = QDate(from.year(), from.month(), 1).addMonths(-(intoYear % months));
    for (QDate b = start; b <= to; b = b.addMonths(months)) {
        const QDate e = b.addMonths(months).addDays(-1);
        Period p = name(b);
        p.first = std::max(b, from);
        p.last = std::min(e, to);
        out << p;
    }
    return out;
}

} // namespace

int Periods::businessYearOf(const QDate &d)
{
    return d.month() >= FirstMonth ? d.year() : d.year() - 1;
}

QString Periods::businessYearName(int startYear)
{
    return QStringLiteral("%1/%2").arg(startYear).arg((startYear + 1) % 100, 2, 10,
                                                      QLatin1Char('0'));
}

int Periods::businessQuarterOf(const QDate &d)
{
    return (d.month() - FirstMonth + 12) % 12 / 3 + 1;
}

QVector<Period> Periods::months(const QDate &from, const QDate &to)
{
    return buckets(from, to, 1, [](const QDate &b) {
        return Period{b.toString(QStringLiteral("yyyy-MM")),
                      QLocale().toString(b, QStringLiteral("MMM yyyy")),
                      {},
                      {}};
    });
}

// Keys sort in time order as text ("2025/26-Q4" < "2026/27-Q1"), like the months' and weeks'.
QVector<Period> Periods::quarters(const QDate &from, const QDate &to)
{
    return buckets(from, to, 3, [](const QDate &b) {
        const QString year = businessYearName(businessYearOf(b));
        const int q = businessQuarterOf(b);
        return Period{
            QStringLiteral("%1-Q%2").arg(year).arg(q), tr("Q%1 %2").arg(q).arg(year), {}, {}};
    });
}

QVector<Period> Periods::years(const QDate &from, const QDate &to)
{
    return buckets(from, to, 12, [](const QDate &b) {
        const QString year = businessYearName(businessYearOf(b));
        return Period{year, year, {}, {}};
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
