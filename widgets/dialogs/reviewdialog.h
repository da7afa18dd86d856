#pragma once

#include "common/appcontext.h"
#include "domain/clock.h"
#include "domain/review.h"

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>

class DateField;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// The 3-monthly review form (report 7.6): the checklist, what was found, the outcome, when it
// took place and the next review, at most 3 months on (each date says its range). OK
// saves through ReviewStore; a refusal is shown here and the form stays open.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(const AppContext &context, qint64 personId, const QString &personTitle,
                 QWidget *parent = nullptr, const QDate &today = Clock::today());

    Review review() const;
    // The id of the saved review, once accepted.
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    void reviewedOnChanged();
    void update();

    QSqlDatabase m_db;
    qint64 m_personId;
    QString m_user;
    QDate m_today;
    qint64 m_savedId = 0;
    QCheckBox *m_barriers;
    QCheckBox *m_compliance;
    QCheckBox *m_document;
    QCheckBox *m_band;
    QCheckBox *m_nextAction;
    QPlainTextEdit *m_notes;
    QComboBox *m_outcome;
    DateField *m_reviewedOn;
    DateField *m_nextReview;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
