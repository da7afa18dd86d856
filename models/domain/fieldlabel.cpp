#include "fieldlabel.h"

#include <QHash>
#include <QSet>

namespace {

using Names = QHash<QString, const char *>;

// Per table where the same column means something else there ("outcome" of a review and of a
// reporting event read alike; "set_on" is a removal's, "set_at" a restriction's).
const QHash<QString, Names> &byTable()
{
    static const QHash<QString, Names> names{
        {QStringLiteral("person"),
         {{"family_name", QT_TRANSLATE_NOOP("FieldLabel", "Family name")},
          {"given_names", QT_TRANSLATE_NOOP("FieldLabel", "Given names")},
          {"band", QT_TRANSLATE_NOOP("FieldLabel", "Band")},
          {"band_computed", QT_TRANSLATE_NOOP("FieldLabel", "Band by the rules")},
          {"band_rule", QT_TRANSLATE_NOOP("FieldLabel", "Band rule")},
          {"band_provisional", QT_TRANSLATE_NOOP("FieldLabel", "Band provisional")},
          {"band_override", QT_TRANSLATE_NOOP("FieldLabel", "Band override")},
          {"case_owner", QT_TRANSLATE_NOOP("FieldLabel", "Case owner")},
          {"reporting_centre", QT_TRANSLATE_NOOP("FieldLabel", "Reporting centre")},
          {"reporting_frequency", QT_TRANSLATE_NOOP("FieldLabel", "Reporting frequency")},
          {"reporting_window", QT_TRANSLATE_NOOP("FieldLabel", "Reporting window")},
          {"open_barriers", QT_TRANSLATE_NOOP("FieldLabel", "Open barriers")}}},
        {QStringLiteral("barrier"),
         {{"barrier_type", QT_TRANSLATE_NOOP("FieldLabel", "Barrier")},
          {"raised_on", QT_TRANSLATE_NOOP("FieldLabel", "Raised")},
          {"cleared_on", QT_TRANSLATE_NOOP("FieldLabel", "Cleared on")},
          {"cleared_how", QT_TRANSLATE_NOOP("FieldLabel", "How cleared")},
          {"cleared_by", QT_TRANSLATE_NOOP("FieldLabel", "Cleared by")}}},
        {QStringLiteral("review"),
         {{"reviewed_on", QT_TRANSLATE_NOOP("FieldLabel", "Reviewed on")},
          {"next_review_on", QT_TRANSLATE_NOOP("FieldLabel", "Next review")},
          {"barriers_checked", QT_TRANSLATE_NOOP("FieldLabel", "Barriers checked")},
          {"compliance_checked", QT_TRANSLATE_NOOP("FieldLabel", "Compliance checked")},
          {"document_progressed", QT_TRANSLATE_NOOP("FieldLabel", "Document progressed")},
          {"band_confirmed", QT_TRANSLATE_NOOP("FieldLabel", "Band confirmed")},
          {"next_action_set", QT_TRANSLATE_NOOP("FieldLabel", "Next action set")},
          {"signed_off_by", QT_TRANSLATE_NOOP("FieldLabel", "Signed off by")},
          {"signed_off_at", QT_TRANSLATE_NOOP("FieldLabel", "Signed off")}}},
        {QStringLiteral("travel_document"),
         {{"kind", QT_TRANSLATE_NOOP("FieldLabel", "Document")},
          {"applied_on", QT_TRANSLATE_NOOP("FieldLabel", "Applied")},
          {"interview_tasked_on", QT_TRANSLATE_NOOP("FieldLabel", "Interview tasked")},
          {"interview_held_on", QT_TRANSLATE_NOOP("FieldLabel", "Interview held")},
          {"expires_on", QT_TRANSLATE_NOOP("FieldLabel", "Expires")}}},
        {QStringLiteral("tasking"),
         {{"kind", QT_TRANSLATE_NOOP("FieldLabel", "Tasking")},
          {"due_on", QT_TRANSLATE_NOOP("FieldLabel", "For reporting on")},
          {"window_cleared_by", QT_TRANSLATE_NOOP("FieldLabel", "Window warning cleared by")},
          {"feedback", QT_TRANSLATE_NOOP("FieldLabel", "Centre's feedback")},
          {"closed_by", QT_TRANSLATE_NOOP("FieldLabel", "Feedback by")},
          {"closed_at", QT_TRANSLATE_NOOP("FieldLabel", "Feedback at")}}},
        {QStringLiteral("reoffence"),
         {{"offence_on", QT_TRANSLATE_NOOP("FieldLabel", "Date")},
          {"offence", QT_TRANSLATE_NOOP("FieldLabel", "Offence")}}},
        {QStringLiteral("diary_entry"),
         {{"due_date", QT_TRANSLATE_NOOP("FieldLabel", "Due")},
          {"title", QT_TRANSLATE_NOOP("FieldLabel", "Action")},
          {"done_by", QT_TRANSLATE_NOOP("FieldLabel", "Done by")},
          {"done_at", QT_TRANSLATE_NOOP("FieldLabel", "Done at")}}},
        {QStringLiteral("removal_directions"),
         {{"set_on", QT_TRANSLATE_NOOP("FieldLabel", "Set")},
          {"planned_on", QT_TRANSLATE_NOOP("FieldLabel", "Planned")},
          {"charter_flight_id", QT_TRANSLATE_NOOP("FieldLabel", "Charter flight")},
          {"red0004_served_on", QT_TRANSLATE_NOOP("FieldLabel", "RED.0004 served")},
          {"outcome_on", QT_TRANSLATE_NOOP("FieldLabel", "Outcome date")},
          {"failure_reason", QT_TRANSLATE_NOOP("FieldLabel", "Why it failed")},
          {"failure_text", QT_TRANSLATE_NOOP("FieldLabel", "Failure details")}}},
        {QStringLiteral("progression_hold"),
         {{"placed_on", QT_TRANSLATE_NOOP("FieldLabel", "Placed")},
          {"until_on", QT_TRANSLATE_NOOP("FieldLabel", "Until")},
          {"until_barrier_id", QT_TRANSLATE_NOOP("FieldLabel", "Until cleared")},
          {"placed_by", QT_TRANSLATE_NOOP("FieldLabel", "Placed by")},
          {"released_on", QT_TRANSLATE_NOOP("FieldLabel", "Released")},
          {"released_by", QT_TRANSLATE_NOOP("FieldLabel", "Released by")}}},
        {QStringLiteral("case_preparation"),
         {{"allocated_on", QT_TRANSLATE_NOOP("FieldLabel", "Allocated on")},
          {"initial_done_on", QT_TRANSLATE_NOOP("FieldLabel", "Initial preparation")},
          {"finalised_on", QT_TRANSLATE_NOOP("FieldLabel", "Finalised")}}},
        {QStringLiteral("followup_step"),
         {{"taken_on", QT_TRANSLATE_NOOP("FieldLabel", "Taken on")},
          {"alternatives_tried", QT_TRANSLATE_NOOP("FieldLabel", "Alternatives tried")},
          {"countersigned_by", QT_TRANSLATE_NOOP("FieldLabel", "Countersigned by")},
          {"countersigned_at", QT_TRANSLATE_NOOP("FieldLabel", "Countersigned")}}},
        {QStringLiteral("reporting_restriction"),
         {{"set_by", QT_TRANSLATE_NOOP("FieldLabel", "Set by")},
          {"set_at", QT_TRANSLATE_NOOP("FieldLabel", "Set")},
          {"reason", QT_TRANSLATE_NOOP("FieldLabel", "Why")},
          {"electronic_monitoring", QT_TRANSLATE_NOOP("FieldLabel", "Electronic monitoring")}}},
        {QStringLiteral("allocation"),
         {{"from_owner", QT_TRANSLATE_NOOP("FieldLabel", "From")},
          {"to_owner", QT_TRANSLATE_NOOP("FieldLabel", "To")},
          {"allocated_on", QT_TRANSLATE_NOOP("FieldLabel", "Allocated on")},
          {"allocated_by", QT_TRANSLATE_NOOP("FieldLabel", "Allocated by")}}},
        {QStringLiteral("reporting_event"),
         {{"scheduled", QT_TRANSLATE_NOOP("FieldLabel", "Due to report")},
          {"excuse_reason", QT_TRANSLATE_NOOP("FieldLabel", "Excuse")},
          {"excuse_text", QT_TRANSLATE_NOOP("FieldLabel", "Excuse details")}}},
        {QStringLiteral("note_qa"),
         {{"result", QT_TRANSLATE_NOOP("FieldLabel", "Quality check")},
          {"checked_by", QT_TRANSLATE_NOOP("FieldLabel", "Checked by")},
          {"checked_at", QT_TRANSLATE_NOOP("FieldLabel", "Checked at")}}},
    };
    return names;
}

// Columns that read the same in every table.
const Names &common()
{
    static const Names names{
        {"body", QT_TRANSLATE_NOOP("FieldLabel", "Text")},
        {"notes", QT_TRANSLATE_NOOP("FieldLabel", "Notes")},
        {"status", QT_TRANSLATE_NOOP("FieldLabel", "Status")},
        {"outcome", QT_TRANSLATE_NOOP("FieldLabel", "Outcome")},
        {"reason", QT_TRANSLATE_NOOP("FieldLabel", "Reason")},
        {"source", QT_TRANSLATE_NOOP("FieldLabel", "Source")},
        {"centre", QT_TRANSLATE_NOOP("FieldLabel", "Centre")},
        {"kind", QT_TRANSLATE_NOOP("FieldLabel", "Kind")},
        {"embassy", QT_TRANSLATE_NOOP("FieldLabel", "Embassy")},
        {"route", QT_TRANSLATE_NOOP("FieldLabel", "Route")},
        {"reviewer", QT_TRANSLATE_NOOP("FieldLabel", "Reviewer")},
        {"frequency", QT_TRANSLATE_NOOP("FieldLabel", "Frequency")},
        {"weekday", QT_TRANSLATE_NOOP("FieldLabel", "Day")},
        {"reporting_window", QT_TRANSLATE_NOOP("FieldLabel", "Reporting window")},
        {"bail", QT_TRANSLATE_NOOP("FieldLabel", "Bail")},
        {"step", QT_TRANSLATE_NOOP("FieldLabel", "Step")},
        {"instructions", QT_TRANSLATE_NOOP("FieldLabel", "Instructions")},
        {"comment", QT_TRANSLATE_NOOP("FieldLabel", "Comment")},
        {"recorded_by", QT_TRANSLATE_NOOP("FieldLabel", "Recorded by")},
        {"recorded_at", QT_TRANSLATE_NOOP("FieldLabel", "Recorded at")},
        {"created_by", QT_TRANSLATE_NOOP("FieldLabel", "Written by")},
        {"created_at", QT_TRANSLATE_NOOP("FieldLabel", "Written at")},
        {"cid_case_id", QT_TRANSLATE_NOOP("FieldLabel", "CID case")},
    };
    return names;
}

} // namespace

