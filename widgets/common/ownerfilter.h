#pragma once

#include "appcontext.h"
#include "domain/ownerscope.h"

#include <QComboBox>
#include <QSqlDatabase>

// The owner filter of the non-compliance queue and My Diary: everyone's, the signed-in user's
// ("My cases"), or their team's ("My team": people owned by any member of the team, OwnerScope).
// A user in no team sees "My team" disabled, its tooltip saying why and where a team is set,
// rather than missing: the choice exists, and a team leader can be put in a team. The choice is
// kept as a word (choice()), so "My team" follows the user into whatever team they are in now.
class OwnerFilter : public QComboBox
{
    Q_OBJECT

public:
    // The entries' texts; the team's name is added to `team` ("My team (Leeds A)").
    OwnerFilter(const AppContext &context, const QString &everyone, const QString &mine,
                const QString &team, QWidget *parent = nullptr);

    OwnerScope scope() const;
    // "everyone", "mine" or "team": what UserSettings keeps.
    QString choice() const { return currentData().toString(); }
    // An unknown choice, or "team" for a user in no team, falls back to everyone's.
    void setChoice(const QString &choice);
    // The team the user is in; empty for none.
    QString team() const { return m_team; }
    // Reads the user's team again (Settings → Users and Teams may have moved them).
    void refreshTeam();

    // The team `user` is in on `db`; empty when in none or not a Lodestar user.
    static QString teamOf(QSqlDatabase db, const QString &user);
    // Makes entry `index` of `combo` the team's: `text` with the team's name ("My team (Leeds
    // A)"), or disabled with the reason when `team` is empty. Shared with the caseload's owner
    // filter.
    static void setTeamItem(QComboBox *combo, int index, const QString &text, const QString &team);

private:
    QSqlDatabase m_db;
    QString m_user;
    QString m_teamText;
    QString m_team;
};
