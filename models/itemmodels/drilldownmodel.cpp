#include "drilldownmodel.h"

#include "displaytext.h"
#include "domain/banding.h"
#include "roles.h"
#include "store/storesupport.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {
// The drill's detail as people read it: stored dates and times ("2026-03-02",
// "2026-03-02T10:15:00Z") the way every list shows them, any other text as it is.
QString detailText(const QString &detail)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dateTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T"));
    if (date.match(detail).hasMatch())
        return DisplayText::date(detail);
    if (dateTime.match(detail).hasMatch())
        return DisplayText::dateTime(detail);
    return detail;
}
} // namespace

DrillDownModel::DrillDownModel(QSqlDatabase db, QObject *parent)
    : PagedListModel(ColumnCount, parent), m_db(std::move(db))
{
}

::Status DrillDownModel::setDrill(const Dashboard::Drill &drill)
{
    m_drill = drill;
    return reset();
}

Result<qint64> DrillDownModel::readTotal() const
{
    if (m_drill.sql.isEmpty())
        return Error{tr("Nothing to list for this figure"), QString(), QString()};
    return Dashboard::drillCount(m_db, m_drill);
}

Result<QVector<DrillDownRow>> DrillDownModel::readPage(qint64 offset, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The drill's SQL ends in its ORDER BY, so pages follow one another without overlap.
    if (!StoreSupport::prepare(q, m_drill.sql + QStringLiteral(" LIMIT ? OFFSET ?")))
        return StoreSupport::queryError(tr("Cannot list the rows behind this figure"), q);
    for (const QVariant &v : m_drill.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return StoreSupport::queryError(tr("Cannot list the rows behind this figure"), q);
    QVector<DrillDownRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        // By position, in the order Dashboard::Drill documents: the detail column is an
        // expression whose name differs from chart to chart.
        DrillDownRow r;
        r.personId = q.value(0).toLongLong();
        r.personRef = q.value(1).toString();
        r.name = StoreSupport::personName(q.value(2).toString(), q.value(3).toString());
        r.band = q.value(4).toInt();
        r.owningUnit = q.value(5).toString();
        r.caseOwner = q.value(6).toString();
        r.detail = q.value(7).toString();
        rows << r;
    }
    return rows;
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const DrillDownRow &r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Reference:
            return r.personRef;
        case Name:
            return r.name;
        case Band:
            return r.band > 0 ? Banding::label(r.band) : tr("Not banded");
        case OwningUnit:
            return r.owningUnit.isEmpty() ? tr("(no owning unit)") : r.owningUnit;
        case CaseOwner:
            return r.caseOwner.isEmpty() ? tr("Unowned") : r.caseOwner;
        case Detail:
            return detailText(r.detail);
        }
        break;
    case Roles::Sort:
        if (index.column() == Band)
            return r.band > 0 ? r.band : 9;
        if (index.column() == Detail)
            return r.detail; // ISO dates sort as text
        return data(index, Qt::DisplayRole);
    case Roles::PersonId:
        return r.personId;
    case Roles::Band:
        return r.band;
    case Qt::DecorationRole:
        if (index.column() == Band && r.band > 0)
            return Banding::colour(r.band);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Detail && !r.detail.isEmpty())
            return r.detail;
        break;
    }
    return QVariant();
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Reference");
    case Name:
        return tr("Name");
    case Band:
        return tr("Band");
    case OwningUnit:
        return tr("Owning unit");
    case CaseOwner:
        return tr("Case owner");
    case Detail:
        return m_drill.detailTitle.isEmpty() ? tr("Detail") : m_drill.detailTitle;
    }
    return QVariant();
}
