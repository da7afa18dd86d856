#include "snapshotcapture.h"

#include "figures.h"
#include "peoplecounter.h"

#include "db/transaction.h"
#include "domain/barrier.h"
#include "domain/clock.h"
#include "domain/followupladder.h"
#include "domain/stock.h"
#include "store/figuresnapshotstore.h"
#include "store/rowreader.h"
#include "store/sideread.h"
#include "store/storesupport.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Error failed(const QSqlQuery &q)
{
    return Error{SnapshotCapture::tr("Could not take the figures' snapshot"), q.lastError().text(),
                 QStringLiteral("sql")};
}

} // namespace

Result<FigureSnapshot> SnapshotCapture::people(QSqlDatabase db, const Moment &at,
                                               const QStringList &keys)
{
    // The barriers read meanwhile on a second connection where there can be one (SideRead).
    SideRead<BarrierTypes> barriers(
        db, SideRead<BarrierTypes>::Caller::Autocommit,
        [asOf = at.date()](QSqlDatabase side) { return openBarrierTypes(side, asOf); });
    auto s = capture(db, at, keys, nullptr);
    if (!s)
        return s;
    auto open = barriers.result();
    if (!open)
        return open.error();
    addBarriers(s.value(), open.value());
    return s;
}

Result<SnapshotCapture::BarrierTypes> SnapshotCapture::openBarrierTypes(QSqlDatabase db,
                                                                        const QDate &asOf)
{
    RowReader b(db);
    if (Status s =
            b.exec(QStringLiteral("SELECT b.person_id, b.barrier_type FROM barrier b WHERE %1")
                       .arg(Barrier::openOnSql(QStringLiteral("b"))),
                   Barrier::openOnValues(asOf), tr("Could not take the figures' snapshot"));
        !s)
        return s.error();
    const QStringList &types = Barrier::types();
    BarrierTypes open;
    while (b.next()) {
        const int type = int(types.indexOf(b.text(1)));
        if (type >= 0 && type < 32)
            open[b.integer(0)] |= 1u << type;
    }
    if (!b.status())
        return b.status().error();
    return open;
}

void SnapshotCapture::addBarriers(FigureSnapshot &s, const BarrierTypes &open)
{
    for (SnapshotPerson &p : s.people)
        p.facts.barrierTypes = open.value(p.personId);
}

Result<FigureSnapshot> SnapshotCapture::capture(QSqlDatabase db, const Moment &at,
                                                const QStringList &keys, QVector<quint64> *masks)
{
    const QDate asOf = at.date();
    const PeopleCounter counter(at, keys);
    if (!counter.fits())
        return Error{tr("Could not take the figures' snapshot"),
                     QStringLiteral("more parts than bits"), QStringLiteral("sql")};
    FigureSnapshot s;
    s.keys = counter.keys();
    for (const QString &key : std::as_const(s.keys))
        if (const FigureDefinitions::Definition *d = FigureDefinitions::definition(key))
            s.versions.insert(key, d->version);

    QVariantList values;
    const QString mask = counter.maskSql(values);
    const QString person = QStringLiteral("person");
    QStringList flags;
    for (const QString &flag : FigureDefinitions::flagKeys())
        flags << QStringLiteral("person.flag_%1").arg(flag.toLower());
    // Reporting, absconder and removed are parts of the figures' conditions: read off the
    // person's mask where the counter evaluates them for everyone, else asked here.
    struct Fact
    {
        SqlAnd::Part part;
        int bit;
    };
    QVector<Fact> facts{
        {{Stock::requiresReportingSql(person)}, -1},
        {{FollowUpLadder::absconderSql(QStringLiteral("person.id")),
          FollowUpLadder::absconderValues(asOf)},
         -1},
        {{Stock::removedSql(QStringLiteral("person.id")), Stock::values(asOf)}, -1}};
    QStringList factColumns;
    for (Fact &f : facts) {
        f.bit = counter.termBit(f.part);
        if (f.bit < 0) {
            factColumns << QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(f.part.sql);
            values << f.part.values;
        } else {
            factColumns << QStringLiteral("0");
        }
    }
    // A hundred thousand people: room made once, not grown and copied as they come. Counted
    // before the pass starts: PostgreSQL's driver loses a forward-only query's rows when
    // another runs in the middle of it.
    if (QSqlQuery n(db); n.exec(QStringLiteral("SELECT COUNT(*) FROM person")) && n.next())
        s.people.reserve(n.value(0).toInt());
    // Read straight from SQLite's statement (RowReader): through QSqlQuery each of the
    // hundred thousand rows' sixteen values would be a QVariant first.
    RowReader q(db);
    // Missing: held cases, and none of them in the latest extract; the few people with a case
    // missing found once on its partial index, the rest never read.
    if (Status st = q.exec(
            QStringLiteral("SELECT person.id, person.person_ref, %1, person.custody, "
                           "COALESCE(person.band, 0), person.band_rule, %2, CASE WHEN person.id "
                           "IN (SELECT c.person_id FROM cid_case c WHERE c.missing_since IS NOT "
                           "NULL) AND NOT EXISTS (SELECT 1 FROM cid_case c WHERE c.person_id = "
                           "person.id AND c.missing_since IS NULL) THEN 1 ELSE 0 END, "
                           "person.case_owner, person.owning_unit, %3 FROM person ORDER BY "
                           "person.id")
                .arg(mask, factColumns.join(QStringLiteral(", ")),
                     flags.join(QStringLiteral(", "))),
            values, tr("Could not take the figures' snapshot"));
        !st)
        return st.error();
    const auto fact = [&](quint64 mask, int i) {
        const int bit = facts.at(i).bit;
        return bit >= 0 ? ((mask >> bit) & 1) != 0 : q.integer(6 + i) != 0;
    };
    // Custody, rules, owners and units repeat: one copy of each text shared by everyone.
    QSet<QString> texts;
    const auto shared = [&texts](QStringView v) { return *texts.insert(v.toString()); };
    while (q.next()) {
        SnapshotPerson p;
        const auto m = quint64(q.integer(2));
        p.personId = q.integer(0);
        p.personRef = q.text(1).toString();
        p.membership = counter.membership(m);
        if (masks)
            *masks << m;
        SnapshotFacts &f = p.facts;
        f.custody = shared(q.text(3));
        f.band = int(q.integer(4));
        f.bandRule = shared(q.text(5));
        f.requiresReporting = fact(m, 0);
        f.absconder = fact(m, 1);
        f.removed = fact(m, 2);
        f.missing = q.integer(9) != 0;
        f.owner = shared(q.text(10));
        f.unit = shared(q.text(11));
        for (int i = 0; i < flags.size(); ++i)
            if (q.integer(12 + i) != 0)
                f.flags |= 1u << i;
        s.people << std::move(p);
    }
    if (!q.status())
        return q.status().error();
    return s;
}

