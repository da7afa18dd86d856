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

    void unterminatedQuote()
    {
        const auto rs = readAll("a,b\n1,2\n3,\"never closed\n4,5\n");
        QCOMPARE(rs.size(), 3);
        QVERIFY(rs[1].ok());
        QVERIFY(!rs[2].ok());
        QVERIFY(rs[2].error.contains(QLatin1String("line 3")));
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
