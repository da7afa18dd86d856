#include "importresultsdialog.h"

#include "common/keyboard.h"
#include "io/csvwriter.h"
#include "itemmodels/rejectsmodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The rejects are in the table; the text keeps to the counts.
QString countsText(ImportSummary summary)
{
    summary.rejects.clear();
    return summary.toText();
}
} // namespace

ImportResultsDialog::ImportResultsDialog(const ImportSummary &summary, QWidget *parent)
    : ImportResultsDialog(tr("CID Import Results"), countsText(summary), summary.rejects,
                          tr("Rejected rows: %1").arg(summary.rejects.size()), parent)
{
}

ImportResultsDialog::ImportResultsDialog(const QString &title, const QString &summaryText,
                                         const QVector<ImportSummary::Row> &rows,
                                         const QString &rowsHeading, QWidget *parent)
    : QDialog(parent), m_rejects(new RejectsModel(this)), m_table(new QTableView(this))
{
    setWindowTitle(title);
    m_rejects->setRows(rows);

    auto *text = new QPlainTextEdit(this);
    text->setObjectName(QStringLiteral("summaryText"));
    text->setReadOnly(true);
    FocusRing::attach(text); // read-only, so no cursor shows the focus
    text->setPlainText(summaryText);
    text->setMaximumHeight(150);

    m_table->setObjectName(QStringLiteral("rejectsTable"));
    m_table->setModel(m_rejects);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    Keyboard::setUpList(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RejectsModel::File, 140);
    m_table->setColumnWidth(RejectsModel::Line, 70);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save =
        buttons->addButton(tr("&Save Rejects as CSV…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveRejectsButton"));
    save->setEnabled(!rows.isEmpty());
    connect(save, &QPushButton::clicked, this, &ImportResultsDialog::saveRejectsAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(new QLabel(rowsHeading, this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 620);
}

bool ImportResultsDialog::saveRejects(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    CsvWriter writer(&file);
    bool ok = writer.writeBom() &&
              writer.writeRow(QStringList{QStringLiteral("file"), QStringLiteral("line"),
                                          QStringLiteral("reason")});
    for (const ImportSummary::Row &r : m_rejects->rows())
        ok = ok && writer.writeRow(QVariantList{r.file, r.line, r.reason});
    if (!ok || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ImportResultsDialog::saveRejectsAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Rejects"), QDir(m_folder).filePath(QStringLiteral("rejects.csv")),
        tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveRejects(path, &error))
        QMessageBox::critical(this, tr("Cannot save the rejects"), tr("%1: %2").arg(path, error));
}
