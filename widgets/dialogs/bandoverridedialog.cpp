#include "bandoverridedialog.h"

#include "common/conflictprompt.h"
#include "person/bandswatch.h"
#include "store/bandoverridestore.h"
#include "store/personstore.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
constexpr int WithdrawId = 0;

// A swatch and the band's name side by side, as everywhere a band is shown.
QWidget *bandValue(int band, const QString &text, QWidget *parent, const QString &name)
{
    auto *w = new QWidget(parent);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *swatch = new BandSwatch(w);
    swatch->setBand(band);
    auto *label = new QLabel(text, w);
    label->setObjectName(name);
    label->setWordWrap(true);
    layout->addWidget(swatch, 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    return w;
}
} // namespace

BandOverrideDialog::BandOverrideDialog(const AppContext &context, const PersonRecord &person,
                                       QWidget *parent)
    : QDialog(parent), m_db(context.db()), m_person(person), m_user(context.user()),
      m_choices(new QButtonGroup(this)), m_withdraw(nullptr), m_reason(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Override band"));
    setObjectName(QStringLiteral("bandOverrideDialog"));
    const PersonDetails &d = person.details;
    const QString name =
        d.givenNames.isEmpty() ? d.familyName : tr("%1, %2").arg(d.familyName, d.givenNames);

    auto *who = new QLabel(
        tr("<b>%1</b> (%2)").arg(name.toHtmlEscaped(), d.personRef.toHtmlEscaped()), this);

    auto *current = new QGroupBox(tr("Current band"), this);
    auto *currentForm = new QFormLayout(current);
    const int computed = person.bandComputed.value_or(0);
    QString computedText = Banding::label(computed);
    if (person.bandProvisional)
        computedText = tr("%1 (provisional)").arg(computedText);
    currentForm->addRow(tr("Computed:"), bandValue(computed, computedText, current,
                                                   QStringLiteral("dialogComputedBandLabel")));
    auto *rule =
        new QLabel(Banding::explain(person.bandRule, person.risk, person.openBarriers), current);
    rule->setWordWrap(true);
    currentForm->addRow(tr("Rule:"), rule);
    const int effective = person.band.value_or(0);
    QString effectiveText = Banding::label(effective);
    if (person.bandOverride)
        effectiveText = tr("%1 (overridden)").arg(effectiveText);
    currentForm->addRow(tr("Effective:"), bandValue(effective, effectiveText, current,
                                                    QStringLiteral("dialogEffectiveBandLabel")));

    auto *choice = new QGroupBox(tr("New band"), this);
    auto *choiceLayout = new QVBoxLayout(choice);
    for (int band = 1; band <= 4; ++band) {
        auto *radio = new QRadioButton(tr("&%1").arg(Banding::label(band)), choice);
        radio->setIcon(BandSwatch::icon(band));
        radio->setObjectName(QStringLiteral("bandRadio%1").arg(band));
        m_choices->addButton(radio, band);
        choiceLayout->addWidget(radio);
    }
    m_withdraw = new QRadioButton(tr("&Withdraw the override and use the computed band"), choice);
    m_withdraw->setObjectName(QStringLiteral("withdrawRadio"));
    m_withdraw->setEnabled(person.bandOverride.has_value());
    if (!person.bandOverride)
        m_withdraw->setToolTip(tr("There is no override to withdraw"));
    m_choices->addButton(m_withdraw, WithdrawId);
    choiceLayout->addWidget(m_withdraw);

    auto *reasonLabel = new QLabel(tr("&Reason (required):"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why the computed band does not fit this person"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(90);

    auto *kept = new QLabel(tr("The override, its reason and your name are kept in the person's "
                               "band history. The record shows both the computed and the "
                               "effective band."),
                            this);
    kept->setWordWrap(true);
    kept->setForegroundRole(QPalette::PlaceholderText);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("overrideOkButton"));
    connect(m_choices, &QButtonGroup::idToggled, this, &BandOverrideDialog::updateOkButton);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &BandOverrideDialog::updateOkButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BandOverrideDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BandOverrideDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(current);
    layout->addWidget(choice);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(kept);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    // Detained people are not banded; the store refuses too, but say so before any typing.
    if (person.isDetained() || !person.bandComputed) {
        choice->setEnabled(false);
        m_reason->setEnabled(false);
        kept->setText(tr("Detained people are not banded, so there is no band to override."));
    }
    updateOkButton();
}

std::optional<int> BandOverrideDialog::chosenBand() const
{
    const int id = m_choices->checkedId();
    if (id >= 1 && id <= 4)
        return id;
    return std::nullopt;
}

bool BandOverrideDialog::withdrawChosen() const
{
    return m_choices->checkedId() == WithdrawId;
}

QString BandOverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void BandOverrideDialog::updateOkButton()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    // "&W" already belongs to the withdraw choice.
    ok->setText(withdrawChosen() ? tr("Withdraw o&verride") : tr("Set &band"));
    const bool chosen = chosenBand().has_value() || withdrawChosen();
    ok->setEnabled(chosen && !reason().isEmpty() && m_reason->isEnabled());
    if (!chosen)
        ok->setToolTip(tr("Choose a band, or withdraw the override"));
    else if (reason().isEmpty())
        ok->setToolTip(tr("Give a reason"));
    else
        ok->setToolTip(QString());
}

