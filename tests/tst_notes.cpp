// Notes (issue 16): a note holds at most NoteText::MaxLength characters, refused by the store
// and by the boxes that write one (with a counter beside them); a long note is folded in the
// timeline with "Show whole"; authors are named by display name, user name on hover.
#include "db/session.h"
#include "domain/notetext.h"
#include "domain/sheetmapping.h"
#include "itemmodels/notesmodel.h"
#include "itemmodels/roles.h"
#include "person/noteeditdialog.h"
#include "person/notehistorydialog.h"
#include "person/notelengthcounter.h"
#include "person/personrecordwidget.h"
#include "store/notestore.h"
#include "store/userstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTextBrowser>

class TestNotes : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TestDatabase t;
        QSqlDatabase db;
        qint64 person = 0;
        Fixture()
        {
            QVERIFY(TestData::add(
                *t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Ferreira"),
                                         QStringLiteral("Ana"), QString(), 12)}));
            db = t.db->sql();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM person")));
            QVERIFY(q.next());
            person = q.value(0).toLongLong();
            AppUser sam;
            sam.userName = QStringLiteral("sokafor");
            sam.displayName = QStringLiteral("Sam Okafor");
            QVERIFY(UserStore(db).save(sam, QStringLiteral("setup")));
            QVERIFY(q.exec(QStringLiteral("UPDATE person SET case_owner = 'sokafor'")));
        }
        qint64 noteCount() const
        {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM note")) && q.next()
                       ? q.value(0).toLongLong()
                       : -1;
        }
    };

    static QString text(int length) { return QString(length, QLatin1Char('x')); }

