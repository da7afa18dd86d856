#pragma once

#include <QString>

// Keeps exported text from being run as a spreadsheet formula ("CSV injection", OWASP).
//
// A text cell that begins with = + - @ (or a tab, a carriage return or a NUL, which some
// spreadsheets strip before looking for those) is written with a single quote ' in front. We
// chose the quote over a leading space or a tab because it is what Excel and LibreOffice
// themselves use to mark "this is text", it is visible (so nobody mistakes the cell for the raw
// value), and OWASP recommends it. Numbers the exporter writes as numbers are never guarded:
// they cannot carry a formula, and a guarded "-3" would no longer be a number. Both CsvWriter
// and XlsxWriter call this, so the two formats treat a cell the same way.
class FormulaGuard
{
public:
    static bool isRisky(const QString &text);
    // The text as it is safe to write: unchanged unless isRisky().
    static QString guard(const QString &text);
};
