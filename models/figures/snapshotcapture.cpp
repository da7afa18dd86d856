#include "snapshotcapture.h"

#include "figures.h"
#include "peoplecounter.h"

#include "db/transaction.h"
#include "domain/barrier.h"
#include "domain/clock.h"
#include "domain/followupladder.h"
#include "domain/stock.h"
#include "store/figuresnapshotstore.h"
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
    return capture(db, at, keys, nullptr);
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
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Missing: held cases, and none of them in the latest extract; the few people with a case
    // missing found once on its partial index, the rest never read.
    q.prepare(
        QStringLiteral("SELECT person.id, person.person_ref, %1, person.custody, "
                       "COALESCE(person.band, 0), person.band_rule, %2, CASE WHEN person.id IN "
                       "(SELECT c.person_id FROM cid_case c WHERE c.missing_since IS NOT NULL) AND "
                       "NOT EXISTS (SELECT 1 FROM cid_case c WHERE c.person_id = person.id AND "
                       "c.missing_since IS NULL) THEN 1 ELSE 0 END, person.case_owner, "
                       "person.owning_unit, %3 FROM person ORDER BY person.id")
            .arg(mask, factColumns.join(QStringLiteral(", ")), flags.join(QStringLiteral(", "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return failed(q);
    const auto fact = [&](int i) {
        const int bit = facts.at(i).bit;
        return bit >= 0 ? ((q.value(2).toULongLong() >> bit) & 1) != 0
                        : q.value(6 + i).toInt() != 0;
    };
    // Custody, rules, owners and units repeat: one copy of each text shared by everyone.
    QSet<QString> texts;
    const auto shared = [&texts](const QVariant &v) {
        const QString text = v.toString();
        return *texts.insert(text);
    };
    while (q.next()) {
        SnapshotPerson p;
        p.personId = q.value(0).toLongLong();
        p.personRef = q.value(1).toString();
        p.membership = counter.membership(q.value(2).toULongLong());
        if (masks)
            *masks << q.value(2).toULongLong();
        SnapshotFacts &f = p.facts;
        f.custody = shared(q.value(3));
        f.band = q.value(4).toInt();
        f.bandRule = shared(q.value(5));
        f.requiresReporting = fact(0);
        f.absconder = fact(1);
        f.removed = fact(2);
        f.missing = q.value(9).toInt() != 0;
        f.owner = shared(q.value(10));
        f.unit = shared(q.value(11));
        for (int i = 0; i < flags.size(); ++i)
            if (q.value(12 + i).toInt() != 0)
                f.flags |= 1u << i;
        s.people << std::move(p);
    }
    if (q.lastError().isValid())
        return failed(q);

    // The barrier register's open barriers on the day, by type, onto their people.
    QSqlQuery b(db);
    b.setForwardOnly(true);
    b.prepare(QStringLiteral("SELECT b.person_id, b.barrier_type FROM barrier b WHERE %1")
                  .arg(Barrier::openOnSql(QStringLiteral("b"))));
    for (const QVariant &v : Barrier::openOnValues(asOf))
        b.addBindValue(v);
    if (!b.exec())
        return failed(b);
    const QStringList &types = Barrier::types();
    while (b.next()) {
        const int type = int(types.indexOf(b.value(1).toString()));
        if (type < 0 || type >= 32)
            continue;
        const auto it =
            std::lower_bound(s.people.begin(), s.people.end(), b.value(0).toLongLong(),
                             [](const SnapshotPerson &p, qint64 id) { return p.personId < id; });
        if (it != s.people.end() && it->personId == b.value(0).toLongLong())
            it->facts.barrierTypes |= 1u << type;
    }
    return s;
}

Result<FigureSnapshot> SnapshotCapture::full(QSqlDatabase db, const Moment &at)
{
    QVector<quint64> masks;
    auto s = capture(db, at, {}, &masks);
    if (!s)
        return s;
    // The figures count the very masks read: one pass over the people, not two.
    QHash<quint64, qint64> counted;
    for (const quint64 m : std::as_const(masks))
        ++counted[m];
    QVector<QPair<quint64, qint64>> byMask;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        byMask << qMakePair(it.key(), it.value());
    auto figures = Figures::compute(db, at, byMask);
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
