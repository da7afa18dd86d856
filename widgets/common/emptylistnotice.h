#pragma once

#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QAbstractItemView;
class QComboBox;
class QLabel;
class QPushButton;

// What a list shows in place of rows when it has none: why. When filters hide rows it names
// them ("Nothing to show: 6 rows hidden by Owner = My cases, Unactioned only.") beside a Clear
// Filters button, so an empty list never looks like an empty caseload (issue 16); otherwise it
// gives the list's own reason for being empty. Laid over the view's viewport, centred, so it
// stays put however the table is resized. One widget for every filtered list.
class EmptyListNotice : public QWidget
{
    Q_OBJECT

public:
    // `labelName`: the object name of the text, for tests and accessibility tools.
    explicit EmptyListNotice(QAbstractItemView *view,
                             const QString &labelName = QStringLiteral("emptyMessage"));

    // Hidden while the list shows rows. With none: when `filters` (each as "Band = Band 1")
    // are in force, names them, with the number of rows they hide when `hidden` is known
    // (>= 0), then `hint` if any, and offers Clear Filters; with no filter, or filters known
    // to hide nothing (`hidden` 0), `emptyText` (hidden when that is empty too).
    void update(int rows, const QStringList &filters, int hidden, const QString &emptyText,
                const QString &hint = QString());

    QLabel *label() const { return m_label; }
    QPushButton *clearButton() const { return m_clear; }

    // "Unactioned only" for a ticked check box, its text without the mnemonic; empty when it
    // is not ticked.
    static QString ticked(const QAbstractButton *check);
    // "Band = Band 1": a combo box's choice under `name`.
    static QString chosen(const QString &name, const QComboBox *combo);

signals:
    // Clear Filters was pressed: the view puts its filters back to their defaults.
    void clearFilters();

private:
    QLabel *m_label;
    QPushButton *m_clear;
};
