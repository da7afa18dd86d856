// The command line as a person (or the README, or CI) runs it: the real lodestar binary.
#include "db/session.h"
#include "figures/dashboard.h"
#include "figures/figures.h"
#include "store/accessstore.h"
#include "store/auditstore.h"
#include "store/backup.h"
#include "store/personstore.h"
#include "store/userstore.h"
#include "testsupport.h"

#include <QDate>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

namespace {
using TestData::lodestar;
using TestData::Run;

// Qt may print platform warnings on stderr; the error line is Lodestar's own.
QString lodestarLine(const QString &err)
{
    for (const QString &line : err.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("lodestar ")))
            return line;
    }
    return QString();
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("LODESTAR_BINARY")),
                 "set LODESTAR_BINARY to the lodestar executable");
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run r = lodestar({QStringLiteral("demo"), QStringLiteral("--database"), m_demo,
                                QStringLiteral("--persons"), QStringLiteral("400"),
                                QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void helpOnEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c :
             {"", "gui", "demo", "figures", "screenshot", "audit-verify", "backup", "restore"})
            QTest::newRow(*c ? c : "(none)") << QString::fromLatin1(c);
    }
    void helpOnEveryCommand()
    {
        QFETCH(QString, command);
        QStringList args;
        if (!command.isEmpty())
            args << command;
        args << QStringLiteral("--help");
        const Run r = lodestar(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("--database")));
    }

    void figuresJsonMatchesTheLibrary()
    {
        const Run r = lodestar({QStringLiteral("figures"), QStringLiteral("--database"), m_demo,
                                QStringLiteral("--as-of"), QStringLiteral("2026-01-31"),
                                QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(r.out.trimmed().count(QLatin1Char('\n')), 0); // one object, one line
        QCOMPARE(json.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-01-31"));
        // A past day: the figures that describe the present are refused, each printed as null
        // and named under "refused" (README, "As of").
        const QStringList present = TestData::presentFigureKeys();
        QCOMPARE(json.value(QStringLiteral("refused")).toObject().keys(), present);
        for (const QString &key : present)
            QVERIFY2(json.value(key).isNull(), qPrintable(key));
        // Today, they are answered and there is nothing refused.
        const Run now = lodestar({QStringLiteral("figures"), QStringLiteral("--database"), m_demo,
                                  QStringLiteral("--json")});
        QVERIFY2(now.exitCode == 0, qPrintable(now.err));
        const QJsonObject today = QJsonDocument::fromJson(now.out.toUtf8()).object();
        QVERIFY(!today.contains(QStringLiteral("refused")));
        QCOMPARE(today.value(QStringLiteral("persons")).toInt(), 400);
        const QJsonObject bands = today.value(QStringLiteral("by_band")).toObject();
        int sum = 0;
        for (const char *b : {"1", "2", "3", "4"}) {
            QVERIFY(bands.contains(QLatin1String(b)));
            sum += bands.value(QLatin1String(b)).toInt();
        }
        QCOMPARE(sum, today.value(QStringLiteral("non_detained")).toInt());
        QVERIFY(sum > 0 && sum < 400);
        const QJsonObject flags = today.value(QStringLiteral("flags")).toObject();
        for (const char *f : {"ZINCS", "NEXUS_HH", "EM", "NFA"})
            QVERIFY(flags.contains(QLatin1String(f)));

        auto db = Database::open(m_demo, Database::Create::Never);
        QVERIFY(db);
        // A demo of 400 cannot be worked out by hand: some figures checked against counts
        // written here in plain SQL, apart from the product's rules (the stock: a criminal
        // case, none of them detained, not removed on or before the as-of date).
        const auto count = [&](const QString &sql) {
            QSqlQuery q(db.value()->sql());
            return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(today.value(QStringLiteral("cases")).toInt(),
                 count(QStringLiteral("SELECT COUNT(*) FROM cid_case")));
        QCOMPARE(json.value(QStringLiteral("persons_without_criminal_case")).toInt(),
                 count(QStringLiteral("SELECT COUNT(*) FROM person p WHERE NOT EXISTS (SELECT 1 "
                                      "FROM cid_case c WHERE c.person_id = p.id AND c.case_type "
                                      "= 'CRIMINAL')")));
        const int stock = count(QStringLiteral(
            "SELECT COUNT(*) FROM person p WHERE EXISTS (SELECT 1 FROM cid_case c WHERE "
            "c.person_id = p.id AND c.case_type = 'CRIMINAL') AND NOT EXISTS (SELECT 1 FROM "
            "cid_case c WHERE c.person_id = p.id AND c.case_type = 'CRIMINAL' AND c.custody = "
            "'DETAINED') AND NOT EXISTS (SELECT 1 FROM removal_directions r WHERE r.person_id "
            "= p.id AND r.outcome = 'removed' AND r.outcome_on <= '2026-01-31')"));
        QVERIFY(stock > 0);
        QCOMPARE(json.value(QStringLiteral("non_detained")).toInt(), stock);
        QCOMPARE(flags.value(QStringLiteral("NFA")).toInt(),
                 count(QStringLiteral("SELECT COUNT(*) FROM person WHERE address_status = "
                                      "'NFA'")));
        // And the CLI prints what the library computes, to the last figure.
        const auto figures = Figures::compute(db.value()->sql(), QDate(2026, 1, 31));
        QVERIFY(figures);
        QCOMPARE(json, figures.value().toJson());
        QVERIFY(figures.value().presentRefused);
    }

    // The CLI's JSON on a caseload small enough to work out by hand, each figure's people
    // named in a comment.
    void figuresJsonOnAHandBuiltCaseload()
    {
        const QString path = m_dir.filePath(QStringLiteral("hand.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
            const auto p = [](const char *ref, const char *mappa, std::optional<int> sentence,
                              const QStringList &barriers, const char *unit, const char *owner,
                              const char *custody = "NON_DETAINED") {
                return TestData::person(QLatin1String(ref), QStringLiteral("F"), QString(),
                                        QLatin1String(mappa), sentence, barriers,
                                        QLatin1String(unit), QLatin1String(owner),
                                        QLatin1String(custody));
            };
            auto c2 = p("C2", "1", 24, {}, "CC Liverpool", "");
            c2.cases[0].harm = QStringLiteral("B");
            auto c6 = p("C6", "0", 24, {}, "CC Leeds", "sokafor");
            c6.details.addressStatus = QStringLiteral("NFA");
            c6.cases[0].flags = QStringLiteral("ZINCS");
            QVERIFY(TestData::add(
                *db.value(), {p("C1", "2", 24, {}, "CC Liverpool", "sokafor"), c2,
                              p("C3", "0", 12, {QStringLiteral("ASYLUM")}, "CC Leeds", "sokafor"),
                              p("C4", "0", std::nullopt, {}, "Littlehampton", "  "),
                              p("C5", "3", 90, {}, "LIT North West", "", "DETAINED"), c6}));
        }
        // Today, the day the caseload was built: its figures of the present are answered.
        const Run r = lodestar({QStringLiteral("figures"), QStringLiteral("--database"), path,
                                QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const auto at = [&](const char *key, const char *part = nullptr) {
            const QJsonValue v = json.value(QLatin1String(key));
            return part ? v.toObject().value(QLatin1String(part)).toInt(-1) : v.toInt(-1);
        };
        QCOMPARE(at("persons"), 6);          // C1-C6
        QCOMPARE(at("cases"), 7);            // one each, two for C3 (its asylum claim)
        QCOMPARE(at("non_detained"), 5);     // all but C5, detained
        QCOMPARE(at("by_band", "1"), 1);     // C1: MAPPA 2
        QCOMPARE(at("by_band", "2"), 1);     // C2: MAPPA 1, harm B
        QCOMPARE(at("by_band", "3"), 2);     // C4, C6: MAPPA 0, no barrier
        QCOMPARE(at("by_band", "4"), 1);     // C3: MAPPA 0, an open asylum claim
        QCOMPARE(at("band_provisional"), 1); // C4: no sentence recorded (over 60 would be band 1)
        QCOMPARE(at("reporting"), 5);        // the stock, all reporting weekly, no absconder
        QCOMPARE(at("absconders"), 0);
        QCOMPARE(at("not_reporting"), 0);
        QCOMPARE(at("unallocated"), 2); // C2 (empty owner), C4 (spaces); C5 is not in the stock
        QCOMPARE(at("ripe_for_progression"), 4);            // the stock less C3 (open barrier)
        QCOMPARE(at("document_to_seek_barrier_open"), 1);   // C3
        QCOMPARE(at("open_barriers_by_type", "asylum"), 1); // C3's claim
        // C5's only criminal case is a Local Immigration Team's; Littlehampton (C4) is not one.
        QCOMPARE(at("ownership_unclear"), 1);
        QCOMPARE(at("data_quality_by_issue", "unclear_ownership"), 1); // C5
        QCOMPARE(at("data_quality_by_issue", "no_case_owner"), 3);     // C2, C4, C5
        QCOMPARE(at("persons_without_criminal_case"), 0);
        QCOMPARE(at("flags", "NFA"), 1);   // C6
        QCOMPARE(at("flags", "ZINCS"), 1); // C6
        QCOMPARE(at("flags", "EM"), 0);
        QCOMPARE(at("removals_planned"), 0);
    }

    // `figures --definitions` prints every figure's meaning from the one registry, and every
    // chart's, with no database; as one JSON object with --json.
    void figuresDefinitions()
    {
        Run r = lodestar({QStringLiteral("figures"), QStringLiteral("--definitions")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), Figures::definitions().size() + Dashboard::chartIds().size());
        for (const Figures::Definition &d : Figures::definitions())
            QVERIFY2(lines.contains(QStringLiteral("%1\t%2 (%3)").arg(d.key, d.meaning, d.unit)),
                     qPrintable(d.key));
        for (const QString &id : Dashboard::chartIds())
            QVERIFY2(r.out.contains(QStringLiteral("charts/%1\t%2: %3")
                                        .arg(id, Dashboard::describe(id).title,
                                             Dashboard::describe(id).definition)),
                     qPrintable(id));
        r = lodestar(
            {QStringLiteral("figures"), QStringLiteral("--definitions"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.size(), Figures::definitions().size() + Dashboard::chartIds().size());
        QCOMPARE(json.value(QStringLiteral("not_reporting"))
                     .toObject()
                     .value(QStringLiteral("meaning"))
                     .toString(),
                 Figures::definition(FigureId::NotReporting)->meaning);
    }

    // --as-of YYYY-MM-DDTHH:MM: the reporting figures at a minute within a day, a breach
    // event a minute either side of it.
    void figuresAtAMomentWithinADay()
    {
        auto db = Database::open(m_demo, Database::Create::Never);
        QVERIFY(db);
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT scheduled, COUNT(*) FROM reporting_event WHERE (outcome IS NULL OR outcome "
            "IN ('', 'NO_SHOW')) AND scheduled >= '2026-01-27' AND scheduled < '2026-01-31' "
            "AND scheduled NOT LIKE '%T00:00' GROUP BY scheduled ORDER BY scheduled")));
        QVERIFY2(q.next(), "the demo has breaches in the week");
        const QString at = q.value(0).toString();
        const qint64 atTheMinute = q.value(1).toLongLong();
        const QString before = QDateTime::fromString(at, QStringLiteral("yyyy-MM-ddTHH:mm"))
                                   .addSecs(-60)
                                   .toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        const auto figuresAt = [&](const QString &moment) {
            const Run r = lodestar({QStringLiteral("figures"), QStringLiteral("--database"), m_demo,
                                    QStringLiteral("--as-of"), moment, QStringLiteral("--json")});
            if (r.exitCode != 0)
                qWarning() << r.err;
            return QJsonDocument::fromJson(r.out.toUtf8()).object();
        };
        const QJsonObject a = figuresAt(before);
        const QJsonObject b = figuresAt(at);
        QCOMPARE(a.value(QStringLiteral("as_of")).toString(), before);
        QCOMPARE(b.value(QStringLiteral("as_of")).toString(), at);
        // The events of that minute are pending a minute before it, breaches at it.
        QCOMPARE(b.value(QStringLiteral("breaches_last_7_days")).toInteger() -
                     a.value(QStringLiteral("breaches_last_7_days")).toInteger(),
                 atTheMinute);
        // The same numbers as the library's at that moment, and the whole day is its end.
        const auto library = Figures::compute(db.value()->sql(), Moment::fromString(at));
        QVERIFY(library);
        QCOMPARE(b, library.value().toJson());
        QCOMPARE(figuresAt(at.left(10) + QStringLiteral("T23:59")), figuresAt(at.left(10)));

        for (const char *bad :
             {"2026-01-30T24:00", "2026-01-30T10", "2026-01-30 10:00", "2026-01-30T10:00:00"}) {
            const Run r = lodestar({QStringLiteral("figures"), QStringLiteral("--database"), m_demo,
                                    QStringLiteral("--as-of"), QLatin1String(bad)});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(lodestarLine(r.err).contains(QLatin1String(bad)));
        }
        const Run help = lodestar({QStringLiteral("figures"), QStringLiteral("--help")});
        QVERIFY(help.out.contains(QLatin1String("YYYY-MM-DD[THH:MM]")));
    }

    void sameSeedSameFigures()
    {
        const QString again = m_dir.filePath(QStringLiteral("again.sqlite"));
        QCOMPARE(lodestar({QStringLiteral("demo"), QStringLiteral("--database"), again,
                           QStringLiteral("--persons"), QStringLiteral("400"),
                           QStringLiteral("--seed"), QStringLiteral("7")})
                     .exitCode,
                 0);
        const QStringList figures{QStringLiteral("figures"), QStringLiteral("--as-of"),
                                  QStringLiteral("2026-01-31"), QStringLiteral("--json"),
                                  QStringLiteral("--database")};
        const Run a = lodestar(figures + QStringList{m_demo});
        const Run b = lodestar(figures + QStringList{again});
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
    }

    void demoRefusesAPopulatedDatabase()
    {
        const QByteArray before = TestData::fileHash(m_demo);
        const Run r = lodestar({QStringLiteral("demo"), QStringLiteral("--database"), m_demo,
                                QStringLiteral("--persons"), QStringLiteral("10")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(lodestarLine(r.err).contains(m_demo));
        QCOMPARE(TestData::fileHash(m_demo), before);
    }

    void errorsAreOneLineNamingTheFile()
    {
        const QString text = m_dir.filePath(QStringLiteral("cases.csv"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("case_ref,person_ref\n");
        f.close();
        const QByteArray before = TestData::fileHash(text);
        Run r = lodestar({QStringLiteral("figures"), QStringLiteral("--database"), text,
                          QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(lodestarLine(r.err).contains(text));
        QVERIFY(lodestarLine(r.err).contains(QLatin1String("not a Lodestar database")));
        QCOMPARE(TestData::fileHash(text), before);

        const QString absent = m_dir.filePath(QStringLiteral("absent.sqlite"));
        r = lodestar({QStringLiteral("figures"), QStringLiteral("--database"), absent});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(lodestarLine(r.err).contains(absent));
        QVERIFY(!QFileInfo::exists(absent));

        r = lodestar({QStringLiteral("figures"), QStringLiteral("--database"), m_demo,
                      QStringLiteral("--as-of"), QStringLiteral("2026-02-30")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(lodestarLine(r.err).contains(QLatin1String("2026-02-30")));

        r = lodestar({QStringLiteral("demo"), QStringLiteral("--database"), absent,
                      QStringLiteral("--persons"), QStringLiteral("many")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(absent));

        r = lodestar({QStringLiteral("figures"), QStringLiteral("--no-such-option")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!lodestarLine(r.err).isEmpty());
    }

    // Issue 19: on a local file Lodestar acts as the OS user; --user or $LODESTAR_USER naming
    // someone else only on a demo database or for the file's administrator, else exit 3 with
    // nothing written. Whoever it then acts as, their role's permissions hold.
    void actingAsSomeoneElseOnAFile()
    {
        const QString os = Session::osUser();
        QVERIFY(!os.isEmpty());
        {
            auto demo = Database::open(m_demo, Database::Create::Never);
            QVERIFY(demo);
            QVERIFY(AccessStore(demo.value()->sql()).isDemo().value());
        }
        const QString png = m_dir.filePath(QStringLiteral("as-rfarrell.png"));
        Run r =
            lodestar({QStringLiteral("screenshot"), QStringLiteral("--database"), m_demo,
                      QStringLiteral("--user"), QStringLiteral("rfarrell"), QStringLiteral("--out"),
                      png, QStringLiteral("--size"), QStringLiteral("800x500")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(png));

        // A file of real work: not a demo, no administrator yet.
        const QString plain = m_dir.filePath(QStringLiteral("plain.sqlite"));
        {
            auto db = Database::open(plain, Database::Create::IfMissing);
            QVERIFY(db);
            QVERIFY(!AccessStore(db.value()->sql()).isDemo().value());
        }
        const QString cases = m_dir.filePath(QStringLiteral("plain-cases.csv"));
        QFile f(cases);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("case_ref,person_ref,case_type,family_name,mappa_level,custody\n"
                "CC/2016/000001,P0000001,CRIMINAL,Okafor,2,NON_DETAINED\n");
        f.close();
        const QStringList import{QStringLiteral("import"), QStringLiteral("--database"), plain,
                                 QStringLiteral("--cases"), cases};
        const auto audits = [&plain] {
            auto db = Database::open(plain, Database::Create::Never);
            return db ? AuditStore(db.value()->sql()).count().value() : -1;
        };
        const QString other =
            os == QLatin1String("sokafor") ? QStringLiteral("amensah") : QStringLiteral("sokafor");
        const qint64 before = audits();
        r = lodestar(import + QStringList{QStringLiteral("--user"), other});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(lodestarLine(r.err).contains(QStringLiteral("--user %1 on %2").arg(other, plain)),
                 qPrintable(r.err));
        QVERIFY(lodestarLine(r.err).contains(os));
        QCOMPARE(audits(), before);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LODESTAR_USER"), other);
        r = lodestar(import, 120000, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(lodestarLine(r.err).contains(QStringLiteral("$LODESTAR_USER=%1").arg(other)),
                 qPrintable(r.err));
        QCOMPARE(audits(), before);
        // Oneself, by name or by default: the OS user, whatever $USER says.
        env.insert(QStringLiteral("LODESTAR_USER"), os);
        env.insert(QStringLiteral("USER"), other);
        r = lodestar(import, 120000, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        env.remove(QStringLiteral("LODESTAR_USER"));
        r = lodestar(import + QStringList{QStringLiteral("--user"), os}, 120000, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // The OS user an administrator of the file: may act as its caseworker, whose role then
        // holds (a caseworker runs no import), and as themselves runs it.
        {
            auto db = Database::open(plain, Database::Create::Never);
            QVERIFY(db);
            Session::setUser(db.value()->sql(), os);
            AppUser admin;
            admin.userName = os;
            admin.role = QStringLiteral("admin");
            QVERIFY(UserStore(db.value()->sql()).save(admin, os));
            AppUser caseworker;
            caseworker.userName = other;
            QVERIFY(UserStore(db.value()->sql()).save(caseworker, os));
        }
        const qint64 withUsers = audits();
        r = lodestar(import + QStringList{QStringLiteral("--user"), other});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(lodestarLine(r.err).contains(QLatin1String("may not")), qPrintable(r.err));
        QCOMPARE(audits(), withUsers);
        r = lodestar({QStringLiteral("screenshot"), QStringLiteral("--database"), plain,
                      QStringLiteral("--user"), other, QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("as-other.png")), QStringLiteral("--size"),
                      QStringLiteral("800x500")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Demoted to caseworker, the OS user may no longer act as anyone else there.
        {
            auto db = Database::open(plain, Database::Create::Never);
            QVERIFY(db);
            Session::setUser(db.value()->sql(), os);
            AppUser second;
            second.userName = QStringLiteral("second-admin");
            second.role = QStringLiteral("admin");
            QVERIFY(UserStore(db.value()->sql()).save(second, os));
            AppUser me = UserStore(db.value()->sql()).find(os).value().value();
            me.role = QStringLiteral("caseworker");
            QVERIFY(UserStore(db.value()->sql()).save(me, os));
        }
        r = lodestar(import + QStringList{QStringLiteral("--user"), other});
        QCOMPARE(r.exitCode, 3);
    }

    void importRunsRefusesAndRepeats()
    {
        const QString db = m_dir.filePath(QStringLiteral("import.sqlite"));
        const QString cases = m_dir.filePath(QStringLiteral("cases.csv"));
        QFile f(cases);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("case_ref,person_ref,case_type,family_name,mappa_level,custody\n"
                "CC/2016/000001,P0000001,CRIMINAL,Okafor,2,NON_DETAINED\n"
                "AS/2016/000002,P0000001,ASYLUM,Okafor,,\n"
                "CC/2016/000003,P0000002,CRIMINAL,Nowak,9,NON_DETAINED\n");
        f.close();
        const QStringList args{QStringLiteral("import"),
                               QStringLiteral("--database"),
                               db,
                               QStringLiteral("--cases"),
                               cases,
                               QStringLiteral("--json")};
        Run r = lodestar(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char *key :
             {"cases_rows", "cases_rejected", "reporting_rows", "reporting_rejected",
              "persons_added", "cases_added", "cases_updated", "cases_unchanged", "events_added",
              "cases_not_in_extract", "rejects"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("cases_rows")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("cases_rejected")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("cases_added")).toInt(), 2);
        const QJsonObject reject = json.value(QStringLiteral("rejects")).toArray().at(0).toObject();
        QCOMPARE(reject.value(QStringLiteral("line")).toInt(), 4);
        QVERIFY(reject.value(QStringLiteral("reason")).toString().contains(QLatin1String("9")));

        r = lodestar(args); // the same files again change nothing
        QCOMPARE(r.exitCode, 0);
        json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("cases_added")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("cases_updated")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("cases_unchanged")).toInt(), 2);

        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("case_ref,person_ref,family_name\nCC/1,P1,X\n");
        f.close();
        const QByteArray before = TestData::fileHash(db);
        r = lodestar(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(lodestarLine(r.err).contains(QLatin1String("case_type")));
        QCOMPARE(TestData::fileHash(db), before);

        // One of the two cases held left out: refused, unless --allow-missing. The rejected
        // row's text reaches the terminal with its escape sequence shown, not run.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("case_ref,person_ref,case_type,family_name,mappa_level,custody\n"
                "CC/2016/000001,P0000001,CRIMINAL,Okafor,2,NON_DETAINED\n"
                "CC/2016/000009,P0000009,CRIMINAL,Nowak,\x1b[2J,NON_DETAINED\n");
        f.close();
        r = lodestar(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("1 of the 2 cases held")) &&
                     r.err.contains(QLatin1String("--allow-missing")),
                 qPrintable(r.err));
        QCOMPARE(TestData::fileHash(db), before);
        QStringList allowing = args;
        allowing.removeAll(QStringLiteral("--json"));
        allowing << QStringLiteral("--allow-missing");
        r = lodestar(allowing);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QChar(0x1b)));
        QVERIFY2(r.out.contains(QLatin1String("\\x1b[2J")), qPrintable(r.out));
    }

    // A write killed half way leaves its pages in the write-ahead log uncommitted; the next
    // open reads the log and leaves them out (the state before), and the file passes SQLite's
    // integrity check.
    void killedWriteLeavesTheStateBefore()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
        QProcess p;
        p.start(qEnvironmentVariable("LODESTAR_BINARY"),
                {QStringLiteral("demo"), QStringLiteral("--database"), path,
                 QStringLiteral("--persons"), QStringLiteral("2000000")});
        QVERIFY(p.waitForStarted());
        // Wait until the big transaction has spilled pages into the log (the schema's own
        // commits leave well under a megabyte there), then kill.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path + QStringLiteral("-wal")).size() > 4 * 1048576,
                                 120000);
        QTest::qWait(300);
        p.kill();
        QVERIFY(p.waitForFinished());
        auto db = Database::open(path, Database::Create::Never);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM person")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void screenshotsRenderWithoutADisplay()
    {
        const QString png = m_dir.filePath(QStringLiteral("caseload.png"));
        Run r =
            lodestar({QStringLiteral("screenshot"), QStringLiteral("--database"), m_demo,
                      QStringLiteral("--view"), QStringLiteral("caseload"), QStringLiteral("--out"),
                      png, QStringLiteral("--size"), QStringLiteral("1200x700")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 700));

        auto db = Database::open(m_demo, Database::Create::Never);
        const auto person = PersonStore(db.value()->sql()).findById(1);
        QVERIFY(person && person.value());
        const QString personPng = m_dir.filePath(QStringLiteral("person.png"));
        r = lodestar({QStringLiteral("screenshot"), QStringLiteral("--database"), m_demo,
                      QStringLiteral("--view"),
                      QStringLiteral("person:") + person.value()->details.personRef,
                      QStringLiteral("--out"), personPng});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QImage(personPng).isNull());
        // Any tab of the record; an unknown tab is named in the error.
        const QString tabPng = m_dir.filePath(QStringLiteral("person-barriers.png"));
        r = lodestar({QStringLiteral("screenshot"), QStringLiteral("--database"), m_demo,
                      QStringLiteral("--view"),
                      QStringLiteral("person:") + person.value()->details.personRef +
                          QStringLiteral("/barriers"),
                      QStringLiteral("--out"), tabPng});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QImage(tabPng).isNull());
        r = lodestar({QStringLiteral("screenshot"), QStringLiteral("--database"), m_demo,
                      QStringLiteral("--view"),
                      QStringLiteral("person:") + person.value()->details.personRef +
                          QStringLiteral("/nowhere"),
                      QStringLiteral("--out"), tabPng});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(lodestarLine(r.err).contains(QLatin1String("nowhere")));

        r = lodestar({QStringLiteral("screenshot"), QStringLiteral("--database"), m_demo,
                      QStringLiteral("--view"), QStringLiteral("person:P9999999"),
                      QStringLiteral("--out"), png});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(lodestarLine(r.err).contains(QLatin1String("P9999999")));
        r = lodestar({QStringLiteral("screenshot"), QStringLiteral("--database"), m_demo,
                      QStringLiteral("--view"), QStringLiteral("nowhere"), QStringLiteral("--out"),
                      png});
        QCOMPARE(r.exitCode, 1);
    }

    // Issue 19: backup prints what it copied and checked; restore checks first, keeps the
    // database that stood there, and refuses a damaged copy with exit 1, changing nothing.
    void backupAndRestore()
    {
        const QString copy = m_dir.filePath(QStringLiteral("demo-backup.sqlite"));
        Run r = lodestar({QStringLiteral("backup"), QStringLiteral("--database"), m_demo,
                          QStringLiteral("--out"), copy});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Backed up ")) &&
                     r.out.contains(QLatin1String(" pages, ")) &&
                     r.out.contains(QLatin1String("audit trail intact (")),
                 qPrintable(r.out));
        QVERIFY(QFileInfo::exists(copy));
        // Never over an existing file.
        const QByteArray copyHash = TestData::fileHash(copy);
        r = lodestar({QStringLiteral("backup"), QStringLiteral("--database"), m_demo,
                      QStringLiteral("--out"), copy});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(lodestarLine(r.err).contains(QLatin1String("already exists")), qPrintable(r.err));
        QCOMPARE(TestData::fileHash(copy), copyHash);

        const QString target = m_dir.filePath(QStringLiteral("restored.sqlite"));
        QVERIFY(QFile::copy(m_demo, target));
        r = lodestar({QStringLiteral("restore"), QStringLiteral("--from"), copy,
                      QStringLiteral("--database"), target});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString keptLine = r.out.section(QLatin1Char('\n'), 1, 1);
        QVERIFY2(keptLine.startsWith(QLatin1String("Kept the database that was there as ")),
                 qPrintable(r.out));
        const QString aside = keptLine.section(QLatin1String(" as "), 1);
        QVERIFY(Backup::verify(aside)); // the database that was there, whole
        QCOMPARE(TestData::fileHash(target), copyHash);
        r = lodestar({QStringLiteral("audit-verify"), QStringLiteral("--database"), target});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        // A copy whose audit trail was edited is refused; nothing changes.
        const QString edited = m_dir.filePath(QStringLiteral("edited-backup.sqlite"));
        QVERIFY(QFile::copy(copy, edited));
        {
            auto db = Database::open(edited, Database::Create::Never);
            QVERIFY(db);
            QSqlQuery q(db.value()->sql());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET action = 'nothing' WHERE id = 1")));
        }
        const QByteArray restoredHash = TestData::fileHash(target);
        r = lodestar({QStringLiteral("restore"), QStringLiteral("--from"), edited,
                      QStringLiteral("--database"), target});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(lodestarLine(r.err).contains(QLatin1String("audit trail is broken")) &&
                     lodestarLine(r.err).contains(QLatin1String("Nothing was changed")),
                 qPrintable(r.err));
        QCOMPARE(TestData::fileHash(target), restoredHash);

        // A team database: pointed to pg_dump, exit 1.
        for (const QString &command : {QStringLiteral("backup"), QStringLiteral("restore")}) {
            r = lodestar({command, QStringLiteral("--database"),
                          QStringLiteral("postgresql://someone@db.example.org/casework"),
                          command == QLatin1String("backup") ? QStringLiteral("--out")
                                                             : QStringLiteral("--from"),
                          copy});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(lodestarLine(r.err).contains(QLatin1String("pg_dump")), qPrintable(r.err));
        }
    }

    // Screenshots and reports are disclosures (issue 19): one entry each with the reason given
    // by --reason, "command line" without it (scripts keep working), none for an empty one;
    // the chain verifies afterwards.
    void disclosuresAreAuditedWithTheReason()
    {
        const QString file = m_dir.filePath(QStringLiteral("disclose.sqlite"));
        QVERIFY(QFile::copy(m_demo, file));
        const auto entries = [&] {
            auto db = Database::open(file, Database::Create::Never);
            return AuditStore(db.value()->sql()).since(0, 1000000).value();
        };
        const qint64 before = entries().size();
        const auto lastAfter = [&](const char *what) -> QJsonObject {
            const auto all = entries();
            if (all.size() != before + 1)
                qWarning("%s: %lld entries added", what, qint64(all.size() - before));
            return QJsonDocument::fromJson(all.last().afterJson.toUtf8()).object();
        };
        const QString png = m_dir.filePath(QStringLiteral("disclosed.png"));
        Run r = lodestar({QStringLiteral("screenshot"), QStringLiteral("--database"), file,
                          QStringLiteral("--view"), QStringLiteral("caseload"),
                          QStringLiteral("--out"), png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(entries().size(), before + 1);
        AuditEntry e = entries().last();
        QCOMPARE(e.action, QStringLiteral("disclose"));
        QCOMPARE(e.entity, QStringLiteral("caseload"));
        QCOMPARE(e.personId, 0);
        QJsonObject o = lastAfter("screenshot");
        QCOMPARE(o.value("kind").toString(), QStringLiteral("screenshot"));
        QCOMPARE(o.value("file").toString(), QStringLiteral("disclosed.png"));
        QCOMPARE(o.value("reason").toString(), QStringLiteral("command line"));

        // An empty reason is refused before anything is written.
        QFile::remove(png);
        r = lodestar({QStringLiteral("screenshot"), QStringLiteral("--database"), file,
                      QStringLiteral("--out"), png, QStringLiteral("--reason"),
                      QStringLiteral(" ")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(png));
        QCOMPARE(entries().size(), before + 1);

        // One person's record: about them (after the opening the window records).
        auto db = Database::open(file, Database::Create::Never);
        const auto person = PersonStore(db.value()->sql()).findById(1);
        QVERIFY(person && person.value());
        r = lodestar({QStringLiteral("screenshot"), QStringLiteral("--database"), file,
                      QStringLiteral("--view"),
                      QStringLiteral("person:") + person.value()->details.personRef,
                      QStringLiteral("--out"), png, QStringLiteral("--reason"),
                      QStringLiteral("court bundle")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        e = entries().last();
        QCOMPARE(e.action, QStringLiteral("disclose"));
        QCOMPARE(e.personId, qint64(1));
        o = QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
        QCOMPARE(o.value("reason").toString(), QStringLiteral("court bundle"));

        const qint64 beforeReport = entries().size();
        const QString pdf = m_dir.filePath(QStringLiteral("disclosed.pdf"));
        r = lodestar({QStringLiteral("report"), QStringLiteral("--database"), file,
                      QStringLiteral("--out"), pdf, QStringLiteral("--reason"),
                      QStringLiteral("board pack")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(entries().size(), beforeReport + 1);
        e = entries().last();
        QCOMPARE(e.entity, QStringLiteral("dashboard"));
        o = QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
        QCOMPARE(o.value("kind").toString(), QStringLiteral("report"));
        QCOMPARE(o.value("file").toString(), QStringLiteral("disclosed.pdf"));
        QCOMPARE(o.value("reason").toString(), QStringLiteral("board pack"));
        r = lodestar({QStringLiteral("report"), QStringLiteral("--database"), file,
                      QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        o = QJsonDocument::fromJson(entries().last().afterJson.toUtf8()).object();
        QCOMPARE(o.value("reason").toString(), QStringLiteral("command line"));

        r = lodestar({QStringLiteral("audit-verify"), QStringLiteral("--database"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
