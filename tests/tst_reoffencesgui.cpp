// The person record's Reoffences tab (issue 7, recommendation 5): the model under
// QAbstractItemModelTester on real data; a reoffence recorded through the dialog by keyboard
// shows in the list, the tab, the header and the store; the dialog keeps Record disabled for an
// empty offence or a day after today; a removal asks first, and Undo puts the same reoffence
// back.
#include "dialogs/reoffencedialog.h"
#include "domain/reoffence.h"
#include "itemmodels/reoffencesmodel.h"
#include "itemmodels/roles.h"
#include "person/personrecordwidget.h"
#include "person/personreoffencespanel.h"
#include "store/reoffencestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

class TestReoffencesGui : public QObject
{
    Q_OBJECT

    const QString m_user = QStringLiteral("sokafor");
    const QDate m_today = QDate::currentDate();

    static bool addPeople(TestDatabase &t)
    {
        return bool(
            TestData::add(*t.db, {TestData::person(QStringLiteral("P1"), QStringLiteral("Ferreira"),
                                                   QStringLiteral("Ana"), QString(), 24),
                                  TestData::person(QStringLiteral("P2"), QStringLiteral("Mensah"),
                                                   QStringLiteral("Kofi"), QString(), 24)}));
    }

    template <typename T> static QByteArray why(const Result<T> &r)
    {
        return r ? QByteArray() : r.error().toString().toLocal8Bit();
    }

    static QPushButton *button(const QWidget *w, const char *name)
    {
        return w->findChild<QPushButton *>(QLatin1String(name));
    }

