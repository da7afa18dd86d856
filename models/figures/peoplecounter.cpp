#include "peoplecounter.h"

#include "domain/figuredefinitions.h"
#include "domain/stock.h"

#include <optional>

using Part = SqlAnd::Part;

PeopleCounter::PeopleCounter(const Moment &at, const QStringList &keys)
{
    const QString person = QStringLiteral("person");
    for (const FigureDefinitions::Definition &d : FigureDefinitions::definitions()) {
        if (!d.people || (!keys.isEmpty() && !keys.contains(d.key)))
            continue;
        const std::optional<SqlAnd> parts = FigureDefinitions::parts(d.id, at, d.part);
        if (!parts)
            continue;
        Figure f{d.key, 0, 0};
        for (const Part &p : parts->parts()) {
            const int t = termOf(p);
            (p.negated ? f.without : f.with) |= bit(t);
            if (!p.within.isEmpty())
                m_within.insert(t, p.within);
        }
        m_figures << f;
    }
    // People in the stock without a band 1..4 would make the bands not add up to the
    // non-detained total: in the stock and none of the bands' parts.
    Figure unbanded{QString(), 0, 0};
    const SqlAnd stock = Stock::parts(person, at.date());
    for (const Part &p : stock.parts())
        (p.negated ? unbanded.without : unbanded.with) |= bit(termOf(p));
    for (int band = 1; band <= 4; ++band)
        unbanded.without |= bit(termOf({QStringLiteral("person.band = %1").arg(band)}));
    m_figures << unbanded;
    // Nest a part within the one it names only when every figure with it holds that one.
    for (auto it = m_within.cbegin(); it != m_within.cend(); ++it) {
        const int t = it.key();
        int p = -1;
        for (int i = 0; i < m_terms.size(); ++i)
            if (m_terms.at(i).sql == it.value())
                p = p == -1 ? i : -2; // one such term, or none to nest within
        if (p < 0 || p == t || m_within.contains(p))
            continue;
        bool always = true;
        for (const Figure &f : std::as_const(m_figures))
            if (((f.with | f.without) & bit(t)) && !(f.with & bit(p)))
                always = false;
        if (always)
            m_parent.insert(t, p);
    }
}

QString PeopleCounter::maskSql(QVariantList &values) const
{
    QStringList sums;
    for (int t = 0; t < m_terms.size(); ++t)
        if (!m_parent.contains(t))
            sums << termSql(t, values);
    return sums.join(QStringLiteral(" + "));
}

QHash<QString, qint64> PeopleCounter::figures(const QVector<QPair<quint64, qint64>> &byMask,
                                              qint64 &unbanded) const
{
    QHash<QString, qint64> out;
    for (const Figure &f : m_figures) {
        qint64 n = 0;
        for (const auto &[mask, count] : byMask)
            if (f.holds(mask))
                n += count;
        if (f.key.isEmpty())
            unbanded = n;
        else
            out.insert(f.key, n);
    }
    return out;
}

int PeopleCounter::termBit(const SqlAnd::Part &part) const
{
    for (int i = 0; i < m_terms.size() && i < MaxTerms; ++i)
        if (m_terms.at(i).sql == part.sql && m_terms.at(i).values == part.values)
            return m_parent.contains(i) ? -1 : i;
    return -1;
}

QStringList PeopleCounter::keys() const
{
    QStringList out;
    for (const Figure &f : m_figures)
        if (!f.key.isEmpty())
            out << f.key;
    return out;
}

QByteArray PeopleCounter::membership(quint64 mask) const
{
    QByteArray out((m_figures.size() + 7) / 8, '\0');
    int i = 0;
    for (const Figure &f : m_figures) {
        if (f.key.isEmpty())
            continue;
        if (f.holds(mask))
            out[i / 8] = char(quint8(out.at(i / 8)) | (1u << (i % 8)));
        ++i;
    }
    out.truncate((i + 7) / 8);
    return out;
}

int PeopleCounter::termOf(const Part &p)
{
    for (int i = 0; i < m_terms.size(); ++i)
        if (m_terms.at(i).sql == p.sql && m_terms.at(i).values == p.values)
            return i;
    m_terms << Term{p.sql, p.values};
    return int(m_terms.size()) - 1;
}

QString PeopleCounter::termSql(int t, QVariantList &values) const
{
    values << m_terms.at(t).values;
    QString then = QString::number(bit(t));
    for (auto it = m_parent.cbegin(); it != m_parent.cend(); ++it)
        if (it.value() == t)
            then += QStringLiteral(" + ") + termSql(it.key(), values);
    return QStringLiteral("(CASE WHEN %1 THEN %2 ELSE 0 END)").arg(m_terms.at(t).sql, then);
}
