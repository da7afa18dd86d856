#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// A team spreadsheet as read: its header and data rows, as text. Team sheets run to a few
// thousand rows, so the whole sheet is held to preview it and map its columns.
struct Sheet
{
    struct Row
    {
        qint64 line = 0; // row number in the sheet (CSV: line of the file where the row starts)
        QStringList cells;
    };

    QString fileName;  // without the folder
    QString sheetName; // the worksheet's tab name; empty for a CSV file
    QString sha256;    // of the file, hex
    QStringList headers;
    qint64 headerLine = 0;
    QVector<Row> rows;

    // How notes and diary entries brought in from it are marked: "North.xlsx › Caseload".
    QString label() const
    {
        return sheetName.isEmpty() ? fileName
                                   : QStringLiteral("%1 \u203a %2").arg(fileName, sheetName);
    }
};
