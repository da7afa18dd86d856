#pragma once

#include <QIcon>
#include <QWidget>

// A small square in a band's colour. Always placed beside the band's name: colour is a
// second cue, never the only one, so the swatch has no text of its own to read.
class BandSwatch : public QWidget
{
    Q_OBJECT

public:
    explicit BandSwatch(QWidget *parent = nullptr);

    int band() const { return m_band; }
    // 1..4; 0 = not banded (grey).
    void setBand(int band);

    QSize sizeHint() const override;
    // The same swatch as an icon, for buttons and lists.
    static QIcon icon(int band);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_band = 0;
};
