#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QVector>

class QAction;
class QStandardItemModel;
class QTableView;

// A reference to read beside the work, from the Help menu: a line saying what it lists, over a
// read-only table. Not modal; Escape or Close closes it.
class ReferenceDialog : public QDialog
{
    Q_OBJECT

public:
    // The actions of one menu (or of one view), under its title.
    using ActionGroup = QPair<QString, QList<QAction *>>;

    ReferenceDialog(const QString &title, const QString &intro, const QStringList &headers,
                    const QVector<QStringList> &rows, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Shows `rows` in place of what was listed.
    void setRows(const QVector<QStringList> &rows);

    // Help → Keyboard Shortcuts: a row (where, command, keys) for every action with a shortcut
    // in `groups`, submenus included, in their order. Read from the actions themselves, so the
    // list cannot drift from the keys that work.
    static QVector<QStringList> shortcutRows(const QVector<ActionGroup> &groups);
    static QStringList shortcutHeaders();
    // Help → Figure Definitions: every headline figure (Figures::definitions) and every
    // dashboard chart (Dashboard::describe), with what it counts and in what unit: the text
    // `lodestar figures --definitions` prints.
    static QVector<QStringList> figureRows();
    static QStringList figureHeaders();

private:
    QTableView *m_table;
    QStandardItemModel *m_model;
};
