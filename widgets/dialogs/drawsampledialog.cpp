#include "drawsampledialog.h"
#include "domain/clock.h"

#include "common/datefield.h"
#include "common/formrow.h"
#include "common/usersettings.h"
#include "itemmodels/colours.h"
#include "store/userstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QString Group = QStringLiteral("noteQa/draw/");
constexpr int MaxSeed = 999999999; // what a QSpinBox holds, and short enough to write down
} // namespace

DrawSampleDialog::DrawSampleDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent), m_db(context.db()), m_teamLeader(context.user()),
      m_byCaseworker(new QRadioButton(tr("&Caseworker:"), this)),
      m_byTeam(new QRadioButton(tr("&Team:"), this)), m_caseworker(new QComboBox(this)),
      m_team(new QComboBox(this)), m_from(new DateField(QStringLiteral("fromDateEdit"), this)),
      m_to(new DateField(QStringLiteral("toDateEdit"), this)), m_size(new QSpinBox(this)),
      m_seed(new QSpinBox(this)), m_lastSeed(new QPushButton(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Draw a Sample of Notes"));
    m_byCaseworker->setObjectName(QStringLiteral("byCaseworkerRadio"));
    m_byTeam->setObjectName(QStringLiteral("byTeamRadio"));
    m_caseworker->setObjectName(QStringLiteral("caseworkerCombo"));
    m_team->setObjectName(QStringLiteral("teamCombo"));
    m_size->setObjectName(QStringLiteral("sizeSpin"));
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_lastSeed->setObjectName(QStringLiteral("lastSeedButton"));
    m_problem->setObjectName(QStringLiteral("drawProblem"));
    m_problem->setStyleSheet(Colours::problemStyle());
    m_problem->setWordWrap(true);
    m_caseworker->setAccessibleName(tr("Caseworker"));
    m_team->setAccessibleName(tr("Team"));

    if (auto users = UserStore(m_db).users(); users) {
        for (const AppUser &u : users.value())
            m_caseworker->addItem(
                u.team.isEmpty() ? u.label() : tr("%1 (%2)").arg(u.label(), u.team), u.userName);
    }
    if (auto teams = UserStore(m_db).teams(); teams) {
        for (const QString &t : teams.value())
            m_team->addItem(t, t);
    }
    if (m_caseworker->count() == 0)
        m_caseworker->setPlaceholderText(tr("No users recorded yet"));
    if (m_team->count() == 0)
        m_team->setPlaceholderText(tr("No teams recorded yet"));

    // The period the notes are drawn from is asked, not recorded: no range, and the shared
    // field, so a day typed is never turned into another.
    // The last three months: the period of the 3-monthly review.
    const QDate today = Clock::today();
    m_to->setDate(today);
    m_from->setDate(today.addMonths(-3).addDays(1));
    m_size->setRange(1, 1000);
    m_seed->setRange(1, MaxSeed);
    m_seed->setToolTip(tr("The same seed over the same notes draws the same sample: note it to "
                          "draw this sample again."));

    const UserSettings settings(m_db, m_teamLeader);
    const bool byTeam = settings.value(Group + QStringLiteral("byTeam"), false).toBool();
    (byTeam && m_team->count() > 0 ? m_byTeam : m_byCaseworker)->setChecked(true);
    if (int i = m_caseworker->findData(settings.value(Group + QStringLiteral("caseworker")));
        i >= 0)
        m_caseworker->setCurrentIndex(i);
    if (int i = m_team->findData(settings.value(Group + QStringLiteral("team"))); i >= 0)
        m_team->setCurrentIndex(i);
    m_size->setValue(settings.value(Group + QStringLiteral("size"), 10).toInt());
    const int lastSeed = settings.value(Group + QStringLiteral("lastSeed"), 0).toInt();
    // A fresh seed each time; the last one stays a click away to draw a sample again.
    m_seed->setValue(QRandomGenerator::global()->bounded(1, MaxSeed));
    m_lastSeed->setText(lastSeed > 0 ? tr("Use &Last (%1)").arg(lastSeed) : tr("Use &Last"));
    m_lastSeed->setEnabled(lastSeed > 0);
    connect(m_lastSeed, &QPushButton::clicked, this,
            [this, lastSeed] { m_seed->setValue(lastSeed); });

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Draw"));

    auto *hint = new QLabel(tr("Picks notes written in the period by one caseworker or by the "
                               "members of a team. Write down the seed to draw the same sample "
                               "again."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(m_byCaseworker, m_caseworker);
    form->addRow(m_byTeam, m_team);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    auto *toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addStretch(1);
    auto *periodLabel = new QLabel(tr("Written &from:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);
    FormRow::add(form, tr("&Notes in the sample:"), m_size);
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_lastSeed);
    auto *seedLabel = new QLabel(tr("&Seed:"), this);
    seedLabel->setBuddy(m_seed);
    form->addRow(seedLabel, seedRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_byCaseworker, &QRadioButton::toggled, this, &DrawSampleDialog::update);
    connect(m_from, &DateField::dateChanged, this, &DrawSampleDialog::update);
    connect(m_to, &DateField::dateChanged, this, &DrawSampleDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DrawSampleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(480, sizeHint().height());
}

NoteQaStore::Request DrawSampleDialog::request() const
{
    NoteQaStore::Request r;
    r.size = m_size->value();
    r.from = m_from->date();
    r.to = m_to->date();
    if (m_byCaseworker->isChecked())
        r.caseworker = m_caseworker->currentData().toString();
    else
        r.team = m_team->currentData().toString();
    r.seed = quint64(m_seed->value());
    return r;
}

void DrawSampleDialog::update()
{
    m_caseworker->setEnabled(m_byCaseworker->isChecked());
    m_team->setEnabled(m_byTeam->isChecked());
    m_problem->setText(m_to->date() < m_from->date() ? tr("The period ends before it begins.")
                                                     : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem->text().isEmpty());
}

void DrawSampleDialog::accept()
{
    const NoteQaStore::Request r = request();
    auto drawn = NoteQaStore(m_db).draw(r, m_teamLeader);
    if (!drawn) {
        m_problem->setText(drawn.error().message);
        return;
    }
    m_sampleId = drawn.value();
    UserSettings settings(m_db, m_teamLeader);
    settings.setValue(Group + QStringLiteral("byTeam"), m_byTeam->isChecked());
    settings.setValue(Group + QStringLiteral("caseworker"), m_caseworker->currentData());
    settings.setValue(Group + QStringLiteral("team"), m_team->currentData());
    settings.setValue(Group + QStringLiteral("size"), r.size);
    settings.setValue(Group + QStringLiteral("lastSeed"), int(r.seed));
    QDialog::accept();
}
