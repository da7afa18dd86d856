#pragma once

#include "common/appcontext.h"
#include "store/noteqastore.h"

#include <QDialog>
#include <QSqlDatabase>

class DateField;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

// Draws a note quality-assurance sample (recommendation 4): a caseworker's or a team's notes
// over a period, of a size, with a seed that is shown so the same sample can be drawn again.
// The store draws it on OK; its refusal (no notes in that period...) keeps the dialog open.
class DrawSampleDialog : public QDialog
{
    Q_OBJECT

public:
    DrawSampleDialog(const AppContext &context, QWidget *parent = nullptr);

    NoteQaStore::Request request() const;
    // The sample drawn, once accepted.
    qint64 sampleId() const { return m_sampleId; }

    void accept() override;

private:
    void update();

    QSqlDatabase m_db;
    QString m_teamLeader;
    qint64 m_sampleId = 0;
    QRadioButton *m_byCaseworker;
    QRadioButton *m_byTeam;
    QComboBox *m_caseworker;
    QComboBox *m_team;
    DateField *m_from;
    DateField *m_to;
    QSpinBox *m_size;
    QSpinBox *m_seed;
    QPushButton *m_lastSeed;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
