// The person record: its item models under QAbstractItemModelTester, and the screen through
// its real widgets (typing and adding a note, editing it, overriding a band).
#include "db/session.h"
#include "dialogs/bandoverridedialog.h"
#include "domain/banding.h"
#include "itemmodels/bandhistorymodel.h"
#include "itemmodels/notesmodel.h"
#include "itemmodels/personcasesmodel.h"
#include "itemmodels/roles.h"
#include "person/notedelegate.h"
#include "person/noteeditdialog.h"
#include "person/notehistorydialog.h"
#include "person/personrecordwidget.h"
#include "store/bandoverridestore.h"
#include "store/notestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {
const QString User = QStringLiteral("tester");

QString labelText(const QWidget &w, const char *name)
{
    const auto *label = w.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}
} // namespace

class TestPersonRecord : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    qint64 m_garcia = 0;      // MAPPA 1, two barrier cases: band 2
    qint64 m_provisional = 0; // no MAPPA level, no sentence: band 3, provisional
    qint64 m_detained = 0;
    qint64 m_overridden = 0; // MAPPA 2: band 1, for override tests

    qint64 idOf(const QString &ref)
    {
        const auto found = PersonStore(m_t.db->sql()).findByRef(ref);
        return found && found.value() ? found.value()->id : 0;
    }

