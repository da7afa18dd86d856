#include "figuresnapshotstore.h"

#include "accessstore.h"
#include "auditstore.h"
#include "batchwrite.h"
#include "storesupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <array>

using namespace StoreSupport;

namespace {

// Bits of figure_snapshot_person.states.
enum State : int
{
    RequiresReporting = 1,
    Absconder = 2,
    Removed = 4,
    Missing = 8
};

// A snapshot's texts, each kept once: a person row holds their numbers.
class Dictionary
{
public:
    int number(const QString &text)
    {
        const auto it = m_numbers.constFind(text);
        if (it != m_numbers.cend())
            return it.value();
        m_texts << text;
        m_numbers.insert(text, int(m_texts.size()) - 1);
        return int(m_texts.size()) - 1;
    }
    QJsonArray json() const { return QJsonArray::fromStringList(m_texts); }

private:
    QStringList m_texts;
    QHash<QString, int> m_numbers;
};

QString compact(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace

FigureSnapshotStore::FigureSnapshotStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> FigureSnapshotStore::insertInTransaction(const FigureSnapshot &snapshot)
{
    if (Status s = AccessStore(m_db).require(Permissions::Action::PublishFigures); !s)
        return s.error();
    if (snapshot.label.size() > MaxLabel)
        return Error{tr("The label is longer than %n characters", nullptr, MaxLabel), QString(),
                     QStringLiteral("invalid")};
    QJsonArray keys;
    for (const QString &key : snapshot.keys) {
        QJsonObject k;
        k.insert(QStringLiteral("key"), key);
        k.insert(QStringLiteral("version"), snapshot.versions.value(key, 1));
        keys << k;
    }
    // The dictionary is written with the snapshot row, so its numbers are assigned first.
    Dictionary custody, rules, owners, units;
    QVector<std::array<int, 4>> numbers;
    numbers.reserve(snapshot.people.size());
    for (const SnapshotPerson &p : snapshot.people)
        numbers.append({custody.number(p.facts.custody), rules.number(p.facts.bandRule),
                        owners.number(p.facts.owner), units.number(p.facts.unit)});
    QJsonObject dictionary;
    dictionary.insert(QStringLiteral("custody"), custody.json());
    dictionary.insert(QStringLiteral("band_rule"), rules.json());
    dictionary.insert(QStringLiteral("case_owner"), owners.json());
    dictionary.insert(QStringLiteral("owning_unit"), units.json());

    QSqlQuery q(m_db);
    prepare(q, QStringLiteral(
                   "INSERT INTO figure_snapshot (published_at, published_by, as_of, "
                   "label, figures_json, figure_keys, dictionary_json, people) VALUES "
                   "(:published_at, :published_by, :as_of, COALESCE(:label, ''), :figures_json, "
                   ":figure_keys, :dictionary_json, :people) RETURNING id"));
    q.bindValue(QStringLiteral(":published_at"), snapshot.publishedAt);
    q.bindValue(QStringLiteral(":published_by"), snapshot.publishedBy);
    q.bindValue(QStringLiteral(":as_of"), snapshot.asOf);
    q.bindValue(QStringLiteral(":label"), snapshot.label.trimmed());
    q.bindValue(QStringLiteral(":figures_json"), compact(QJsonDocument(snapshot.figures)));
    q.bindValue(QStringLiteral(":figure_keys"), compact(QJsonDocument(keys)));
    q.bindValue(QStringLiteral(":dictionary_json"), compact(QJsonDocument(dictionary)));
    q.bindValue(QStringLiteral(":people"), qint64(snapshot.people.size()));
    if (!q.exec())
        return queryError(tr("Could not publish the figures"), q);
    const qint64 id = returnedId(q);

    BatchWrite rows(m_db,
                    QStringLiteral("figure_snapshot_person (snapshot_id, person_id, membership, "
                                   "band, states, barrier_types, flags, custody, band_rule, "
                                   "case_owner, owning_unit)"),
                    11, QString(), tr("the snapshot's person %1"));
    for (int i = 0; i < snapshot.people.size(); ++i) {
        const SnapshotPerson &p = snapshot.people.at(i);
        const SnapshotFacts &f = p.facts;
        const int states = (f.requiresReporting ? RequiresReporting : 0) |
                           (f.absconder ? Absconder : 0) | (f.removed ? Removed : 0) |
                           (f.missing ? Missing : 0);
        if (Status s = rows.add({id, p.personId, p.membership, f.band, states,
                                 qint64(f.barrierTypes), qint64(f.flags), numbers.at(i)[0],
                                 numbers.at(i)[1], numbers.at(i)[2], numbers.at(i)[3]});
            !s)
            return s.error();
    }
    if (Status s = rows.flush(); !s)
        return s.error();
    if (Status s = AuditStore(m_db).insertedInTransaction(QStringLiteral("figure_snapshot"), id);
        !s)
        return s.error();
    return id;
}

Result<QVector<FigureSnapshotStore::Published>> FigureSnapshotStore::list() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, published_at, published_by, as_of, label, people FROM "
                               "figure_snapshot ORDER BY id DESC")))
        return queryError(tr("Could not list the published figures"), q);
    QVector<Published> out;
    while (q.next())
        out << Published{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(),   q.value(4).toString(), q.value(5).toLongLong()};
    return out;
}

