#include "connectdialog.h"

#include "common/formrow.h"

#include "itemmodels/colours.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

const QString HostKey = QStringLiteral("teamDatabase/host");
const QString PortKey = QStringLiteral("teamDatabase/port");
const QString DatabaseKey = QStringLiteral("teamDatabase/database");
const QString UserKey = QStringLiteral("teamDatabase/user");
const QString CaKey = QStringLiteral("teamDatabase/caCertificate");

// libpq's own default login: the operating system's user.
QString osUser()
{
    for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QDir::home().dirName();
}

// Where and who, for the messages: "casework on db.example.org as alice".
QString describe(const QString &location)
{
    const auto target = TeamDatabaseUrl::parse(location);
    if (!target)
        return TeamDatabaseUrl::shownLocation(location);
    return target->user.isEmpty()
               ? target->displayName()
               : ConnectDialog::tr("%1 as %2").arg(target->displayName(), target->user);
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent), m_opener(defaultOpener()), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_databaseName(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_caCertificate(new QLineEdit(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Team Database"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("e.g. lodestar-db.team.local"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    // A port number is a handful of digits: the field stays that narrow.
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_port->setMinimumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("000000")) * 2);
    m_databaseName->setObjectName(QStringLiteral("databaseEdit"));
    m_databaseName->setPlaceholderText(tr("e.g. casework"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Optional"));
    m_caCertificate->setObjectName(QStringLiteral("caCertificateEdit"));
    m_caCertificate->setPlaceholderText(tr("Optional (default: ~/.postgresql/root.crt)"));
    m_caCertificate->setToolTip(
        tr("The team's CA certificate (.pem): a server on another machine must show a "
           "certificate it signed for the host name above, or Lodestar does not connect."));
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *intro = new QLabel(
        tr("Connect to your team's shared Lodestar database on a PostgreSQL server."), this);
    intro->setWordWrap(true);
    auto *hint = new QLabel(tr("Leave the password empty to use PGPASSWORD or ~/.pgpass; Lodestar "
                               "asks if the server needs one. Passwords are never saved."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    FormRow::add(form, tr("&Host:"), m_host);
    FormRow::add(form, tr("P&ort:"), m_port);
    FormRow::add(form, tr("&Database:"), m_databaseName);
    FormRow::add(form, tr("&User name:"), m_user);
    FormRow::add(form, tr("&Password:"), m_password);
    form->addRow(QString(), hint);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caCertificate, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("caBrowseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_caCertificate->text(),
                                         tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_caCertificate->setText(QDir::toNativeSeparators(path));
    });
    caRow->addWidget(browse);
    auto *caLabel = new QLabel(tr("C&A certificate:"), this);
    caLabel->setBuddy(m_caCertificate);
    form->addRow(caLabel, caRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_databaseName, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::update);

    setTarget(remembered());
    setMinimumWidth(480);
    // The first empty field has the focus: a returning user just presses Enter.
    for (QLineEdit *edit : {m_host, m_databaseName, m_user}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

ConnectDialog::Opener ConnectDialog::defaultOpener()
{
    return [](const QString &location, const QString &password) {
        return Database::open(location, Database::Create::IfMissing, password);
    };
}

TeamDatabaseUrl ConnectDialog::target() const
{
    TeamDatabaseUrl t;
    t.host = m_host->text().trimmed();
    t.port = m_port->value();
    t.database = m_databaseName->text().trimmed();
    t.user = m_user->text().trimmed();
    t.caCertificate = m_caCertificate->text().trimmed();
    return t;
}

void ConnectDialog::setTarget(const TeamDatabaseUrl &target)
{
    m_host->setText(target.host);
    m_port->setValue(target.port);
    m_databaseName->setText(target.database);
    m_user->setText(target.user);
    m_caCertificate->setText(target.caCertificate);
    update();
}

TeamDatabaseUrl ConnectDialog::remembered()
{
    QSettings settings;
    TeamDatabaseUrl t;
    t.host = settings.value(HostKey, t.host).toString();
    t.port = settings.value(PortKey, t.port).toInt();
    if (t.port < 1 || t.port > 65535)
        t.port = 5432;
    t.database = settings.value(DatabaseKey).toString();
    t.user = settings.value(UserKey, osUser()).toString();
    t.caCertificate = settings.value(CaKey).toString();
    return t;
}

void ConnectDialog::remember(const TeamDatabaseUrl &target)
{
    QSettings settings;
    settings.setValue(HostKey, target.host);
    settings.setValue(PortKey, target.port);
    settings.setValue(DatabaseKey, target.database);
    settings.setValue(UserKey, target.user);
    settings.setValue(CaKey, target.caCertificate);
}

void ConnectDialog::update()
{
    const TeamDatabaseUrl t = target();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!t.host.isEmpty() && !t.database.isEmpty() && !t.user.isEmpty());
}

void ConnectDialog::showProblem(const QString &problem)
{
    m_message->setStyleSheet(Colours::problemStyle());
    m_message->setText(problem);
    m_message->show();
    fitHeight();
}

void ConnectDialog::fitHeight()
{
    // A wrapped message needs the height for this width, which the layout does not ask for
    // on its own: without this the fields are squeezed together under a long server error.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void ConnectDialog::accept()
{
    const TeamDatabaseUrl t = target();
    if (t.host.isEmpty() || t.database.isEmpty() || t.user.isEmpty())
        return;
    // Said before the wait: a server that is slow to answer shows what is being waited for.
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Connecting to %1…").arg(describe(t.toString())));
    m_message->show();
    fitHeight();
    m_message->repaint();
    m_buttons->setEnabled(false);
    auto result = openAsking(this, t.toString(), m_password->text(), m_opener);
    m_buttons->setEnabled(true);
    if (!result) {
        // libpq's own message comes in tab-indented lines: kept as lines, without the tabs.
        QStringList lines = result.error().toString().split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = line.simplified();
        lines.removeAll(QString());
        showProblem(tr("Could not connect to %1.\n%2")
                        .arg(describe(t.toString()), lines.join(QLatin1Char('\n'))));
        if (result.error().code == Database::NeedsPassword)
            m_password->setFocus();
        return;
    }
    m_database = result.value();
    remember(t);
    QDialog::accept();
}

std::optional<QString> ConnectDialog::askPassword(QWidget *parent, const QString &location,
                                                  bool refused)
{
    QInputDialog prompt(parent);
    prompt.setObjectName(QStringLiteral("passwordPrompt"));
    prompt.setWindowTitle(tr("Team Database Password"));
    prompt.setInputMode(QInputDialog::TextInput);
    prompt.setTextEchoMode(QLineEdit::Password);
    prompt.setLabelText(
        refused ? tr("Connecting to %1.\nThe password was not accepted. Enter it again:")
                      .arg(describe(location))
                : tr("Connecting to %1.\nThe server asks for a password:").arg(describe(location)));
    prompt.setOkButtonText(tr("&Connect"));
    if (prompt.exec() != QDialog::Accepted)
        return std::nullopt;
    return prompt.textValue();
}

Result<std::shared_ptr<Database>> ConnectDialog::openAsking(QWidget *parent,
                                                            const QString &location,
                                                            const QString &password,
                                                            const Opener &opener)
{
    QString tried = password;
    // A password typed in the dialog and turned down: the prompt says it was not accepted.
    bool refused = !password.isEmpty();
    for (;;) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        auto result = opener(location, tried);
        QGuiApplication::restoreOverrideCursor();
        if (result || result.error().code != Database::NeedsPassword)
            return result;
        const std::optional<QString> answer = askPassword(parent, location, refused);
        if (!answer)
            return Error{tr("The server needs a password and none was given"), QString(),
                         Database::NeedsPassword};
        tried = *answer;
        refused = true;
    }
}
