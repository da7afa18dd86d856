// The CSV reader: RFC 4180 edge cases, line numbers, and malformed input reported per record.
#include "io/csvreader.h"

#include <QBuffer>
#include <QTest>

class TestCsvReader : public QObject
{
    Q_OBJECT

    static QVector<CsvReader::Record> readAll(const QByteArray &bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QVector<CsvReader::Record> out;
        CsvReader::Record r;
        while (reader.next(r))
            out << r;
        return out;
    }

private slots:
    void plainLf()
    {
        const auto rs = readAll("a,b,c\n1,2,3\n");
        QCOMPARE(rs.size(), 2);
        QCOMPARE(rs[0].fields, (QStringList{"a", "b", "c"}));
        QCOMPARE(rs[1].fields, (QStringList{"1", "2", "3"}));
        QCOMPARE(rs[0].line, 1);
        QCOMPARE(rs[1].line, 2);
        QVERIFY(rs[1].ok());
    }

    void crlfAndNoFinalNewline()
    {
        const auto rs = readAll("a,b\r\n1,2\r\n3,4");
        QCOMPARE(rs.size(), 3);
        QCOMPARE(rs[1].fields, (QStringList{"1", "2"}));
        QCOMPARE(rs[2].fields, (QStringList{"3", "4"}));
        QCOMPARE(rs[2].line, 3);
        QVERIFY(rs[2].ok());
    }

    void emptyFields()
    {
        const auto rs = readAll("a,b,c\n,,\n\"\",x,\n");
        QCOMPARE(rs[1].fields, (QStringList{"", "", ""}));
        QCOMPARE(rs[2].fields, (QStringList{"", "x", ""}));
    }

    void bomIsDropped()
    {
        const auto rs = readAll("\xEF\xBB\xBF"
                                "case_ref,x\r\n1,2\r\n");
        QCOMPARE(rs[0].fields.first(), QStringLiteral("case_ref"));
        QCOMPARE(rs.size(), 2);
    }

    void quotedCommasQuotesAndLineBreaks()
    {
        const auto rs = readAll(
            "h1,h2\n\"a, b\",\"say \"\"hi\"\"\"\n\"two\nlines\",\"crlf\r\nhere\"\nlast,x\n");
        QCOMPARE(rs.size(), 4);
        QCOMPARE(rs[1].fields, (QStringList{"a, b", "say \"hi\""}));
        QCOMPARE(rs[2].fields, (QStringList{"two\nlines", "crlf\r\nhere"}));
        QCOMPARE(rs[2].line, 3);
        // The record after a multi-line one starts on the right line.
        QCOMPARE(rs[3].line, 6);
        QCOMPARE(rs[3].fields, (QStringList{"last", "x"}));
    }

    void utf8Text()
    {
        const QString arabic = QStringLiteral("\u0645\u062d\u0645\u062f");
        const QString polish = QStringLiteral("Wi\u015bniewski");
        const auto rs = readAll("a,b\n" + arabic.toUtf8() + "," + polish.toUtf8() + "\n");
        QCOMPARE(rs[1].fields, (QStringList{arabic, polish}));
        QVERIFY(rs[1].ok());
    }

    void invalidUtf8IsThatRecordsError()
    {
        const auto rs = readAll("a,b\n1,\xC3\x28\n2,ok\n");
        QCOMPARE(rs.size(), 3);
        QVERIFY(!rs[1].ok());
        QVERIFY(rs[1].error.contains(QLatin1String("UTF-8")));
        QVERIFY(rs[2].ok());
        QCOMPARE(rs[2].line, 3);
    }

    void strayQuoteInUnquotedField()
    {
        const auto rs = readAll("a,b\n1,ab\"c\n2,x\n");
        QCOMPARE(rs.size(), 3);
        QVERIFY(!rs[1].ok());
        QVERIFY(rs[1].error.contains(QLatin1String("quote")));
        QVERIFY(rs[2].ok());
        QCOMPARE(rs[2].fields, (QStringList{"2", "x"}));
    }

    void textAfterClosingQuote()
    {
        const auto rs = readAll("a,b\n\"1\"x,2\n3,4\n");
        QVERIFY(!rs[1].ok());
        QVERIFY(rs[2].ok());
        QCOMPARE(rs[2].line, 3);
    }

    // A quote that never closes costs its own line: reading resumes on the next one.
    void unterminatedQuote()
    {
        const auto rs = readAll("a,b\n1,2\n3,\"never closed\n4,5\n");
        QCOMPARE(rs.size(), 4);
        QVERIFY(rs[1].ok());
        QVERIFY(!rs[2].ok());
        QCOMPARE(rs[2].line, 3);
        QVERIFY(rs[2].error.contains(QLatin1String("line 3")));
        QVERIFY(rs[3].ok());
        QCOMPARE(rs[3].line, 4);
        QCOMPARE(rs[3].fields, (QStringList{"4", "5"}));
    }