Result<FigureSnapshot> SnapshotCapture::full(QSqlDatabase db, const Moment &at)
{
    // The figures that are not counts of people, and the barriers, read meanwhile on a second
    // connection (SideRead) while this one reads every person.
    struct Rest
    {
        Figures figures;
        BarrierTypes barriers;
    };
    SideRead<Rest> rest(db, SideRead<Rest>::Caller::WriteLocked,
                        [at](QSqlDatabase side) -> Result<Rest> {
                            auto figures = Figures::others(side, at);
                            if (!figures)
                                return figures.error();
                            auto barriers = openBarrierTypes(side, at.date());
                            if (!barriers)
                                return barriers.error();
                            return Rest{std::move(figures).value(), std::move(barriers).value()};
                        });
    QVector<quint64> masks;
    auto s = capture(db, at, {}, &masks);
    if (!s)
        return s;
    auto read = rest.result();
    if (!read)
        return read.error();
    Rest &r = read.value();
    addBarriers(s.value(), r.barriers);
    // The figures count the very masks read: one pass over the people, not two.
    QHash<quint64, qint64> counted;
    for (const quint64 m : std::as_const(masks))
        ++counted[m];
    QVector<QPair<quint64, qint64>> byMask;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        byMask << qMakePair(it.key(), it.value());
    auto figures = Figures::withPeople(std::move(r.figures), byMask);
    if (!figures)
        return figures.error();
    FigureSnapshot out = std::move(s).value();
    out.figures = figures.value().toJson();
    out.asOf = out.figures.value(QStringLiteral("as_of")).toString();
    return out;
}

Result<FigureSnapshot> SnapshotCapture::publish(QSqlDatabase db, const QString &user,
                                                const QString &label)
{
    return Transaction::run(db, [&]() -> Result<FigureSnapshot> {
        // Every statement of the transaction reads the one state the first one saw.
        if (db.driverName() == QLatin1String("QPSQL")) {
            QSqlQuery iso(db);
            if (!iso.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")))
                return failed(iso);
        }
        auto s = full(db, Moment::endOfDay(Clock::today()));
        if (!s)
            return s;
        FigureSnapshot snapshot = std::move(s).value();
        snapshot.publishedAt = StoreSupport::nowIso();
        snapshot.publishedBy = user;
        snapshot.label = label.trimmed();
        const Result<qint64> id = FigureSnapshotStore(db).insertInTransaction(snapshot);
        if (!id)
            return id.error();
        snapshot.id = id.value();
        return snapshot;
    });
}
