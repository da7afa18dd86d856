#include "publishedfiguresview.h"

#include "common/comparisonpanel.h"
#include "common/emptylistnotice.h"
#include "common/listtable.h"
#include "common/usersettings.h"
#include "domain/clock.h"
#include "domain/figuredefinitions.h"
#include "figures/snapshotcapture.h"
#include "itemmodels/displaytext.h"
#include "itemmodels/figurecomparisonmodel.h"
#include "itemmodels/publishedfiguresmodel.h"
#include "store/figuresnapshotstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString FigureSetting = QStringLiteral("publishedFigures/figure");
// The stock of people on the caseload: the figure most often quoted, and the first look.
const QString DefaultFigure = QStringLiteral("non_detained");
} // namespace

PublishedFiguresView::PublishedFiguresView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_db(context.db()), m_user(context.user()),
      m_publications(new PublishedFiguresModel(context.db(), this)), m_list(new QTableView(this)),
      m_listEmpty(new EmptyListNotice(m_list, QStringLiteral("publishedEmpty"))),
      m_panel(new QWidget(this)), m_figure(new QComboBox(this)), m_target(new QComboBox(this)),
      m_changes(new ComparisonPanel(m_panel))
{
    setObjectName(QStringLiteral("publishedFiguresView"));
    m_list->setObjectName(QStringLiteral("publishedTable"));
    m_figure->setObjectName(QStringLiteral("figureCombo"));
    m_target->setObjectName(QStringLiteral("compareWithCombo"));

    m_list->setModel(m_publications);
    ListTable::setUp(m_list);
    m_list->setWordWrap(false);
    m_list->setAccessibleName(tr("Published figures"));

    // Only figures of people are kept person by person, so only they can be compared.
    for (const FigureDefinitions::Definition &d : FigureDefinitions::definitions()) {
        if (!d.people)
            continue;
        m_figure->addItem(d.key, d.key);
        m_figure->setItemData(m_figure->count() - 1, d.meaning, Qt::ToolTipRole);
    }
    m_figure->setMaxVisibleItems(20);
    const UserSettings settings(m_db, m_user);
    const int remembered = m_figure->findData(settings.value(FigureSetting, DefaultFigure));
    m_figure->setCurrentIndex(
        qMax(0, remembered >= 0 ? remembered : m_figure->findData(DefaultFigure)));
    m_figure->setToolTip(m_figure->currentData(Qt::ToolTipRole).toString());
    m_target->setAccessibleName(tr("Compare with"));

    auto *bar = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, m_panel);
        label->setBuddy(combo);
        bar->addWidget(label);
        bar->addWidget(combo);
    };
    labelled(tr("&Figure:"), m_figure);
    labelled(tr("Compare &with:"), m_target);
    bar->addStretch(1);

    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addLayout(bar);
    panelLayout->addWidget(m_changes, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("publishedSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_panel);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *intro = new QLabel(tr("Each publication keeps the figures as they stood, with the people "
                                "behind each. Select one, then a figure, to see who joined or left "
                                "it since."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_reloading)
            publicationChanged();
    });
    connect(m_figure, &QComboBox::currentIndexChanged, this, &PublishedFiguresView::figureChanged);
    connect(m_target, &QComboBox::currentIndexChanged, this, &PublishedFiguresView::compare);
    connect(m_changes, &ComparisonPanel::personActivated, this, &ViewBase::openPerson);
    reload();
}

FigureComparisonModel *PublishedFiguresView::comparison() const
{
    return m_changes->model();
}

QTableView *PublishedFiguresView::changesTable() const
{
    return m_changes->table();
}

QLabel *PublishedFiguresView::headerLabel() const
{
    return m_changes->headerLabel();
}

QLabel *PublishedFiguresView::reasonsLabel() const
{
    return m_changes->reasonsLabel();
}

qint64 PublishedFiguresView::selectedPublication() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_publications->publishedAt(current.row()).id : 0;
}

bool PublishedFiguresView::selectPublication(qint64 id)
{
    const int row = m_publications->rowOf(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_publications->index(row, 0));
    m_list->selectRow(row);
    return true;
}

