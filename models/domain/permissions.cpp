#include "permissions.h"

#include "appuser.h"

namespace {

const QString Caseworker = QStringLiteral("caseworker");
const QString TeamLeader = QStringLiteral("team_leader");
const QString Manager = QStringLiteral("manager");
const QString Admin = QStringLiteral("admin");

bool adminAction(Permissions::Action a)
{
    using A = Permissions::Action;
    return a == A::ManageUsers || a == A::Import || a == A::SubjectAccess;
}

} // namespace

bool Permissions::inScope(const Actor &actor, const Person &person)
{
    if (actor.role == Caseworker)
        return !person.owner.isEmpty() && person.owner == actor.userName;
    if (actor.role == TeamLeader) {
        if (person.owner.isEmpty() || !person.ownerIsUser || person.ownerTeam.isEmpty())
            return true;
        return !actor.team.isEmpty() && person.ownerTeam == actor.team;
    }
    return false;
}

QString Permissions::describe(Action action)
{
    switch (action) {
    case Action::None:
        return tr("open a record");
    case Action::ChangePerson:
        return tr("change a person's record");
    case Action::Allocate:
        return tr("allocate people");
    case Action::OverrideBand:
        return tr("override a band");
    case Action::SignOffReview:
        return tr("sign off a review");
    case Action::Countersign:
        return tr("countersign an absconder declaration");
    case Action::RunNoteQa:
        return tr("run note quality assurance");
    case Action::SharedSettings:
        return tr("change charter flights or workload weights");
    case Action::ManageUsers:
        return tr("manage users and roles");
    case Action::Import:
        return tr("import the CID extract or team spreadsheets");
    case Action::SubjectAccess:
        return tr("export a subject access request");
    case Action::PublishFigures:
        return tr("publish figures");
    }
    return QString();
}

QString Permissions::refusal(bool enforced, const Actor &actor, Action action, const Person &person)
{
    if (!enforced || action == Action::None)
        return QString();
    const QString who = actor.known
                            ? tr("%1 (%2)").arg(actor.label(), AppUser::roleName(actor.role))
                            : actor.userName;
    if (!actor.known)
        return tr("%1 is not a user of this database and may not %2: ask an administrator to "
                  "add you in Settings → Users and Teams")
            .arg(actor.userName, describe(action));
    // Publishing changes nobody's record: managers, who change nothing else, may.
    if (action == Action::PublishFigures) {
        if (actor.role == TeamLeader || actor.role == Manager)
            return QString();
        return tr("%1 may not %2: that is a team leader's or a manager's")
            .arg(who, describe(action));
    }
    if (adminAction(action)) {
        if (actor.role == Admin)
            return QString();
        return tr("%1 may not %2: that is an administrator's").arg(who, describe(action));
    }
    if (actor.role == Manager)
        return tr("%1 may not %2: managers read everything and change nothing")
            .arg(who, describe(action));
    if (actor.role == Admin)
        return tr("%1 may not %2: an administrator manages users and imports, and people's "
                  "records are for their caseworkers and team leaders")
            .arg(who, describe(action));
    if (actor.role == Caseworker && action != Action::ChangePerson)
        return tr("%1 may not %2: that is a team leader's").arg(who, describe(action));
    if (actor.role != Caseworker && actor.role != TeamLeader)
        return tr("%1 may not %2").arg(who, describe(action));
    // Left: a caseworker changing a person, or a team leader's action. Role-wide ones, and a
    // write not about one person (whose caller checks each person itself), need no scope.
    if (action == Action::RunNoteQa || action == Action::SharedSettings || person.id == 0)
        return QString();
    if (inScope(actor, person))
        return QString();
    const QString owner =
        person.owner.isEmpty()
            ? tr("nobody")
            : (person.ownerTeam.isEmpty() ? person.ownerLabel
                                          : tr("%1 (%2)").arg(person.ownerLabel, person.ownerTeam));
    if (actor.role == Caseworker)
        return tr("%1 may not change %2, who is allocated to %3: a caseworker changes the "
                  "people allocated to them")
            .arg(who, person.ref, owner);
    return tr("%1 may not %2 for %3, who is allocated to %4: a team leader acts for their "
              "own team's people")
        .arg(who, describe(action), person.ref, owner);
}

Permissions::Action Permissions::forWrite(const QString &entity, const QString &auditAction)
{
    // Reading and disclosing what one may read need no more than reading: both are logged.
    if (auditAction == QLatin1String("open") || auditAction == QLatin1String("disclose"))
        return Action::None;
    if (auditAction == QLatin1String("export"))
        return Action::SubjectAccess;
    if (auditAction == QLatin1String("import"))
        return Action::Import;
    if (entity == QLatin1String("app_user"))
        return Action::ManageUsers;
    if (entity == QLatin1String("qa_sample") || entity == QLatin1String("note_qa"))
        return Action::RunNoteQa;
    if (entity == QLatin1String("charter_flight") || entity == QLatin1String("workload_weights"))
        return Action::SharedSettings;
    if (entity == QLatin1String("allocation"))
        return Action::Allocate;
    if (entity == QLatin1String("figure_snapshot"))
        return Action::PublishFigures;
    if (entity == QLatin1String("cid_import") || entity == QLatin1String("sheet_import") ||
        entity == QLatin1String("cid_case") || entity == QLatin1String("import_change"))
        return Action::Import;
    // People are added by the imports (and the demo); one person's row is changed by hand.
    if (entity == QLatin1String("person") && auditAction == QLatin1String("insert"))
        return Action::Import;
    return Action::ChangePerson;
}

QString Permissions::actAsRefusal(const QString &osUser, const QString &asked, bool demo,
                                  const QString &osUserRole)
{
    if (asked.isEmpty() || asked == osUser || demo || osUserRole == Admin)
        return QString();
    return tr("on a local file that is not a demo database Lodestar acts as you, %1 (your user "
              "on this computer); only an administrator of the file may act as someone else, "
              "since its audit trail would name %2 for what %1 did")
        .arg(osUser, asked);
}
