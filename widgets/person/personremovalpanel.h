#pragma once

#include "common/appcontext.h"
#include "domain/casepreparation.h"
#include "domain/clock.h"

#include "common/writeaccess.h"
#include <QDate>
#include <QSqlDatabase>

#include <QWidget>
#include <optional>

class HoldsModel;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class RemovalDirectionsModel;

// The removal tab of a person record, in three parts read side by side: the removal directions
// with their outcomes, the holds on progression, and the case preparation target. Directions
// make later barriers last-minute and holds end when barriers clear, so the record reloads on
// removalChanged.
class PersonRemovalPanel : public QWidget
{
    Q_OBJECT

public:
    PersonRemovalPanel(const AppContext &context, QWidget *parent = nullptr);
    // What the signed-in user may not do to this person (PersonRecordWidget reads it once per
    // reload): the buttons of refused actions are off, their tooltip saying why.
    void setRefusals(const QMap<Permissions::Action, QString> &refusals);

    RemovalDirectionsModel *directionsModel() const { return m_directions; }
    HoldsModel *holdsModel() const { return m_holds; }
    QTableView *directionsTable() const { return m_directionsTable; }
    QTableView *holdsTable() const { return m_holdsTable; }
    const std::optional<CasePreparation> &preparation() const { return m_preparation; }
    bool setPersonId(qint64 personId, QString *error = nullptr);
    QString tabLabel() const;

public slots:
    void setDirections();
    void recordOutcome();
    void editSelectedDirections();
    void placeHold();
    void releaseSelectedHold();
    void editPreparation();

signals:
    void removalChanged();

private:
    QGroupBox *buildDirections();
    QGroupBox *buildHolds();
    QGroupBox *buildPreparation();
    int selectedDirectionsRow() const;
    int selectedHoldRow() const;
    void editDirections(int row);
    void showPreparation();
    void updateActions();
    void changed();

    QSqlDatabase m_db;
    QString m_user;
    qint64 m_personId = 0;
    QDate m_asOf = Clock::today();
    RemovalDirectionsModel *m_directions;
    HoldsModel *m_holds;
    std::optional<CasePreparation> m_preparation;

    QTableView *m_directionsTable = nullptr;
    QPushButton *m_setDirections = nullptr;
    QPushButton *m_recordOutcome = nullptr;
    QPushButton *m_editDirections = nullptr;
    QTableView *m_holdsTable = nullptr;
    QPushButton *m_placeHold = nullptr;
    QPushButton *m_releaseHold = nullptr;
    QLabel *m_preparationStatus = nullptr;
    QLabel *m_preparationDates = nullptr;
    QPushButton *m_editPreparation = nullptr;
    WriteAccess m_access;
};
