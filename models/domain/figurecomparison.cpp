#include "figurecomparison.h"

#include "banding.h"
#include "barrier.h"
#include "figuredefinitions.h"

#include <QJsonArray>
#include <algorithm>

namespace {

using Reason = FigureComparison::Reason;

// After the figure's own facts, the rest in this order: what takes a person out of the stock
// first, then reporting, band, ownership, barriers and flags; an extract's gaps last, since a
// missing case still counts towards everything.
const QVector<Reason> &generalOrder()
{
    static const QVector<Reason> order{Reason::Removed,   Reason::Custody,
                                       Reason::Absconder, Reason::ReportingRestriction,
                                       Reason::Band,      Reason::Owner,
                                       Reason::Unit,      Reason::Barriers,
                                       Reason::Flags,     Reason::MissingFromExtract};
    return order;
}

bool differs(Reason r, const SnapshotFacts &a, const SnapshotFacts &b)
{
    switch (r) {
    case Reason::MissingFromExtract:
        return a.missing != b.missing;
    case Reason::Removed:
        return a.removed != b.removed;
    case Reason::Custody:
        return a.custody != b.custody;
    case Reason::Absconder:
        return a.absconder != b.absconder;
    case Reason::ReportingRestriction:
        return a.requiresReporting != b.requiresReporting;
    case Reason::Band:
        return a.band != b.band;
    case Reason::Owner:
        return a.owner != b.owner;
    case Reason::Unit:
        return a.unit != b.unit;
    case Reason::Barriers:
        return a.barrierTypes != b.barrierTypes;
    case Reason::Flags:
        return a.flags != b.flags;
    default:
        return false;
    }
}

// "Asylum claim" reads "asylum claim" within a sentence; "MAPPA level 1" stays as it is.
QString lowerFirst(QString s)
{
    if (!s.isEmpty() && (s.size() == 1 || !s.at(1).isUpper()))
        s[0] = s.at(0).toLower();
    return s;
}

// "asylum claim opened": the first barrier type opened, else the first cleared.
QString barrierChange(quint32 before, quint32 after)
{
    const QStringList &types = Barrier::types();
    for (int opened = 1; opened >= 0; --opened)
        for (int i = 0; i < types.size() && i < 32; ++i) {
            const bool was = before & (1u << i);
            const bool is = after & (1u << i);
            if (was != is && is == bool(opened))
                return (opened ? FigureComparison::tr("%1 opened")
                               : FigureComparison::tr("%1 cleared"))
                    .arg(lowerFirst(Barrier::typeName(types.at(i))));
        }
    return QString();
}

QString flagChange(quint32 before, quint32 after)
{
    const QStringList &keys = FigureDefinitions::flagKeys();
    for (int i = 0; i < keys.size(); ++i) {
        const bool was = before & (1u << i);
        const bool is = after & (1u << i);
        if (was != is)
            return (is ? FigureComparison::tr("flag %1 set")
                       : FigureComparison::tr("flag %1 cleared"))
                .arg(keys.at(i));
    }
    return QString();
}

QString bandText(int band)
{
    return band >= 1 && band <= 4 ? QString::number(band) : FigureComparison::tr("none");
}

QString orNone(const QString &s, const QString &none)
{
    return s.isEmpty() ? none : s;
}

QString describe(Reason r, const SnapshotFacts &a, const SnapshotFacts &b)
{
    switch (r) {
    case Reason::MissingFromExtract:
        return b.missing ? FigureComparison::tr("missing from the extract")
                         : FigureComparison::tr("back in the extract");
    case Reason::Removed:
        return b.removed ? FigureComparison::tr("removed")
                         : FigureComparison::tr("removal withdrawn");
    case Reason::Custody:
        return FigureComparison::tr("custody %1 → %2")
            .arg(orNone(a.custody, FigureComparison::tr("none")),
                 orNone(b.custody, FigureComparison::tr("none")));
    case Reason::Absconder:
        return b.absconder ? FigureComparison::tr("declared absconder")
                           : FigureComparison::tr("absconder located");
    case Reason::ReportingRestriction:
        return b.requiresReporting ? FigureComparison::tr("reporting restriction started")
                                   : FigureComparison::tr("reporting restriction ended");
    case Reason::Band: {
        // The cause: a barrier (bands 3 and 4 differ by one), else the rule now, else custody
        // (only the non-detained are banded), else an override (the computed rule unchanged,
        // the effective band not).
        QString cause = barrierChange(a.barrierTypes, b.barrierTypes);
        if (cause.isEmpty() && a.bandRule != b.bandRule)
            cause = lowerFirst(Banding::ruleName(Banding::ruleFromCode(b.bandRule)));
        if (cause.isEmpty() && a.custody != b.custody)
            cause = describe(Reason::Custody, a, b);
        if (cause.isEmpty())
            cause = FigureComparison::tr("band override set or withdrawn");
        return FigureComparison::tr("band %1 → %2: %3")
            .arg(bandText(a.band), bandText(b.band), cause);
    }
    case Reason::Owner:
        return FigureComparison::tr("owner %1 → %2")
            .arg(orNone(a.owner, FigureComparison::tr("nobody")),
                 orNone(b.owner, FigureComparison::tr("nobody")));
    case Reason::Unit:
        return FigureComparison::tr("unit %1 → %2")
            .arg(orNone(a.unit, FigureComparison::tr("none")),
                 orNone(b.unit, FigureComparison::tr("none")));
    case Reason::Barriers:
        return barrierChange(a.barrierTypes, b.barrierTypes);
    case Reason::Flags:
        return flagChange(a.flags, b.flags);
    default:
        return QString();
    }
}

bool byRef(const FigureComparison::Change &a, const FigureComparison::Change &b)
{
    return a.personRef < b.personRef || (a.personRef == b.personRef && a.personId < b.personId);
}

} // namespace

