#include "sheetfielddelegate.h"

#include "domain/sheetmapping.h"

#include <QComboBox>

SheetFieldDelegate::SheetFieldDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *SheetFieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("sheetFieldCombo"));
    for (int f = 0; f < SheetMapping::FieldCount; ++f)
        combo->addItem(SheetMapping::fieldName(SheetMapping::Field(f)), f);
    // A choice applies at once, so the preview follows without leaving the cell.
    connect(combo, QOverload<int>::of(&QComboBox::activated), this,
            [this, combo] { emit const_cast<SheetFieldDelegate *>(this)->commitData(combo); });
    return combo;
}

void SheetFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void SheetFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}
