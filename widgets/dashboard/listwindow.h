#pragma once

#include <QDialog>

class QLabel;
class QVBoxLayout;

// A window listing the people behind a dashboard figure (DrillDownDialog, FigureChangeDialog):
// a window of its own (Qt::Window; the dashboard gives it no parent) rather than a dialog held
// above the main window, so that a person opened from it comes in front; it does not keep
// Lodestar open by itself. A large heading, quieter lines under it, the list, and Close, which
// leaves Enter to the list (open the person).
class ListWindow : public QDialog
{
    Q_OBJECT

public:
    explicit ListWindow(QWidget *parent = nullptr);

signals:
    void personActivated(qint64 personId);

protected:
    // The heading at the top, named `objectName`.
    QLabel *addHeading(const QString &text, const QString &objectName);
    // A line quieter than the figures (scope, definition), named `objectName`.
    QLabel *addQuiet(const QString &text, const QString &objectName);
    // Where the rest goes, above Close.
    QVBoxLayout *body() const { return m_body; }

private:
    QVBoxLayout *m_body;
};
