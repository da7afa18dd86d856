#pragma once

#include <QVector>

// Draws a team leader's sample of notes for quality assurance (recommendation 4): `size`
// notes out of `candidates`, the same ones for the same candidates and seed on any machine
// (std::mt19937_64 is specified to the bit), in the candidates' order.
class NoteSample
{
public:
    static QVector<qint64> draw(QVector<qint64> candidates, int size, quint64 seed);
};
