#include "appcontext.h"

#include "store/accessstore.h"
#include "store/userstore.h"

AppContext::AppContext(QSqlDatabase db, QString user) : m_db(std::move(db)), m_user(std::move(user))
{
}

std::optional<AppUser> AppContext::appUser() const
{
    const Result<std::optional<AppUser>> found = UserStore(m_db).find(m_user);
    return found ? found.value() : std::nullopt;
}

QString AppContext::userLabel() const
{
    const std::optional<AppUser> user = appUser();
    return user ? user->label() : m_user;
}

Status AppContext::may(Permissions::Action action) const
{
    return AccessStore(m_db).require(action);
}
