#include "noteqaview.h"

#include "common/conflictprompt.h"
#include "common/keyboard.h"
#include "common/listtable.h"
#include "common/usersettings.h"
#include "dialogs/drawsampledialog.h"
#include "itemmodels/colours.h"
#include "itemmodels/displaytext.h"
#include "itemmodels/qaratesmodel.h"
#include "itemmodels/qasamplemodel.h"
#include "itemmodels/roles.h"
#include "store/noteqastore.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QLabel *emptyLabel(QTableView *table)
{
    auto *label = new QLabel(table->viewport());
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false); // the quieter, disabled text colour, as on the caseload
    label->hide();
    auto *layout = new QVBoxLayout(table->viewport());
    layout->addWidget(label);
    return label;
}

QString sampleLabel(const NoteQaStore::Sample &s)
{
    const QString whose = s.request.caseworker.isEmpty()
                              ? NoteQaView::tr("team %1").arg(s.request.team)
                              : s.request.caseworker;
    return NoteQaView::tr("%1 · %2, %3 to %4 · %5 of %6 checked · seed %7")
        .arg(DisplayText::dateTime(s.drawnAt), whose,
             DisplayText::date(s.request.from.toString(Qt::ISODate)),
             DisplayText::date(s.request.to.toString(Qt::ISODate)))
        .arg(s.checked)
        .arg(s.notes)
        .arg(s.request.seed);
}
} // namespace

NoteQaView::NoteQaView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_db(context.db()), m_user(context.user()),
      m_sample(new QaSampleModel(context.db(), this)),
      m_rates(new QaRatesModel(context.db(), this)), m_proxy(new QSortFilterProxyModel(this)),
      m_samples(new QComboBox(this)), m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_empty(emptyLabel(m_table)), m_noteText(new QPlainTextEdit(this)),
      m_pass(new QPushButton(tr("&Pass"), this)), m_fail(new QPushButton(tr("&Fail…"), this)),
      m_message(new QLabel(this)), m_ratesTable(new QTableView(this)),
      m_ratesEmpty(emptyLabel(m_ratesTable))
{
    setObjectName(QStringLiteral("noteQaView"));
    m_samples->setObjectName(QStringLiteral("samplesCombo"));
    m_samples->setAccessibleName(tr("Sample"));
    m_samples->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setObjectName(QStringLiteral("sampleSummary"));
    m_summary->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyMessage"));
    m_ratesEmpty->setObjectName(QStringLiteral("ratesEmptyMessage"));
    m_noteText->setObjectName(QStringLiteral("noteText"));
    m_noteText->setReadOnly(true);
    FocusRing::attach(m_noteText); // read-only, so no cursor shows the focus
    m_noteText->setAccessibleName(tr("The note in full"));
    m_noteText->setPlaceholderText(tr("Choose a note of the sample to read it in full."));
    m_pass->setObjectName(QStringLiteral("passButton"));
    m_fail->setObjectName(QStringLiteral("failButton"));
    m_pass->setToolTip(tr("The note meets the standard"));
    m_fail->setToolTip(tr("The note falls short: say why, so its author can put it right"));
    m_message->setObjectName(QStringLiteral("markMessage"));
    m_message->setStyleSheet(Colours::problemStyle());
    m_message->setWordWrap(true);

    m_draw = new QPushButton(tr("&Draw Sample…"), this);
    m_draw->setObjectName(QStringLiteral("drawSampleButton"));
    QPushButton *draw = m_draw;
    auto *samplesLabel = new QLabel(tr("&Sample:"), this);
    samplesLabel->setBuddy(m_samples);

    m_proxy->setSourceModel(m_sample);
    m_proxy->setSortRole(Roles::Sort);
    m_table->setObjectName(QStringLiteral("sampleTable"));
    m_table->setModel(m_proxy);
    ListTable::setUp(m_table);
    m_table->setAccessibleName(tr("Notes in the sample"));
    m_ratesTable->setObjectName(QStringLiteral("ratesTable"));
    auto *ratesProxy = new QSortFilterProxyModel(this);
    ratesProxy->setSourceModel(m_rates);
    ratesProxy->setSortRole(Roles::Sort);
    m_ratesTable->setModel(ratesProxy);
    ListTable::setUp(m_ratesTable);
    m_ratesTable->setAccessibleName(tr("Quality-assurance rates per caseworker"));

    auto *top = new QHBoxLayout;
    top->addWidget(draw);
    top->addSpacing(12);
    top->addWidget(samplesLabel);
    top->addWidget(m_samples, 1);

    auto *marks = new QHBoxLayout;
    marks->addWidget(m_pass);
    marks->addWidget(m_fail);
    marks->addWidget(m_message, 1);

    auto *samplePane = new QWidget(this);
    auto *sampleLayout = new QVBoxLayout(samplePane);
    sampleLayout->setContentsMargins(0, 0, 0, 0);
    sampleLayout->addWidget(m_table, 1);
    sampleLayout->addLayout(marks);
    auto *notePane = new QWidget(this);
    auto *noteLayout = new QVBoxLayout(notePane);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    auto *noteLabel = new QLabel(tr("The &note in full:"), this);
    noteLabel->setBuddy(m_noteText);
    noteLayout->addWidget(noteLabel);
    noteLayout->addWidget(m_noteText, 1);
    auto *rates = new QGroupBox(tr("Quality-assurance rates per caseworker"), this);
    auto *ratesLayout = new QVBoxLayout(rates);
    ratesLayout->addWidget(m_ratesTable);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("noteQaSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(samplePane);
    splitter->addWidget(notePane);
    splitter->addWidget(rates);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(draw, &QPushButton::clicked, this, &NoteQaView::drawSample);
    connect(m_samples, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &NoteQaView::sampleChosen);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NoteQaView::currentItemChanged);
    connect(m_pass, &QPushButton::clicked, this, [this] { markCurrent(QStringLiteral("pass")); });
    connect(m_fail, &QPushButton::clicked, this, [this] { markCurrent(QStringLiteral("fail")); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openPerson(index.data(Roles::PersonId).toLongLong());
    });

    const qint64 remembered =
        UserSettings(m_db, m_user).value(QStringLiteral("noteQa/sample"), 0).toLongLong();
    loadSamples(remembered);
}

