#include "referencedialog.h"

#include "common/listtable.h"
#include "figures/dashboard.h"
#include "figures/figures.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// "&Open Database…" as the list shows it: "Open Database" ("&&" is a real ampersand).
QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QChar(QChar::ObjectReplacementCharacter));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(QChar::ObjectReplacementCharacter), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026))) // …
        text.chop(1);
    return text;
}

void addShortcutRows(const QString &where, const QList<QAction *> &actions,
                     QVector<QStringList> &rows)
{
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            addShortcutRows(where + QStringLiteral(" › ") + plainText(action->text()),
                            action->menu()->actions(), rows);
            continue;
        }
        QStringList keys;
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &k : shortcuts)
            keys << k.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows.append({where, plainText(action->text()), keys.join(QStringLiteral(", "))});
    }
}
} // namespace

ReferenceDialog::ReferenceDialog(const QString &title, const QString &intro,
                                 const QStringList &headers, const QVector<QStringList> &rows,
                                 QWidget *parent)
    : QDialog(parent), m_table(new QTableView(this)),
      m_model(new QStandardItemModel(0, int(headers.size()), this))
{
    setWindowTitle(title);
    auto *about = new QLabel(intro, this);
    about->setWordWrap(true);

    m_model->setHorizontalHeaderLabels(headers);
    m_table->setObjectName(QStringLiteral("referenceTable"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table);
    m_table->setAccessibleName(title);
    // The last column holds the long text: it takes the width and wraps.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setRows(rows);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 640);
}

void ReferenceDialog::setRows(const QVector<QStringList> &rows)
{
    m_model->setRowCount(0);
    for (const QStringList &row : rows) {
        QList<QStandardItem *> items;
        for (int c = 0; c < m_model->columnCount(); ++c)
            items << new QStandardItem(row.value(c));
        m_model->appendRow(items);
    }
    for (int c = 0; c + 1 < m_model->columnCount(); ++c)
        m_table->resizeColumnToContents(c);
}

QVector<QStringList> ReferenceDialog::shortcutRows(const QVector<ActionGroup> &groups)
{
    QVector<QStringList> rows;
    for (const ActionGroup &group : groups)
        addShortcutRows(plainText(group.first), group.second, rows);
    return rows;
}

QStringList ReferenceDialog::shortcutHeaders()
{
    return {tr("Where"), tr("Command"), tr("Keys")};
}

QVector<QStringList> ReferenceDialog::figureRows()
{
    QVector<QStringList> rows;
    for (const Figures::Definition &d : Figures::definitions())
        rows.append({d.key, d.unit, d.meaning});
    for (const QString &id : Dashboard::chartIds()) {
        const Chart c = Dashboard::describe(id);
        // Named as the command line names it; the title leads the text, as on the dashboard.
        rows.append(
            {QStringLiteral("charts/") + id, c.unit, tr("%1: %2").arg(c.title, c.definition)});
    }
    return rows;
}

QStringList ReferenceDialog::figureHeaders()
{
    return {tr("Figure"), tr("Unit"), tr("What it counts")};
}
