#include "qaratesmodel.h"

#include "roles.h"
#include "store/userstore.h"

#include <QLocale>

QaRatesModel::QaRatesModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status QaRatesModel::reload()
{
    auto rates = NoteQaStore(m_db).rates();
    auto users = UserStore(m_db).labels();
    QHash<QString, QString> labels = users ? std::move(users.value()) : QHash<QString, QString>();
    beginResetModel();
    m_rates = rates ? std::move(rates.value()) : QVector<NoteQaStore::Rate>();
    m_labels = std::move(labels);
    endResetModel();
    return rates.status();
}

int QaRatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rates.size());
}

int QaRatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QaRatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const NoteQaStore::Rate &r = m_rates.at(index.row());
    const auto number = [&](int column) -> QVariant {
        switch (column) {
        case Sampled:
            return r.sampled;
        case Checked:
            return r.checked;
        case Passed:
            return r.passed;
        case Failed:
            return r.failed;
        case PassPercent:
            return r.checked > 0 ? QVariant(r.passPercent()) : QVariant();
        }
        return QVariant();
    };
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Author)
            return m_labels.value(r.author, r.author);
        if (index.column() == PassPercent)
            // Nothing checked yet is not a pass rate of 0%.
            return r.checked > 0 ? tr("%1%").arg(r.passPercent()) : tr("—");
        return QLocale().toString(number(index.column()).toInt());
    case Roles::Sort:
        if (index.column() == Author)
            return r.author;
        // Unchecked authors below everyone with a rate.
        if (index.column() == PassPercent && r.checked == 0)
            return -1;
        return number(index.column());
    case Qt::TextAlignmentRole:
        if (index.column() != Author)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Author)
            return r.author;
        if (index.column() == PassPercent && r.checked == 0)
            return tr("None of these notes has been checked yet");
        break;
    }
    return QVariant();
}

QVariant QaRatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Author:
        return tr("Caseworker");
    case Sampled:
        return tr("Sampled");
    case Checked:
        return tr("Checked");
    case Passed:
        return tr("Passed");
    case Failed:
        return tr("Failed");
    case PassPercent:
        return tr("Pass rate");
    }
    return QVariant();
}
