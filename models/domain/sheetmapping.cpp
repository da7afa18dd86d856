#include "sheetmapping.h"

#include "notetext.h"
#include "textescape.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>

namespace {
QString fold(const QString &header)
{
    return header.simplified().toLower();
}

bool mentions(const QString &folded, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (folded.contains(QLatin1String(w)))
            return true;
    }
    return false;
}
// What Lodestar already holds from CID: a sheet's copy is not a note, and a date of birth is
// no diary date.
bool isIdentity(const QString &folded)
{
    static const QStringList exact{QStringLiteral("name"), QStringLiteral("dob"),
                                   QStringLiteral("d.o.b."), QStringLiteral("born")};
    return exact.contains(folded) ||
           mentions(folded,
                    {"surname", "forename", "family name", "given name", "first name", "last name",
                     "full name", "date of birth", "birth date", "nationality", "gender"});
}
} // namespace

SheetMapping SheetMapping::guess(const QStringList &headers)
{
    QVector<Field> fields(headers.size(), Note);
    int ref = -1;
    int date = -1;
    for (int i = 0; i < headers.size(); ++i) {
        const QString h = fold(headers.at(i));
        if (h.isEmpty() || isIdentity(h)) {
            fields[i] = Ignore;
        } else if (ref < 0 && (h == QLatin1String("ref") || h == QLatin1String("cid ref") ||
                               mentions(h, {"person_ref", "person ref", "person id", "cid id",
                                            "cid person", "person reference"}))) {
            ref = i;
            fields[i] = PersonRef;
        } else if (date < 0 && mentions(h, {"date", "due", "diary"})) {
            date = i;
            fields[i] = DiaryDate;
        }
    }
    // The action a date belongs to: "next action" beside "next action date".
    if (date >= 0) {
        for (int i = 0; i < headers.size(); ++i) {
            const QString h = fold(headers.at(i));
            if (fields[i] == Note && mentions(h, {"next action", "action", "next step", "task"}))
                fields[i] = DiaryAction;
        }
    }
    // Without a recognisable name, the reference is usually the first column.
    if (ref < 0 && !fields.isEmpty() && fields[0] == Note)
        fields[0] = PersonRef;
    return SheetMapping(fields);
}

SheetMapping::Field SheetMapping::field(int column) const
{
    return column >= 0 && column < m_fields.size() ? m_fields.at(column) : Ignore;
}

void SheetMapping::setField(int column, Field field)
{
    if (column < 0)
        return;
    if (column >= m_fields.size())
        m_fields.resize(column + 1, Ignore);
    m_fields[column] = field;
}

QString SheetMapping::problem(const QStringList &headers) const
{
    if (m_fields.size() != headers.size())
        return tr("The mapping is for %n column(s), but the sheet has %1.", "",
                  int(m_fields.size()))
            .arg(headers.size());
    const int refs = int(m_fields.count(PersonRef));
    if (refs == 0)
        return tr("Choose the column that holds the person reference.");
    if (refs > 1)
        return tr("Only one column can hold the person reference.");
    if (m_fields.count(DiaryDate) > 1)
        return tr("Only one column can hold the diary date.");
    if (m_fields.count(DiaryAction) > 0 && m_fields.count(DiaryDate) == 0)
        return tr("A diary action needs a column with its date.");
    if (m_fields.count(Note) == 0 && m_fields.count(DiaryDate) == 0)
        return tr("Map at least one column to a note or a diary date.");
    return QString();
}