void BandOverrideDialog::reloadPerson()
{
    // The computed and effective band as they stand now, so the other person's override is on
    // screen; the band chosen and the reason typed here stay, for OK to save over theirs.
    const auto fresh = PersonStore(m_db).findById(m_person.id);
    if (!fresh || !fresh.value())
        return;
    m_person = *fresh.value();
    // The label and its swatch beside it (bandValue's pair).
    const auto show = [this](const QString &name, int band, const QString &text) {
        auto *label = findChild<QLabel *>(name);
        if (!label)
            return;
        label->setText(text);
        if (auto *swatch = label->parentWidget()->findChild<BandSwatch *>())
            swatch->setBand(band);
    };
    QString computed = Banding::label(m_person.bandComputed.value_or(0));
    if (m_person.bandProvisional)
        computed = tr("%1 (provisional)").arg(computed);
    show(QStringLiteral("dialogComputedBandLabel"), m_person.bandComputed.value_or(0), computed);
    QString effective = Banding::label(m_person.band.value_or(0));
    if (m_person.bandOverride)
        effective = tr("%1 (overridden)").arg(effective);
    show(QStringLiteral("dialogEffectiveBandLabel"), m_person.band.value_or(0), effective);
    // Their override may be the one to withdraw now (or there may be none left to withdraw).
    m_withdraw->setEnabled(m_person.bandOverride.has_value());
    m_withdraw->setToolTip(m_person.bandOverride ? QString()
                                                 : tr("There is no override to withdraw"));
    if (!m_withdraw->isEnabled() && m_withdraw->isChecked()) {
        m_choices->setExclusive(false);
        m_withdraw->setChecked(false);
        m_choices->setExclusive(true);
    }
    updateOkButton();
}

void BandOverrideDialog::accept()
{
    if (!chosenBand() && !withdrawChosen())
        return;
    // Checked against the person as this dialog shows them (m_person.version).
    const Status status = BandOverrideStore(m_db).setOverride(m_person.id, chosenBand(), reason(),
                                                              m_user, m_person.version);
    if (!status && ConflictPrompt::handle(this, status.error(), [this] { reloadPerson(); }))
        return;
    if (!status) {
        QMessageBox box(QMessageBox::Warning, tr("Band not changed"),
                        tr("The band was not changed.\n\n%1").arg(status.error().message),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("bandNotChangedMessage"));
        if (!status.error().detail.isEmpty())
            box.setDetailedText(status.error().detail);
        box.exec();
        return;
    }
    QDialog::accept();
}
