#pragma once

// Shared by the test suites: a fresh database in a temporary folder, and people to put in it.
#include "db/database.h"
#include "store/personstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

struct TestDatabase
{
    QTemporaryDir dir;
    std::shared_ptr<Database> db;

    explicit TestDatabase(const QString &name = QStringLiteral("test.sqlite"))
    {
        auto result = Database::open(dir.filePath(name));
        if (!result)
            qFatal("cannot create test database: %s", qPrintable(result.error().toString()));
        db = result.value();
    }
    QString path() const { return db->location(); }
};

namespace TestData {

// A person with one CRIMINAL case and open barrier cases of the given types.
inline PersonStore::NewPerson person(const QString &ref, const QString &family,
                                     const QString &given, const QString &mappa,
                                     std::optional<int> sentence,
                                     const QStringList &barrierTypes = {},
                                     const QString &unit = QStringLiteral("CC Leeds"),
                                     const QString &owner = QStringLiteral("sokafor"),
                                     const QString &custody = QStringLiteral("NON_DETAINED"))
{
    PersonStore::NewPerson p;
    p.details.personRef = ref;
    p.details.familyName = family;
    p.details.givenNames = given;
    p.details.nationality = QStringLiteral("JAM");
    p.details.addressStatus = QStringLiteral("FIXED");
    CidCase c;
    c.caseRef = QStringLiteral("CC/%1/1").arg(ref);
    c.personRef = ref;
    c.caseType = QStringLiteral("CRIMINAL");
    c.caseStatus = QStringLiteral("OPEN");
    c.mappaLevel = mappa;
    c.sentenceMonths = sentence;
    c.owningUnit = unit;
    c.caseOwner = owner;
    c.custody = custody;
    c.reportingFrequency = QStringLiteral("WEEKLY");
    p.cases << c;
    int n = 2;
    for (const QString &type : barrierTypes) {
        CidCase b;
        b.caseRef = QStringLiteral("CC/%1/%2").arg(ref).arg(n++);
        b.personRef = ref;
        b.caseType = type;
        b.caseStatus = QStringLiteral("OPEN");
        p.cases << b;
    }
    return p;
}

inline Status add(Database &db, const QVector<PersonStore::NewPerson> &people)
{
    int i = 0;
    return PersonStore(db.sql()).addPeople([&](PersonStore::NewPerson &out) {
        if (i >= people.size())
            return false;
        out = people[i++];
        return true;
    });
}

// Gives a GUI test settings of its own, empty at the start, away from the user's.
inline void isolateSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LodestarTest"));
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

} // namespace TestData
