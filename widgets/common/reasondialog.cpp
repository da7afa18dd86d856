#include "reasondialog.h"

#include "domain/disclosure.h"
#include "usersettings.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QString RecentKey = QStringLiteral("disclosure/recentReasons");
}

ReasonDialog::ReasonDialog(const QSqlDatabase &db, const QString &user, const QString &what,
                           QWidget *parent)
    : QDialog(parent), m_db(db), m_user(user)
{
    setWindowTitle(tr("Reason for Disclosure"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("%1.\n\nThis takes people's personal data out of Lodestar, so it is recorded in the "
           "audit trail with who, when, what and why. Say why in a few words:")
            .arg(what),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("reasonField"));
    m_field->setMaxLength(Disclosure::MaxReason);
    m_field->setPlaceholderText(tr("e.g. monthly return to the regional office"));
    intro->setBuddy(m_field);
    const QStringList recent = UserSettings(m_db, m_user).value(RecentKey).toStringList();
    if (!recent.isEmpty()) {
        auto *completer = new QCompleter(recent, m_field);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_field->setCompleter(completer);
    }
    layout->addWidget(m_field);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] { okButton()->setEnabled(!reason().isEmpty()); };
    connect(m_field, &QLineEdit::textChanged, this, update);
    update();
    m_field->setFocus();
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
}

QString ReasonDialog::reason() const
{
    return Disclosure::cleanReason(m_field->text());
}

QPushButton *ReasonDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ReasonDialog::remember() const
{
    UserSettings settings(m_db, m_user);
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(reason());
    recent.prepend(reason());
    settings.setValue(RecentKey, recent.mid(0, Remembered));
}

std::optional<QString> ReasonDialog::ask(const QSqlDatabase &db, const QString &user,
                                         const QString &what, QWidget *parent)
{
    ReasonDialog dialog(db, user, what, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return std::nullopt;
    dialog.remember();
    return dialog.reason();
}
