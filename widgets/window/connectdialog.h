#pragma once

#include "db/database.h"
#include "teamdatabaseurl.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// File → Connect to Team Database: host, port, database and user of a team database on a
// PostgreSQL server, the CA certificate that vouches for a server on another machine (optional:
// libpq's ~/.postgresql/root.crt otherwise), and an optional password. Connect opens it (asking for
// a password while the server wants one); on success database() holds it and the entries, never the
// password, are remembered for next time. A failure is shown here and the dialog stays open.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens `location` with `password` (empty: libpq's own sources); tests put a stand-in here.
    using Opener = std::function<Result<std::shared_ptr<Database>>(const QString &location,
                                                                   const QString &password)>;

    explicit ConnectDialog(QWidget *parent = nullptr);

    void setOpener(Opener opener) { m_opener = std::move(opener); }
    // Database::open, creating the schema in an empty database.
    static Opener defaultOpener();

    TeamDatabaseUrl target() const;
    void setTarget(const TeamDatabaseUrl &target);
    // The URL Connect opens: never with the password in it.
    QString url() const { return target().toString(); }
    // The database opened by Connect; null until then.
    std::shared_ptr<Database> database() const { return m_database; }

    // Opens `location`, and while the server wants a password asks for it (one attempt per
    // answer) until it is accepted or the prompt is cancelled. With a wait cursor: a slow
    // server is not a frozen window. Also the start-up path of `lodestar --database URL`.
    static Result<std::shared_ptr<Database>> openAsking(QWidget *parent, const QString &location,
                                                        const QString &password,
                                                        const Opener &opener);
    // The last team database connected to (QSettings), or the defaults for a first time.
    static TeamDatabaseUrl remembered();
    static void remember(const TeamDatabaseUrl &target);

public slots:
    void accept() override;

private:
    // The password prompt; `refused`: the server turned down the last one tried.
    static std::optional<QString> askPassword(QWidget *parent, const QString &location,
                                              bool refused);
    void showProblem(const QString &problem);
    void fitHeight();
    void update();

    Opener m_opener;
    std::shared_ptr<Database> m_database;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_databaseName;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_caCertificate;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
