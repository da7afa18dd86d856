// BatchWrite (store/batchwrite.h) on SQLite binds values into SQLite's own statement
// (NativeSqlite::bind): each kind of value must be stored exactly as Qt's driver stores it, or a
// row written in bulk would read back differently from one written alone.
#include "store/batchwrite.h"
#include "store/nativesqlite.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTime>

class TestBatchWrite : public QObject
{
    Q_OBJECT

    QSqlDatabase m_db;

    // typeof() and quote() of column a in each row of `table`, by id.
    QStringList stored(const QString &table)
    {
        QSqlQuery q(m_db);
        QStringList out;
        if (!q.exec(QStringLiteral("SELECT typeof(a) || ' ' || quote(a) FROM %1 ORDER BY id")
                        .arg(table)))
            return {q.lastError().text()};
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("batch"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QVERIFY(NativeSqlite::handle(m_db));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE by_qt (id INTEGER PRIMARY KEY, a)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE by_batch (id INTEGER PRIMARY KEY, a)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE strict (id INTEGER PRIMARY KEY, a NOT NULL)")));
    }

    void sameAsQt_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid") << QVariant() << "null NULL";
        QTest::newRow("null text") << QVariant(QString()) << "null NULL";
        QTest::newRow("empty text") << QVariant(QStringLiteral("")) << "text ''";
        QTest::newRow("text") << QVariant(QStringLiteral("Okafor, O'Neil ü"))
                              << "text 'Okafor, O''Neil ü'";
        QTest::newRow("int") << QVariant(-7) << "integer -7";
        QTest::newRow("bool") << QVariant(true) << "integer 1";
        QTest::newRow("uint") << QVariant(4000000000u) << "integer 4000000000";
        QTest::newRow("qlonglong") << QVariant(qint64(1) << 40) << "integer 1099511627776";
        QTest::newRow("qulonglong") << QVariant(quint64(5)) << "text '5'";
        QTest::newRow("double") << QVariant(2.5) << "real 2.5";
        QTest::newRow("bytes") << QVariant(QByteArray("\x01\x00\xff", 3)) << "blob X'0100FF'";
        QTest::newRow("empty bytes") << QVariant(QByteArray("")) << "blob X''";
        QTest::newRow("null bytes") << QVariant(QByteArray()) << "null NULL";
        QTest::newRow("date") << QVariant(QDate(2026, 12, 7)) << "text '2026-12-07'";
        QTest::newRow("null date") << QVariant(QDate()) << "null NULL";
        QTest::newRow("date-time") << QVariant(QDateTime(QDate(2026, 12, 7), QTime(9, 5, 1, 20)))
                                   << "text '2026-12-07T09:05:01.020'";
        QTest::newRow("time") << QVariant(QTime(9, 5, 1, 20)) << "text '09:05:01.020'";
    }
    void sameAsQt()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, expected);
        QSqlQuery clear(m_db);
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM by_qt")));
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM by_batch")));
        QSqlQuery q(m_db);
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO by_qt (id, a) VALUES (?, ?)")));
        q.addBindValue(1);
        q.addBindValue(value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        BatchWrite rows(m_db, QStringLiteral("by_batch (id, a)"), 2, QString(),
                        QStringLiteral("row %1"));
        QVERIFY(rows.add({1, value}).ok());
        QVERIFY(rows.flush().ok());
        QCOMPARE(rows.rowsWritten(), qint64(1));
        QCOMPARE(stored(QStringLiteral("by_batch")), stored(QStringLiteral("by_qt")));
        QCOMPARE(stored(QStringLiteral("by_batch")), QStringList{expected});
    }

    // Many statements' worth, a refused row named by its first value with SQLite's reason, and
    // the statement usable again after it.
    void manyAndRefused()
    {
        BatchWrite rows(m_db, QStringLiteral("strict (id, a)"), 2, QString(),
                        QStringLiteral("row %1"));
        const int perStatement = BatchWrite::rowsPerStatement(m_db, 2);
        for (int i = 1; i <= perStatement * 3 + 5; ++i)
            QVERIFY(rows.add({i, QStringLiteral("v%1").arg(i)}).ok());
        QVERIFY(rows.flush().ok());
        QCOMPARE(rows.rowsWritten(), qint64(perStatement * 3 + 5));
        Status refused;
        for (int i = 0; i < perStatement && refused.ok(); ++i)
            refused = rows.add({100000 + i, i == 3 ? QVariant() : QVariant(i)});
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, QStringLiteral("Could not write row 100000"));
        QVERIFY2(refused.error().detail.contains(QStringLiteral("NOT NULL")),
                 qPrintable(refused.error().detail));
        BatchWrite again(m_db, QStringLiteral("strict (id, a)"), 2, QString(),
                         QStringLiteral("row %1"));
        QVERIFY(again.add({200000, 1}).ok());
        QVERIFY(again.flush().ok());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM strict")) && q.next());
        QCOMPARE(q.value(0).toInt(), perStatement * 3 + 5 + 1);
    }
};

QTEST_GUILESS_MAIN(TestBatchWrite)
#include "tst_batchwrite.moc"
