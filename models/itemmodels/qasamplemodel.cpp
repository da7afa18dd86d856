#include "qasamplemodel.h"

#include "colours.h"
#include "displaytext.h"
#include "roles.h"
#include "store/userstore.h"

QaSampleModel::QaSampleModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

::Status QaSampleModel::setSampleId(qint64 sampleId)
{
    m_sampleId = sampleId;
    return reload();
}

::Status QaSampleModel::reload()
{
    QVector<NoteQaStore::Item> items;
    ::Status status;
    if (m_sampleId > 0) {
        auto read = NoteQaStore(m_db).items(m_sampleId);
        if (read)
            items = std::move(read.value());
        else
            status = read.status();
    }
    // Display names are a courtesy: without them the user names still say who.
    auto users = UserStore(m_db).labels();
    QHash<QString, QString> labels = users ? std::move(users.value()) : QHash<QString, QString>();
    beginResetModel();
    m_items = std::move(items);
    m_labels = std::move(labels);
    endResetModel();
    return status;
}

::Status QaSampleModel::mark(int row, const QString &result, const QString &comment,
                             const QString &teamLeader)
{
    if (row < 0 || row >= m_items.size())
        return ::Status::fail(tr("Choose a note of the sample to mark"));
    if (::Status s = NoteQaStore(m_db).mark(m_items.at(row).id, result, comment, teamLeader,
                                            m_items.at(row).version);
        !s)
        return s;
    return reload();
}

QString QaSampleModel::resultName(const QString &result)
{
    if (result == QLatin1String("pass"))
        return tr("Pass");
    if (result == QLatin1String("fail"))
        return tr("Fail");
    return tr("Not checked");
}

QString QaSampleModel::firstLine(const QString &body)
{
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return QString();
}

QString QaSampleModel::userLabel(const QString &userName) const
{
    return m_labels.value(userName, userName);
}

int QaSampleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int QaSampleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QaSampleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const NoteQaStore::Item &i = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Person:
            return i.personRef;
        case Author:
            return userLabel(i.author);
        case Written:
            return DisplayText::dateTime(i.written);
        case FirstLine:
            return firstLine(i.body);
        case Result:
            return resultName(i.result);
        case Comment:
            return i.comment;
        case CheckedBy:
            return i.checkedBy.isEmpty() ? QString() : userLabel(i.checkedBy);
        }
        break;
    case Roles::Sort:
        switch (index.column()) {
        case Author:
            return i.author;
        case Written:
            return i.written;
        case Result:
            // Not checked first: what is still to do.
            return i.result.isEmpty() ? 0 : i.result == QLatin1String("fail") ? 1 : 2;
        case CheckedBy:
            return i.checkedBy;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Roles::PersonId:
        return i.personId;
    case Roles::NoteId:
        return i.noteId;
    case Roles::Code:
        if (index.column() == Result)
            return i.result;
        break;
    case Roles::Problem:
        return i.result == QLatin1String("fail");
    case Qt::ForegroundRole:
        if (index.column() == Result && i.result == QLatin1String("pass"))
            return Colours::good();
        if (index.column() == Result && i.result == QLatin1String("fail"))
            return Colours::problem();
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FirstLine:
            return i.body;
        case Comment:
            return i.comment.isEmpty() ? QVariant() : QVariant(i.comment);
        case CheckedBy:
            return i.checkedAt.isEmpty()
                       ? QVariant()
                       : QVariant(tr("Checked at %1").arg(DisplayText::dateTime(i.checkedAt)));
        case Author:
            return i.author;
        default:
            break;
        }
        break;
    }
    return QVariant();
}

QVariant QaSampleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person:
        return tr("Person");
    case Author:
        return tr("Author");
    case Written:
        return tr("Written");
    case FirstLine:
        return tr("Note");
    case Result:
        return tr("Result");
    case Comment:
        return tr("Comment");
    case CheckedBy:
        return tr("Checked by");
    }
    return QVariant();
}
