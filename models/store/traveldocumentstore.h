#pragma once

#include "db/error.h"
#include "domain/traveldocument.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

// Owns the SQL of travel documents (table travel_document) and of "travel documents at a
// glance": where the non-detained caseload stands, nationality by nationality.
class TravelDocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(TravelDocumentStore)

public:
    explicit TravelDocumentStore(QSqlDatabase db);

    // Adds (id 0) or updates the document, by `user`, checked by TravelDocument::problem().
    Result<qint64> save(const TravelDocument &document, const QString &user);
    // The same inside a transaction the caller holds (the demo writes thousands).
    Result<qint64> saveInTransaction(const TravelDocument &document, const QString &user);
    Result<QVector<TravelDocument>> forPerson(qint64 personId) const;

    // One nationality's non-detained people by where their travel document stands; each person
    // is counted once, at their most advanced document.
    struct Nationality
    {
        QString nationality; // as CID records it; empty when not recorded
        qint64 people = 0;
        qint64 noDocument = 0; // nothing sought
        qint64 inProgress = 0; // to apply, applied, interview tasked or held
        qint64 usable = 0;     // issued and not expired on the as-of date
        qint64 refusedOrExpired = 0;
    };
    // Largest nationality first.
    Result<QVector<Nationality>> atAGlance(const QDate &asOf) const;

private:
    QSqlDatabase m_db;
};
