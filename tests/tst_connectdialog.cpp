// The team database connection dialog: the URL it builds, what it remembers, the password
// prompt, failures that leave the window as it was, and (LODESTAR_TEST_POSTGRES) a real server.
#include "testsupport.h"
#include "window/connectdialog.h"
#include "window/mainwindow.h"
#include "window/teamdatabaseurl.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <functional>

namespace {

// Runs `handle` on the first modal widget `accept` takes, once it is up: dialogs open inside
// exec(), so the test answers them from the event loop. A widget that never comes fails the
// test instead of hanging it (the caller checks `*seen`).
void whenModal(QObject *context, const std::function<bool(QWidget *)> &accept,
               const std::function<void(QWidget *)> &handle, bool *seen)
{
    auto *timer = new QTimer(context);
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(timer, &QTimer::timeout, context, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && accept(modal)) {
            timer->stop();
            timer->deleteLater();
            delete clock;
            *seen = true;
            handle(modal);
            return;
        }
        if (clock->elapsed() > 10000) {
            timer->stop();
            timer->deleteLater();
            delete clock;
            if (modal)
                modal->close();
        }
    });
    timer->start(10);
}

bool isPrompt(QWidget *w)
{
    return w->objectName() == QLatin1String("passwordPrompt");
}

// Answers the password prompts in turn, each with its answer (Escape for nullopt); the
// prompts' texts are appended to `labels`. The next answer waits until the prompt before it
// has closed: a wrong password brings up a new prompt.
void answerPrompts(QObject *context, QList<std::optional<QString>> answers, QStringList *labels)
{
    if (answers.isEmpty())
        return;
    auto *seen = new bool(false);
    whenModal(
        context, isPrompt,
        [=](QWidget *w) {
            delete seen;
            auto *prompt = qobject_cast<QInputDialog *>(w);
            labels->append(prompt->labelText());
            auto *edit = prompt->findChild<QLineEdit *>();
            const std::optional<QString> answer = answers.first();
            answerPrompts(context, answers.mid(1), labels);
            if (!answer) {
                QTest::keyClick(edit, Qt::Key_Escape);
                return;
            }
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            QTest::keyClicks(edit, *answer);
            QTest::keyClick(edit, Qt::Key_Return);
        },
        seen);
}

QString osUser()
{
    for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QDir::home().dirName();
}

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

    struct Call
    {
        QString location;
        QString password;
    };

    QLineEdit *edit(ConnectDialog &d, const char *name)
    {
        return d.findChild<QLineEdit *>(QLatin1String(name));
    }
    QPushButton *connectButton(ConnectDialog &d)
    {
        return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    QLabel *message(ConnectDialog &d)
    {
        return d.findChild<QLabel *>(QStringLiteral("connectMessage"));
    }

    // Replaces every field by typing, as a person would.
    void fill(ConnectDialog &d, const QString &host, int port, const QString &database,
              const QString &user, const QString &password = QString())
    {
        const auto type = [](QLineEdit *e, const QString &text) {
            e->clear();
            QTest::keyClicks(e, text);
        };
        type(edit(d, "hostEdit"), host);
        auto *spin = d.findChild<QSpinBox *>(QStringLiteral("portSpin"));
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(port));
        type(edit(d, "databaseEdit"), database);
        type(edit(d, "userEdit"), user);
        type(edit(d, "passwordEdit"), password);
    }

    // Stands in for the server: records each attempt; accepts `password` (any when empty).
    ConnectDialog::Opener fakeServer(QVector<Call> *calls, std::shared_ptr<Database> db,
                                     const QString &password = QString())
    {
        return [=](const QString &location,
                   const QString &given) -> Result<std::shared_ptr<Database>> {
            calls->append({location, given});
            if (!password.isEmpty() && given != password)
                return Error{QStringLiteral("The server refused the login"),
                             QStringLiteral("password authentication failed"),
                             Database::NeedsPassword};
            return db;
        };
    }

