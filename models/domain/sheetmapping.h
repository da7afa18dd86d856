#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>
#include <optional>

// What one row of a team spreadsheet becomes once its columns are mapped.
struct SheetRowPlan
{
    qint64 line = 0; // the sheet's row number (CSV: line of the file)
    QString personRef;
    QString note;       // empty: no note from this row
    QDate diaryDate;    // invalid: no diary entry from this row
    QString diaryTitle; // set when diaryDate is
    QString problem;    // why the row cannot be imported; empty when it can

    bool hasContent() const { return !note.isEmpty() || diaryDate.isValid(); }
};

// How the columns of a team spreadsheet map to Lodestar: one column holds the person
// reference; any number become lines of a note ("Barrier: asylum claim"); one may hold the
// date of a diary entry, described by the action columns. The rules are pure so they can be
// tested and previewed before anything is written.
class SheetMapping
{
    Q_DECLARE_TR_FUNCTIONS(SheetMapping)

public:
    enum Field
    {
        Ignore,
        PersonRef,
        Note,
        DiaryDate,
        DiaryAction,
        FieldCount
    };

    SheetMapping() = default;
    explicit SheetMapping(QVector<Field> fields) : m_fields(std::move(fields)) {}

    // A first guess from the header names: a reference column, a date column with the next
    // action beside it, everything else into the note.
    static SheetMapping guess(const QStringList &headers);

    int columnCount() const { return int(m_fields.size()); }
    Field field(int column) const;
    void setField(int column, Field field);
    const QVector<Field> &fields() const { return m_fields; }

    // Why the mapping cannot be used for a sheet with these headers; empty when it can.
    QString problem(const QStringList &headers) const;
    // Applies the mapping to one row. `cells` may be shorter than the headers (empty cells).
    SheetRowPlan plan(const QStringList &headers, const QStringList &cells, qint64 line) const;

    // Stable codes, to remember a mapping between runs.
    QStringList toCodes() const;
    // The mapping saved as `codes` for a sheet of `columnCount` columns; nullopt when the
    // codes do not fit (another sheet, an older version).
    static std::optional<SheetMapping> fromCodes(const QStringList &codes, int columnCount);
    // A key that identifies a sheet layout by its header (case, spacing and order of words
    // within a cell ignored), to remember its mapping.
    static QString headerKey(const QStringList &headers);

    static QString fieldName(Field field);
    static QString fieldCode(Field field);

    // Dates as teams type them. UK day-first: 05/03/2026 is 5 March. Also ISO 2026-03-05
    // (what the .xlsx reader gives for date cells), 5-3-2026, 5.3.2026, 5 Mar 2026,
    // 5 March 2026 and two-digit years (05/03/26 is 2026). nullopt when it is not a date.
    static std::optional<QDate> parseDate(const QString &text);

private:
    QVector<Field> m_fields;
};
