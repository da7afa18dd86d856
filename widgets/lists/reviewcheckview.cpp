#include "reviewcheckview.h"
#include "domain/clock.h"

#include "common/emptylistnotice.h"
#include "common/listtable.h"
#include "common/reasondialog.h"
#include "common/usersettings.h"
#include "io/reviewcheckreport.h"
#include "itemmodels/displaytext.h"
#include "itemmodels/reviewcheckmodel.h"
#include "itemmodels/reviewsduemodel.h"
#include "itemmodels/roles.h"
#include "store/auditstore.h"
#include "store/userstore.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// A read-only table with a centred, quieter message over it when it has nothing to show.
QLabel *emptyMessage(QTableView *table, const char *name)
{
    auto *label = new QLabel(table->viewport());
    label->setObjectName(QLatin1String(name));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    label->hide();
    auto *layout = new QVBoxLayout(table->viewport());
    layout->addWidget(label);
    return label;
}
} // namespace

ReviewCheckView::ReviewCheckView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_db(context.db()), m_user(context.user()),
      m_check(new ReviewCheckModel(context.db(), this)),
      m_due(new ReviewsDueModel(context.db(), this)), m_checkProxy(new QSortFilterProxyModel(this)),
      m_dueProxy(new QSortFilterProxyModel(this)), m_team(new QComboBox(this)),
      m_summary(new QLabel(this)), m_checkTable(new QTableView(this)),
      m_checkEmpty(new EmptyListNotice(m_checkTable, QStringLiteral("checkEmpty"))),
      m_dueTitle(new QLabel(this)), m_dueTable(new QTableView(this)),
      m_dueEmpty(emptyMessage(m_dueTable, "dueEmpty")),
      m_print(new QPushButton(tr("&Print…"), this)),
      m_pdf(new QPushButton(tr("Save as P&DF…"), this))
{
    setObjectName(QStringLiteral("reviewCheckView"));
    m_team->setObjectName(QStringLiteral("teamCombo"));
    m_summary->setObjectName(QStringLiteral("reviewCheckSummary"));
    m_summary->setWordWrap(true);
    m_dueTitle->setObjectName(QStringLiteral("dueTitle"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_pdf->setObjectName(QStringLiteral("pdfButton"));

    m_team->addItem(tr("All teams"), QString());
    if (auto teams = UserStore(m_db).teams()) {
        for (const QString &t : teams.value())
            m_team->addItem(t, t);
    }
    const UserSettings settings(m_db, m_user);
    m_team->setCurrentIndex(
        qMax(0, m_team->findData(settings.value(QStringLiteral("reviewCheck/team")).toString())));

    m_checkProxy->setSourceModel(m_check);
    m_checkProxy->setSortRole(Roles::Sort);
    m_checkTable->setObjectName(QStringLiteral("reviewCheckTable"));
    m_checkTable->setModel(m_checkProxy);
    ListTable::setUp(m_checkTable);
    m_checkTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_checkTable->setSortingEnabled(true);
    m_checkTable->setAccessibleName(tr("Reviews per caseworker"));

    m_dueProxy->setSourceModel(m_due);
    m_dueProxy->setSortRole(Roles::Sort);
    m_dueTable->setObjectName(QStringLiteral("reviewsDueTable"));
    m_dueTable->setModel(m_dueProxy);
    ListTable::setUp(m_dueTable);
    m_dueTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_dueTable->setSortingEnabled(true);
    m_dueTable->setAccessibleName(tr("People overdue or due for review"));
    m_dueTable->setToolTip(tr("Enter opens the person on their Reviews tab, where a team leader "
                              "signs off."));

    auto *teamLabel = new QLabel(tr("&Team:"), this);
    teamLabel->setBuddy(m_team);
    auto *top = new QHBoxLayout;
    top->addWidget(teamLabel);
    top->addWidget(m_team);
    top->addWidget(m_summary, 1);
    top->addWidget(m_print);
    top->addWidget(m_pdf);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_dueTitle);
    lowerLayout->addWidget(m_dueTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reviewCheckSplitter"));
    splitter->addWidget(m_checkTable);
    splitter->addWidget(lower);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_checkEmpty, &EmptyListNotice::clearFilters, this,
            [this] { m_team->setCurrentIndex(0); });
    connect(m_team, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &ReviewCheckView::teamChanged);
    connect(m_checkTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewCheckView::ownerSelected);
    // Enter on a caseworker goes down to their people.
    connect(m_checkTable, &QTableView::activated, this, [this] { m_dueTable->setFocus(); });
    connect(m_dueTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openPerson(index.data(Roles::PersonId).toLongLong());
    });
    connect(m_print, &QPushButton::clicked, this, &ReviewCheckView::print);
    connect(m_pdf, &QPushButton::clicked, this, &ReviewCheckView::saveAsPdf);
    reload();
}

void ReviewCheckView::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    m_fixedAsOf = true;
    reload();
}

void ReviewCheckView::teamChanged()
{
    UserSettings(m_db, m_user)
        .setValue(QStringLiteral("reviewCheck/team"), m_team->currentData().toString());
    reload();
}

QString ReviewCheckView::selectedOwner(bool *any) const
{
    const QModelIndexList rows = m_checkTable->selectionModel()->selectedRows();
    *any = !rows.isEmpty();
    return rows.isEmpty() ? QString() : rows.first().data(Roles::Code).toString();
}