private slots:
    void init() { TestData::isolateSettings(QStringLiteral("tst_connectdialog")); }

    void defaultsForAFirstConnection()
    {
        ConnectDialog d;
        QCOMPARE(edit(d, "hostEdit")->text(), QStringLiteral("localhost"));
        QCOMPARE(d.findChild<QSpinBox *>(QStringLiteral("portSpin"))->value(), 5432);
        QCOMPARE(edit(d, "userEdit")->text(), osUser());
        QVERIFY(edit(d, "databaseEdit")->text().isEmpty());
        QCOMPARE(edit(d, "passwordEdit")->echoMode(), QLineEdit::Password);
        // Nothing to connect to until the database is named.
        QVERIFY(!connectButton(d)->isEnabled());
    }

    void typedFieldsBuildTheUrlWithoutThePassword()
    {
        ConnectDialog d;
        d.show();
        fill(d, QStringLiteral("db.team.local"), 6543, QStringLiteral("casework"),
             QStringLiteral("alice"), QStringLiteral("s3cret"));
        QCOMPARE(d.url(), QStringLiteral("postgresql://alice@db.team.local:6543/casework"));
        QVERIFY(!d.url().contains(QLatin1String("s3cret")));
        QVERIFY(connectButton(d)->isEnabled());
        edit(d, "userEdit")->clear();
        QVERIFY(!connectButton(d)->isEnabled());
    }

    // A server on another machine is checked against the CA named here (issue 19): it goes
    // into the URL as libpq's sslrootcert, and is remembered with the rest.
    void caCertificateGoesIntoTheUrlAndIsRemembered()
    {
        TestDatabase t;
        QVector<Call> calls;
        {
            ConnectDialog d;
            d.setOpener(fakeServer(&calls, t.db));
            d.show();
            fill(d, QStringLiteral("db.team.local"), 5432, QStringLiteral("casework"),
                 QStringLiteral("alice"));
            QVERIFY(edit(d, "caCertificateEdit")->text().isEmpty());
            QCOMPARE(d.url(), QStringLiteral("postgresql://alice@db.team.local:5432/casework"));
            QTest::keyClicks(edit(d, "caCertificateEdit"), QStringLiteral("/etc/team/ca.pem"));
            QCOMPARE(d.url(), QStringLiteral("postgresql://alice@db.team.local:5432/"
                                             "casework?sslrootcert=/etc/team/ca.pem"));
            QTest::mouseClick(connectButton(d), Qt::LeftButton);
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0].location, QStringLiteral("postgresql://alice@db.team.local:5432/"
                                                   "casework?sslrootcert=/etc/team/ca.pem"));
        ConnectDialog again;
        QCOMPARE(edit(again, "caCertificateEdit")->text(), QStringLiteral("/etc/team/ca.pem"));
        const auto back = TeamDatabaseUrl::parse(calls[0].location);
        QVERIFY(back);
        QCOMPARE(back->caCertificate, QStringLiteral("/etc/team/ca.pem"));
        QCOMPARE(back->displayName(), QStringLiteral("casework on db.team.local"));
    }

    void urlRoundTrips()
    {
        TeamDatabaseUrl t;
        t.host = QStringLiteral("::1");
        t.port = 5439;
        t.database = QStringLiteral("team casework");
        t.user = QStringLiteral("o'brien@unit");
        const auto back = TeamDatabaseUrl::parse(t.toString());
        QVERIFY(back);
        QCOMPARE(back->host, t.host);
        QCOMPARE(back->port, t.port);
        QCOMPARE(back->database, t.database);
        QCOMPARE(back->user, t.user);
        QCOMPARE(back->displayName(), QStringLiteral("team casework on ::1"));
        QVERIFY(!TeamDatabaseUrl::parse(QStringLiteral("/home/sam/lodestar.sqlite")));
        QVERIFY(!TeamDatabaseUrl::parse(QStringLiteral("postgresql://alice@host:5432/")));
        // A password someone typed into a URL is never shown.
        QCOMPARE(TeamDatabaseUrl::shownLocation(
                     QStringLiteral("postgresql://alice:s3cret@host:5432/casework")),
                 QStringLiteral("postgresql://alice@host:5432/casework"));
        QCOMPARE(TeamDatabaseUrl::shownLocation(QStringLiteral("/data/lodestar.sqlite")),
                 QStringLiteral("/data/lodestar.sqlite"));
    }

    void connectRemembersEverythingButThePassword()
    {
        TestDatabase t;
        QVector<Call> calls;
        {
            ConnectDialog d;
            d.setOpener(fakeServer(&calls, t.db));
            d.show();
            fill(d, QStringLiteral("db.team.local"), 6543, QStringLiteral("casework"),
                 QStringLiteral("alice"), QStringLiteral("s3cret"));
            QTest::mouseClick(connectButton(d), Qt::LeftButton);
            QCOMPARE(d.result(), int(QDialog::Accepted));
            QCOMPARE(d.database(), t.db);
        }
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0].location,
                 QStringLiteral("postgresql://alice@db.team.local:6543/casework"));
        QCOMPARE(calls[0].password, QStringLiteral("s3cret"));

        ConnectDialog again;
        QCOMPARE(edit(again, "hostEdit")->text(), QStringLiteral("db.team.local"));
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("portSpin"))->value(), 6543);
        QCOMPARE(edit(again, "databaseEdit")->text(), QStringLiteral("casework"));
        QCOMPARE(edit(again, "userEdit")->text(), QStringLiteral("alice"));
        QVERIFY(edit(again, "passwordEdit")->text().isEmpty());
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QLatin1String("s3cret")),
                     qPrintable(key));
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));
    }

    void neededPasswordIsAskedForUntilAccepted()
    {
        TestDatabase t;
        QVector<Call> calls;
        ConnectDialog d;
        d.setOpener(fakeServer(&calls, t.db, QStringLiteral("right")));
        d.show();
        fill(d, QStringLiteral("localhost"), 5432, QStringLiteral("casework"),
             QStringLiteral("alice"));
        QStringList labels;
        answerPrompts(this, {QStringLiteral("wrong"), QStringLiteral("right")}, &labels);
        QTest::mouseClick(connectButton(d), Qt::LeftButton);
        QCOMPARE(labels.size(), 2);
        QVERIFY2(labels[0].contains(QLatin1String("asks for a password")), qPrintable(labels[0]));
        QVERIFY2(labels[0].contains(QLatin1String("casework on localhost as alice")),
                 qPrintable(labels[0]));
        QVERIFY2(labels[1].contains(QLatin1String("not accepted")), qPrintable(labels[1]));
        // One attempt per answer.
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls[0].password, QString());
        QCOMPARE(calls[1].password, QStringLiteral("wrong"));
        QCOMPARE(calls[2].password, QStringLiteral("right"));
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.database(), t.db);
    }

    void cancelledPromptLeavesTheDialogOpen()
    {
        TestDatabase t;
        QVector<Call> calls;
        ConnectDialog d;
        d.setOpener(fakeServer(&calls, t.db, QStringLiteral("right")));
        d.show();
        fill(d, QStringLiteral("localhost"), 5432, QStringLiteral("casework"),
             QStringLiteral("alice"));
        QStringList labels;
        answerPrompts(this, {std::nullopt}, &labels);
        QTest::mouseClick(connectButton(d), Qt::LeftButton);
        QCOMPARE(labels.size(), 1);
        QCOMPARE(calls.size(), 1);
        QVERIFY(d.isVisible());
        QVERIFY(!d.database());
        QVERIFY(message(d)->isVisible());
        QVERIFY2(message(d)->text().contains(QLatin1String("needs a password")),
                 qPrintable(message(d)->text()));
        QVERIFY(connectButton(d)->isEnabled());
        // Nothing is remembered from a connection that did not happen.
        QVERIFY(!QSettings().contains(QStringLiteral("teamDatabase/database")));
    }

    void startUpPromptRetriesWithEachAnswer()
    {
        // The path of `lodestar --database postgresql://…`: the same prompt, no dialog.
        TestDatabase t;
        QVector<Call> calls;
        QStringList labels;
        answerPrompts(this, {QStringLiteral("wrong"), QStringLiteral("right")}, &labels);
        const QString url = QStringLiteral("postgresql://alice@localhost:5432/casework");
        auto result = ConnectDialog::openAsking(nullptr, url, QString(),
                                                fakeServer(&calls, t.db, QStringLiteral("right")));
        QVERIFY(result);
        QCOMPARE(result.value(), t.db);
        QCOMPARE(labels.size(), 2);
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls[2].password, QStringLiteral("right"));
        for (const Call &c : calls)
            QCOMPARE(c.location, url);
        // Cancelled: a clear refusal, with the code the caller tells apart.
        calls.clear();
        labels.clear();
        answerPrompts(this, {std::nullopt}, &labels);
        auto cancelled = ConnectDialog::openAsking(
            nullptr, url, QString(), fakeServer(&calls, t.db, QStringLiteral("right")));
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Database::NeedsPassword);
        QCOMPARE(calls.size(), 1);
    }

    void escapeCancels()
    {
        TestDatabase t;
        QVector<Call> calls;
        ConnectDialog d;
        d.setOpener(fakeServer(&calls, t.db));
        d.show();
        fill(d, QStringLiteral("db.team.local"), 5432, QStringLiteral("casework"),
             QStringLiteral("alice"));
        QTest::keyClick(edit(d, "databaseEdit"), Qt::Key_Escape);
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QVERIFY(!d.isVisible());
        QVERIFY(calls.isEmpty());
        QVERIFY(!d.database());
        QVERIFY(!QSettings().contains(QStringLiteral("teamDatabase/database")));
    }

    void unreachableServerKeepsTheWindowAsItWas()
    {
        TestDatabase t;
        MainWindow window(t.db, QStringLiteral("sokafor"));
        window.show();
        auto *status = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        const QString statusBefore = status->text();
        const QString titleBefore = window.windowTitle();
        bool seen = false;
        QString shown;
        bool stillOpen = false;
        whenModal(
            this, [](QWidget *w) { return qobject_cast<ConnectDialog *>(w) != nullptr; },
            [&](QWidget *w) {
                auto *d = qobject_cast<ConnectDialog *>(w);
                // Nothing listens on port 1: the real Database::open fails at once.
                fill(*d, QStringLiteral("localhost"), 1, QStringLiteral("casework"),
                     QStringLiteral("alice"));
                QTest::mouseClick(connectButton(*d), Qt::LeftButton);
                shown = message(*d)->isVisible() ? message(*d)->text() : QString();
                stillOpen = d->isVisible();
                QTest::keyClick(d, Qt::Key_Escape);
            },
            &seen);
        window.findChild<QAction *>(QStringLiteral("connectTeamAction"))->trigger();
        QVERIFY(seen);
        QVERIFY(stillOpen);
        QVERIFY2(
            shown.startsWith(QLatin1String("Could not connect to casework on localhost as alice.")),
            qPrintable(shown));
        // The reason follows on a line of its own.
        QVERIFY2(shown.section(QLatin1Char('\n'), 1).size() > 10, qPrintable(shown));
        QCOMPARE(window.database(), t.db);
        QCOMPARE(status->text(), statusBefore);
        QCOMPARE(window.windowTitle(), titleBefore);
        QVERIFY(!QSettings().contains(QStringLiteral("teamDatabase/database")));
    }

    void firstStartOffersTheTeamDatabase()
    {
        TestDatabase t;
        MainWindow window(t.db, QStringLiteral("sokafor"));
        window.show();
        bool boxSeen = false;
        bool dialogSeen = false;
        whenModal(
            this, [](QWidget *w) { return w->objectName() == QLatin1String("firstStartBox"); },
            [&](QWidget *w) {
                auto *box = qobject_cast<QMessageBox *>(w);
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text().contains(QLatin1String("Team Database"))) {
                        whenModal(
                            this,
                            [](QWidget *m) { return qobject_cast<ConnectDialog *>(m) != nullptr; },
                            [](QWidget *m) { QTest::keyClick(m, Qt::Key_Escape); }, &dialogSeen);
                        b->click();
                    }
                }
            },
            &boxSeen);
        window.offerFirstStart();
        QVERIFY(boxSeen);
        QVERIFY(dialogSeen);
        QCOMPARE(window.database(), t.db);
    }

    void realServerSwitchesTheWindow()
    {
        if (!TestPostgres::enabled())
            QSKIP("LODESTAR_TEST_POSTGRES is not set: no PostgreSQL server to connect to");
        const auto server = TeamDatabaseUrl::parse(TestPostgres::serverUrl());
        QVERIFY(server);
        QString name;
        TestPostgres::createDatabase(&name);
        const auto drop = qScopeGuard([&] { TestPostgres::dropDatabase(name); });
        {
            TestDatabase t;
            MainWindow window(t.db, QStringLiteral("sokafor"));
            window.show();
            bool seen = false;
            whenModal(
                this, [](QWidget *w) { return qobject_cast<ConnectDialog *>(w) != nullptr; },
                [&](QWidget *w) {
                    auto *d = qobject_cast<ConnectDialog *>(w);
                    fill(*d, server->host, server->port, name, server->user);
                    QTest::mouseClick(connectButton(*d), Qt::LeftButton);
                    if (d->isVisible()) { // failed: say why, and do not hang in exec()
                        qWarning("%s", qPrintable(message(*d)->text()));
                        d->reject();
                    }
                },
                &seen);
            window.findChild<QAction *>(QStringLiteral("connectTeamAction"))->trigger();
            QVERIFY(seen);
            QVERIFY(window.database() != t.db);
            TeamDatabaseUrl expected = *server;
            expected.database = name;
            QCOMPARE(window.database()->location(), expected.toString());
            QVERIFY(window.database()->schemaVersion() > 0);
            auto *status = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
            QCOMPARE(status->text(), QStringLiteral("%1 on %2").arg(name, server->host));
            QCOMPARE(status->toolTip(), expected.toString());
            QVERIFY(window.windowTitle().contains(status->text()));
            QCOMPARE(QSettings().value(QStringLiteral("teamDatabase/database")).toString(), name);
        }
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