Result<FigureSnapshot> FigureSnapshotStore::load(qint64 id, bool withPeople) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepare(q, QStringLiteral("SELECT published_at, published_by, as_of, label, figures_json, "
                              "figure_keys, dictionary_json FROM figure_snapshot WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(tr("Could not read the published figures"), q);
    if (!q.next())
        return Error{tr("No figures were published as snapshot %1").arg(id), QString(), NotFound};
    FigureSnapshot s;
    s.id = id;
    s.publishedAt = q.value(0).toString();
    s.publishedBy = q.value(1).toString();
    s.asOf = q.value(2).toString();
    s.label = q.value(3).toString();
    s.figures = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    const QJsonArray keys = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
    for (const QJsonValue &k : keys) {
        const QString key = k.toObject().value(QStringLiteral("key")).toString();
        s.keys << key;
        s.versions.insert(key, k.toObject().value(QStringLiteral("version")).toInt(1));
    }
    const QJsonObject dictionary = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    q.finish();
    if (!withPeople)
        return s;
    const auto texts = [&dictionary](const char *name) {
        QStringList out;
        for (const QJsonValue &v : dictionary.value(QLatin1String(name)).toArray())
            out << v.toString();
        return out;
    };
    const QStringList custody = texts("custody");
    const QStringList rules = texts("band_rule");
    const QStringList owners = texts("case_owner");
    const QStringList units = texts("owning_unit");
    QSqlQuery p(m_db);
    p.setForwardOnly(true);
    prepare(p, QStringLiteral("SELECT s.person_id, p.person_ref, s.membership, s.band, s.states, "
                              "s.barrier_types, s.flags, s.custody, s.band_rule, s.case_owner, "
                              "s.owning_unit FROM figure_snapshot_person s JOIN person p ON p.id "
                              "= s.person_id WHERE s.snapshot_id = ? ORDER BY s.person_id"));
    p.addBindValue(id);
    if (!p.exec())
        return queryError(tr("Could not read the published figures"), p);
    while (p.next()) {
        SnapshotPerson person;
        person.personId = p.value(0).toLongLong();
        person.personRef = p.value(1).toString();
        person.membership = p.value(2).toByteArray();
        SnapshotFacts &f = person.facts;
        f.band = p.value(3).toInt();
        const int states = p.value(4).toInt();
        f.requiresReporting = states & RequiresReporting;
        f.absconder = states & Absconder;
        f.removed = states & Removed;
        f.missing = states & Missing;
        f.barrierTypes = quint32(p.value(5).toLongLong());
        f.flags = quint32(p.value(6).toLongLong());
        f.custody = custody.value(p.value(7).toInt());
        f.bandRule = rules.value(p.value(8).toInt());
        f.owner = owners.value(p.value(9).toInt());
        f.unit = units.value(p.value(10).toInt());
        s.people << person;
    }
    return s;
}
