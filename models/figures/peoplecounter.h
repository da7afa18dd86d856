#pragma once

#include "domain/moment.h"
#include "domain/sqland.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

// Every people figure counted in one pass over person. Each distinct part of their conditions
// is evaluated once a person, into one bit of an integer (the person's mask); the people are
// counted by that integer, and a figure is the sum of the counts whose bits hold its parts (and
// not its negated ones). A part that is costly and matters only where another holds (the run's
// length where there is a run) is evaluated only there: every figure with it holds the other
// too. Figures counts with it; a snapshot (SnapshotCapture) keeps each person's figures from
// their mask, so the two can never disagree.
class PeopleCounter
{
public:
    // Every people figure, or only those of `keys` (a comparison of one figure evaluates only
    // its parts); the check that the stock is banded comes with every counter.
    explicit PeopleCounter(const Moment &at, const QStringList &keys = {});

    // Every part has its bit (the mask is a signed 64-bit integer in SQL).
    bool fits() const { return m_terms.size() <= MaxTerms; }

    // "(CASE WHEN a THEN 1 + (CASE WHEN a's child ...) ELSE 0 END) + ...", with its values.
    QString maskSql(QVariantList &values) const;

    // The counts of the figures, by key, from the people counted by mask; `unbanded` the stock
    // in no band.
    QHash<QString, qint64> figures(const QVector<QPair<quint64, qint64>> &byMask,
                                   qint64 &unbanded) const;

    // The bit of the mask that holds `part` (its SQL and values, negation aside) for every
    // person, or -1 when no figure uses it or it is evaluated only within another part: the
    // facts a snapshot keeps are read off the very terms the figures count.
    int termBit(const SqlAnd::Part &part) const;

    // The people figures' keys, in definitions() order: the bits of membership().
    QStringList keys() const;
    // The figures a person of this mask counts in: bit i (byte i / 8) for keys()[i].
    QByteArray membership(quint64 mask) const;

private:
    static constexpr int MaxTerms = 63;
    static quint64 bit(int t) { return t < MaxTerms ? quint64(1) << t : 0; }

    struct Term
    {
        QString sql;
        QVariantList values;
    };
    struct Figure
    {
        QString key;
        quint64 with;
        quint64 without;
        bool holds(quint64 mask) const { return (mask & with) == with && (mask & without) == 0; }
    };

    int termOf(const SqlAnd::Part &p);
    QString termSql(int t, QVariantList &values) const;

    QVector<Term> m_terms;
    QVector<Figure> m_figures;   // the people figures, then the unbanded check (empty key)
    QMap<int, QString> m_within; // term -> the sql of the part it may be evaluated within
    QMap<int, int> m_parent;     // term -> the term it is evaluated within
};
