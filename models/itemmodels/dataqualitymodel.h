#pragma once

#include "db/error.h"
#include "store/dataqualitystore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

// The team leader's clean-up list (report 6.10-6.17, 6.45, 7.21-7.25): one row per person and
// problem from DataQualityStore, saying what is wrong and what fixes it, with the counts per
// issue over the whole caseload.
class DataQualityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Issue,
        Person,
        Reference,
        CaseOwner,
        OwningUnit,
        Detail,
        Fix,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit DataQualityModel(QSqlDatabase db, QObject *parent = nullptr);

    void setAsOf(const Moment &at) { m_asOf = at; }
    // One issue only, or every issue (nullopt): narrows the rows read, without reading again.
    void setIssue(std::optional<DataQualityRules::Issue> issue);
    std::optional<DataQualityRules::Issue> issue() const { return m_issue; }
    // One case owner's people, or everyone's (empty); read at the next reload().
    void setCaseOwner(const QString &caseOwner) { m_caseOwner = caseOwner; }
    // Reads the rows of every issue and the counts. The counts come from the rows when they
    // cover the whole caseload; otherwise from DataQualityStore::counts, unless `recount` is
    // false and counts for the same day are held (My cases toggled).
    ::Status reload(bool recount = true);

    const DataQualityStore::Row &rowAt(int row) const { return m_rows.at(row); }
    // Issues by kind across the caseload, whatever the filter (DataQualityStore::counts).
    const QMap<DataQualityRules::Issue, qint64> &counts() const { return m_counts; }

    // The person record's lower tab where `issue` is fixed (PersonRecordWidget::lowerTabKeys),
    // empty for the record itself (ownership and the band override are set at its top).
    static QString fixTab(DataQualityRules::Issue issue);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void narrow(); // m_rows from m_all and m_issue

    QSqlDatabase m_db;
    Moment m_asOf = Moment::now();
    std::optional<DataQualityRules::Issue> m_issue;
    QString m_caseOwner;
    QVector<DataQualityStore::Row> m_all;  // every issue, as read
    QVector<DataQualityStore::Row> m_rows; // those of m_issue
    QMap<DataQualityRules::Issue, qint64> m_counts;
    Moment m_countedOn; // the moment of m_counts
};
