#include "importdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ImportDialog::ImportDialog(const QString &folder, QWidget *parent)
    : QDialog(parent), m_cases(new QLineEdit(this)), m_reporting(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_folder(folder)
{
    setWindowTitle(tr("Import CID Extract"));
    m_cases->setObjectName(QStringLiteral("casesPathEdit"));
    m_reporting->setObjectName(QStringLiteral("reportingPathEdit"));
    m_cases->setPlaceholderText(tr("cases.csv (required)"));
    m_reporting->setPlaceholderText(tr("reporting.csv (optional)"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    const auto row = [this](QLineEdit *edit, const QString &title) {
        auto *layout = new QHBoxLayout;
        layout->addWidget(edit, 1);
        auto *button = new QPushButton(tr("Browse…"), this);
        connect(button, &QPushButton::clicked, this, [this, edit, title] { browse(edit, title); });
        layout->addWidget(button);
        return layout;
    };
    auto *form = new QFormLayout;
    auto *casesLabel = new QLabel(tr("&Cases file:"), this);
    casesLabel->setBuddy(m_cases);
    auto *reportingLabel = new QLabel(tr("&Reporting file:"), this);
    reportingLabel->setBuddy(m_reporting);
    form->addRow(casesLabel, row(m_cases, tr("Choose cases.csv")));
    form->addRow(reportingLabel, row(m_reporting, tr("Choose reporting.csv")));

    auto *help = new QLabel(tr("The import is one transaction: rows that break the extract "
                               "contract are listed afterwards, and Cancel imports nothing."),
                            this);
    help->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_buttons);
    resize(620, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cases, &QLineEdit::textChanged, this, &ImportDialog::updateOk);
    updateOk();
}

QString ImportDialog::casesPath() const
{
    return m_cases->text().trimmed();
}

QString ImportDialog::reportingPath() const
{
    return m_reporting->text().trimmed();
}

void ImportDialog::setPaths(const QString &cases, const QString &reporting)
{
    m_cases->setText(cases);
    m_reporting->setText(reporting);
}

void ImportDialog::browse(QLineEdit *edit, const QString &title)
{
    const QString folder =
        edit->text().isEmpty() ? m_folder : QFileInfo(edit->text()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, title, folder, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        edit->setText(path);
}

void ImportDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!casesPath().isEmpty());
}

QString ImportDialog::folder() const
{
    return QFileInfo(casesPath()).absolutePath();
}
