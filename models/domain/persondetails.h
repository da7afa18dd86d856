#pragma once

#include <QString>

// Who a person is, as CID records it: the identity part of a person row.
struct PersonDetails
{
    QString personRef;
    QString familyName;
    QString givenNames;
    QString dateOfBirth;   // YYYY-MM-DD or empty
    QString nationality;   // ISO 3166-1 alpha-3 or empty
    QString gender;        // M, F, X or empty
    QString addressStatus; // FIXED, NFA or empty
};
