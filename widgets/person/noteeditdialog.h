#pragma once

#include <QDialog>

class NoteLengthCounter;
class NotesModel;
class QDialogButtonBox;
class QPlainTextEdit;

// Edits the text of one note. The edit is saved as a new revision against the revision the
// editor started from, so a colleague's save in between is reported, not overwritten.
class NoteEditDialog : public QDialog
{
    Q_OBJECT

public:
    NoteEditDialog(NotesModel *model, int row, const QString &currentUser,
                   QWidget *parent = nullptr);

    qint64 noteId() const { return m_noteId; }
    // The revision the editor started from.
    int startRevision() const { return m_startRevision; }
    QString text() const;

    void accept() override;

private:
    void updateSaveButton();

    NotesModel *m_model;
    QString m_user;
    qint64 m_noteId = 0;
    int m_startRevision = 0;
    QString m_originalText;
    QPlainTextEdit *m_edit;
    NoteLengthCounter *m_counter = nullptr;
    QDialogButtonBox *m_buttons;
};