private slots:
    void initTestCase() { TestData::isolateSettings(QStringLiteral("tst_notes")); }

    void problem_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("refused");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("spaces") << QStringLiteral("  \n ") << true;
        QTest::newRow("one") << QStringLiteral("x") << false;
        QTest::newRow("at the limit") << text(NoteText::MaxLength) << false;
        QTest::newRow("one over") << text(NoteText::MaxLength + 1) << true;
        QTest::newRow("100 KB") << text(100 * 1024) << true;
    }
    void problem()
    {
        QFETCH(QString, body);
        QFETCH(bool, refused);
        QCOMPARE(!NoteText::problem(body).isEmpty(), refused);
    }

    void excerpt_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("folds");
        QTest::addColumn<QString>("excerpt");
        QTest::newRow("short") << QStringLiteral("Seen at the centre") << false
                               << QStringLiteral("Seen at the centre");
        const QString eight = QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8");
        QTest::newRow("eight lines") << eight << false << eight;
        QTest::newRow("nine lines")
            << eight + QStringLiteral("\n9") << true << eight + QChar(0x2026);
        QTest::newRow("at the fold")
            << text(NoteText::FoldChars) << false << text(NoteText::FoldChars);
        // Cut back to the last space, the word not split.
        const QString words = QString(QStringLiteral("word ")).repeated(200);
        QTest::newRow("words") << words << true
                               << words.left(NoteText::FoldChars - 1).trimmed() + QChar(0x2026);
        // One unbroken token: cut at the fold.
        QTest::newRow("token") << text(NoteText::FoldChars + 1) << true
                               << text(NoteText::FoldChars) + QChar(0x2026);
        // Never half a surrogate pair.
        const QString emoji =
            text(NoteText::FoldChars - 1) + QString::fromUcs4(U"\U0001F600") + text(10);
        QTest::newRow("surrogate")
            << emoji << true << text(NoteText::FoldChars - 1) + QChar(0x2026);
    }
    void excerpt()
    {
        QFETCH(QString, body);
        QFETCH(bool, folds);
        QFETCH(QString, excerpt);
        QCOMPARE(NoteText::folds(body), folds);
        QCOMPARE(NoteText::excerpt(body), excerpt);
    }

    void storeRefusesTooLong()
    {
        Fixture f;
        const auto refused =
            NoteStore(f.db).add(f.person, text(NoteText::MaxLength + 1), "sokafor");
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("at most")),
                 qPrintable(refused.error().message));
        QCOMPARE(f.noteCount(), 0);
        const auto added = NoteStore(f.db).add(f.person, text(NoteText::MaxLength), "sokafor");
        QVERIFY(added);
        QVERIFY(!NoteStore(f.db).edit(added.value(), text(NoteText::MaxLength + 1), "sokafor", 1));
        QCOMPARE(NoteStore(f.db).notes(f.person).value().first().body, text(NoteText::MaxLength));
    }

    // SQL typed behind Lodestar's back (a login at psql) meets the same limit in the schema.
    void schemaRefusesTooLongToSqlBehindLodestar()
    {
        Fixture f;
        const auto insert = [&](int length) {
            QSqlQuery q(f.db);
            q.prepare(QStringLiteral("INSERT INTO note (person_id, body, revision, created_by, "
                                     "created_at, updated_by, updated_at) VALUES (?, ?, 1, 'x', "
                                     "'2026-11-23T09:00:00Z', 'x', '2026-11-23T09:00:00Z')"));
            q.addBindValue(f.person);
            q.addBindValue(text(length));
            return q.exec();
        };
        QVERIFY(!insert(NoteText::MaxLength + 1));
        QCOMPARE(f.noteCount(), 0);
        QVERIFY(insert(NoteText::MaxLength));
        QSqlQuery q(f.db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE note SET body = body || 'x'")));
        QCOMPARE(NoteStore(f.db).notes(f.person).value().first().body, text(NoteText::MaxLength));
    }

    void sheetRowWithTooLongNoteIsAProblem()
    {
        SheetMapping mapping(
            QVector<SheetMapping::Field>{SheetMapping::PersonRef, SheetMapping::Note});
        const auto plan = mapping.plan({QStringLiteral("Ref"), QStringLiteral("Notes")},
                                       {QStringLiteral("P1"), text(NoteText::MaxLength + 1)}, 2);
        QVERIFY2(plan.problem.contains(QStringLiteral("longer than")), qPrintable(plan.problem));
    }

    void recordRefusesTooLongWithCounter()
    {
        Fixture f;
        Session::setUser(f.db, QStringLiteral("sokafor"));
        PersonRecordWidget record({f.db, QStringLiteral("sokafor")}, f.person);
        auto *edit = record.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        auto *add = record.findChild<QPushButton *>(QStringLiteral("addNoteButton"));
        auto *counter = record.findChild<NoteLengthCounter *>(QStringLiteral("noteLengthCounter"));
        QVERIFY(edit && add && counter);
        record.show();
        QVERIFY(QTest::qWaitForWindowExposed(&record));
        QVERIFY2(!record.isReadOnly(), qPrintable(record.findChild<QLabel *>()->text()));
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Seen"));
        QCOMPARE(counter->text(), NoteText::counter(4));
        QVERIFY(add->isEnabled());
        edit->setPlainText(text(NoteText::MaxLength + 1));
        QVERIFY(!add->isEnabled());
        QVERIFY2(counter->text().contains(QStringLiteral("too long")), qPrintable(counter->text()));
        // What was typed is kept, never cut.
        QCOMPARE(edit->toPlainText().size(), NoteText::MaxLength + 1);
        edit->moveCursor(QTextCursor::End);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(add->isEnabled());
        Session::setUser(f.db, QString());
    }

    void editDialogRefusesTooLong()
    {
        Fixture f;
        QVERIFY(NoteStore(f.db).add(f.person, QStringLiteral("Short"), "sokafor"));
        NotesModel model(f.db);
        QVERIFY(model.setPersonId(f.person));
        NoteEditDialog dialog(&model, 0, QStringLiteral("sokafor"));
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("noteTextEdit"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveNoteButton"));
        edit->setPlainText(text(NoteText::MaxLength + 1));
        QVERIFY(!save->isEnabled());
        edit->setPlainText(text(NoteText::MaxLength));
        QVERIFY(save->isEnabled());
        // Named as the timeline names the author.
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("noteAboutLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Written by Sam Okafor")));
    }

    void longNoteFoldsAndUnfolds()
    {
        Fixture f;
        const QString body = QString(QStringLiteral("word ")).repeated(1000).trimmed();
        QVERIFY(NoteStore(f.db).add(f.person, body, "sokafor"));
        QVERIFY(NoteStore(f.db).add(f.person, QStringLiteral("Short"), "sokafor"));
        Session::setUser(f.db, QStringLiteral("sokafor"));
        PersonRecordWidget record({f.db, QStringLiteral("sokafor")}, f.person);
        Session::setUser(f.db, QString());
        NotesModel *model = record.notesModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Newest first: the short one, then the long one.
        const QModelIndex shortOne = model->index(0, NotesModel::Text);
        const QModelIndex longOne = model->index(1, NotesModel::Text);
        QCOMPARE(shortOne.data(Roles::Folding).toInt(), int(Roles::Short));
        QCOMPARE(longOne.data(Roles::Folding).toInt(), int(Roles::Folded));
        QCOMPARE(longOne.data().toString(), NoteText::excerpt(body));
        // A screen reader hears it whole.
        QVERIFY(longOne.data(Qt::AccessibleTextRole).toString().endsWith(body));

        auto *view = record.findChild<QListView *>(QStringLiteral("notesView"));
        auto *unfold = record.findChild<QPushButton *>(QStringLiteral("unfoldNoteButton"));
        view->setCurrentIndex(shortOne);
        QVERIFY(!unfold->isEnabled());
        view->setCurrentIndex(longOne);
        QVERIFY(unfold->isEnabled());
        const int foldedHeight = view->visualRect(longOne).height();
        QTest::mouseClick(unfold, Qt::LeftButton);
        QCOMPARE(longOne.data(Roles::Folding).toInt(), int(Roles::Unfolded));
        QCOMPARE(longOne.data().toString(), body);
        QCOMPARE(unfold->text(), QStringLiteral("Show &less"));
        QVERIFY(view->visualRect(longOne).height() > foldedHeight);
        // Kept over a reload, then folded again.
        record.reload();
        QCOMPARE(model->index(1, NotesModel::Text).data(Roles::Folding).toInt(),
                 int(Roles::Unfolded));
        view->setCurrentIndex(model->index(1, NotesModel::Text));
        QTest::mouseClick(unfold, Qt::LeftButton);
        QCOMPARE(model->index(1, NotesModel::Text).data().toString(), NoteText::excerpt(body));
    }

    void authorsByDisplayName()
    {
        Fixture f;
        QVERIFY(NoteStore(f.db).add(f.person, QStringLiteral("Seen"), "sokafor"));
        QVERIFY(NoteStore(f.db).add(f.person, QStringLiteral("Called"), "nobody"));
        NotesModel model(f.db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setPersonId(f.person));
        QCOMPARE(model.index(1, NotesModel::Author).data().toString(),
                 QStringLiteral("Sam Okafor"));
        QVERIFY(model.index(1, NotesModel::Author)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("(sokafor)")));
        // A user name Lodestar does not know is shown as it is.
        QCOMPARE(model.index(0, NotesModel::Author).data().toString(), QStringLiteral("nobody"));
        // The history names its writers alike.
        QVERIFY(model.editNote(1, QStringLiteral("Seen twice"), QStringLiteral("sokafor")));
        const auto revisions = model.revisions(1);
        QVERIFY(revisions);
        NoteHistoryDialog history(model.noteAt(1), revisions.value(), model.userLabels());
        const QString shown = history.findChild<QTextBrowser *>()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("written by Sam Okafor")), qPrintable(shown));
        QVERIFY(!shown.contains(QStringLiteral("sokafor")));
    }
};

QTEST_MAIN(TestNotes)
#include "tst_notes.moc"
