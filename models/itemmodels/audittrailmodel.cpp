#include "audittrailmodel.h"

#include "displaytext.h"
#include "domain/disclosure.h"
#include "domain/fieldlabel.h"
#include "roles.h"
#include "store/auditstore.h"
#include "store/userstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {
QString shown(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return AuditTrailModel::tr("(empty)");
    if (v.isString())
        return v.toString().isEmpty() ? AuditTrailModel::tr("(empty)")
                                      : v.toString().section(QLatin1Char('\n'), 0, 0);
    if (v.isBool())
        return v.toBool() ? AuditTrailModel::tr("yes") : AuditTrailModel::tr("no");
    return v.toVariant().toString();
}

// A value of `column` as the screens show it: a date as a date, a user by name.
QString shownField(const QString &column, const QJsonValue &v, const QHash<QString, QString> &users)
{
    if (v.isString() && !v.toString().isEmpty()) {
        const QString text = v.toString();
        if (FieldLabel::namesUser(column))
            return users.value(text, text);
        if (FieldLabel::isDate(column))
            return DisplayText::date(text);
        if (FieldLabel::isTimestamp(column))
            return DisplayText::dateTime(text);
    }
    return shown(v);
}
} // namespace

AuditTrailModel::AuditTrailModel(QSqlDatabase db, QObject *parent)
    : PersonScopedModel(std::move(db), ColumnCount, parent)
{
}

Result<QVector<AuditEntry>> AuditTrailModel::readRows(qint64 personId) const
{
    return AuditStore(db()).forPerson(personId);
}

::Status AuditTrailModel::readExtras(qint64, QHash<QString, QString> &users) const
{
    // Display names are a courtesy: without them the user names still say who.
    if (auto labels = UserStore(db()).labels(); labels)
        users = std::move(labels.value());
    return {};
}

QString AuditTrailModel::actionName(const QString &action)
{
    if (action == QLatin1String("open"))
        return tr("Opened");
    if (action == QLatin1String("insert"))
        return tr("Added");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Removed");
    if (action == QLatin1String("import"))
        return tr("Imported");
    if (action == QLatin1String("export"))
        return tr("Exported");
    if (action == Disclosure::Action)
        return tr("Disclosed");
    return action;
}

QString AuditTrailModel::entityName(const QString &entity, qint64 id)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("person"), QT_TR_NOOP("Person")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("barrier"), QT_TR_NOOP("Barrier")},
        {QStringLiteral("reoffence"), QT_TR_NOOP("Reoffence")},
        {QStringLiteral("reporting_restriction"), QT_TR_NOOP("Reporting restriction")},
        {QStringLiteral("reporting_event"), QT_TR_NOOP("Reporting event")},
        {QStringLiteral("review"), QT_TR_NOOP("Review")},
        {QStringLiteral("allocation"), QT_TR_NOOP("Allocation")},
        {QStringLiteral("travel_document"), QT_TR_NOOP("Travel document")},
        {QStringLiteral("tasking"), QT_TR_NOOP("Tasking")},
        {QStringLiteral("diary_entry"), QT_TR_NOOP("Diary entry")},
        {QStringLiteral("removal_directions"), QT_TR_NOOP("Removal directions")},
        {QStringLiteral("progression_hold"), QT_TR_NOOP("Hold on progression")},
        {QStringLiteral("case_preparation"), QT_TR_NOOP("Case preparation")},
        {QStringLiteral("followup_step"), QT_TR_NOOP("Follow-up step")},
        {QStringLiteral("note_qa"), QT_TR_NOOP("Note check")},
    };
    const auto it = names.constFind(entity);
    const QString name = it != names.constEnd() ? tr(it.value()) : entity;
    if (entity == QLatin1String("person") || id <= 0)
        return name;
    return tr("%1 %2").arg(name).arg(id);
}