void NoteQaView::reload()
{
    loadSamples(m_sample->sampleId());
}

void NoteQaView::updateDrawButton()
{
    // Drawing a sample is a team leader's: said on the button, and refused in the store.
    const Status allowed = context().may(Permissions::Action::RunNoteQa);
    const bool refused = !allowed && allowed.error().code == Permissions::Refused;
    m_draw->setEnabled(!refused);
    m_draw->setToolTip(refused ? allowed.error().message : QString());
}

void NoteQaView::loadSamples(qint64 select)
{
    updateDrawButton();
    auto samples = NoteQaStore(m_db).samples();
    {
        const QSignalBlocker block(m_samples);
        m_samples->clear();
        if (samples) {
            for (const NoteQaStore::Sample &s : samples.value())
                m_samples->addItem(sampleLabel(s), s.id);
        }
        const int at = m_samples->findData(select);
        m_samples->setCurrentIndex(at >= 0 ? at : (m_samples->count() > 0 ? 0 : -1));
    }
    m_samples->setEnabled(m_samples->count() > 0);
    if (m_samples->count() == 0)
        m_samples->setPlaceholderText(tr("No samples drawn yet"));
    if (!samples)
        m_message->setText(samples.error().toString());
    sampleChosen();
}

void NoteQaView::showSample(qint64 sampleId)
{
    loadSamples(sampleId);
}

