#pragma once

#include "common/appcontext.h"

#include <QDialog>
#include <QSqlDatabase>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// File → Publish Figures… (issue 22): keeps today's figures for good, with the people behind
// each, under a label. Publishes on Publish; a refusal (the user's role, a label too long)
// keeps the dialog open and says why.
class PublishFiguresDialog : public QDialog
{
    Q_OBJECT

public:
    PublishFiguresDialog(const AppContext &context, QWidget *parent = nullptr);

    QLineEdit *labelEdit() const { return m_label; }
    QLabel *problemLabel() const { return m_problem; }
    // Once accepted: the new snapshot's id and how many people it kept.
    qint64 snapshotId() const { return m_snapshotId; }
    qint64 people() const { return m_people; }

    void accept() override;

private:
    QSqlDatabase m_db;
    QString m_user;
    qint64 m_snapshotId = 0;
    qint64 m_people = 0;
    QLineEdit *m_label;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
