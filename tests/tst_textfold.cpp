#include "domain/textfold.h"

#include <QTest>

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("accent") << QStringLiteral("José") << QStringLiteral("jose");
        QTest::newRow("upper") << QStringLiteral("GARCÍA") << QStringLiteral("garcia");
        QTest::newRow("polish") << QStringLiteral("Łukasz Wiśniewski")
                                << QStringLiteral("lukasz wisniewski");
        QTest::newRow("umlaut") << QStringLiteral("Zoë Müller") << QStringLiteral("zoe muller");
        QTest::newRow("cedilla") << QStringLiteral("François") << QStringLiteral("francois");
        QTest::newRow("cyrillic") << QStringLiteral("Иванов") << QStringLiteral("иванов");
        QTest::newRow("cyrillic yo") << QStringLiteral("Ёлкин") << QStringLiteral("елкин");
        QTest::newRow("arabic kept") << QStringLiteral("محمد") << QStringLiteral("محمد");
        QTest::newRow("chinese kept") << QStringLiteral("王伟") << QStringLiteral("王伟");
        QTest::newRow("reference")
            << QStringLiteral("CC/2016/004512") << QStringLiteral("cc/2016/004512");
    }
    void fold()
    {
        QFETCH(QString, in);
        QTEST(TextFold::fold(in), "out");
    }
    void escapeLike()
    {
        QCOMPARE(TextFold::escapeLike(QStringLiteral("50%_a\\b")),
                 QStringLiteral("50\\%\\_a\\\\b"));
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