bool PublishedFiguresView::showComparison(qint64 publicationId, const QString &figure)
{
    const int figureIndex = m_figure->findData(figure);
    if (figureIndex < 0 || !selectPublication(publicationId))
        return false;
    m_figure->setCurrentIndex(figureIndex);
    m_target->setCurrentIndex(qMax(0, m_target->findData(qint64(0))));
    return true;
}

bool PublishedFiguresView::showPart(const QString &part)
{
    // The figure's key may hold a slash itself ("by_band/3"): the id is what precedes the first.
    const int slash = int(part.indexOf(QLatin1Char('/')));
    bool ok = false;
    const qint64 id = slash > 0 ? part.left(slash).toLongLong(&ok) : 0;
    return ok && showComparison(id, part.mid(slash + 1));
}

void PublishedFiguresView::reload()
{
    const qint64 selected = selectedPublication();
    // What is kept never changes, but now does, and a publication may have been added.
    m_snapshots.clear();
    // The selection is put back below: one comparison at the end, none on the way.
    m_reloading = true;
    const Status read = m_publications->reload();
    m_list->resizeColumnsToContents();
    const bool any = m_publications->rowCount() > 0;
    m_listEmpty->update(m_publications->rowCount(), {}, -1,
                        tr("No figures have been published. File → Publish Figures… keeps "
                           "today's."));
    m_panel->setEnabled(any);
    // A publication new since the last look is the one shown; otherwise the one selected stays.
    const qint64 newest = any ? m_publications->publishedAt(0).id : 0;
    const bool added = newest != m_newestSeen;
    m_newestSeen = newest;
    if (any && (added || !selectPublication(selected)))
        selectPublication(newest);
    m_reloading = false;
    publicationChanged();
    if (!read)
        QMessageBox::warning(this, tr("Published Figures"), read.error().toString());
}

void PublishedFiguresView::publicationChanged()
{
    const qint64 from = selectedPublication();
    const QVariant chosen = m_target->currentData();
    {
        const QSignalBlocker blocker(m_target);
        m_target->clear();
        if (from > 0) {
            m_target->addItem(tr("Now"), qint64(0));
            for (int row = 0; row < m_publications->rowCount(); ++row) {
                const FigureSnapshotStore::Published &p = m_publications->publishedAt(row);
                if (p.id == from)
                    continue;
                const QString when = DisplayText::dateTime(p.publishedAt);
                m_target->addItem(p.label.isEmpty()
                                      ? tr("#%1, %2").arg(p.id).arg(when)
                                      : tr("#%1, %2: %3").arg(p.id).arg(when, p.label),
                                  p.id);
            }
            m_target->setCurrentIndex(qMax(0, m_target->findData(chosen)));
        }
    }
    compare();
}

void PublishedFiguresView::figureChanged()
{
    m_figure->setToolTip(m_figure->currentData(Qt::ToolTipRole).toString());
    UserSettings(m_db, m_user).setValue(FigureSetting, m_figure->currentData());
    compare();
}

Result<FigureSnapshot> PublishedFiguresView::snapshot(qint64 id)
{
    if (auto it = m_snapshots.constFind(id); it != m_snapshots.cend())
        return it.value();
    auto read = id == 0 ? SnapshotCapture::people(m_db, Moment::endOfDay(Clock::today()))
                        : FigureSnapshotStore(m_db).load(id);
    if (read)
        m_snapshots.insert(id, read.value());
    return read;
}

void PublishedFiguresView::compare()
{
    const qint64 fromId = selectedPublication();
    if (fromId <= 0 || m_target->count() == 0) {
        m_changes->clear();
        return;
    }
    const QString key = m_figure->currentData().toString();
    const qint64 toId = m_target->currentData().toLongLong();
    const auto from = snapshot(fromId);
    if (!from) {
        m_changes->showProblem(from.error().toString());
        return;
    }
    const auto to = snapshot(toId);
    if (!to) {
        m_changes->showProblem(to.error().toString());
        return;
    }
    const auto comparison = FigureComparison::compare(from.value(), to.value(), key);
    if (!comparison) {
        const qint64 without = from.value().bit(key) < 0 ? fromId : toId;
        m_changes->showProblem(tr("Publication #%1 did not keep the people behind %2: it was "
                                  "published before the figure existed.")
                                   .arg(without)
                                   .arg(key));
        return;
    }
    m_changes->setComparison(*comparison, m_figure->currentData(Qt::ToolTipRole).toString());
}