    static QPushButton *okOf(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    static QString labelText(const QWidget &w, const char *name)
    {
        auto *label = w.findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
    }

    static QString tabText(const PersonRecordWidget &record, QWidget *page)
    {
        auto *tabs = record.findChild<QTabWidget *>(QStringLiteral("lowerTabs"));
        return tabs->tabText(tabs->indexOf(page));
    }

    // Answers the confirmation Remove asks for with `answer`.
    void answerConfirmation(QMessageBox::StandardButton answer)
    {
        QTimer::singleShot(0, this, [this, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            const auto close = qScopeGuard([box] {
                if (box->isVisible())
                    box->reject();
            });
            QVERIFY(box->text().contains(QStringLiteral("Shoplifting")));
            QTest::mouseClick(box->button(answer), Qt::LeftButton);
        });
    }

    Reoffence sample(qint64 person, const QDate &on, const char *offence) const
    {
        Reoffence r;
        r.personId = person;
        r.offenceOn = on;
        r.offence = QString::fromUtf8(offence);
        r.source = QStringLiteral("police");
        return r;
    }

private slots:
    void initTestCase() { TestData::isolateSettings(QStringLiteral("tst_reoffencesgui")); }

    void modelOnRealData()
    {
        TestDatabase t;
        QVERIFY(addPeople(t));
        ReoffenceStore store(t.db->sql());
        Reoffence older = sample(1, m_today.addDays(-90), "Theft from a shop");
        older.source = QStringLiteral("court");
        older.notes = QStringLiteral("Magistrates, conditional discharge\nsecond line");
        auto olderId = store.record(older, m_user);
        QVERIFY2(olderId, why(olderId).constData());
        auto newerId = store.record(sample(1, m_today.addDays(-3), "Common assault"),
                                    QStringLiteral("jbarker"));
        QVERIFY2(newerId, why(newerId).constData());
        QVERIFY(store.record(sample(2, m_today, "Criminal damage"), m_user));

        ReoffencesModel model(t.db->sql());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setPersonId(1));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ReoffencesModel::ColumnCount));
        // Newest offence first.
        QCOMPARE(model.rowOf(newerId.value()), 0);
        QCOMPARE(model.rowOf(olderId.value()), 1);
        QCOMPARE(model.rowOf(999), -1);
        QCOMPARE(model.index(0, ReoffencesModel::Offence).data().toString(),
                 QStringLiteral("Common assault"));
        QCOMPARE(model.index(0, ReoffencesModel::RecordedBy).data().toString(),
                 QStringLiteral("jbarker"));
        QCOMPARE(model.index(1, ReoffencesModel::Source).data().toString(),
                 Reoffence::sourceName(QStringLiteral("court")));
        QCOMPARE(model.index(1, ReoffencesModel::Source).data(Roles::Code),
                 QVariant(QStringLiteral("court")));
        QCOMPARE(model.index(1, ReoffencesModel::OffenceOn).data(Roles::Sort).toDate(),
                 older.offenceOn);
        QCOMPARE(model.index(1, ReoffencesModel::OffenceOn).data().toString(),
                 QLocale().toString(older.offenceOn, QStringLiteral("d MMM yyyy")));
        // One line of the notes in the table, all of them in the tooltip.
        QCOMPARE(model.index(1, ReoffencesModel::Notes).data().toString(),
                 QStringLiteral("Magistrates, conditional discharge"));
        const QString tip = model.index(1, ReoffencesModel::Notes).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("second line")) && tip.contains(m_user),
                 qPrintable(tip));
        QCOMPARE(model.index(0, 0).data(Roles::PersonId).toLongLong(), qint64(1));
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        QVERIFY(model.setPersonId(2));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.setPersonId(0));
        QCOMPARE(model.rowCount(), 0);
    }

    void recordThroughTheDialog()
    {
        TestDatabase t;
        QVERIFY(addPeople(t));
        PersonRecordWidget record({t.db->sql(), m_user}, 1);
        PersonReoffencesPanel *panel = record.reoffencesPanel();
        QVERIFY(panel);
        QVERIFY(PersonRecordWidget::lowerTabKeys().contains(QStringLiteral("reoffences")));
        QVERIFY(record.showLowerTab(QStringLiteral("reoffences")));
        QCOMPARE(record.findChild<QTabWidget *>(QStringLiteral("lowerTabs"))->currentWidget(),
                 panel);
        QCOMPARE(tabText(record, panel), QStringLiteral("Reoffences"));
        QVERIFY(!labelText(record, "summaryLabel").contains(QStringLiteral("reoffence")));
        record.resize(1400, 900);
        record.show();
        QVERIFY(QTest::qWaitForWindowExposed(&record));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("reoffencesEmpty"))->isVisible());
        QVERIFY(!button(panel, "removeReoffenceButton")->isEnabled());

        const QDate offenceOn = m_today.addYears(-1);
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ReoffenceDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("offenceOnEdit"));
            QCOMPARE(date->date(), m_today);
            // Nothing said yet: Record waits for the offence.
            QVERIFY(!okOf(dialog)->isEnabled());
            auto *offence = dialog->findChild<QLineEdit *>(QStringLiteral("offenceEdit"));
            // The offence is what needs typing: the dialog opens there.
            QCOMPARE(dialog->focusWidget(), offence);
            offence->setFocus();
            QTest::keyClicks(offence, QStringLiteral("Shoplifting"));
            QVERIFY(okOf(dialog)->isEnabled());
            // A year ago, by keyboard: the year section, one down.
            date->setFocus();
            date->setCurrentSection(QDateTimeEdit::YearSection);
            QTest::keyClick(date, Qt::Key_Down);
            QCOMPARE(date->date(), offenceOn);
            auto *source = dialog->findChild<QComboBox *>(QStringLiteral("sourceCombo"));
            QCOMPARE(source->count(), int(Reoffence::sources().size()));
            source->setFocus();
            QTest::keyClicks(source, Reoffence::sourceName(QStringLiteral("probation")));
            QCOMPARE(source->currentData().toString(), QStringLiteral("probation"));
            auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reoffenceNotesEdit"));
            notes->setFocus();
            QTest::keyClicks(notes, QStringLiteral("Reported by his probation officer"));
            QVERIFY(dialog->problemText().isEmpty());
            QTest::mouseClick(okOf(dialog), Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        });
        QTest::mouseClick(button(panel, "recordReoffenceButton"), Qt::LeftButton);

        // In the list, the tab, the header and the store.
        QCOMPARE(panel->model()->rowCount(), 1);
        const Reoffence shown = panel->model()->reoffenceAt(0);
        QCOMPARE(shown.offence, QStringLiteral("Shoplifting"));
        QCOMPARE(shown.offenceOn, offenceOn);
        QCOMPARE(shown.source, QStringLiteral("probation"));
        QCOMPARE(shown.notes, QStringLiteral("Reported by his probation officer"));
        QCOMPARE(shown.recordedBy, m_user);
        QCOMPARE(tabText(record, panel), QStringLiteral("Reoffences (1)"));
        QVERIFY2(labelText(record, "summaryLabel").contains(QStringLiteral("1 reoffence")),
                 qPrintable(labelText(record, "summaryLabel")));
        QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("reoffencesEmpty"))->isVisible());
        const auto stored = ReoffenceStore(t.db->sql()).forPerson(1);
        QVERIFY(stored);
        QCOMPARE(stored.value().size(), 1);
        QCOMPARE(stored.value().first().id, shown.id);
        QCOMPARE(stored.value().first().offence, QStringLiteral("Shoplifting"));
        QCOMPARE(ReoffenceStore(t.db->sql()).forPerson(2).value().size(), 0);
        // The new reoffence is selected, ready to remove if it was a slip.
        QCOMPARE(panel->table()->selectionModel()->selectedRows().value(0).row(), 0);
        QVERIFY(button(panel, "removeReoffenceButton")->isEnabled());
    }

    void invalidInputKeepsRecordDisabled()
    {
        TestDatabase t;
        QVERIFY(addPeople(t));
        ReoffenceDialog dialog({t.db->sql(), m_user}, 1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *ok = okOf(&dialog);
        auto *offence = dialog.findChild<QLineEdit *>(QStringLiteral("offenceEdit"));
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("offenceOnEdit"));
        // Empty, then only spaces: no offence.
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.problemText().isEmpty());
        offence->setFocus();
        QTest::keyClicks(offence, QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(offence, QStringLiteral("Burglary"));
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.problemText().isEmpty());
        // A day after today, by keyboard: refused with the reason shown.
        date->setFocus();
        date->setCurrentSection(QDateTimeEdit::YearSection);
        QTest::keyClick(date, Qt::Key_Up);
        QCOMPARE(date->date(), m_today.addYears(1));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.problemText().contains(QStringLiteral("after today")),
                 qPrintable(dialog.problemText()));
        // Accepting anyway (Enter) records nothing and keeps the dialog open.
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.savedId(), qint64(0));
        QCOMPARE(ReoffenceStore(t.db->sql()).forPerson(1).value().size(), 0);
        // Back to today: fine; clearing the offence disables Record again.
        QTest::keyClick(date, Qt::Key_Down);
        QCOMPARE(date->date(), m_today);
        QVERIFY(ok->isEnabled());
        offence->setFocus();
        offence->selectAll();
        QTest::keyClick(offence, Qt::Key_Backspace);
        QVERIFY(offence->text().isEmpty());
        QVERIFY(!ok->isEnabled());
        dialog.reject();
    }

    void removeAsksAndUndoPutsItBack()
    {
        TestDatabase t;
        QVERIFY(addPeople(t));
        ReoffenceStore store(t.db->sql());
        Reoffence r = sample(1, m_today.addDays(-10), "Shoplifting");
        r.source = QStringLiteral("pnc");
        r.notes = QStringLiteral("PNC entry 26/1234");
        // Recorded earlier by someone else: Undo must keep who and when.
        auto id = store.recordInTransaction(r, QStringLiteral("jbarker"),
                                            m_today.addDays(-9).toString(Qt::ISODate) +
                                                QStringLiteral("T10:00:00Z"));
        QVERIFY2(id, why(id).constData());
        QVERIFY(store.record(sample(1, m_today.addDays(-40), "Drunk and disorderly"), m_user));

        PersonRecordWidget record({t.db->sql(), m_user}, 1);
        PersonReoffencesPanel *panel = record.reoffencesPanel();
        QVERIFY(record.showLowerTab(QStringLiteral("reoffences")));
        record.resize(1400, 900);
        record.show();
        QVERIFY(QTest::qWaitForWindowExposed(&record));
        QCOMPARE(tabText(record, panel), QStringLiteral("Reoffences (2)"));
        QVERIFY2(labelText(record, "summaryLabel").contains(QStringLiteral("2 reoffence")),
                 qPrintable(labelText(record, "summaryLabel")));
        QPushButton *remove = button(panel, "removeReoffenceButton");
        QPushButton *undo = button(panel, "undoRemoveButton");
        QVERIFY(!undo->isVisible());
        const Reoffence before = store.forPerson(1).value().first();
        QCOMPARE(before.id, id.value());

        // Said No: nothing happens.
        panel->table()->selectRow(0);
        QVERIFY(remove->isEnabled());
        answerConfirmation(QMessageBox::No);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(store.forPerson(1).value().size(), 2);
        QVERIFY(!undo->isVisible());

        // Said Yes: gone from the store, the list, the tab and the header; Undo offered.
        answerConfirmation(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(store.forPerson(1).value().size(), 1);
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->rowOf(id.value()), -1);
        QCOMPARE(tabText(record, panel), QStringLiteral("Reoffences (1)"));
        QVERIFY(labelText(record, "summaryLabel").contains(QStringLiteral("1 reoffence")));
        QVERIFY(undo->isVisible());
        QVERIFY(labelText(*panel, "reoffenceStatus").contains(QStringLiteral("Shoplifting")));
        QVERIFY(!remove->isEnabled()); // nothing selected now

        // Undo: the same reoffence back, recorded by the same person at the same time.
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(!undo->isVisible());
        const auto after = store.forPerson(1);
        QVERIFY(after);
        QCOMPARE(after.value().size(), 2);
        const Reoffence back = after.value().first();
        QCOMPARE(back.offenceOn, before.offenceOn);
        QCOMPARE(back.offence, before.offence);
        QCOMPARE(back.source, before.source);
        QCOMPARE(back.notes, before.notes);
        QCOMPARE(back.recordedBy, QStringLiteral("jbarker"));
        QCOMPARE(back.recordedAt, before.recordedAt);
        QCOMPARE(panel->model()->rowCount(), 2);
        QCOMPARE(panel->table()->selectionModel()->selectedRows().value(0).row(), 0);
        QCOMPARE(tabText(record, panel), QStringLiteral("Reoffences (2)"));

        // Another person's record offers no Undo of this one.
        answerConfirmation(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(undo->isVisible());
        panel->setPersonId(2);
        QVERIFY(!undo->isVisible());
        QVERIFY(labelText(*panel, "reoffenceStatus").isEmpty());
    }
};

QTEST_MAIN(TestReoffencesGui)
#include "tst_reoffencesgui.moc"
