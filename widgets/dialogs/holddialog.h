#pragma once

#include "common/appcontext.h"
#include "domain/barrier.h"
#include "domain/progressionhold.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QVector>

class DateField;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Parks a person's progression: why, until a date, until one of their open barriers clears, or
// both (whichever comes first). Placed today. What ProgressionHold::problem() or the store
// objects to is shown here.
class HoldDialog : public QDialog
{
    Q_OBJECT

public:
    HoldDialog(const AppContext &context, qint64 personId, const QVector<Barrier> &openBarriers,
               QWidget *parent = nullptr);

    ProgressionHold hold() const;
    qint64 savedId() const { return m_savedId; }
    QString problemText() const;
    // Chooses the barrier the hold waits for (0: none); false when it is not on offer.
    bool setUntilBarrier(qint64 barrierId);

public slots:
    void accept() override;

private:
    void update();

    QSqlDatabase m_db;
    QString m_user;
    qint64 m_personId;
    qint64 m_savedId = 0;
    QLineEdit *m_reason;
    DateField *m_until;
    QComboBox *m_barrier;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
