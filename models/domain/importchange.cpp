#include "importchange.h"

#include <QCoreApplication>
#include <algorithm>

namespace {
struct KindName
{
    ImportChange::Kind kind;
    const char *code;
    const char *label;
};
const KindName Names[] = {
    {ImportChange::Kind::PersonNew, "person_new",
     QT_TRANSLATE_NOOP("ImportChange", "New to the caseload")},
    {ImportChange::Kind::PersonGone, "person_gone",
     QT_TRANSLATE_NOOP("ImportChange", "Gone from the extract")},
    {ImportChange::Kind::BandChanged, "band_changed",
     QT_TRANSLATE_NOOP("ImportChange", "Band changed")},
    {ImportChange::Kind::BarrierOpened, "barrier_opened",
     QT_TRANSLATE_NOOP("ImportChange", "Barrier opened")},
    {ImportChange::Kind::BarrierClosed, "barrier_closed",
     QT_TRANSLATE_NOOP("ImportChange", "Barrier closed")},
    {ImportChange::Kind::OwnerChanged, "owner_changed",
     QT_TRANSLATE_NOOP("ImportChange", "Case owner changed")},
    {ImportChange::Kind::UnitChanged, "unit_changed",
     QT_TRANSLATE_NOOP("ImportChange", "Owning unit changed")},
    {ImportChange::Kind::ReportingChanged, "reporting_changed",
     QT_TRANSLATE_NOOP("ImportChange", "Reporting conditions changed")},
    {ImportChange::Kind::CustodyChanged, "custody_changed",
     QT_TRANSLATE_NOOP("ImportChange", "Custody changed")},
};
} // namespace

QString ImportChange::kindCode(Kind kind)
{
    for (const KindName &n : Names) {
        if (n.kind == kind)
            return QString::fromLatin1(n.code);
    }
    return QString();
}

ImportChange::Kind ImportChange::kindFromCode(const QString &code)
{
    for (const KindName &n : Names) {
        if (code == QLatin1String(n.code))
            return n.kind;
    }
    return Kind::PersonNew;
}

QString ImportChange::kindLabel(Kind kind)
{
    for (const KindName &n : Names) {
        if (n.kind == kind)
            return QCoreApplication::translate("ImportChange", n.label);
    }
    return QString();
}

const QVector<ImportChange::Kind> &ImportChange::allKinds()
{
    static const QVector<Kind> kinds = [] {
        QVector<Kind> k;
        for (const KindName &n : Names)
            k << n.kind;
        return k;
    }();
    return kinds;
}

namespace ImportChanges {

QVector<ImportChange> diff(const QHash<qint64, PersonSnapshot> &before,
                           const QHash<qint64, PersonSnapshot> &after,
                           const QHash<qint64, BarrierSnapshot> &barriersBefore,
                           const QHash<qint64, BarrierSnapshot> &barriersAfter)
{
    using Kind = ImportChange::Kind;
    QVector<ImportChange> out;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const qint64 id = it.key();
        const PersonSnapshot &now = it.value();
        const auto was = before.constFind(id);
        if (was == before.cend()) {
            out << ImportChange{id, Kind::PersonNew, QString(), QString(), QString()};
            continue;
        }
        if (was->casesInExtract > 0 && now.casesInExtract == 0)
            out << ImportChange{id, Kind::PersonGone, QString(), QString(), QString()};
        if (was->band != now.band)
            out << ImportChange{id, Kind::BandChanged, QString::number(was->band),
                                QString::number(now.band), now.bandRule};
        if (was->caseOwner != now.caseOwner)
            out << ImportChange{id, Kind::OwnerChanged, was->caseOwner, now.caseOwner, QString()};
        if (was->owningUnit != now.owningUnit)
            out << ImportChange{id, Kind::UnitChanged, was->owningUnit, now.owningUnit, QString()};
        if (was->reporting != now.reporting)
            out << ImportChange{id, Kind::ReportingChanged, was->reporting, now.reporting,
                                QString()};
        if (was->custody != now.custody)
            out << ImportChange{id, Kind::CustodyChanged, was->custody, now.custody, QString()};
    }
    const auto barrier = [](const BarrierSnapshot &b) {
        return b.caseType + QLatin1Char(' ') + b.caseRef;
    };
    for (auto it = barriersAfter.cbegin(); it != barriersAfter.cend(); ++it) {
        if (!barriersBefore.contains(it.key()) && before.contains(it->personId))
            out << ImportChange{it->personId, Kind::BarrierOpened, QString(), QString(),
                                barrier(*it)};
    }
    for (auto it = barriersBefore.cbegin(); it != barriersBefore.cend(); ++it) {
        if (!barriersAfter.contains(it.key()))
            out << ImportChange{it->personId, Kind::BarrierClosed, QString(), QString(),
                                barrier(*it)};
    }
    // A stable order: by person, then kind, then detail.
    std::sort(out.begin(), out.end(), [](const ImportChange &a, const ImportChange &b) {
        if (a.personId != b.personId)
            return a.personId < b.personId;
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.detail < b.detail;
    });
    return out;
}

} // namespace ImportChanges
