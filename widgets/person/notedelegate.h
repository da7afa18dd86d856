#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QTextLayout;

// Draws one entry of the notes timeline from a NotesModel row: who wrote it and when, the
// text wrapped to the view's width, the "edited" marker and the note's quality check. A timeline
// reads as a record of events; a grid of cells would cut long notes short.
class NoteDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit NoteDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // A click on a long note's "Show all" / "Show less" line unfolds or folds it.
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Parts
    {
        QString heading;
        QString body;
        QString edited;
        QString qa; // the latest quality check, "QA: passed" or "QA: failed — why"
        QColor qaColour;
        QString fold; // "Show all (12,345 characters)", "Show less", or empty for a short note
    };
    static Parts parts(const QModelIndex &index);
    static int textWidth(const QStyleOptionViewItem &option);
    // Lays `text` out in `layout` at `width`; returns the height used.
    static qreal layoutText(QTextLayout &layout, const QString &text, const QFont &font,
                            qreal width);
};
