#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

// An SQL condition written as the AND of its parts, each with the values it binds, held or
// negated: how a rule hands out its pieces, so that Figures can evaluate a piece several
// conditions share (the stock, an absconder, a run of breaches) once a person, while each
// condition still reads as one WHERE clause (sql(), values()).
//
// A negated part must never be NULL (an EXISTS, an IN over non-NULL ids, a test of a NOT NULL
// column), so that its NOT is its exact complement however it is evaluated. A costly part that
// only matters where an earlier part of the same condition holds may name it (`within`): an
// evaluator may then skip it where that one does not hold.
class SqlAnd
{
public:
    struct Part
    {
        Part(const QString &sql, const QVariantList &values = {}, bool negated = false,
             const QString &within = QString())
            : sql(sql), values(values), negated(negated), within(within)
        {
        }

        QString sql;
        QVariantList values;
        bool negated = false;
        QString within; // the sql of an earlier part, held (not negated) in the same condition

        bool operator==(const Part &o) const
        {
            return sql == o.sql && values == o.values && negated == o.negated && within == o.within;
        }
    };

    SqlAnd() = default;
    SqlAnd(std::initializer_list<Part> parts) : m_parts(parts) {}

    SqlAnd &operator<<(const Part &p)
    {
        m_parts << p;
        return *this;
    }
    SqlAnd &operator<<(const SqlAnd &o)
    {
        m_parts << o.m_parts;
        return *this;
    }
    SqlAnd operator+(const SqlAnd &o) const
    {
        SqlAnd out = *this;
        return out << o;
    }

    const QVector<Part> &parts() const { return m_parts; }
    bool isEmpty() const { return m_parts.isEmpty(); }

    // "(a) AND NOT (b) AND ..."; "1 = 1" for no parts.
    QString sql() const
    {
        if (m_parts.isEmpty())
            return QStringLiteral("1 = 1");
        QStringList out;
        for (const Part &p : m_parts)
            out << (p.negated ? QStringLiteral("NOT (%1)") : QStringLiteral("(%1)")).arg(p.sql);
        return out.join(QStringLiteral(" AND "));
    }
    // The parts' values, in the order of sql()'s placeholders.
    QVariantList values() const
    {
        QVariantList out;
        for (const Part &p : m_parts)
            out << p.values;
        return out;
    }

private:
    QVector<Part> m_parts;
};
