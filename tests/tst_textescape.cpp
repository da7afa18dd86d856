// TextEscape::controls: what a file's text looks like in a message.
#include "domain/textescape.h"

#include <QTest>

class TestTextEscape : public QObject
{
    Q_OBJECT

private slots:
    void controls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << "CC/2016/004512"
                               << "CC/2016/004512";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("any script") << "Łukasz Nguyễn 王 محمد"
                                    << "Łukasz Nguyễn 王 محمد";
        QTest::newRow("terminal escape") << "P1\x1b[2J\x1b]0;owned\x07"
                                         << "P1\\x1b[2J\\x1b]0;owned\\x07";
        QTest::newRow("line breaks and tab") << "a\r\nb\tc"
                                             << "a\\x0d\\x0ab\\x09c";
        QTest::newRow("NUL") << QString(QChar(0)) + "=1"
                             << "\\x00=1";
        QTest::newRow("DEL and C1") << QString("x\x7f") + QChar(0x9b) + "y"
                                    << "x\\x7f\\x9by";
        QTest::newRow("bidi override") << QString("evil") + QChar(0x202e) + "fdp.exe"
                                       << "evil\\u202efdp.exe";
        QTest::newRow("isolate and separator")
            << QString(QChar(0x2066)) + "a" + QChar(0x2069) + QChar(0x2028)
            << "\\u2066a\\u2069\\u2028";
        QTest::newRow("joiners kept")
            << QString("a") + QChar(0x200d) + "b" << QString("a") + QChar(0x200d) + "b";
    }

    void controls()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(TextEscape::controls(text), shown);
    }
};

QTEST_GUILESS_MAIN(TestTextEscape)
#include "tst_textescape.moc"