QStringList AuditTrailModel::changedFields(const QString &table, const QString &beforeJson,
                                           const QString &afterJson,
                                           const QHash<QString, QString> &users)
{
    const QJsonObject before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    QStringList keys = before.keys();
    for (const QString &k : after.keys())
        if (!before.contains(k))
            keys << k;
    keys.sort();
    QStringList out;
    for (const QString &k : std::as_const(keys)) {
        const QJsonValue b = before.value(k);
        const QJsonValue a = after.value(k);
        if (b == a || FieldLabel::isBookkeeping(k))
            continue;
        out << tr("%1: %2 → %3")
                   .arg(FieldLabel::of(table, k), shownField(k, b, users), shownField(k, a, users));
    }
    return out;
}

QString AuditTrailModel::disclosureText(const QString &afterJson)
{
    const QJsonObject o = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    const QString kind = o.value(QLatin1String("kind")).toString();
    const QString view =
        o.value(QLatin1String("view")).toString().replace(QLatin1Char('_'), QLatin1Char(' '));
    const QString file = o.value(QLatin1String("file")).toString();
    QString head;
    if (kind == QLatin1String("print"))
        head = tr("Printed the %1 on %2").arg(view, o.value(QLatin1String("printer")).toString());
    else if (kind == QLatin1String("screenshot"))
        head = tr("Saved a picture of the %1 as %2").arg(view, file);
    else if (kind == QLatin1String("report"))
        head = tr("Saved the %1 report as %2").arg(view, file);
    else
        head = tr("Exported the %1 to %2").arg(view, file);
    QStringList parts{head};
    if (const QJsonValue rows = o.value(QLatin1String("rows")); rows.isDouble())
        parts << tr("%n rows", "", rows.toInt());
    const QJsonObject filters = o.value(QLatin1String("filters")).toObject();
    QStringList narrowed;
    for (auto it = filters.constBegin(); it != filters.constEnd(); ++it)
        narrowed << tr("%1 %2").arg(QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' ')),
                                    shown(it.value()));
    if (!narrowed.isEmpty())
        parts << narrowed.join(QStringLiteral(", "));
    parts << tr("reason: %1").arg(o.value(QLatin1String("reason")).toString());
    return parts.join(QStringLiteral("; "));
}

QString AuditTrailModel::what(const AuditEntry &e) const
{
    if (e.action == Disclosure::Action)
        return disclosureText(e.afterJson);
    if (e.action == QLatin1String("export")) {
        // A subject access export: everything held, to a file, for a reason (none before 19).
        const QJsonObject o = QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
        const QString reason = o.value(QLatin1String("reason")).toString();
        const QString text =
            tr("Everything held, to %1").arg(o.value(QLatin1String("file")).toString());
        return reason.isEmpty() ? text : tr("%1; reason: %2").arg(text, reason);
    }
    const QString record = entityName(e.entity, e.entityId);
    if (e.action == QLatin1String("update")) {
        const QStringList fields = changedFields(e.entity, e.beforeJson, e.afterJson, users());
        return fields.isEmpty() ? record
                                : tr("%1: %2").arg(record, fields.join(QStringLiteral("; ")));
    }
    // An added or removed record by the field that says most about it.
    const QJsonObject o =
        QJsonDocument::fromJson((e.afterJson.isEmpty() ? e.beforeJson : e.afterJson).toUtf8())
            .object();
    for (const char *key : {"body", "title", "offence", "barrier_type", "kind", "reason", "outcome",
                            "to_owner", "step", "status"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return tr("%1: %2").arg(record, shownField(QLatin1String(key), v, users()));
    }
    return record;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AuditEntry &e = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return DisplayText::dateTime(e.at);
        case Who:
            return users().value(e.actor, e.actor);
        case Action:
            return actionName(e.action);
        case What:
            return what(e);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == What && e.action == QLatin1String("update"))
            return changedFields(e.entity, e.beforeJson, e.afterJson, users())
                .join(QLatin1Char('\n'));
        // The user name behind the display name, as the database knows them.
        if (index.column() == Who)
            return e.actor;
        return QVariant();
    case Roles::PersonId:
        return e.personId;
    case Roles::Code:
        return index.column() == Action ? QVariant(e.action) : QVariant();
    case Roles::Sort:
        return index.column() == When ? QVariant(e.id) : data(index, Qt::DisplayRole);
    }
    return QVariant();
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case What:
        return tr("What");
    }
    return QVariant();
}
