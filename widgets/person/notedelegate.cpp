#include "notedelegate.h"

#include "itemmodels/notesmodel.h"
#include "itemmodels/roles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>

namespace {
constexpr int Margin = 8;
constexpr int Gap = 3;

QFont headingFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

QFont markerFont(const QFont &base)
{
    QFont f = base;
    f.setItalic(true);
    return f;
}
} // namespace

NoteDelegate::NoteDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

NoteDelegate::Parts NoteDelegate::parts(const QModelIndex &index)
{
    const auto text = [&](int column) {
        return index.siblingAtColumn(column).data(Qt::DisplayRole).toString();
    };
    QString heading = tr("%1 \u00b7 %2").arg(text(NotesModel::Author), text(NotesModel::Created));
    // An imported note says which team sheet it came from.
    if (const QString source = text(NotesModel::Source); !source.isEmpty())
        heading = tr("%1 \u00b7 %2").arg(heading, source);
    const QModelIndex qa = index.siblingAtColumn(NotesModel::Qa);
    const QModelIndex body = index.siblingAtColumn(NotesModel::Text);
    QString fold;
    switch (body.data(Roles::Folding).toInt()) {
    case Roles::Folded: {
        const int length = int(body.data(Roles::Sort).toString().size());
        fold = tr("Show all (%1 characters)").arg(QLocale().toString(length));
        break;
    }
    case Roles::Unfolded:
        fold = tr("Show less");
        break;
    default:
        break;
    }
    return Parts{heading,
                 text(NotesModel::Text),
                 text(NotesModel::Edited),
                 qa.data(Qt::DisplayRole).toString(),
                 qa.data(Qt::ForegroundRole).value<QColor>(),
                 fold};
}

int NoteDelegate::textWidth(const QStyleOptionViewItem &option)
{
    // A list view passes no useful width to sizeHint; wrap to its viewport instead.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return qMax(80, width - 2 * Margin);
}

qreal NoteDelegate::layoutText(QTextLayout &layout, const QString &text, const QFont &font,
                               qreal width)
{
    // QTextLayout runs paragraphs together: a typed line break must become a line separator.
    layout.setText(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator));
    layout.setFont(font);
    QTextOption option;
    // Long references and URLs without spaces must still wrap rather than run off the edge.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

QSize NoteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Parts p = parts(index);
    const int width = textWidth(option);
    const QFont base = option.font;
    QTextLayout heading, body, edited, qa;
    qreal h = Margin + layoutText(heading, p.heading, headingFont(base), width) + Gap;
    h += layoutText(body, p.body, base, width);
    if (!p.edited.isEmpty())
        h += Gap + layoutText(edited, p.edited, markerFont(base), width);
    if (!p.qa.isEmpty())
        h += Gap + layoutText(qa, p.qa, markerFont(base), width);
    if (!p.fold.isEmpty()) {
        QTextLayout fold;
        h += Gap + layoutText(fold, p.fold, base, width);
    }
    h += Margin;
    return QSize(width + 2 * Margin, qCeil(h));
}

bool NoteDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                               const QStyleOptionViewItem &option, const QModelIndex &index)
{
    auto *notes = qobject_cast<NotesModel *>(model);
    if (notes && event->type() == QEvent::MouseButtonRelease &&
        index.siblingAtColumn(NotesModel::Text).data(Roles::Folding).toInt() != Roles::Short) {
        // The fold line is the entry's last: its height above the bottom margin.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const int lineHeight = QFontMetrics(option.font).lineSpacing();
        const int bottom = option.rect.bottom() - Margin;
        if (mouse->button() == Qt::LeftButton && mouse->position().y() >= bottom - lineHeight &&
            mouse->position().y() <= bottom + 1) {
            notes->setUnfolded(index.row(), !notes->isUnfolded(index.row()));
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

void NoteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Let the style draw the selection and focus, then the text goes on top.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled
            ? (option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive)
            : QPalette::Disabled;
    const QColor textColour =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quietColour = textColour;
    if (!selected)
        quietColour = option.palette.color(group, QPalette::PlaceholderText);

    const Parts p = parts(index);
    const qreal width = option.rect.width() - 2 * Margin;
    const QFont base = option.font;
    QTextLayout heading, body, edited, qa;
    qreal y = option.rect.top() + Margin;
    const qreal x = option.rect.left() + Margin;

    painter->save();
    painter->setPen(textColour);
    const qreal headingHeight = layoutText(heading, p.heading, headingFont(base), width);
    heading.draw(painter, QPointF(x, y));
    y += headingHeight + Gap;
    const qreal bodyHeight = layoutText(body, p.body, base, width);
    body.draw(painter, QPointF(x, y));
    y += bodyHeight;
    if (!p.edited.isEmpty()) {
        painter->setPen(quietColour);
        const qreal editedHeight = layoutText(edited, p.edited, markerFont(base), width);
        edited.draw(painter, QPointF(x, y + Gap));
        y += Gap + editedHeight;
    }
    if (!p.qa.isEmpty()) {
        // Green for a pass, red for a fail, as in the team leader's sample.
        painter->setPen(selected || !p.qaColour.isValid() ? textColour : p.qaColour);
        const qreal qaHeight = layoutText(qa, p.qa, markerFont(base), width);
        qa.draw(painter, QPointF(x, y + Gap));
        y += Gap + qaHeight;
    }
    if (!p.fold.isEmpty()) {
        // Drawn as a link: a click on it, or the record's Show whole button, unfolds.
        painter->setPen(selected ? textColour : option.palette.color(group, QPalette::Link));
        QFont linkFont = base;
        linkFont.setUnderline(true);
        QTextLayout fold;
        layoutText(fold, p.fold, linkFont, width);
        fold.draw(painter, QPointF(x, y + Gap));
    }
    // A rule between entries, as in a printed case file.
    if (!selected) {
        painter->setPen(option.palette.color(QPalette::Midlight));
        painter->drawLine(option.rect.bottomLeft() + QPoint(Margin, 0),
                          option.rect.bottomRight() - QPoint(Margin, 0));
    }
    painter->restore();
}
