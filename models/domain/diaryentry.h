#pragma once

#include <QDate>
#include <QString>

// A dated action on a person: a next step a caseworker set, one a team spreadsheet brought in,
// or (later) one a workflow created for itself. Done entries are kept, marked with who and when.
struct DiaryEntry
{
    qint64 id = 0;
    qint64 personId = 0;
    QDate due;
    QString title;
    QString kind = QStringLiteral("action");
    QString source; // where it came from when not entered in Lodestar (a sheet's label)
    qint64 sheetImportId = 0;
    QString createdBy;
    QString createdAt;
    QString doneBy;
    QString doneAt;
    int version = 0; // the row version read: marking it done or open again must match it

    bool isDone() const { return !doneAt.isEmpty(); }
    // Open and due before `asOf`.
    bool isOverdue(const QDate &asOf) const { return !isDone() && due < asOf; }
};