void ReviewCheckView::reload()
{
    if (!m_fixedAsOf)
        m_asOf = Clock::today(); // a window left open overnight moves on
    bool hadOwner = false;
    const QString owner = selectedOwner(&hadOwner);
    m_check->setAsOf(m_asOf);
    m_due->setAsOf(m_asOf);
    m_check->setTeam(m_team->currentData().toString());
    if (::Status s = m_check->reload(); !s)
        QMessageBox::warning(this, tr("Review Check"), s.error().toString());
    m_checkTable->resizeColumnsToContents();
    // Keep the caseworker selected across a refresh; else the first, so the people show.
    int row = hadOwner ? m_check->rowOfOwner(owner) : -1;
    if (row < 0 && m_check->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_checkTable->selectRow(m_checkProxy->mapFromSource(m_check->index(row, 0)).row());
    ownerSelected();
    updateSummary();
}

void ReviewCheckView::ownerSelected()
{
    bool any = false;
    const QString owner = selectedOwner(&any);
    if (!any) {
        m_due->clear();
        m_dueTitle->setText(tr("People overdue or due in 30 days"));
        m_dueEmpty->setText(tr("Select a caseworker above to see their people overdue or due "
                               "for review in the next 30 days."));
        m_dueEmpty->show();
        return;
    }
    m_due->setQuery(ReviewStore::Due::Both, owner);
    if (::Status s = m_due->reload(); !s)
        QMessageBox::warning(this, tr("Review Check"), s.error().toString());
    m_dueTable->resizeColumnsToContents();
    const int row = m_check->rowOfOwner(owner);
    const QString name = row >= 0 ? m_check->rowAt(row).displayName : owner;
    m_dueTitle->setText(tr("%1: %2 overdue, %3 due in 30 days")
                            .arg(name, QLocale().toString(m_due->overdueCount()),
                                 QLocale().toString(m_due->rowCount() - m_due->overdueCount())));
    m_dueEmpty->setText(
        tr("Nobody of %1's is overdue or due for review in the next 30 days.").arg(name));
    m_dueEmpty->setVisible(m_due->rowCount() == 0);
}

void ReviewCheckView::updateSummary()
{
    const QString asOf = DisplayText::date(m_asOf.toString(Qt::ISODate));
    m_summary->setText(tr("As of %1: %2 reviews overdue, %3 due in 30 days. Due 3 calendar months "
                          "after the last review, else after allocation or coming onto the "
                          "caseload; non-detained people.")
                           .arg(asOf, QLocale().toString(m_check->totalOverdue()),
                                QLocale().toString(m_check->totalDueSoon())));
    const bool team = !m_team->currentData().toString().isEmpty();
    m_checkEmpty->update(
        m_check->rowCount(),
        team ? QStringList{EmptyListNotice::chosen(tr("Team"), m_team)} : QStringList(), -1,
        tr("Nobody owns non-detained people yet.\nImport a CID extract or "
           "allocate people to caseworkers."),
        tr("Nobody in %1 owns non-detained people: allocate people to this "
           "team's caseworkers.")
            .arg(m_team->currentText()));
}

void ReviewCheckView::print()
{
    const QString producer = context().userLabel();
    ReviewCheckReport report(m_db);
    if (::Status s = report.build(m_asOf, m_team->currentData().toString(), producer,
                                  QFileInfo(m_db.databaseName()).fileName());
        !s) {
        QMessageBox::warning(this, tr("Review Check"), s.error().toString());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(report.document().metaInformation(QTextDocument::DocumentTitle));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the Review Check"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString target =
        printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName();
    const std::optional<QString> reason =
        ReasonDialog::ask(m_db, m_user, tr("Print the Review Check on %1").arg(target), this);
    if (!reason)
        return;
    // Recorded before printing: a print that cannot be logged does not happen.
    if (::Status logged = AuditStore(m_db).recordDisclosure(report.disclosure(
            printer.outputFileName().isEmpty() ? Disclosure::Kind::Print : Disclosure::Kind::Report,
            target, *reason));
        !logged) {
        QMessageBox::warning(this, tr("Review Check"),
                             tr("Nothing was printed, as the disclosure could not be recorded in "
                                "the audit trail: %1")
                                 .arg(logged.error().toString()));
        return;
    }
    report.document().print(&printer);
}

void ReviewCheckView::saveAsPdf()
{
    UserSettings settings(m_db, m_user);
    const QString dir =
        settings.value(QStringLiteral("reviewCheck/pdfFolder"), QDir::homePath()).toString();
    const QString team = m_team->currentData().toString();
    const QString suggested = QDir(dir).filePath(
        tr("review-check-%1-%2.pdf")
            .arg(team.isEmpty() ? tr("all-teams") : team, m_asOf.toString(Qt::ISODate))
            .replace(QLatin1Char(' '), QLatin1Char('-')));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Review Check as PDF"),
                                                      suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("reviewCheck/pdfFolder"), QFileInfo(path).absolutePath());
    const std::optional<QString> reason = ReasonDialog::ask(
        m_db, m_user, tr("Save the Review Check as %1").arg(QFileInfo(path).fileName()), this);
    if (!reason)
        return;
    const QString producer = context().userLabel();
    ReviewCheckReport report(m_db);
    ::Status s = report.build(m_asOf, team, producer, QFileInfo(m_db.databaseName()).fileName());
    if (s)
        s = report.savePdf(path, *reason);
    if (!s)
        QMessageBox::warning(this, tr("Review Check"), s.error().toString());
}
