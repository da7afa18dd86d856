#include "todaymodel.h"

#include "displaytext.h"
#include "roles.h"

#include "domain/banding.h"
#include "domain/dataqualityrules.h"
#include "domain/importchange.h"
#include "domain/ownerscope.h"
#include "domain/progressionrules.h"
#include "domain/workingdays.h"
#include "figures/figures.h"
#include "store/allocationstore.h"
#include "store/dataqualitystore.h"
#include "store/diarystore.h"
#include "store/figuresnapshotstore.h"
#include "store/followupstore.h"
#include "store/importstore.h"
#include "store/noncompliancestore.h"
#include "store/progressionstore.h"
#include "store/reviewstore.h"

#include <QFont>
#include <QLocale>

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? DisplayText::date(d.toString(Qt::ISODate)) : QString();
}

TodayModel::Item item(qint64 id, const QString &ref, const QString &name, int band,
                      const QString &what, const QString &when)
{
    return TodayModel::Item{id, ref, name, band, what, when};
}

// What a change of the latest import was, in a line.
QString changeText(const ImportChange &c)
{
    const QString label = ImportChange::kindLabel(c.kind);
    switch (c.kind) {
    case ImportChange::Kind::BandChanged:
        return TodayModel::tr("%1: %2 → %3")
            .arg(label, Banding::label(c.before.toInt()), Banding::label(c.after.toInt()));
    case ImportChange::Kind::OwnerChanged:
    case ImportChange::Kind::UnitChanged: {
        const QString none = TodayModel::tr("(none)");
        return TodayModel::tr("%1: %2 → %3")
            .arg(label, c.before.isEmpty() ? none : c.before, c.after.isEmpty() ? none : c.after);
    }
    case ImportChange::Kind::CustodyChanged:
        return TodayModel::tr("%1: %2 → %3")
            .arg(label, DisplayText::custody(c.before), DisplayText::custody(c.after));
    case ImportChange::Kind::BarrierOpened:
    case ImportChange::Kind::BarrierClosed: {
        // Stored as "TYPE case_ref".
        const int space = int(c.detail.indexOf(QLatin1Char(' ')));
        return TodayModel::tr("%1: %2").arg(label, DisplayText::caseType(c.detail.left(space)));
    }
    default:
        return c.detail.isEmpty() ? label : TodayModel::tr("%1: %2").arg(label, c.detail);
    }
}

} // namespace

QStringList TodayModel::headlineKeys()
{
    return {QStringLiteral("non_detained"),        QStringLiteral("reporting"),
            QStringLiteral("absconders"),          QStringLiteral("noncompliance_queue"),
            QStringLiteral("unactioned_breaches"), QStringLiteral("reviews_overdue"),
            QStringLiteral("unallocated"),         QStringLiteral("ripe_for_progression")};
}

QStringList TodayModel::sectionKeys(bool team, bool headline)
{
    QStringList keys;
    if (headline)
        keys << Headline;
    keys << QStringList{Breaches,       DiaryOverdue, DiaryToday, DiaryWeek,   Changes,
                        ReviewsOverdue, ReviewsSoon,  Ripe,       HoldsEnding, DataQuality};
    if (team)
        keys << AllocationWaiting << ReviewsToSign << Countersign << OverCapacity;
    return keys;
}

TodayModel::TodayModel(QSqlDatabase db, QObject *parent)
    : QAbstractItemModel(parent), m_db(std::move(db))
{
}

const TodayModel::Section *TodayModel::find(const QString &key) const
{
    for (const Section &s : m_sections)
        if (s.key == key)
            return &s;
    return nullptr;
}

Status TodayModel::reload()
{
    QVector<Section> sections;
    const Status s = read(sections);
    beginResetModel();
    m_sections = std::move(sections);
    endResetModel();
    return s;
}

Result<TodayModel::Section> TodayModel::readHeadline() const
{
    Section headline{Headline, tr("Headline figures"), QString(), QStringLiteral("published")};
    auto now = Figures::people(m_db, m_at, headlineKeys());
    if (!now)
        return now.error();
    // The latest publication, its figures alone (not its people).
    const FigureSnapshotStore snapshots(m_db);
    auto published = snapshots.list();
    if (!published)
        return published.error();
    std::optional<FigureSnapshot> latest;
    if (!published.value().isEmpty()) {
        auto loaded = snapshots.load(published.value().first().id, false);
        if (!loaded)
            return loaded.error();
        latest = std::move(loaded).value();
        headline.title = tr("Headline figures, with their change since “%1” (published %2)")
                             .arg(latest->label, DisplayText::dateTime(latest->publishedAt));
    }
    const QLocale locale;
    for (const QString &key : headlineKeys()) {
        const FigureDefinitions::Definition *d = FigureDefinitions::definition(key);
        if (!d || !now.value().contains(key))
            continue;
        const qint64 value = now.value().value(key);
        QString what = locale.toString(value);
        if (latest) {
            const qint64 before = latest->value(key);
            if (before < 0)
                what = tr("%1 (not in that publication)").arg(what);
            else if (latest->versions.value(key, d->version) != d->version)
                what = tr("%1 (not comparable: its rule changed since)").arg(what);
            else if (value == before)
                what = tr("%1 (no change)").arg(what);
            else
                what = tr("%1 (%2%3)")
                           .arg(what, value > before ? QStringLiteral("+") : QStringLiteral("−"),
                                locale.toString(qAbs(value - before)));
        }
        // The number where a person's name goes, so it is read first; the figure's meaning
        // where a person's reason goes.
        headline.items << item(0, key, what, 0, d->meaning, QString());
    }
    return headline;
}