QVector<Reason> FigureComparison::reasonOrder(const QString &figure)
{
    const QString family = figure.section(QLatin1Char('/'), 0, 0);
    if (figure == QLatin1String("data_quality_by_issue/no_case_owner") ||
        family == QLatin1String("unallocated"))
        return {Reason::Owner};
    if (figure == QLatin1String("data_quality_by_issue/unclear_ownership") ||
        family == QLatin1String("ownership_unclear"))
        return {Reason::Unit};
    if (family == QLatin1String("by_band") || family == QLatin1String("band_provisional"))
        return {Reason::Band, Reason::Custody, Reason::Removed};
    if (family == QLatin1String("flags"))
        return {Reason::Flags};
    if (family == QLatin1String("reporting") || family == QLatin1String("absconders") ||
        family == QLatin1String("not_reporting"))
        return {Reason::Absconder, Reason::ReportingRestriction, Reason::Removed, Reason::Custody};
    if (family == QLatin1String("ripe_for_progression") ||
        family == QLatin1String("document_to_seek_barrier_open"))
        return {Reason::Barriers, Reason::Absconder, Reason::Removed, Reason::Custody};
    if (family == QLatin1String("non_detained") ||
        family == QLatin1String("persons_without_criminal_case") ||
        family == QLatin1String("removed_awaiting_cid") ||
        figure == QLatin1String("data_quality_by_issue/no_criminal_case") ||
        figure == QLatin1String("data_quality_by_issue/removed_awaiting_cid"))
        return {Reason::Removed, Reason::Custody, Reason::Band};
    return {};
}

