#pragma once

#include "db/error.h"
#include "domain/disclosure.h"
#include "store/reviewstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QTextDocument>
#include <QVector>

// The review check report of a team (report 7.6) for the team leader's file: who produced it,
// when and from which database, the per-caseworker counts and every person overdue. Built as a
// QTextDocument so one text is printed, saved as PDF and tested without a screen.
class ReviewCheckReport
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCheckReport)

public:
    explicit ReviewCheckReport(QSqlDatabase db);

    // Reads the check for `team` (empty: every team) on `asOf` and lays the report out.
    Status build(const QDate &asOf, const QString &team, const QString &producedBy,
                 const QString &databaseFile);
    QTextDocument &document() { return m_document; }
    const QVector<ReviewStore::CheckRow> &rows() const { return m_rows; }
    const QVector<ReviewStore::DueRow> &overdue() const { return m_overdue; }
    // Writes the built report as an A4 PDF: a disclosure, recorded with `reason` (the team,
    // the date, the people overdue as the count) before the file is moved into place.
    Status savePdf(const QString &path, const QString &reason);
    // The disclosure of the built report written to `file` (or printed on it).
    Disclosure disclosure(Disclosure::Kind kind, const QString &file, const QString &reason) const;

private:
    QSqlDatabase m_db;
    QDate m_asOf;
    QString m_team;
    QTextDocument m_document;
    QVector<ReviewStore::CheckRow> m_rows;
    QVector<ReviewStore::DueRow> m_overdue;
};