Status TodayModel::read(QVector<Section> &out) const
{
    if (m_headline) {
        auto headline = readHeadline();
        if (!headline)
            return headline.error();
        out << headline.value();
    }
    const QDate today = m_at.date();
    const OwnerScope mine = OwnerScope::user(m_user);
    const QString reporting = QStringLiteral("reporting");

    // Breaches since the start of the last working day.
    const QDate since = WorkingDays::previous(today);
    Section breaches{
        Breaches,
        tr("Breaches since %1").arg(QLocale().toString(since, QStringLiteral("dddd d MMMM"))),
        reporting};
    auto recent = NoncomplianceStore(m_db).breachedSince(since, m_at, mine);
    if (!recent)
        return recent.error();
    for (const RecentBreach &r : recent.value()) {
        QStringList what{tr("%n breach(es)", nullptr, r.breaches)};
        if (r.consecutive > 0)
            what << tr("a run of %n", nullptr, r.consecutive);
        if (r.unactioned)
            what << tr("unactioned");
        if (r.nexusHighHarm)
            what << tr("Nexus High Harm");
        breaches.items << item(r.personId, r.personRef, r.name, r.band,
                               what.join(QStringLiteral("; ")),
                               DisplayText::dateTime(r.lastBreach));
    }
    out << breaches;

    // The diary: overdue, today, the next 7 days.
    auto diary = DiaryStore(m_db).openUntil(today.addDays(7), mine);
    if (!diary)
        return diary.error();
    Section overdue{DiaryOverdue, tr("Diary: overdue"), QStringLiteral("diary")};
    Section dueToday{DiaryToday, tr("Diary: due today"), QStringLiteral("diary")};
    Section week{DiaryWeek, tr("Diary: due in the next 7 days"), QStringLiteral("diary")};
    for (const DiaryStore::Item &d : diary.value()) {
        Section &to = d.entry.isOverdue(today) ? overdue : d.entry.due == today ? dueToday : week;
        to.items << item(d.entry.personId, d.personRef, d.personName, 0, d.entry.title,
                         dateText(d.entry.due));
    }
    out << overdue << dueToday << week;

    // What the latest import changed on my people.
    const ImportStore imports(m_db);
    auto history = imports.history();
    if (!history)
        return history.error();
    Section changes{Changes, tr("What changed in the latest import"), QString()};
    if (!history.value().isEmpty()) {
        const ImportRecord &latest = history.value().first();
        changes.title = tr("What changed in the latest import (%1)")
                            .arg(DisplayText::dateTime(latest.startedAt));
        auto rows = imports.changes(latest.id, m_user, std::nullopt);
        if (!rows)
            return rows.error();
        const QString when = DisplayText::dateTime(latest.startedAt);
        for (const ImportStore::ChangeRow &r : rows.value())
            changes.items << item(r.change.personId, r.personRef,
                                  r.givenNames.isEmpty()
                                      ? r.familyName
                                      : tr("%1, %2").arg(r.familyName, r.givenNames),
                                  0, changeText(r.change), when);
    }
    out << changes;

    // Reviews overdue, and due within ReviewDays.
    auto reviews = ReviewStore(m_db).due(today, ReviewStore::Due::Both, m_user);
    if (!reviews)
        return reviews.error();
    Section reviewsOverdue{ReviewsOverdue, tr("Reviews overdue"), QStringLiteral("reviews")};
    Section reviewsSoon{ReviewsSoon, tr("Reviews due within %1 days").arg(ReviewDays),
                        QStringLiteral("reviews")};
    for (const ReviewStore::DueRow &r : reviews.value()) {
        const QString what = r.lastReviewed.isValid()
                                 ? tr("last reviewed on %1").arg(dateText(r.lastReviewed))
                                 : tr("never reviewed");
        if (r.due < today)
            reviewsOverdue.items << item(r.personId, r.personRef, r.name, r.band, what,
                                         dateText(r.due));
        else if (r.due <= today.addDays(ReviewDays))
            reviewsSoon.items << item(r.personId, r.personRef, r.name, r.band, what,
                                      dateText(r.due));
    }
    out << reviewsOverdue << reviewsSoon;

    // Ripe for progression, and holds ending soon.
    const ProgressionStore progression(m_db);
    auto ripe = progression.list(ProgressionStore::List::Ripe, today, m_user);
    if (!ripe)
        return ripe.error();
    Section ripeSection{Ripe, tr("Ripe for progression"), QStringLiteral("removal")};
    for (const ProgressionStore::Row &r : ripe.value())
        ripeSection.items << item(r.personId, r.personRef, r.name, r.band,
                                  ProgressionRules::stepsName(r.next), QString());
    out << ripeSection;
    auto holds = progression.holdsEnding(today, HoldDays, mine);
    if (!holds)
        return holds.error();
    Section holdsSection{HoldsEnding,
                         tr("Holds on progression ending within %1 days").arg(HoldDays),
                         QStringLiteral("removal")};
    for (const ProgressionStore::EndingHold &h : holds.value())
        holdsSection.items << item(h.hold.personId, h.personRef, h.name, h.band, h.hold.reason,
                                   dateText(h.hold.untilOn));
    out << holdsSection;

    // Data quality.
    auto quality = DataQualityStore(m_db).list(m_at, std::nullopt, m_user);
    if (!quality)
        return quality.error();
    Section qualitySection{DataQuality, tr("Data-quality problems"), QString()};
    for (const DataQualityStore::Row &r : quality.value())
        qualitySection.items << item(
            r.personId, r.personRef, r.name, r.band,
            r.detail.isEmpty() ? DataQualityRules::name(r.issue)
                               : tr("%1: %2").arg(DataQualityRules::name(r.issue), r.detail),
            QString());
    out << qualitySection;
    if (m_team.isEmpty())
        return {};

    // The team leader's: the people waiting for a case owner, and their team's people and
    // caseworkers. Lodestar's teams are not tied to a unit, so every team leader sees everyone
    // the figure "unallocated" counts.
    auto waiting = AllocationStore(m_db).waiting(m_at);
    if (!waiting)
        return waiting.error();
    Section waitingSection{AllocationWaiting, tr("Waiting for a case owner"), QString()};
    for (const AllocationStore::Waiting &w : waiting.value())
        waitingSection.items << item(
            w.personId, w.personRef, w.name, w.band,
            w.owningUnit.isEmpty() ? tr("no unit recorded") : w.owningUnit,
            w.since.isValid() ? tr("on the caseload since %1").arg(dateText(w.since)) : QString());
    out << waitingSection;
    const OwnerScope team = OwnerScope::team(m_team);
    auto toSign = ReviewStore(m_db).awaitingSignOff(today, team);
    if (!toSign)
        return toSign.error();
    Section signSection{ReviewsToSign, tr("Reviews to check and sign (%1)").arg(m_team),
                        QStringLiteral("reviews")};
    for (const ReviewStore::Unsigned &r : toSign.value())
        signSection.items << item(r.personId, r.personRef, r.name, r.band,
                                  tr("reviewed by %1").arg(r.reviewer), dateText(r.reviewedOn));
    out << signSection;
    auto declarations = FollowUpStore(m_db).awaitingCountersignature(team);
    if (!declarations)
        return declarations.error();
    Section countersign{Countersign, tr("Absconder declarations to countersign (%1)").arg(m_team),
                        QStringLiteral("reporting")};
    for (const FollowUpStore::Awaiting &d : declarations.value())
        countersign.items << item(d.personId, d.personRef, d.name, d.band,
                                  tr("declared by %1").arg(d.recordedBy), dateText(d.takenOn));
    out << countersign;
    auto loads = AllocationStore(m_db).workload(today, m_team);
    if (!loads)
        return loads.error();
    Section over{OverCapacity, tr("Caseworkers over capacity (%1)").arg(m_team), QString(),
                 QStringLiteral("workload")};
    for (const AllocationStore::Load &l : loads.value())
        if (l.overCapacity())
            over.items << item(
                0, l.owner, l.displayName, 0,
                tr("%1% of capacity: %n person(s)", nullptr, int(l.people)).arg(l.percent()),
                QString());
    out << over;
    return {};
}

QModelIndex TodayModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    // A section's row has id 0; a person's, its section's number plus one.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex TodayModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_sections.at(parent.row()).items.size());
}

int TodayModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    if (index.internalId() == 0) {
        const Section &s = m_sections.at(index.row());
        if (role == Roles::Code)
            return s.key;
        if (role == Roles::Sort)
            return qint64(s.items.size());
        if (role == Qt::DisplayRole && index.column() == Reference)
            return tr("%1 (%2)").arg(s.title).arg(s.items.size());
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    }
    const Section &s = m_sections.at(int(index.internalId() - 1));
    const Item &it = s.items.at(index.row());
    switch (role) {
    case Roles::PersonId:
        return it.personId;
    case Roles::Code:
        return s.key;
    case Roles::Band:
        return it.band;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Reference:
            return it.personRef;
        case Name:
            return it.name;
        case Band:
            return it.band > 0 ? Banding::label(it.band) : QString();
        case What:
            return it.what;
        case When:
            return it.when;
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Person");
    case Name:
        return tr("Name");
    case Band:
        return tr("Band");
    case What:
        return tr("What");
    case When:
        return tr("When");
    default:
        return QVariant();
    }
}