void NoteQaView::sampleChosen()
{
    const qint64 id = m_samples->currentData().toLongLong();
    const int keepRow = m_sample->sampleId() == id && m_table->currentIndex().isValid()
                            ? m_table->currentIndex().row()
                            : 0;
    if (::Status s = m_sample->setSampleId(id); !s)
        m_message->setText(s.error().toString());
    if (::Status s = m_rates->reload(); !s)
        m_message->setText(s.error().toString());
    if (id > 0)
        UserSettings(m_db, m_user).setValue(QStringLiteral("noteQa/sample"), id);
    m_table->resizeColumnsToContents();
    // The note's first line can be long: keep the comment and checker on screen.
    m_table->setColumnWidth(QaSampleModel::FirstLine,
                            qMin(m_table->columnWidth(QaSampleModel::FirstLine), 420));
    m_ratesTable->resizeColumnsToContents();

    int checked = 0, failed = 0;
    for (int r = 0; r < m_sample->rowCount(); ++r) {
        const QString result = m_sample->itemAt(r).result;
        checked += result.isEmpty() ? 0 : 1;
        failed += result == QLatin1String("fail") ? 1 : 0;
    }
    m_summary->setText(
        id > 0 ? tr("%1 notes in this sample: %2 checked, %3 failed, %4 still to check.")
                     .arg(m_sample->rowCount())
                     .arg(checked)
                     .arg(failed)
                     .arg(m_sample->rowCount() - checked)
               : QString());
    m_summary->setVisible(id > 0);
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(qBound(0, keepRow, m_proxy->rowCount() - 1), 0));
    currentItemChanged();
    updateEmpty();
}

void NoteQaView::currentItemChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const bool has = current.isValid();
    m_pass->setEnabled(has);
    m_fail->setEnabled(has);
    if (!has) {
        m_noteText->clear();
        return;
    }
    const NoteQaStore::Item &item = m_sample->itemAt(current.row());
    m_noteText->setPlainText(item.body);
    // Nobody marks their own note: say so before the click, not only after it.
    const bool own = item.author == m_user;
    m_pass->setEnabled(!own);
    m_fail->setEnabled(!own);
    m_message->setText(own ? tr("This is your own note: another team leader checks it.")
                           : QString());
}

void NoteQaView::markCurrent(const QString &result)
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return;
    QString comment = m_sample->itemAt(current.row()).comment;
    if (result == QLatin1String("fail")) {
        bool ok = false;
        comment = QInputDialog::getMultiLineText(
            this, tr("Fail the Note"),
            tr("Why does the note fall short? Its author sees this on the note."), comment, &ok);
        if (!ok)
            return;
    }
    const qint64 noteId = m_sample->itemAt(current.row()).noteId;
    if (::Status s = m_sample->mark(current.row(), result, comment, m_user); !s) {
        // Marked meanwhile by another team leader: their mark on screen at Reload.
        if (!ConflictPrompt::handle(this, s.error(), [this] { loadSamples(m_sample->sampleId()); }))
            m_message->setText(s.error().toString());
        return;
    }
    // The sample's counts in the combo, the summary and the rates follow.
    loadSamples(m_sample->sampleId());
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (i.data(Roles::NoteId).toLongLong() == noteId) {
            // The next note still to check, so a team leader can work down the list.
            int next = r;
            for (int n = r + 1; n < m_proxy->rowCount(); ++n) {
                if (m_proxy->index(n, QaSampleModel::Result)
                        .data(Roles::Code)
                        .toString()
                        .isEmpty()) {
                    next = n;
                    break;
                }
            }
            m_table->setCurrentIndex(m_proxy->index(next, 0));
            break;
        }
    }
}

void NoteQaView::drawSample()
{
    DrawSampleDialog dialog({m_db, m_user}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadSamples(dialog.sampleId());
}

void NoteQaView::updateEmpty()
{
    if (m_samples->count() == 0) {
        m_empty->setText(tr("No notes have been sampled yet.\nChoose Draw Sample… to pick notes "
                            "of a caseworker or a team over a period, then mark each pass or "
                            "fail."));
        m_empty->show();
    } else if (m_sample->rowCount() == 0) {
        m_empty->setText(tr("This sample holds no notes."));
        m_empty->show();
    } else {
        m_empty->hide();
    }
    m_ratesEmpty->setText(tr("No rates yet: they appear once notes have been sampled."));
    m_ratesEmpty->setVisible(m_rates->rowCount() == 0);
}
