#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

// A travel document sought or held for a person's removal: a passport, or an emergency travel
// document (ETD) applied for through the embassy, with the interview the embassy may require
// (report 7.9-7.11).
struct TravelDocument
{
    Q_DECLARE_TR_FUNCTIONS(TravelDocument)

public:
    qint64 id = 0;
    qint64 personId = 0;
    QString kind = QStringLiteral("etd"); // passport or etd
    QString embassy;
    QString status = QStringLiteral("to_apply"); // one of statuses()
    QDate appliedOn;
    QDate interviewTaskedOn;
    QDate interviewHeldOn;
    QDate expiresOn;
    QString notes;
    QString updatedBy;
    QString updatedAt;
    int version = 0; // the row version read; a save of an existing document must match it

    // to_apply, applied, interview_tasked, interviewed, issued, refused.
    static const QStringList &statuses();
    static QString statusName(const QString &status);
    static QString kindName(const QString &kind);
    // Issued and not expired on `asOf`: the person can be removed on it.
    bool isUsable(const QDate &asOf) const
    {
        return status == QLatin1String("issued") && (!expiresOn.isValid() || expiresOn >= asOf);
    }
    // Where the person whose id is `personId` (an SQL expression) stands, at their most
    // advanced document: 3 one usable on the as-of date, 2 one in progress (to apply, applied,
    // interview tasked or held), 1 only refused or expired ones, 0 nothing sought. Binds the
    // as-of date (ISO) once. The SQL twin of isUsable, shared by every count of documents.
    static QString stateSql(const QString &personId);
    // stateSql's 3 alone: the person has a document usable on the as-of date (binds it once).
    static QString usableSql(const QString &personId);
    // Why it cannot be saved as it stands; empty when it can.
    QString problem() const;
};
