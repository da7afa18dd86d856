#pragma once

#include <QCoreApplication>
#include <QString>

// Who may change what (issue 8), as pure rules: the store layer asks them before every write
// (AccessStore, from inside AuditStore's append, the one place every public write passes), and
// the PostgreSQL guard triggers hold the same boundary in the database itself.
//
// Enforcement starts once the database has an administrator. Before that, a database is one
// person's local file that nobody has set up for a team, and nobody is refused: Lodestar's
// zero-set-up default stays zero set-up, and whoever sets up the team adds the admin first.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    // Error::code of a refused write.
    static inline const QString Refused = QStringLiteral("permission-denied");

    enum class Action
    {
        None,           // an opening of a record: anyone who can read
        ChangePerson,   // anything recorded on a person: notes, diary, barriers, documents, ...
        Allocate,       // move a person to another case owner
        OverrideBand,   // set or withdraw a band override
        SignOffReview,  // sign off a 3-monthly review
        Countersign,    // countersign an absconder declaration
        RunNoteQa,      // draw and mark note QA samples
        SharedSettings, // charter flights, workload weights: the team's shared reference data
        ManageUsers,    // users, their teams and roles
        Import,         // the CID extract and the team spreadsheets (they write everyone's people)
        SubjectAccess,  // export everything held about one person
        PublishFigures  // keep the figures as they stand for good: a team leader's or manager's
    };

    // The user acting: `known` false when the session's user is not in the users table.
    struct Actor
    {
        QString userName;
        QString displayName;
        QString role; // AppUser::roles()
        QString team;
        bool known = false;
        QString label() const { return displayName.isEmpty() ? userName : displayName; }
    };

    // The person a write is about: their owner (person.case_owner) and the owner's team.
    struct Person
    {
        qint64 id = 0; // 0: the write is not about one person
        QString ref;
        QString owner;
        QString ownerLabel;
        QString ownerTeam;
        bool ownerIsUser = false;
    };

    // Empty when `actor` may take `action` (on `person`, for the actions about one); else the
    // sentence that says who may not do what, and who may. `enforced`: the database has an admin.
    static QString refusal(bool enforced, const Actor &actor, Action action, const Person &person);

    // The person-scoped rule alone: may a caseworker or team leader change this person? A
    // caseworker their own people; a team leader their team's, the unallocated, and those whose
    // owner is in no team (nobody in Lodestar leads them, so every team leader may take them).
    static bool inScope(const Actor &actor, const Person &person);

    // The action a write of `entity` (a table) by `auditAction` (insert, update, delete, open,
    // import, export, disclose) needs, when its store did not say: the default for a table.
    static Action forWrite(const QString &entity, const QString &auditAction);

    // "change this person", "allocate people", ...: for the messages.
    static QString describe(Action action);

    // Error::code of a refusal to act as someone else on a local file.
    static inline const QString ActAsRefused = QStringLiteral("act-as-refused");

    // May the person signed in to the computer as `osUser` act as `asked` on a local file
    // (issue 19)? Empty when they may: `asked` is empty or themselves, the file is a demo
    // database (its people and users invented), or `osUserRole`, their role in the file's
    // users, is admin. Else the sentence saying why not. With no administrator defined nobody
    // has that role, so only a demo lets anyone act as another: the audit trail would otherwise
    // name someone who did not act. It binds only Lodestar: a file's roles cannot stop anyone
    // who can write the file itself.
    static QString actAsRefusal(const QString &osUser, const QString &asked, bool demo,
                                const QString &osUserRole);
};
