#include "publishfiguresdialog.h"

#include "common/formrow.h"
#include "figures/snapshotcapture.h"
#include "itemmodels/colours.h"
#include "store/figuresnapshotstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PublishFiguresDialog::PublishFiguresDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent), m_db(context.db()), m_user(context.user()), m_label(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Publish Figures"));
    m_label->setObjectName(QStringLiteral("publishLabelEdit"));
    m_problem->setObjectName(QStringLiteral("publishProblem"));
    m_label->setMaxLength(FigureSnapshotStore::MaxLabel);
    m_label->setPlaceholderText(tr("Q3 return, board paper…"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));

    auto *explanation =
        new QLabel(tr("Keeps the figures as they stand today for good, with the people behind "
                      "each, so that a figure quoted from them can be printed again and compared "
                      "with later figures person by person. Nobody can change a publication."),
                   this);
    explanation->setWordWrap(true);

    auto *form = new QFormLayout;
    FormRow::add(form, tr("&Label:"), m_label);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PublishFiguresDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

void PublishFiguresDialog::accept()
{
    m_problem->clear();
    const auto published = SnapshotCapture::publish(m_db, m_user, m_label->text());
    if (!published) {
        m_problem->setText(published.error().toString());
        return;
    }
    m_snapshotId = published.value().id;
    m_people = published.value().people.size();
    QDialog::accept();
}
