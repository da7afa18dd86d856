#include "reviewcheckreport.h"
#include "domain/clock.h"

#include "disclosurelog.h"
#include "domain/banding.h"
#include "domain/reviewrules.h"
#include "itemmodels/displaytext.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

ReviewCheckReport::ReviewCheckReport(QSqlDatabase db) : m_db(std::move(db)) {}

Status ReviewCheckReport::build(const QDate &asOf, const QString &team, const QString &producedBy,
                                const QString &databaseFile)
{
    ReviewStore store(m_db);
    auto rows = store.check(asOf, team);
    if (!rows)
        return rows.status();
    auto overdue = store.due(asOf, ReviewStore::Due::Overdue, QString(), true);
    if (!overdue)
        return overdue.status();
    m_rows = rows.value();
    m_asOf = asOf;
    m_team = team;
    // The overdue people of the caseworkers on the check: with a team, that team's only.
    QSet<QString> owners;
    for (const ReviewStore::CheckRow &r : std::as_const(m_rows))
        owners.insert(r.owner);
    m_overdue.clear();
    for (const ReviewStore::DueRow &d : overdue.value()) {
        if (owners.contains(d.caseOwner))
            m_overdue << d;
    }
    QHash<QString, QString> nameOf;
    for (const ReviewStore::CheckRow &r : std::as_const(m_rows))
        nameOf.insert(r.owner, r.displayName);

    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const auto date = [](const QDate &d) {
        return d.isValid() ? DisplayText::date(d.toString(Qt::ISODate)) : QString();
    };
    const QString teamName = team.isEmpty() ? tr("All teams") : team;
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Review check: %1").arg(teamName)));
    html +=
        QStringLiteral("<p>%1<br>%2<br>%3<br>%4</p>")
            .arg(esc(tr("Team: %1").arg(teamName)), esc(tr("As of: %1").arg(date(asOf))),
                 esc(tr("Produced by %1 on %2")
                         .arg(producedBy, QLocale().toString(Clock::now(), QLocale::ShortFormat))),
                 esc(tr("Database: %1").arg(databaseFile)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("A review is due 3 calendar months after the last one or, never "
                            "reviewed, after allocation or coming onto the caseload; overdue "
                            "when that date is before the as-of date. Non-detained people.")));

    const QString th = QStringLiteral("<th align=\"%1\">%2</th>");
    const QString td = QStringLiteral("<td align=\"%1\">%2</td>");
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Per caseworker")));
    if (m_rows.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Nobody in this team owns non-detained "
                                "people.")));
    } else {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                               "width=\"100%\"><tr>");
        html += th.arg(QStringLiteral("left"), esc(tr("Caseworker")));
        html += th.arg(QStringLiteral("left"), esc(tr("Team")));
        for (const QString &h :
             {tr("People"), tr("Reviews overdue"), tr("Due in 30 days"), tr("Awaiting sign-off")})
            html += th.arg(QStringLiteral("right"), esc(h));
        html += QStringLiteral("</tr>");
        qint64 people = 0, late = 0, soon = 0, unsigned_ = 0;
        for (const ReviewStore::CheckRow &r : std::as_const(m_rows)) {
            html += QStringLiteral("<tr>");
            html += td.arg(QStringLiteral("left"), esc(r.displayName));
            html += td.arg(QStringLiteral("left"), esc(r.team));
            for (const qint64 n : {r.people, r.overdue, r.dueSoon, r.awaitingSignOff})
                html += td.arg(QStringLiteral("right"), QLocale().toString(n));
            html += QStringLiteral("</tr>");
            people += r.people;
            late += r.overdue;
            soon += r.dueSoon;
            unsigned_ += r.awaitingSignOff;
        }
        html += QStringLiteral("<tr><td><b>%1</b></td><td></td>").arg(esc(tr("Total")));
        for (const qint64 n : {people, late, soon, unsigned_})
            html += td.arg(QStringLiteral("right"),
                           QStringLiteral("<b>%1</b>").arg(QLocale().toString(n)));
        html += QStringLiteral("</tr></table>");
    }

    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(tr("People overdue for review (%1)")
                             .arg(QLocale().toString(qint64(m_overdue.size())))));
    if (m_overdue.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Nobody is overdue for review.")));
    } else {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                               "width=\"100%\"><tr>");
        for (const QString &h : {tr("Person"), tr("Reference"), tr("Caseworker"), tr("Band"),
                                 tr("Last reviewed"), tr("Review due")})
            html += th.arg(QStringLiteral("left"), esc(h));
        html += th.arg(QStringLiteral("right"), esc(tr("Days overdue")));
        html += QStringLiteral("</tr>");
        for (const ReviewStore::DueRow &d : std::as_const(m_overdue)) {
            html += QStringLiteral("<tr>");
            html += td.arg(QStringLiteral("left"), esc(d.name));
            html += td.arg(QStringLiteral("left"), esc(d.personRef));
            html += td.arg(QStringLiteral("left"), esc(nameOf.value(d.caseOwner, d.caseOwner)));
            html += td.arg(QStringLiteral("left"),
                           esc(d.band > 0 ? Banding::label(d.band) : tr("Not banded")));
            html += td.arg(QStringLiteral("left"),
                           esc(d.lastReviewed.isValid() ? date(d.lastReviewed) : tr("never")));
            html += td.arg(QStringLiteral("left"), esc(date(d.due)));
            html += td.arg(QStringLiteral("right"), QLocale().toString(d.due.daysTo(asOf)));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    m_document.setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 12pt; } th { background: "
                       "#e8e8e8; } body { font-size: 9pt; }"));
    m_document.setHtml(html);
    m_document.setMetaInformation(QTextDocument::DocumentTitle,
                                  tr("Review check: %1").arg(teamName));
    return {};
}

Disclosure ReviewCheckReport::disclosure(Disclosure::Kind kind, const QString &file,
                                         const QString &reason) const
{
    Disclosure d;
    d.kind = kind;
    d.view = QStringLiteral("review_check");
    d.filters.insert(QStringLiteral("as_of"), m_asOf.toString(Qt::ISODate));
    if (!m_team.isEmpty())
        d.filters.insert(QStringLiteral("team"), m_team);
    // The people named are the overdue ones; the caseworkers' rows are counts.
    d.rows = int(m_overdue.size());
    d.file = file;
    d.format = kind == Disclosure::Kind::Print ? QStringLiteral("print") : QStringLiteral("pdf");
    d.reason = reason;
    return d;
}

Status ReviewCheckReport::savePdf(const QString &path, const QString &reason)
{
    if (Disclosure::cleanReason(reason).isEmpty())
        return Error{tr("A report of personal data needs a reason"), QString(),
                     QStringLiteral("no-reason")};
    // Written beside the target and moved into place once recorded (DisclosureLog::commit).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(m_document.metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QStringLiteral("Lodestar"));
        m_document.print(&writer);
    }
    if (file.error() != QFileDevice::NoError || file.size() == 0)
        return Status::fail(tr("Could not write the PDF %1: %2").arg(path, file.errorString()));
    return DisclosureLog::commit(m_db, file, disclosure(Disclosure::Kind::Report, path, reason));
}