FigureComparison::Change FigureComparison::reason(const SnapshotFacts *before,
                                                  const SnapshotFacts *after, const QString &figure,
                                                  bool definitionChanged)
{
    Change c;
    if (!before) {
        c.reason = Reason::NewInExtract;
        c.text = tr("new in the extract");
        return c;
    }
    if (!after) {
        c.reason = Reason::NoLongerHeld;
        c.text = tr("no longer held");
        return c;
    }
    QVector<Reason> order = reasonOrder(figure);
    for (const Reason r : generalOrder())
        if (!order.contains(r))
            order << r;
    for (const Reason r : std::as_const(order)) {
        if (differs(r, *before, *after)) {
            c.reason = r;
            c.text = describe(r, *before, *after);
            return c;
        }
    }
    if (definitionChanged) {
        c.reason = Reason::DefinitionChanged;
        c.text = tr("definition changed");
        return c;
    }
    c.reason = Reason::Other;
    c.text = tr("no kept fact changed: dates, reporting events, reviews, steps or the diary");
    return c;
}

QString FigureComparison::reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::NewInExtract:
        return QStringLiteral("new_in_extract");
    case Reason::NoLongerHeld:
        return QStringLiteral("no_longer_held");
    case Reason::MissingFromExtract:
        return QStringLiteral("missing_from_extract");
    case Reason::Removed:
        return QStringLiteral("removed");
    case Reason::Custody:
        return QStringLiteral("custody");
    case Reason::Absconder:
        return QStringLiteral("absconder");
    case Reason::ReportingRestriction:
        return QStringLiteral("reporting_restriction");
    case Reason::Band:
        return QStringLiteral("band");
    case Reason::Owner:
        return QStringLiteral("owner");
    case Reason::Unit:
        return QStringLiteral("unit");
    case Reason::Barriers:
        return QStringLiteral("barriers");
    case Reason::Flags:
        return QStringLiteral("flags");
    case Reason::DefinitionChanged:
        return QStringLiteral("definition_changed");
    case Reason::Other:
        return QStringLiteral("other");
    }
    return QString();
}

bool FigureComparison::Scope::contains(const SnapshotFacts &facts) const
{
    return (!unit || facts.unit == *unit) && (!team || teamOf.value(facts.owner) == *team);
}

QString FigureComparison::Scope::text() const
{
    QStringList parts;
    if (unit)
        parts << (unit->isEmpty() ? tr("no owning unit") : tr("unit %1").arg(*unit));
    if (team)
        parts << (team->isEmpty() ? tr("no team") : tr("team %1").arg(*team));
    return parts.join(QStringLiteral(", "));
}

std::optional<FigureComparison> FigureComparison::compare(const FigureSnapshot &from,
                                                          const FigureSnapshot &to,
                                                          const QString &figure)
{
    return compare(from, to, figure, Scope());
}

std::optional<FigureComparison> FigureComparison::compare(const FigureSnapshot &from,
                                                          const FigureSnapshot &to,
                                                          const QString &figure, const Scope &scope)
{
    const int fromBit = from.bit(figure);
    const int toBit = to.bit(figure);
    if (fromBit < 0 || toBit < 0)
        return std::nullopt;
    FigureComparison out;
    out.figure = figure;
    out.scope = scope.text();
    const int vFrom = from.versions.value(figure, 1);
    const int vTo = to.versions.value(figure, 1);
    const bool definitionChanged = vFrom != vTo;
    if (definitionChanged) {
        // The day is the current definition's, which is the newer side's when "to" is now.
        const FigureDefinitions::Definition *d = FigureDefinitions::definition(figure);
        out.definitionNote = d && !d->changedOn.isEmpty() && d->version == qMax(vFrom, vTo)
                                 ? tr("definition changed on %1 (version %2 → %3)")
                                       .arg(d->changedOn)
                                       .arg(vFrom)
                                       .arg(vTo)
                                 : tr("definition changed (version %1 → %2)").arg(vFrom).arg(vTo);
    }
    // The values are the members (in the scope), whatever the stored JSON says: the identity
    // holds by construction (SnapshotCapture checks the two agree when it takes a snapshot).
    // Both lists are by person id: walk them side by side.
    int i = 0, j = 0;
    const auto &a = from.people;
    const auto &b = to.people;
    while (i < a.size() || j < b.size()) {
        const SnapshotPerson *before = nullptr;
        const SnapshotPerson *after = nullptr;
        if (j >= b.size() || (i < a.size() && a.at(i).personId < b.at(j).personId))
            before = &a.at(i++);
        else if (i >= a.size() || b.at(j).personId < a.at(i).personId)
            after = &b.at(j++);
        else {
            before = &a.at(i++);
            after = &b.at(j++);
        }
        const bool inBefore = before && scope.contains(before->facts);
        const bool inAfter = after && scope.contains(after->facts);
        const bool was = inBefore && before->counts(fromBit);
        const bool is = inAfter && after->counts(toBit);
        out.fromValue += was;
        out.toValue += is;
        if (was == is)
            continue;
        Change c;
        if (before && after && inBefore != inAfter) {
            // Moved out of or into the part: its own facts say why before any other.
            const Reason moved = scope.unit && before->facts.unit != after->facts.unit
                                     ? Reason::Unit
                                     : Reason::Owner;
            c.reason = moved;
            c.text = describe(moved, before->facts, after->facts);
        } else {
            c = reason(before ? &before->facts : nullptr, after ? &after->facts : nullptr, figure,
                       definitionChanged);
        }
        const SnapshotPerson *p = after ? after : before;
        c.personId = p->personId;
        c.personRef = p->personRef;
        (is ? out.joined : out.left) << c;
    }
    std::sort(out.joined.begin(), out.joined.end(), byRef);
    std::sort(out.left.begin(), out.left.end(), byRef);
    return out;
}

