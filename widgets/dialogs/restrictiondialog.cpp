#include "restrictiondialog.h"

#include "common/keyboard.h"
#include "domain/reportingwindow.h"
#include "itemmodels/restrictionhistorymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

RestrictionDialog::RestrictionDialog(const AppContext &context, const ReportingRestriction &current,
                                     QWidget *parent)
    : QDialog(parent), m_current(current), m_centre(new QLineEdit(current.centre, this)),
      m_frequency(new QComboBox(this)), m_weekday(new QComboBox(this)), m_from(new QTimeEdit(this)),
      m_to(new QTimeEdit(this)), m_bail(new QCheckBox(tr("On &bail"), this)),
      m_em(new QCheckBox(tr("&Electronic monitoring"), this)), m_reason(new QLineEdit(this)),
      m_history(new RestrictionHistoryModel(context.db(), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Reporting Restriction"));
    m_centre->setObjectName(QStringLiteral("restrictionCentreEdit"));
    m_frequency->setObjectName(QStringLiteral("restrictionFrequencyCombo"));
    for (const QString &f : ReportingRestriction::frequencies())
        m_frequency->addItem(ReportingRestriction::frequencyName(f), f);
    m_frequency->setCurrentIndex(qMax(0, m_frequency->findData(current.frequency)));
    m_weekday->setObjectName(QStringLiteral("restrictionWeekdayCombo"));
    m_weekday->addItem(tr("Not set"), 0);
    for (int d = 1; d <= 7; ++d)
        m_weekday->addItem(QLocale().dayName(d, QLocale::LongFormat), d);
    m_weekday->setCurrentIndex(qMax(0, m_weekday->findData(current.weekday)));
    for (QTimeEdit *t : {m_from, m_to})
        t->setDisplayFormat(QStringLiteral("HH:mm"));
    m_from->setObjectName(QStringLiteral("windowFromEdit"));
    m_to->setObjectName(QStringLiteral("windowToEdit"));
    const QStringList window = current.window.split(QLatin1Char('-'));
    m_from->setTime(window.size() == 2
                        ? QTime::fromString(window.at(0).trimmed(), QStringLiteral("HH:mm"))
                        : QTime(10, 0));
    m_to->setTime(window.size() == 2
                      ? QTime::fromString(window.at(1).trimmed(), QStringLiteral("HH:mm"))
                      : QTime(11, 0));
    m_bail->setObjectName(QStringLiteral("bailCheck"));
    m_bail->setChecked(current.bail);
    m_em->setObjectName(QStringLiteral("emCheck"));
    m_em->setChecked(current.electronicMonitoring);
    m_reason->setObjectName(QStringLiteral("restrictionReasonEdit"));
    m_reason->setPlaceholderText(tr("Why it changes, e.g. new bail conditions of 3 March"));

    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_from);
    windowRow->addWidget(new QLabel(tr("to"), this));
    windowRow->addWidget(m_to);
    windowRow->addStretch(1);
    auto *conditions = new QHBoxLayout;
    conditions->addWidget(m_bail);
    conditions->addWidget(m_em);
    conditions->addStretch(1);
    auto *form = new QFormLayout;
    const auto row = [&](const QString &text, QWidget *buddy, QLayout *field = nullptr) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        if (field)
            form->addRow(label, field);
        else
            form->addRow(label, buddy);
    };
    row(tr("&Centre:"), m_centre);
    row(tr("&Frequency:"), m_frequency);
    row(tr("&Day:"), m_weekday);
    row(tr("&Window:"), m_from, windowRow);
    form->addRow(tr("Conditions:"), conditions);
    row(tr("&Reason:"), m_reason);

    auto *source = new QLabel(current.fromCid()
                                  ? tr("Now: as CID records it.")
                                  : tr("Now: set by %1 (%2).").arg(current.setBy, current.reason),
                              this);
    source->setWordWrap(true);
    auto *historyView = new QTableView(this);
    historyView->setObjectName(QStringLiteral("restrictionHistoryView"));
    historyView->setModel(m_history);
    historyView->verticalHeader()->hide();
    historyView->horizontalHeader()->setStretchLastSection(true);
    historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    Keyboard::setUpList(historyView);
    historyView->setMaximumHeight(140);
    m_history->setPersonId(current.personId);
    historyView->resizeColumnsToContents();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(source);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Set in Lodestar before:"), this));
    layout->addWidget(historyView);
    layout->addWidget(m_buttons);
    resize(620, sizeHint().height());

    connect(m_reason, &QLineEdit::textChanged, this, &RestrictionDialog::update);
    connect(m_from, &QTimeEdit::timeChanged, this, &RestrictionDialog::update);
    connect(m_to, &QTimeEdit::timeChanged, this, &RestrictionDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

ReportingRestriction RestrictionDialog::restriction() const
{
    ReportingRestriction r;
    r.personId = m_current.personId;
    r.centre = m_centre->text().trimmed();
    r.frequency = m_frequency->currentData().toString();
    r.weekday = m_weekday->currentData().toInt();
    r.window = QStringLiteral("%1-%2").arg(m_from->time().toString(QStringLiteral("HH:mm")),
                                           m_to->time().toString(QStringLiteral("HH:mm")));
    r.bail = m_bail->isChecked();
    r.electronicMonitoring = m_em->isChecked();
    r.reason = m_reason->text().trimmed();
    return r;
}

void RestrictionDialog::update()
{
    const ReportingRestriction r = restriction();
    const bool windowOk = ReportingWindow::minutes(r.window).has_value();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(windowOk && !r.reason.isEmpty());
    m_to->setToolTip(ReportingWindow::isLong(r.window)
                         ? tr("Longer than one hour: arrest teams tasked to detain would wait.")
                         : QString());
}
