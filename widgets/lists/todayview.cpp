#include "todayview.h"

#include "common/keyboard.h"
#include "itemmodels/roles.h"
#include "itemmodels/todaymodel.h"

#include "domain/moment.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
const QString OpenKey = QStringLiteral("today/open");
}

TodayView::TodayView(const AppContext &context, QWidget *parent)
    : ViewBase(context, parent), m_settings(context.db(), context.user()),
      m_model(new TodayModel(context.db(), this)), m_tree(new QTreeView(this)),
      m_heading(new QLabel(this))
{
    setObjectName(QStringLiteral("todayView"));
    m_heading->setObjectName(QStringLiteral("todayHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    m_tree->setObjectName(QStringLiteral("todayTree"));
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Today"));
    m_tree->setAccessibleDescription(
        tr("Sections of what needs doing today, each with its count; open one to list its "
           "people, and press Enter on a person to open their record."));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    Keyboard::setUpList(m_tree);
    // Enter on a section opens or closes it (activated, below), not the tree's own expanding.
    m_tree->setExpandsOnDoubleClick(false);
    // A user's lists are short: each column as wide as what it holds, the rest to What.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TodayModel::What, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Until the user opens or closes one: what must be done today.
        const QStringList open =
            m_settings
                .value(OpenKey, QStringList{TodayModel::Headline, TodayModel::Breaches,
                                            TodayModel::DiaryOverdue, TodayModel::DiaryToday})
                .toStringList();
        m_restoring = true;
        for (int i = 0; i < m_model->rowCount(); ++i) {
            // A section's row spans every column: its title and count are one text.
            m_tree->setFirstColumnSpanned(i, QModelIndex(), true);
            m_tree->setExpanded(m_model->index(i, 0), open.contains(m_model->section(i).key));
        }
        m_restoring = false;
    });
    connect(m_tree, &QTreeView::expanded, this, &TodayView::rememberOpen);
    connect(m_tree, &QTreeView::collapsed, this, &TodayView::rememberOpen);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.parent().isValid()) {
            const QModelIndex section = index.siblingAtColumn(0);
            m_tree->setExpanded(section, !m_tree->isExpanded(section));
            return;
        }
        const TodayModel::Section &section = m_model->section(index.parent().row());
        const QString tab = section.personTab;
        const qint64 id = index.data(Roles::PersonId).toLongLong();
        if (id == 0) // a caseworker or a figure, not a person: the view that has them
            emit showViewPart(section.view, QString());
        else if (tab.isEmpty())
            emit openPerson(id);
        else
            emit openPersonTab(id, tab);
    });
    reload();
}

void TodayView::reload()
{
    const Moment now = Moment::now();
    m_model->setUser(context().user());
    // A team leader's Today adds their team's sections; a manager's starts with the headline
    // figures.
    const std::optional<AppUser> me = context().appUser();
    m_model->setTeam(me && me->role == QLatin1String("team_leader") ? me->team : QString());
    m_model->setHeadline(me && me->role == QLatin1String("manager"));
    m_model->setMoment(now);
    if (Status s = m_model->reload(); !s)
        QMessageBox::warning(this, tr("Today"), s.error().toString());
    const QString who = context().userLabel();
    m_heading->setText(
        tr("Today, %1 — %2")
            .arg(QLocale().toString(now.date(), QStringLiteral("dddd d MMMM yyyy")), who));
    if (!m_tree->currentIndex().isValid() && m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
    emit countChanged();
}

bool TodayView::setSectionOpen(const QString &key, bool open)
{
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->section(i).key == key) {
            m_tree->setExpanded(m_model->index(i, 0), open);
            return true;
        }
    }
    return false;
}

bool TodayView::showPart(const QString &part)
{
    // today:KEY opens that section and goes to it.
    if (!setSectionOpen(part, true))
        return false;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->section(i).key == part)
            m_tree->setCurrentIndex(m_model->index(i, 0));
    return true;
}

QString TodayView::countText() const
{
    qint64 people = 0;
    for (int i = 0; i < m_model->sectionCount(); ++i)
        people += m_model->section(i).items.size();
    return tr("%n item(s) in %1 sections", nullptr, int(people)).arg(m_model->sectionCount());
}

void TodayView::rememberOpen()
{
    if (m_restoring)
        return;
    QStringList open;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_tree->isExpanded(m_model->index(i, 0)))
            open << m_model->section(i).key;
    m_settings.setValue(OpenKey, open);
}
