#pragma once

#include <QStyledItemDelegate>

// Edits the "Becomes" column of the sheet mapping with a combo box of Lodestar fields.
class SheetFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SheetFieldDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};
