#pragma once

#include "db/error.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// Nothing read beside the rows: the default for PersonScopedModel's Extras.
struct NoExtras
{
};

// One person's rows of one kind (their notes, barriers, reviews...), read whole from their
// store on setPersonId and on reload, in one model reset. A subclass says only what differs:
// how to read the rows, and its cells. `Extras` is what some models read beside the rows to
// label them (display names, QA checks); it is read with them and taken in inside the same
// reset, so rows and labels change together.
template <typename Row, typename Extras = NoExtras>
class PersonScopedModel : public QAbstractTableModel
{
public:
    qint64 personId() const { return m_personId; }
    // Shows the rows of `personId` (0 = none) and reloads.
    ::Status setPersonId(qint64 personId)
    {
        m_personId = personId;
        return reload();
    }
    // Reads the rows again; on error the table is left empty and the error returned.
    ::Status reload()
    {
        QVector<Row> rows;
        Extras extras;
        ::Status status;
        if (m_personId > 0) {
            auto result = readRows(m_personId);
            if (result)
                rows = std::move(result.value());
            else
                status = result.status();
            // Read even when the rows failed; its error is reported only when they did not.
            if (::Status s = readExtras(m_personId, extras); !s && status)
                status = s;
        }
        beginResetModel();
        m_rows = std::move(rows);
        m_extras = std::move(extras);
        endResetModel();
        return status;
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }

protected:
    PersonScopedModel(QSqlDatabase db, int columnCount, QObject *parent)
        : QAbstractTableModel(parent), m_db(std::move(db)), m_columnCount(columnCount)
    {
    }

    // The person's rows, in the order shown; called for a person only (id > 0).
    virtual Result<QVector<Row>> readRows(qint64 personId) const = 0;
    // What labels the rows, read after them; by default nothing.
    virtual ::Status readExtras(qint64 /*personId*/, Extras & /*extras*/) const { return {}; }

    const QSqlDatabase &db() const { return m_db; }
    const QVector<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    const Extras &extras() const { return m_extras; }

private:
    QSqlDatabase m_db;
    const int m_columnCount;
    qint64 m_personId = 0;
    QVector<Row> m_rows;
    Extras m_extras;
};
