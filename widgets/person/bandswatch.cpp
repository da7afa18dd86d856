#include "bandswatch.h"

#include "domain/banding.h"

#include <QPainter>
#include <QPixmap>

namespace {
void paintSwatch(QPainter &p, const QRectF &r, int band)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Banding::colour(band).darker(150), 1));
    p.setBrush(Banding::colour(band));
    p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
}
} // namespace

BandSwatch::BandSwatch(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void BandSwatch::setBand(int band)
{
    m_band = band;
    update();
}

QSize BandSwatch::sizeHint() const
{
    const int side = fontMetrics().height() * 3 / 4 + 2;
    return {side, side};
}

QIcon BandSwatch::icon(int band)
{
    QIcon icon;
    for (int side : {16, 32}) {
        QPixmap pm(side, side);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paintSwatch(p, QRectF(side / 8.0, side / 8.0, side * 0.75, side * 0.75), band);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

void BandSwatch::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int side = qMin(width(), height());
    paintSwatch(p, QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side), m_band);
}