private slots:
    void initTestCase()
    {
        auto garcia = TestData::person(QStringLiteral("P0412345"), QStringLiteral("García"),
                                       QStringLiteral("José"), QStringLiteral("1"), 30,
                                       {QStringLiteral("ASYLUM"), QStringLiteral("APPEAL")});
        garcia.cases[0].flags = QStringLiteral("ZINCS;EM");
        garcia.cases[0].harm = QStringLiteral("B");
        garcia.cases[0].deportationDecision = QStringLiteral("PENDING");
        garcia.details.dateOfBirth = QStringLiteral("1985-03-02");
        garcia.details.gender = QStringLiteral("M");
        garcia.cases[0].reportingCentre = QStringLiteral("Becket House");
        garcia.cases[0].reportingWindow = QStringLiteral("10:00-11:00");
        QVector<PersonStore::NewPerson> people{
            garcia,
            TestData::person(QStringLiteral("P0000002"), QStringLiteral("Kowalski"),
                             QStringLiteral("Łukasz"), QString(), std::nullopt),
            TestData::person(QStringLiteral("P0000003"), QStringLiteral("Okafor"), QString(),
                             QStringLiteral("3"), 80, {}, QStringLiteral("CC Croydon"),
                             QStringLiteral("sokafor"), QStringLiteral("DETAINED")),
            TestData::person(QStringLiteral("P0000004"), QStringLiteral("Иванов"),
                             QStringLiteral("Пётр"), QStringLiteral("2"), 24)};
        QVERIFY(TestData::add(*m_t.db, people));
        m_garcia = idOf(QStringLiteral("P0412345"));
        m_provisional = idOf(QStringLiteral("P0000002"));
        m_detained = idOf(QStringLiteral("P0000003"));
        m_overridden = idOf(QStringLiteral("P0000004"));
        QVERIFY(m_garcia && m_provisional && m_detained && m_overridden);
    }

    // --- Models ---

    void casesModelShowsEveryCase()
    {
        PersonCasesModel model(m_t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setPersonId(m_garcia));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(PersonCasesModel::ColumnCount));
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, PersonCasesModel::CaseRef).toString(), QStringLiteral("CC/P0412345/1"));
        QCOMPARE(cell(0, PersonCasesModel::Type).toString(), QStringLiteral("Criminal"));
        QCOMPARE(cell(0, PersonCasesModel::Type, Roles::Code).toString(),
                 QStringLiteral("CRIMINAL"));
        QCOMPARE(cell(0, PersonCasesModel::Mappa).toString(), QStringLiteral("Level 1"));
        QCOMPARE(cell(0, PersonCasesModel::Sentence).toString(), QStringLiteral("30"));
        QCOMPARE(cell(0, PersonCasesModel::Sentence, Roles::Sort).toInt(), 30);
        QCOMPARE(cell(0, PersonCasesModel::Deportation).toString(), QStringLiteral("Pending"));
        QCOMPARE(cell(0, PersonCasesModel::CaseFlags).toString(), QStringLiteral("Zincs, EM"));
        QCOMPARE(cell(0, PersonCasesModel::Custody).toString(), QStringLiteral("Non-detained"));
        QCOMPARE(cell(1, PersonCasesModel::Type).toString(), QStringLiteral("Asylum"));
        QCOMPARE(cell(1, PersonCasesModel::CaseStatus).toString(), QStringLiteral("Open"));
        // An open barrier case says so, in words.
        QVERIFY(cell(1, PersonCasesModel::Type, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("barrier")));
        QCOMPARE(cell(2, PersonCasesModel::Type).toString(), QStringLiteral("Appeal"));
        QCOMPARE(cell(0, 0, Roles::PersonId).toLongLong(), m_garcia);
        QCOMPARE(model.headerData(PersonCasesModel::Sentence, Qt::Horizontal).toString(),
                 QStringLiteral("Sentence (months)"));

        QVERIFY(model.setPersonId(0));
        QCOMPARE(model.rowCount(), 0);
    }

    void notesModelAddsAndEditsKeepingEarlierText()
    {
        NotesModel model(m_t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setPersonId(m_overridden));
        QCOMPARE(model.rowCount(), 0);

        QVERIFY(model.addNote(QStringLiteral("First contact at Becket House."), User));
        QVERIFY(model.addNote(QStringLiteral("ETD interview requested."), QStringLiteral("amir")));
        QCOMPARE(model.rowCount(), 2);
        // Newest first.
        QCOMPARE(model.index(0, NotesModel::Text).data().toString(),
                 QStringLiteral("ETD interview requested."));
        QCOMPARE(model.index(0, NotesModel::Author).data().toString(), QStringLiteral("amir"));
        QVERIFY(!model.index(0, NotesModel::Created).data().toString().isEmpty());
        QVERIFY(QDateTime::fromString(
                    model.index(0, NotesModel::Created).data(Roles::Sort).toString(), Qt::ISODate)
                    .isValid());
        QVERIFY(model.index(0, NotesModel::Edited).data().toString().isEmpty());
        QCOMPARE(model.index(0, 0).data(Roles::Revision).toInt(), 1);

        // Editing row 1 (the first note) keeps its first text as revision 1.
        const qint64 firstId = model.index(1, 0).data(Roles::NoteId).toLongLong();
        QVERIFY(model.editNote(1, QStringLiteral("First contact at Becket House; address given."),
                               QStringLiteral("amir")));
        const int row = model.rowOfNote(firstId);
        QCOMPARE(row, 1);
        QCOMPARE(model.index(row, NotesModel::Text).data().toString(),
                 QStringLiteral("First contact at Becket House; address given."));
        QCOMPARE(model.index(row, 0).data(Roles::Revision).toInt(), 2);
        QCOMPARE(model.index(row, NotesModel::Author).data().toString(), User);
        const QString marker = model.index(row, NotesModel::Edited).data().toString();
        QVERIFY2(marker.contains(QStringLiteral("amir")), qPrintable(marker));
        const auto revisions = model.revisions(row);
        QVERIFY(revisions);
        QCOMPARE(revisions.value().size(), 2);
        QCOMPARE(revisions.value().first().body, QStringLiteral("First contact at Becket House."));
        QCOMPARE(revisions.value().first().writtenBy, User);
        QCOMPARE(revisions.value().last().writtenBy, QStringLiteral("amir"));

        // An edit from a stale revision is refused and changes nothing.
        const Status stale = model.editNote(row, QStringLiteral("Overwrite"), User, 1);
        QVERIFY(!stale);
        QVERIFY(!stale.error().message.isEmpty());
        QCOMPARE(model.index(row, NotesModel::Text).data().toString(),
                 QStringLiteral("First contact at Becket House; address given."));
        QVERIFY(!model.addNote(QStringLiteral("   "), User));
        QVERIFY(!model.editNote(99, QStringLiteral("x"), User));
        QCOMPARE(model.rowCount(), 2);
    }

    void bandHistoryModelListsOverridesNewestFirst()
    {
        BandHistoryModel model(m_t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setPersonId(m_provisional));
        QCOMPARE(model.rowCount(), 0);
        BandOverrideStore store(m_t.db->sql());
        QVERIFY(store.setOverride(m_provisional, 2, QStringLiteral("Intelligence"), User,
                                  TestData::personVersion(m_t.db->sql(), m_provisional)));
        QVERIFY(store.setOverride(m_provisional, std::nullopt, QStringLiteral("Resolved"), User,
                                  TestData::personVersion(m_t.db->sql(), m_provisional)));
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, BandHistoryModel::Band).data().toString(),
                 QStringLiteral("Override withdrawn"));
        QCOMPARE(model.index(0, BandHistoryModel::Band).data(Roles::Band).toInt(), 0);
        QCOMPARE(model.index(0, BandHistoryModel::Reason).data().toString(),
                 QStringLiteral("Resolved"));
        QCOMPARE(model.index(1, BandHistoryModel::Band).data().toString(), Banding::label(2));
        QCOMPARE(model.index(1, BandHistoryModel::Band).data(Qt::DecorationRole).value<QColor>(),
                 Banding::colour(2));
        QCOMPARE(model.index(1, BandHistoryModel::SetBy).data().toString(), User);
        QVERIFY(!model.index(1, BandHistoryModel::SetAt).data().toString().isEmpty());
    }

    // --- The screen ---

    void showsIdentityRiskAndBandRule()
    {
        PersonRecordWidget w({m_t.db->sql(), User}, m_garcia);
        QCOMPARE(w.personId(), m_garcia);
        QCOMPARE(w.title(), QStringLiteral("García, José (P0412345)"));
        QCOMPARE(labelText(w, "familyNameLabel"), QStringLiteral("García"));
        QCOMPARE(labelText(w, "personRefLabel"), QStringLiteral("P0412345"));
        QVERIFY(labelText(w, "dateOfBirthLabel").contains(QStringLiteral("1985")));
        QCOMPARE(labelText(w, "mappaLabel"), QStringLiteral("Level 1"));
        QCOMPARE(labelText(w, "flagsLabel"), QStringLiteral("Zincs, EM"));
        QCOMPARE(labelText(w, "owningUnitLabel"), QStringLiteral("CC Leeds"));
        QCOMPARE(labelText(w, "reportingWindowLabel"), QStringLiteral("10:00-11:00"));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("reportingWindowLabel"))->toolTip().isEmpty());
        QCOMPARE(labelText(w, "effectiveBandLabel"), Banding::label(2));
        QCOMPARE(labelText(w, "computedBandLabel"), Banding::label(2));
        const PersonRecord &p = *w.person();
        QCOMPARE(labelText(w, "bandRuleLabel"),
                 Banding::explain(BandRule::Mappa1, p.risk, p.openBarriers));
        auto *provisional = w.findChild<QLabel *>(QStringLiteral("provisionalLabel"));
        QVERIFY(provisional && !provisional->isVisibleTo(&w));
        QCOMPARE(w.casesModel()->rowCount(), 3);
        auto *cases = w.findChild<QTableView *>(QStringLiteral("casesView"));
        QVERIFY(cases);
        QCOMPARE(cases->model()->rowCount(), 3);
        // No override yet: no history table.
        QVERIFY(!w.findChild<QTableView *>(QStringLiteral("bandHistoryView"))->isVisibleTo(&w));
    }

    void typingANoteAndClickingAddAddsIt()
    {
        PersonRecordWidget w({m_t.db->sql(), User}, m_garcia);
        w.resize(1280, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy changed(&w, &PersonRecordWidget::personChanged);
        auto *edit = w.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        auto *add = w.findChild<QPushButton *>(QStringLiteral("addNoteButton"));
        QVERIFY(edit && add);
        QVERIFY(!add->isEnabled());
        const int before = w.notesModel()->rowCount();

        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Reported on time; verbal warning not needed."));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);

        QCOMPARE(w.notesModel()->rowCount(), before + 1);
        const QAbstractItemModel *m = w.notesModel();
        QCOMPARE(m->index(0, NotesModel::Text).data().toString(),
                 QStringLiteral("Reported on time; verbal warning not needed."));
        QCOMPARE(m->index(0, NotesModel::Author).data().toString(), User);
        QVERIFY(!m->index(0, NotesModel::Created).data().toString().isEmpty());
        QVERIFY(edit->toPlainText().isEmpty());
        QVERIFY(!add->isEnabled());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), m_garcia);
        // The timeline shows it, selected.
        auto *view = w.findChild<QListView *>(QStringLiteral("notesView"));
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->currentIndex().row(), 0);

        // Ctrl+Return adds too.
        QTest::keyClicks(edit, QStringLiteral("Second note"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(w.notesModel()->rowCount(), before + 2);
        QCOMPARE(m->index(0, NotesModel::Text).data().toString(), QStringLiteral("Second note"));
        QCOMPARE(changed.count(), 2);
        // A plain Return is a new line in the note, not an add.
        QTest::keyClicks(edit, QStringLiteral("line one"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, QStringLiteral("line two"));
        QCOMPARE(w.notesModel()->rowCount(), before + 2);
        QCOMPARE(edit->toPlainText(), QStringLiteral("line one\nline two"));
    }

    void editingThroughTheDialogKeepsHistory()
    {
        PersonRecordWidget w({m_t.db->sql(), User}, m_provisional);
        w.resize(1280, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.notesModel()->addNote(QStringLiteral("Original text"), QStringLiteral("amir")));
        w.reload();
        QSignalSpy changed(&w, &PersonRecordWidget::personChanged);
        auto *view = w.findChild<QListView *>(QStringLiteral("notesView"));
        auto *editButton = w.findChild<QPushButton *>(QStringLiteral("editNoteButton"));
        auto *historyButton = w.findChild<QPushButton *>(QStringLiteral("noteHistoryButton"));
        QVERIFY(view && editButton && historyButton);
        QVERIFY(!editButton->isEnabled());
        view->setCurrentIndex(w.notesModel()->index(0, NotesModel::Text));
        QVERIFY(editButton->isEnabled());
        QVERIFY(!historyButton->isEnabled()); // never edited yet

        QTest::mouseClick(editButton, Qt::LeftButton);
        auto *dialog = w.findChild<NoteEditDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteTextEdit"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveNoteButton"));
        QVERIFY(text && save);
        QCOMPARE(text->toPlainText(), QStringLiteral("Original text"));
        QVERIFY(!save->isEnabled()); // unchanged
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Corrected text"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!w.findChild<NoteEditDialog *>());

        QCOMPARE(w.notesModel()->index(0, NotesModel::Text).data().toString(),
                 QStringLiteral("Corrected text"));
        QVERIFY(w.notesModel()->index(0, NotesModel::Edited).data().toString().contains(User));
        QCOMPARE(changed.count(), 1);
        const auto revisions = w.notesModel()->revisions(0);
        QVERIFY(revisions);
        QCOMPARE(revisions.value().size(), 2);
        QCOMPARE(revisions.value().first().body, QStringLiteral("Original text"));

        // History shows every version, read-only.
        QCOMPARE(view->currentIndex().row(), 0);
        QVERIFY(historyButton->isEnabled());
        QTest::mouseClick(historyButton, Qt::LeftButton);
        auto *history = w.findChild<NoteHistoryDialog *>();
        QVERIFY(history);
        QVERIFY(history->historyText().contains(QStringLiteral("Original text")));
        QVERIFY(history->historyText().contains(QStringLiteral("Corrected text")));
        history->close();
        QTRY_VERIFY(!w.findChild<NoteHistoryDialog *>());

        // Double-clicking a note opens it for editing as well.
        const QRect rect = view->visualRect(w.notesModel()->index(0, NotesModel::Text));
        // QTest sends a widget only the double-click event; a real one follows a press.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        auto *again = w.findChild<NoteEditDialog *>();
        QVERIFY(again);
        QCOMPARE(again->startRevision(), 2);
        again->reject();
    }

    void editConflictIsReportedAndNothingOverwritten()
    {
        NotesModel model(m_t.db->sql());
        QVERIFY(model.setPersonId(m_detained));
        QVERIFY(model.addNote(QStringLiteral("Mine"), User));
        NoteEditDialog dialog(&model, 0, User);
        QCOMPARE(dialog.startRevision(), 1);
        // A colleague saves while this editor is open (the refusal names the audit trail's
        // actor: the session's user).
        Session::setUser(m_t.db->sql(), QStringLiteral("amir"));
        QVERIFY(NoteStore(m_t.db->sql())
                    .edit(dialog.noteId(), QStringLiteral("Theirs"), QStringLiteral("amir"), 1));
        Session::setUser(m_t.db->sql(), User);
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("noteTextEdit"))
            ->setPlainText(QStringLiteral("Also mine"));
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        dialog.accept();
        QVERIFY2(shown.contains(QStringLiteral("amir")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("not saved")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open for copying the text
        const auto notes = NoteStore(m_t.db->sql()).notes(m_detained);
        QCOMPARE(notes.value().first().body, QStringLiteral("Theirs"));
    }

    void overrideThroughTheDialogShowsComputedEffectiveAndHistory()
    {
        PersonRecordWidget w({m_t.db->sql(), User}, m_overridden);
        w.resize(1280, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy changed(&w, &PersonRecordWidget::personChanged);
        QCOMPARE(labelText(w, "effectiveBandLabel"), Banding::label(1));
        auto *button = w.findChild<QPushButton *>(QStringLiteral("overrideBandButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = w.findChild<BandOverrideDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("overrideOkButton"));
        auto *band2 = dialog->findChild<QRadioButton *>(QStringLiteral("bandRadio2"));
        auto *withdraw = dialog->findChild<QRadioButton *>(QStringLiteral("withdrawRadio"));
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        QVERIFY(ok && band2 && withdraw && reason);
        QVERIFY(!withdraw->isEnabled()); // nothing to withdraw yet
        QVERIFY(!ok->isEnabled());
        // On the indicator: the button is as wide as the dialog, its label is not.
        QTest::mouseClick(band2, Qt::LeftButton, {}, QPoint(8, band2->height() / 2));
        QVERIFY(band2->isChecked());
        QVERIFY(!ok->isEnabled()); // a reason is required
        QTest::keyClicks(reason, QStringLiteral("MAPPA level 2 ended last month"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!w.findChild<BandOverrideDialog *>());

        QCOMPARE(changed.count(), 1);
        QVERIFY(labelText(w, "effectiveBandLabel").contains(Banding::label(2)));
        QCOMPARE(labelText(w, "computedBandLabel"), Banding::label(1));
        QVERIFY(labelText(w, "bandRuleLabel").contains(QStringLiteral("MAPPA level 2")));
        QVERIFY(labelText(w, "overrideLabel").contains(QStringLiteral("MAPPA level 2 ended")));
        auto *history = w.findChild<QTableView *>(QStringLiteral("bandHistoryView"));
        QVERIFY(history && history->isVisible());
        QCOMPARE(history->model()->rowCount(), 1);
        QCOMPARE(history->model()->index(0, BandHistoryModel::SetBy).data().toString(), User);

        // Withdrawn through the store: back to the computed band, history kept.
        QVERIFY(BandOverrideStore(m_t.db->sql())
                    .setOverride(m_overridden, std::nullopt, QStringLiteral("Reviewed"), User,
                                 TestData::personVersion(m_t.db->sql(), m_overridden)));
        w.reload();
        QCOMPARE(labelText(w, "effectiveBandLabel"), Banding::label(1));
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("overrideLabel"))->isVisibleTo(&w));
        QCOMPARE(history->model()->rowCount(), 2);
        QVERIFY(history->isVisibleTo(&w));
    }

    void provisionalBandIsMarked()
    {
        PersonRecordWidget w({m_t.db->sql(), User}, m_provisional);
        auto *provisional = w.findChild<QLabel *>(QStringLiteral("provisionalLabel"));
        QVERIFY(provisional);
        QVERIFY(provisional->isVisibleTo(&w));
        QVERIFY(provisional->text().contains(QStringLiteral("Provisional")));
        QCOMPARE(labelText(w, "mappaLabel"), QStringLiteral("Not recorded"));
        QVERIFY(labelText(w, "headerBandLabel").contains(QStringLiteral("provisional")));
        // Issue 15 rule 5: the banner and the rule name every missing fact.
        for (const char *name : {"provisionalLabel", "bandRuleLabel"}) {
            const QString text = labelText(w, name);
            QVERIFY2(text.contains(QStringLiteral("MAPPA level not recorded, sentence not "
                                                  "recorded")),
                     qPrintable(text));
        }
    }

    // An override is never provisional: the banner goes, the header says "override", and the
    // computed band beside it keeps its mark.
    void overrideIsNeverProvisional()
    {
        BandOverrideStore store(m_t.db->sql());
        QVERIFY(store.setOverride(m_provisional, 3, QStringLiteral("Checked in CID"), User,
                                  TestData::personVersion(m_t.db->sql(), m_provisional)));
        const auto withdraw = qScopeGuard([&] {
            (void)store.setOverride(m_provisional, std::nullopt, QStringLiteral("Withdrawn"), User,
                                    TestData::personVersion(m_t.db->sql(), m_provisional));
        });
        PersonRecordWidget w({m_t.db->sql(), User}, m_provisional);
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("provisionalLabel"))->isVisibleTo(&w));
        QVERIFY(!labelText(w, "headerBandLabel").contains(QStringLiteral("provisional")));
        QVERIFY(labelText(w, "headerBandLabel").contains(QStringLiteral("override")));
        QVERIFY(labelText(w, "computedBandLabel").contains(QStringLiteral("provisional")));
    }

    void detainedPersonIsNotBanded()
    {
        PersonRecordWidget w({m_t.db->sql(), User}, m_detained);
        QCOMPARE(w.title(), QStringLiteral("Okafor (P0000003)"));
        QCOMPARE(labelText(w, "effectiveBandLabel"), QStringLiteral("Not banded (detained)"));
        QCOMPARE(labelText(w, "bandRuleLabel"),
                 Banding::explain(BandRule::Detained, RiskProfile(), 0));
        auto *button = w.findChild<QPushButton *>(QStringLiteral("overrideBandButton"));
        QVERIFY(button && !button->isEnabled());
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("provisionalLabel"))->isVisibleTo(&w));
    }

    void unknownPersonSaysSo()
    {
        PersonRecordWidget w({m_t.db->sql(), User}, 999999);
        QVERIFY(!w.person());
        auto *error = w.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error && error->isVisibleTo(&w));
        QVERIFY(error->text().contains(QStringLiteral("999999")));
        QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("overrideBandButton"))->isEnabled());
        QVERIFY(!w.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))->isEnabled());
    }

    void noteDelegateKeepsLineBreaks()
    {
        // A note typed (or imported) on several lines is shown on several lines.
        QStandardItemModel model(1, NotesModel::ColumnCount);
        NoteDelegate delegate;
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 600, 100);
        option.font = QApplication::font();
        const auto heightOf = [&](const QString &body) {
            model.setData(model.index(0, NotesModel::Text), body);
            return delegate.sizeHint(option, model.index(0, NotesModel::Text)).height();
        };
        const int oneLine = heightOf(QStringLiteral("Barrier: asylum Comments: keen"));
        const int twoLines = heightOf(QStringLiteral("Barrier: asylum\nComments: keen"));
        QVERIFY2(twoLines > oneLine,
                 qPrintable(QStringLiteral("%1 vs %2").arg(twoLines).arg(oneLine)));
    }
};

QTEST_MAIN(TestPersonRecord)
#include "tst_personrecord.moc"
