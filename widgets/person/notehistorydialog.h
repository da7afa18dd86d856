#pragma once

#include "domain/note.h"

#include <QDialog>
#include <QHash>
#include <QVector>

class QTextBrowser;

// Read-only account of every text a note has had, oldest first, with who wrote each and
// when: team leaders and inspectors can see what a note said before it was edited.
class NoteHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // `users` names the writers (user name → display name); a name not in it is shown as is.
    NoteHistoryDialog(const Note &note, const QVector<NoteRevision> &revisions,
                      const QHash<QString, QString> &users, QWidget *parent = nullptr);

    // The history as plain text, as shown.
    QString historyText() const;

private:
    QTextBrowser *m_text;
};
