#include "noteeditdialog.h"

#include "itemmodels/displaytext.h"
#include "itemmodels/notesmodel.h"
#include "notelengthcounter.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

NoteEditDialog::NoteEditDialog(NotesModel *model, int row, const QString &currentUser,
                               QWidget *parent)
    : QDialog(parent), m_model(model), m_user(currentUser), m_edit(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit note"));
    setObjectName(QStringLiteral("noteEditDialog"));
    const Note note = model->noteAt(row);
    m_noteId = note.id;
    m_startRevision = note.revision;
    m_originalText = note.body;

    auto *about = new QLabel(this);
    about->setObjectName(QStringLiteral("noteAboutLabel"));
    // Named as the timeline names them.
    const QModelIndex at = model->index(row, NotesModel::Author);
    QString aboutText =
        tr("Written by %1 at %2.").arg(at.data().toString(), DisplayText::dateTime(note.createdAt));
    if (note.wasEdited())
        aboutText += QLatin1Char(' ') + at.siblingAtColumn(NotesModel::Edited).data().toString() +
                     QLatin1Char('.');
    about->setText(aboutText);
    about->setWordWrap(true);

    auto *label = new QLabel(tr("&Text:"), this);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("noteTextEdit"));
    m_edit->setPlainText(note.body);
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumSize(480, 200);

    m_counter = new NoteLengthCounter(m_edit, this);

    auto *keep = new QLabel(
        tr("Saving keeps the earlier text: it stays in the note's history for anyone to read."),
        this);
    keep->setWordWrap(true);
    keep->setForegroundRole(QPalette::PlaceholderText);

    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveNoteButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NoteEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NoteEditDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &NoteEditDialog::updateSaveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_counter);
    layout->addWidget(keep);
    layout->addWidget(m_buttons);
    updateSaveButton();
    m_edit->setFocus();
    m_edit->moveCursor(QTextCursor::End);
}

QString NoteEditDialog::text() const
{
    return m_edit->toPlainText();
}

void NoteEditDialog::updateSaveButton()
{
    // Nothing to save while the text is empty, unchanged or too long (the counter says so).
    const QString t = text();
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(!t.trimmed().isEmpty() && t != m_originalText && m_counter->withinLimit());
}

void NoteEditDialog::accept()
{
    const int row = m_model->rowOfNote(m_noteId);
    Status status = row < 0 ? Status::fail(tr("The note is no longer on this person's record"))
                            : m_model->editNote(row, text(), m_user, m_startRevision);
    if (!status) {
        // Stay open so the text typed is not lost: it can be copied before cancelling.
        QMessageBox box(
            QMessageBox::Warning, tr("Note not saved"),
            tr("Your changes to the note were not saved.\n\n%1").arg(status.error().message),
            QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("noteNotSavedMessage"));
        if (!status.error().detail.isEmpty())
            box.setDetailedText(status.error().detail);
        box.exec();
        return;
    }
    QDialog::accept();
}
