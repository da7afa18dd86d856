#include "csvwriter.h"

#include "formulaguard.h"

#include <QIODevice>
#include <QLocale>

CsvWriter::CsvWriter(QIODevice *device) : m_device(device) {}

bool CsvWriter::writeBom()
{
    static const char bom[] = "\xEF\xBB\xBF";
    return m_device->write(bom, 3) == 3;
}

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString CsvWriter::cellText(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return cell.toString();
    case QMetaType::Double:
    case QMetaType::Float:
        // The C locale: a decimal comma would split the field in two for most readers.
        return QLocale::c().toString(cell.toDouble(), 'g', QLocale::FloatingPointShortest);
    default:
        return FormulaGuard::guard(cell.toString());
    }
}

bool CsvWriter::writeRow(const QVariantList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QVariant &cell : cells)
        fields << cellText(cell);
    return writeFields(fields);
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields << FormulaGuard::guard(cell);
    return writeFields(fields);
}

bool CsvWriter::writeFields(const QStringList &fields)
{
    QString line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += quoted(fields[i]);
    }
    line += QLatin1String("\r\n");
    const QByteArray bytes = line.toUtf8();
    return m_device->write(bytes) == bytes.size();
}