SheetRowPlan SheetMapping::plan(const QStringList &headers, const QStringList &cells,
                                qint64 line) const
{
    SheetRowPlan out;
    out.line = line;
    const auto cell = [&](int i) { return i < cells.size() ? cells.at(i).trimmed() : QString(); };
    QStringList noteLines;
    QStringList actions;
    QString dateText;
    int dateColumn = -1;
    for (int i = 0; i < m_fields.size() && i < headers.size(); ++i) {
        const QString value = cell(i);
        switch (m_fields.at(i)) {
        case PersonRef:
            out.personRef = value;
            break;
        case Note:
            if (!value.isEmpty())
                noteLines << tr("%1: %2").arg(headers.at(i).simplified(), value);
            break;
        case DiaryDate:
            dateColumn = i;
            dateText = value;
            break;
        case DiaryAction:
            if (!value.isEmpty())
                actions << value;
            break;
        case Ignore:
        case FieldCount:
            break;
        }
    }
    const int refColumn = int(m_fields.indexOf(PersonRef));
    if (out.personRef.isEmpty() && refColumn >= 0 && refColumn < headers.size()) {
        // Problems quote the sheet's text: never its control characters raw.
        out.problem = TextEscape::controls(
            tr("row %1: %2 is empty").arg(line).arg(headers.at(refColumn).simplified()));
        return out;
    }
    if (dateColumn >= 0 && !dateText.isEmpty()) {
        const std::optional<QDate> date = parseDate(dateText);
        if (!date) {
            out.problem =
                TextEscape::controls(tr("row %1: %2 '%3' is not a date")
                                         .arg(line)
                                         .arg(headers.at(dateColumn).simplified(), dateText));
            return out;
        }
        out.diaryDate = *date;
        out.diaryTitle = actions.isEmpty() ? headers.at(dateColumn).simplified()
                                           : actions.join(QStringLiteral(" \u2014 "));
    } else {
        // An action without a date is not dropped: it goes into the note.
        for (int i = 0; i < m_fields.size() && i < headers.size(); ++i) {
            if (m_fields.at(i) == DiaryAction && !cell(i).isEmpty())
                noteLines << tr("%1: %2").arg(headers.at(i).simplified(), cell(i));
        }
    }
    out.note = noteLines.join(QLatin1Char('\n'));
    // The row is not brought in rather than the whole sheet refused by the note's store.
    if (out.note.size() > NoteText::MaxLength && out.problem.isEmpty())
        out.problem = tr("row %1: the note would be longer than %2 characters")
                          .arg(line)
                          .arg(NoteText::MaxLength);
    return out;
}

QString SheetMapping::fieldCode(Field field)
{
    switch (field) {
    case Ignore:
        return QStringLiteral("ignore");
    case PersonRef:
        return QStringLiteral("person_ref");
    case Note:
        return QStringLiteral("note");
    case DiaryDate:
        return QStringLiteral("diary_date");
    case DiaryAction:
        return QStringLiteral("diary_action");
    case FieldCount:
        break;
    }
    return QString();
}

QString SheetMapping::fieldName(Field field)
{
    switch (field) {
    case Ignore:
        return tr("Ignore");
    case PersonRef:
        return tr("Person reference");
    case Note:
        return tr("Line of the note");
    case DiaryDate:
        return tr("Diary date");
    case DiaryAction:
        return tr("Diary action");
    case FieldCount:
        break;
    }
    return QString();
}

QStringList SheetMapping::toCodes() const
{
    QStringList out;
    for (const Field f : m_fields)
        out << fieldCode(f);
    return out;
}

std::optional<SheetMapping> SheetMapping::fromCodes(const QStringList &codes, int columnCount)
{
    if (codes.size() != columnCount)
        return std::nullopt;
    QVector<Field> fields;
    for (const QString &code : codes) {
        int found = -1;
        for (int f = 0; f < FieldCount; ++f) {
            if (fieldCode(Field(f)) == code)
                found = f;
        }
        if (found < 0)
            return std::nullopt;
        fields << Field(found);
    }
    return SheetMapping(fields);
}

QString SheetMapping::headerKey(const QStringList &headers)
{
    QStringList folded;
    for (const QString &h : headers)
        folded << fold(h);
    return QString::fromLatin1(
        QCryptographicHash::hash(folded.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1)
            .toHex());
}

std::optional<QDate> SheetMapping::parseDate(const QString &text)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return std::nullopt;
    // ISO, possibly with a time (a date-time cell): the date part.
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?$"));
    if (const auto m = iso.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    // Day first, then month, then a two- or four-digit year.
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})$"));
    if (const auto m = numeric.match(t); m.hasMatch()) {
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += 2000;
        const QDate d(year, m.captured(2).toInt(), m.captured(1).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    // "5 Mar 2026", "5 March 2026", "05-Mar-2026": English month names, whatever the locale.
    static const QRegularExpression named(
        QStringLiteral("^(\\d{1,2})[ \\-]([A-Za-z]+)[ \\-](\\d{2}|\\d{4})$"));
    if (const auto m = named.match(t); m.hasMatch()) {
        const QLocale c = QLocale::c();
        const QString name = m.captured(2).toLower();
        int month = 0;
        for (int i = 1; i <= 12 && month == 0; ++i) {
            if (name == c.monthName(i, QLocale::LongFormat).toLower() ||
                name == c.monthName(i, QLocale::ShortFormat).toLower())
                month = i;
        }
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += 2000;
        const QDate d(year, month, m.captured(1).toInt());
        return month > 0 && d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    return std::nullopt;
}