QString FieldLabel::of(const QString &table, const QString &column)
{
    if (const auto t = byTable().constFind(table); t != byTable().cend()) {
        if (const auto it = t->constFind(column); it != t->cend())
            return tr(it.value());
    }
    if (const auto it = common().constFind(column); it != common().cend())
        return tr(it.value());
    QString words = QString(column).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

bool FieldLabel::isBookkeeping(const QString &column)
{
    static const QSet<QString> columns{
        QStringLiteral("version"),    QStringLiteral("updated_at"), QStringLiteral("updated_by"),
        QStringLiteral("search_key"), QStringLiteral("family_key"), QStringLiteral("given_key"),
        QStringLiteral("id"),         QStringLiteral("person_id"),  QStringLiteral("revision")};
    return columns.contains(column);
}

bool FieldLabel::namesUser(const QString &column)
{
    return column.endsWith(QLatin1String("_by")) || column == QLatin1String("case_owner") ||
           column == QLatin1String("from_owner") || column == QLatin1String("to_owner") ||
           column == QLatin1String("reviewer");
}

bool FieldLabel::isDate(const QString &column)
{
    return column.endsWith(QLatin1String("_on")) || column == QLatin1String("due_date") ||
           column == QLatin1String("scheduled") || column == QLatin1String("date_of_birth");
}

bool FieldLabel::isTimestamp(const QString &column)
{
    return column.endsWith(QLatin1String("_at"));
}