    // A stray quote in the middle of a file: closed by accident by a later quote (text after
    // it), never closed, or running past the field limit; each costs its own line only, and
    // the line numbers after it stay right. A quoted field with an honest line break is kept.
    void strayQuoteCostsOneLine_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::newRow("closed by a later quote") << QByteArray("5,\"stray");
        QTest::newRow("never closed") << QByteArray("5,\"stray, no quote after it");
        QTest::newRow("text after an early close") << QByteArray("5,\"st\"ray");
    }

    void strayQuoteCostsOneLine()
    {
        QFETCH(QByteArray, bad);
        QByteArray bytes("ref,text\n1,\"two\nlines\"\n");
        for (int i = 2; i < 5; ++i)
            bytes += QByteArray::number(i) + ",plain\n";
        bytes += bad + "\n";
        for (int i = 6; i < 1000; ++i)
            bytes += QByteArray::number(i) + (i == 500 ? ",\"quoted\"\n" : ",plain\n");
        const auto rs = readAll(bytes);
        QCOMPARE(rs.size(), 1000);
        QCOMPARE(rs[1].fields, (QStringList{"1", "two\nlines"}));
        QCOMPARE(rs[2].line, 4);
        QVERIFY(!rs[5].ok());
        QCOMPARE(rs[5].line, 7);
        QVERIFY2(rs[5].error.contains(QLatin1String("line 7")) ||
                     rs[5].error.contains(QLatin1String("field 2")),
                 qPrintable(rs[5].error));
        for (int i = 6; i < 1000; ++i) {
            QVERIFY2(rs[i].ok(), qPrintable(rs[i].error));
            QCOMPARE(rs[i].line, i + 2);
            QCOMPARE(rs[i].fields.first(), QString::number(i));
        }
    }

    // Past the field limit inside a quote opened on an earlier line: cut back to that line.
    void strayQuotePastTheFieldLimit()
    {
        QByteArray bytes("ref,text\n1,\"stray\n");
        const QByteArray line = QByteArray(1000, 'x') + "\n";
        const int lines = int(CsvReader::MaxFieldBytes / line.size()) + 10;
        for (int i = 0; i < lines; ++i)
            bytes += line;
        bytes += "2,\"end\"\n";
        const auto rs = readAll(bytes);
        QCOMPARE(rs.size(), lines + 3);
        QVERIFY(!rs[1].ok());
        QVERIFY(rs[1].error.contains(QLatin1String("line 2")));
        QVERIFY(rs[2].ok());
        QCOMPARE(rs[2].line, 3);
        QCOMPARE(rs.last().fields, (QStringList{"2", "end"}));
        QCOMPARE(rs.last().line, lines + 3);
    }

    // A field or a record past the limits is that record's error; it is never held whole.
    void limits_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("error");
        const QByteArray big(64 * 1024 * 1024, 'x');
        QTest::newRow("a 64 MiB field") << big << "longer than 1048576 bytes";
        QTest::newRow("a 64 MiB quoted field") << "\"" + big + "\""
                                               << "longer than 1048576 bytes";
        QTest::newRow("a 64 MiB line of commas")
            << QByteArray(64 * 1024 * 1024, ',') << "more than 1000";
        QTest::newRow("1,001 fields") << QByteArray(1000, ',') << "1001 fields, more than 1000";
    }

    void limits()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, error);
        QByteArray bytes = "a,b\n" + row + "\n2,after\n";
        row.clear();
        const auto rs = readAll(bytes);
        QCOMPARE(rs.size(), 3);
        QVERIFY2(rs[1].error.contains(error), qPrintable(rs[1].error));
        QVERIFY(rs[1].fields.size() <= CsvReader::MaxFields);
        QVERIFY(rs[2].ok());
        QCOMPARE(rs[2].line, 3);
        QCOMPARE(rs[2].fields, (QStringList{"2", "after"}));
    }

    // Just under the limits is an ordinary record.
    void atTheLimits()
    {
        const QByteArray field(CsvReader::MaxFieldBytes, 'y');
        const auto rs =
            readAll("a\n" + field + "\n" + QByteArray(CsvReader::MaxFields - 1, ',') + "\n");
        QCOMPARE(rs.size(), 3);
        QVERIFY(rs[1].ok());
        QCOMPARE(rs[1].fields.first().size(), field.size());
        QVERIFY(rs[2].ok());
        QCOMPARE(rs[2].fields.size(), CsvReader::MaxFields);
    }

    // A last record without its line break that is short or malformed: a file cut short.
    void lastRecordUnterminated()
    {
        for (const auto &[bytes, unterminated] :
             {std::pair(QByteArray("a,b\n1,2\n"), false), std::pair(QByteArray("a,b\n1,2"), true),
              std::pair(QByteArray("a,b\n1,2\n\n"), false),
              std::pair(QByteArray("a,b\n1,\"cut"), true)}) {
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(&buffer);
            CsvReader::Record r;
            while (reader.next(r)) {
            }
            QCOMPARE(reader.lastRecordUnterminated(), unterminated);
        }
    }

    void emptyLinesAreSkipped()
    {
        const auto rs = readAll("a\n\n1\r\n\r\n2\n\n");
        QCOMPARE(rs.size(), 3);
        QCOMPARE(rs[1].line, 3);
        QCOMPARE(rs[2].line, 5);
    }

    void emptyInput()
    {
        QVERIFY(readAll("").isEmpty());
        QVERIFY(readAll("\xEF\xBB\xBF").isEmpty());
    }

    // Records that straddle the reader's internal chunks come out whole.
    void largeInputAcrossChunks()
    {
        QByteArray bytes("ref,text\n");
        const QByteArray longText(300 * 1024, 'x');
        bytes += "1,\"" + longText + "\"\n";
        for (int i = 2; i < 20000; ++i)
            bytes += QByteArray::number(i) + ",\"quoted, \"\"text\"\"\"\r\n";
        const auto rs = readAll(bytes);
        QCOMPARE(rs.size(), 20000);
        QCOMPARE(rs[1].fields[1].size(), longText.size());
        for (int i = 2; i < 20000; ++i) {
            QCOMPARE(rs[i].line, i + 1);
            QCOMPARE(rs[i].fields, (QStringList{QString::number(i), "quoted, \"text\""}));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