QVector<QPair<Reason, qint64>> FigureComparison::byReason(const QVector<Change> &changes)
{
    QMap<int, qint64> counts;
    for (const Change &c : changes)
        ++counts[int(c.reason)];
    QVector<QPair<Reason, qint64>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << qMakePair(Reason(it.key()), it.value());
    std::stable_sort(out.begin(), out.end(),
                     [](const auto &x, const auto &y) { return x.second > y.second; });
    return out;
}

QJsonObject FigureComparison::toJson() const
{
    const auto list = [](const QVector<Change> &changes) {
        QJsonArray out;
        for (const Change &c : changes) {
            QJsonObject o;
            o.insert(QStringLiteral("person_ref"), c.personRef);
            o.insert(QStringLiteral("reason"), reasonKey(c.reason));
            o.insert(QStringLiteral("text"), c.text);
            out << o;
        }
        return out;
    };
    QJsonObject o;
    o.insert(QStringLiteral("figure"), figure);
    if (!scope.isEmpty())
        o.insert(QStringLiteral("scope"), scope);
    o.insert(QStringLiteral("from"), QJsonValue(fromValue));
    o.insert(QStringLiteral("to"), QJsonValue(toValue));
    o.insert(QStringLiteral("definition_changed"), definitionNote);
    o.insert(QStringLiteral("joined"), list(joined));
    o.insert(QStringLiteral("left"), list(left));
    return o;
}

QString FigureComparison::headline() const
{
    return tr("%1: %2 → %3 (%4 + %5 joined − %6 left)")
        .arg(scope.isEmpty() ? figure : tr("%1 (%2)").arg(figure, scope))
        .arg(fromValue)
        .arg(toValue)
        .arg(fromValue)
        .arg(joined.size())
        .arg(left.size());
}

QString FigureComparison::toText() const
{
    QString out;
    if (!definitionNote.isEmpty())
        out += definitionNote + QLatin1Char('\n');
    out += headline() + QLatin1Char('\n');
    const auto section = [&](const QString &title, const QVector<Change> &changes) {
        if (changes.isEmpty())
            return;
        out += QLatin1Char('\n') + title.arg(changes.size()) + QLatin1Char('\n');
        for (const auto &[reason, count] : byReason(changes)) {
            out += QStringLiteral("  %1 (%2)\n").arg(reasonKey(reason)).arg(count);
            for (const Change &c : changes)
                if (c.reason == reason)
                    out += QStringLiteral("    %1  %2\n").arg(c.personRef, c.text);
        }
    };
    section(tr("Joined (%1):"), joined);
    section(tr("Left (%1):"), left);
    return out;
}
