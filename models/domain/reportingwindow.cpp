#include "reportingwindow.h"

#include <QRegularExpression>

std::optional<int> ReportingWindow::minutes(const QString &window)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*([01]\\d|2[0-3]):([0-5]\\d)\\s*-\\s*([01]\\d|2[0-3]):([0-5]\\d)\\s*$"));
    const auto m = re.match(window);
    if (!m.hasMatch())
        return std::nullopt;
    const int start = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    const int end = m.captured(3).toInt() * 60 + m.captured(4).toInt();
    if (end <= start)
        return std::nullopt;
    return end - start;
}

bool ReportingWindow::isLong(const QString &window)
{
    const auto m = minutes(window);
    return m && *m > 60;
}

QString ReportingWindow::isLongSql(const QString &c)
{
    // Only the HH:MM-HH:MM shape the import accepts; SUBSTR and CAST as both databases have.
    return QStringLiteral(
               "(LENGTH(%1) = 11 AND SUBSTR(%1, 6, 1) = '-' AND "
               "(CAST(SUBSTR(%1, 7, 2) AS INTEGER) * 60 + CAST(SUBSTR(%1, 10, 2) AS INTEGER)) - "
               "(CAST(SUBSTR(%1, 1, 2) AS INTEGER) * 60 + CAST(SUBSTR(%1, 4, 2) AS INTEGER)) > 60)")
        .arg(c);
}
