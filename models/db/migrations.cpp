#include "migrations.h"

#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Migration migration1(SqlDialect d)
{
    const QString id = Sql::autoIdColumn(d);
    return {1,
            QStringLiteral("people and their CID cases"),
            {
                QStringLiteral(
                    "CREATE TABLE lodestar_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                QStringLiteral(
                    "INSERT INTO lodestar_meta (key, value) VALUES ('application', 'lodestar')"),
                // One row per person. The columns after reporting_window are derived from the
                // person's cases by the domain rules (PersonStore::refreshDerived) and stored so
                // the caseload can filter, sort and count in SQL at 100,000 people.
                QStringLiteral("CREATE TABLE person (%1,"
                               " person_ref TEXT NOT NULL UNIQUE,"
                               " family_name TEXT NOT NULL,"
                               " given_names TEXT,"
                               " date_of_birth TEXT,"
                               " nationality TEXT,"
                               " gender TEXT,"
                               " address_status TEXT,"
                               " owning_unit TEXT,"
                               " case_owner TEXT,"
                               " reporting_centre TEXT,"
                               " reporting_frequency TEXT,"
                               " reporting_window TEXT,"
                               " custody TEXT NOT NULL,"
                               " mappa_level TEXT,"
                               " harm TEXT,"
                               " sentence_months INTEGER,"
                               " flag_zincs INTEGER NOT NULL DEFAULT 0,"
                               " flag_nexus_hh INTEGER NOT NULL DEFAULT 0,"
                               " flag_em INTEGER NOT NULL DEFAULT 0,"
                               " flag_nfa INTEGER NOT NULL DEFAULT 0,"
                               " flag_acro INTEGER NOT NULL DEFAULT 0,"
                               " flags TEXT NOT NULL DEFAULT '',"
                               " open_barriers INTEGER NOT NULL DEFAULT 0,"
                               " band_computed INTEGER,"
                               " band_rule TEXT NOT NULL DEFAULT '',"
                               " band_provisional INTEGER NOT NULL DEFAULT 0,"
                               " band INTEGER,"
                               " family_key TEXT NOT NULL,"
                               " given_key TEXT NOT NULL,"
                               " search_key TEXT NOT NULL,"
                               " created_at TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)")
                    .arg(id),
                QStringLiteral("CREATE TABLE cid_case (%1,"
                               " case_ref TEXT NOT NULL UNIQUE,"
                               " person_id INTEGER NOT NULL REFERENCES person(id),"
                               " case_type TEXT NOT NULL,"
                               " case_status TEXT NOT NULL,"
                               " owning_unit TEXT,"
                               " case_owner TEXT,"
                               " mappa_level TEXT,"
                               " harm TEXT,"
                               " sentence_months INTEGER,"
                               " offence TEXT,"
                               " sentence_end TEXT,"
                               " custody TEXT,"
                               " deportation_decision TEXT,"
                               " reporting_centre TEXT,"
                               " reporting_frequency TEXT,"
                               " reporting_window TEXT,"
                               " flags TEXT,"
                               " first_seen TEXT,"
                               " last_seen TEXT,"
                               " missing_since TEXT)")
                    .arg(id),
                QStringLiteral("CREATE INDEX cid_case_person ON cid_case (person_id)"),
                // Everything the caseload filters or sorts on is indexed.
                QStringLiteral("CREATE INDEX person_band ON person (band, family_key, given_key)"),
                QStringLiteral("CREATE INDEX person_owning_unit ON person (owning_unit)"),
                QStringLiteral("CREATE INDEX person_case_owner ON person (case_owner)"),
                QStringLiteral("CREATE INDEX person_family_key ON person (family_key, given_key)"),
                QStringLiteral("CREATE INDEX person_given_key ON person (given_key)"),
                QStringLiteral("CREATE INDEX person_nationality ON person (nationality)"),
                QStringLiteral("CREATE INDEX person_custody ON person (custody)"),
                QStringLiteral("CREATE INDEX person_mappa ON person (mappa_level)"),
                QStringLiteral("CREATE INDEX person_sentence ON person (sentence_months)"),
                QStringLiteral("CREATE INDEX person_frequency ON person (reporting_frequency)"),
                QStringLiteral("CREATE INDEX person_flags ON person (flags)"),
                QStringLiteral("CREATE INDEX person_open_barriers ON person (open_barriers)"),
            }};
}

Migration migration2(SqlDialect d)
{
    const QString id = Sql::autoIdColumn(d);
    return {2,
            QStringLiteral("notes with revisions, band overrides with history"),
            {
                // The current text lives on note; every text it ever had, the first included,
                // is a row of note_revision, so an edit never loses anything.
                QStringLiteral("CREATE TABLE note (%1,"
                               " person_id INTEGER NOT NULL REFERENCES person(id),"
                               " body TEXT NOT NULL,"
                               " revision INTEGER NOT NULL,"
                               " created_by TEXT NOT NULL,"
                               " created_at TEXT NOT NULL,"
                               " updated_by TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)")
                    .arg(id),
                QStringLiteral("CREATE INDEX note_person ON note (person_id, created_at)"),
                QStringLiteral("CREATE TABLE note_revision (%1,"
                               " note_id INTEGER NOT NULL REFERENCES note(id),"
                               " revision INTEGER NOT NULL,"
                               " body TEXT NOT NULL,"
                               " written_by TEXT NOT NULL,"
                               " written_at TEXT NOT NULL,"
                               " UNIQUE (note_id, revision))")
                    .arg(id),
                // Append-only history; band NULL records that an override was withdrawn.
                QStringLiteral("CREATE TABLE band_override (%1,"
                               " person_id INTEGER NOT NULL REFERENCES person(id),"
                               " band INTEGER,"
                               " reason TEXT NOT NULL,"
                               " set_by TEXT NOT NULL,"
                               " set_at TEXT NOT NULL)")
                    .arg(id),
                QStringLiteral("CREATE INDEX band_override_person ON band_override (person_id)"),
                QStringLiteral("ALTER TABLE person ADD COLUMN band_override INTEGER"),
            }};
}

Migration migration3(SqlDialect d)
{
    const QString id = Sql::autoIdColumn(d);
    return {
        3,
        QStringLiteral("CID imports and reporting events"),
        {
            // One row per import of the daily extract: when, by whom, which files (with
            // their SHA-256, to tell later which extract it was) and what it did.
            QStringLiteral("CREATE TABLE cid_import (%1,"
                           " started_at TEXT NOT NULL,"
                           " finished_at TEXT,"
                           " imported_by TEXT NOT NULL,"
                           " cases_file TEXT NOT NULL,"
                           " cases_sha256 TEXT NOT NULL,"
                           " reporting_file TEXT,"
                           " reporting_sha256 TEXT,"
                           " cases_rows INTEGER NOT NULL DEFAULT 0,"
                           " cases_rejected INTEGER NOT NULL DEFAULT 0,"
                           " reporting_rows INTEGER NOT NULL DEFAULT 0,"
                           " reporting_rejected INTEGER NOT NULL DEFAULT 0,"
                           " persons_added INTEGER NOT NULL DEFAULT 0,"
                           " persons_updated INTEGER NOT NULL DEFAULT 0,"
                           " cases_added INTEGER NOT NULL DEFAULT 0,"
                           " cases_updated INTEGER NOT NULL DEFAULT 0,"
                           " cases_unchanged INTEGER NOT NULL DEFAULT 0,"
                           " events_added INTEGER NOT NULL DEFAULT 0,"
                           " cases_not_in_extract INTEGER NOT NULL DEFAULT 0)")
                .arg(id),
            QStringLiteral("CREATE TABLE reporting_event (%1,"
                           " event_ref TEXT NOT NULL UNIQUE,"
                           " person_id INTEGER NOT NULL REFERENCES person(id),"
                           " scheduled TEXT NOT NULL,"
                           " centre TEXT,"
                           " outcome TEXT,"
                           " source TEXT NOT NULL,"
                           " import_id INTEGER REFERENCES cid_import(id))")
                .arg(id),
            QStringLiteral(
                "CREATE INDEX reporting_event_person ON reporting_event (person_id, scheduled)"),
        }};
}

Migration migration4(SqlDialect d)
{
    const QString id = Sql::autoIdColumn(d);
    return {
        4,
        QStringLiteral("what each import changed for the caseload"),
        {
            QStringLiteral("CREATE TABLE import_change (%1,"
                           " import_id INTEGER NOT NULL REFERENCES cid_import(id),"
                           " person_id INTEGER NOT NULL REFERENCES person(id),"
                           " kind TEXT NOT NULL,"
                           " value_before TEXT,"
                           " value_after TEXT,"
                           " detail TEXT)")
                .arg(id),
            QStringLiteral("CREATE INDEX import_change_import ON import_change (import_id, kind)"),
            QStringLiteral("CREATE INDEX import_change_person ON import_change (person_id)"),
        }};
}

Migration migration5(SqlDialect d)
{
    const QString id = Sql::autoIdColumn(d);
    return {
        5,
        QStringLiteral("team spreadsheets and the diary"),
        {
            // One row per team spreadsheet brought in: which file and sheet (with the file's
            // SHA-256), by whom, and what it did.
            QStringLiteral("CREATE TABLE sheet_import (%1,"
                           " imported_at TEXT NOT NULL,"
                           " imported_by TEXT NOT NULL,"
                           " file_name TEXT NOT NULL,"
                           " sheet_name TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL,"
                           " rows_read INTEGER NOT NULL DEFAULT 0,"
                           " notes_added INTEGER NOT NULL DEFAULT 0,"
                           " diary_added INTEGER NOT NULL DEFAULT 0,"
                           " rows_already_imported INTEGER NOT NULL DEFAULT 0,"
                           " rows_unknown_person INTEGER NOT NULL DEFAULT 0,"
                           " rows_rejected INTEGER NOT NULL DEFAULT 0)")
                .arg(id),
            // Where a note came from when it was not written in Lodestar: the label of the
            // sheet it was imported from. NULL for notes written in Lodestar.
            QStringLiteral("ALTER TABLE note ADD COLUMN source TEXT"),
            QStringLiteral(
                "ALTER TABLE note ADD COLUMN sheet_import_id INTEGER REFERENCES sheet_import(id)"),
            // Every dated action on a person. `kind` says what made it ('action' for one a
            // person added or a sheet brought in); later workflows add their own kinds.
            QStringLiteral("CREATE TABLE diary_entry (%1,"
                           " person_id INTEGER NOT NULL REFERENCES person(id),"
                           " due_date TEXT NOT NULL,"
                           " title TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " source TEXT,"
                           " sheet_import_id INTEGER REFERENCES sheet_import(id),"
                           " created_by TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " done_by TEXT,"
                           " done_at TEXT)")
                .arg(id),
            QStringLiteral("CREATE INDEX diary_entry_person ON diary_entry (person_id, due_date)"),
            // "My diary" and overdue lists read open entries by date.
            QStringLiteral("CREATE INDEX diary_entry_due ON diary_entry (done_at, due_date)"),
        }};
}

Migration migration6(SqlDialect d)
{
    const QString id = Sql::autoIdColumn(d);
    return {
        6,
        QStringLiteral("follow-up of reporting breaches"),
        {
            // The non-compliance queue and the weekly breach figures read events by date.
            QStringLiteral("CREATE INDEX reporting_event_scheduled ON reporting_event (scheduled)"),
            // The steps of the follow-up ladder taken for a person: who recorded what, taken
            // on which day, with what outcome. An absconder declaration counts once a team
            // leader has countersigned it, with the alternatives tried listed.
            QStringLiteral("CREATE TABLE followup_step (%1,"
                           " person_id INTEGER NOT NULL REFERENCES person(id),"
                           " step TEXT NOT NULL,"
                           " taken_on TEXT NOT NULL,"
                           " outcome TEXT,"
                           " notes TEXT,"
                           " alternatives_tried TEXT,"
                           " recorded_by TEXT NOT NULL,"
                           " recorded_at TEXT NOT NULL,"
                           " countersigned_by TEXT,"
                           " countersigned_at TEXT)")
                .arg(id),
            QStringLiteral("CREATE INDEX followup_step_person ON followup_step (person_id, "
                           "taken_on)"),
            QStringLiteral("CREATE INDEX followup_step_step ON followup_step (step, person_id)"),
        }};
}

Migration migration7(SqlDialect d)
{
    const QString id = Sql::autoIdColumn(d);
    return {7,
            QStringLiteral("taskings to reporting centres"),
            {
                // A case owner's request to a reporting centre for a person's next reporting event,
                // and the centre's feedback. A detain-on-reporting tasking with a window over one
                // hour carries who cleared that warning.
                QStringLiteral("CREATE TABLE tasking (%1,"
                               " person_id INTEGER NOT NULL REFERENCES person(id),"
                               " centre TEXT NOT NULL,"
                               " kind TEXT NOT NULL,"
                               " due_on TEXT NOT NULL,"
                               " instructions TEXT,"
                               " reporting_window TEXT,"
                               " window_cleared_by TEXT,"
                               " created_by TEXT NOT NULL,"
                               " created_at TEXT NOT NULL,"
                               " outcome TEXT,"
                               " feedback TEXT,"
                               " closed_by TEXT,"
                               " closed_at TEXT)")
                    .arg(id),
                QStringLiteral("CREATE INDEX tasking_person ON tasking (person_id, due_on)"),
                QStringLiteral("CREATE INDEX tasking_open ON tasking (closed_at, centre, due_on)"),
            }};
}

Migration migration8(SqlDialect)
{
    return {8,
            QStringLiteral("reasons for excused reporting events; events recorded in Lodestar"),
            {
                // Lodestar's own columns: the CID import never writes them.
                QStringLiteral("ALTER TABLE reporting_event ADD COLUMN excuse_reason TEXT"),
                QStringLiteral("ALTER TABLE reporting_event ADD COLUMN excuse_text TEXT"),
                QStringLiteral("ALTER TABLE reporting_event ADD COLUMN recorded_by TEXT"),
                QStringLiteral("ALTER TABLE reporting_event ADD COLUMN recorded_at TEXT"),
            }};
}

Migration migration9(SqlDialect d)
{
    const QString id = Sql::autoIdColumn(d);
    return {9,
            QStringLiteral("reporting restrictions set in Lodestar, with history"),
            {
                // Append-only: the newest row of a person is their restriction as Lodestar
                // holds it; without one, CID's reporting columns stand.
                QStringLiteral("CREATE TABLE reporting_restriction (%1,"
                               " person_id INTEGER NOT NULL REFERENCES person(id),"
                               " centre TEXT,"
                               " frequency TEXT,"
                               " weekday INTEGER,"
                               " reporting_window TEXT,"
                               " bail INTEGER NOT NULL DEFAULT 0,"
                               " electronic_monitoring INTEGER NOT NULL DEFAULT 0,"
                               " reason TEXT NOT NULL,"
                               " set_by TEXT NOT NULL,"
                               " set_at TEXT NOT NULL)")
                    .arg(id),
                QStringLiteral("CREATE INDEX reporting_restriction_person ON "
                               "reporting_restriction (person_id, id)"),
            }};
}

Migration migration10(SqlDialect d)
{
    const QString id = Sql::autoIdColumn(d);
    return {10,
            QStringLiteral("travel documents"),
            {
                // One row per document sought or held: a passport, or an emergency travel
                // document applied for through an embassy (report 7.9-7.11).
                QStringLiteral("CREATE TABLE travel_document (%1,"
                               " person_id INTEGER NOT NULL REFERENCES person(id),"
                               " kind TEXT NOT NULL,"
                               " embassy TEXT,"
                               " status TEXT NOT NULL,"
                               " applied_on TEXT,"
                               " interview_tasked_on TEXT,"
                               " interview_held_on TEXT,"
                               " expires_on TEXT,"
                               " notes TEXT,"
                               " updated_by TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)")
                    .arg(id),
                QStringLiteral("CREATE INDEX travel_document_person ON travel_document "
                               "(person_id)"),
            }};
}

Migration migration11(SqlDialect d)
{
    const QString id = Sql::autoIdColumn(d);
    return {11,
            QStringLiteral("barriers, removal directions, charter flights, holds, preparation"),
            {
                // The barrier register (report 6.13, 7.8-7.19). Rows of source 'cid' mirror the
                // person's CID cases of a barrier type and are kept in step by every import
                // (BarrierStore::syncCidInTransaction); rows of source 'lodestar' are recorded
                // by hand and never touched by an import.
                QStringLiteral("CREATE TABLE barrier (%1,"
                               " person_id INTEGER NOT NULL REFERENCES person(id),"
                               " barrier_type TEXT NOT NULL,"
                               " source TEXT NOT NULL,"
                               " cid_case_id INTEGER UNIQUE REFERENCES cid_case(id),"
                               " raised_on TEXT NOT NULL,"
                               " cleared_on TEXT,"
                               " cleared_how TEXT,"
                               " cleared_by TEXT,"
                               " notes TEXT,"
                               " recorded_by TEXT NOT NULL,"
                               " recorded_at TEXT NOT NULL,"
                               " updated_by TEXT,"
                               " updated_at TEXT NOT NULL)")
                    .arg(id),
                QStringLiteral("CREATE INDEX barrier_person ON barrier (person_id, cleared_on)"),
                // The register's pages walk these in order (BarrierStore::list).
                QStringLiteral("CREATE INDEX barrier_open ON barrier (cleared_on, raised_on)"),
                QStringLiteral("CREATE INDEX barrier_raised ON barrier (raised_on)"),
                // The CID barriers of a database made before the register existed.
                QStringLiteral(
                    "INSERT INTO barrier (person_id, barrier_type, source, cid_case_id, "
                    "raised_on, cleared_on, cleared_how, recorded_by, recorded_at, updated_at) "
                    "SELECT person_id, LOWER(case_type), 'cid', id, "
                    "SUBSTR(COALESCE(first_seen, ''), 1, 10), CASE WHEN case_status = 'CLOSED' "
                    "THEN SUBSTR(COALESCE(last_seen, first_seen, ''), 1, 10) END, CASE WHEN "
                    "case_status = 'CLOSED' THEN 'closed_in_cid' END, 'CID', "
                    "COALESCE(first_seen, ''), COALESCE(last_seen, first_seen, '') FROM cid_case "
                    "WHERE case_type IN ('ASYLUM', 'FURTHER_REPS', 'APPEAL', 'JUDICIAL_REVIEW', "
                    "'MODERN_SLAVERY')"),
                QStringLiteral("CREATE TABLE charter_flight (%1,"
                               " reference TEXT NOT NULL UNIQUE,"
                               " destination TEXT,"
                               " departs_on TEXT NOT NULL,"
                               " notes TEXT,"
                               " updated_by TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)")
                    .arg(id),
                QStringLiteral("CREATE TABLE removal_directions (%1,"
                               " person_id INTEGER NOT NULL REFERENCES person(id),"
                               " set_on TEXT NOT NULL,"
                               " planned_on TEXT NOT NULL,"
                               " route TEXT NOT NULL,"
                               " charter_flight_id INTEGER REFERENCES charter_flight(id),"
                               " red0004_served_on TEXT,"
                               " outcome TEXT,"
                               " outcome_on TEXT,"
                               " failure_reason TEXT,"
                               " failure_text TEXT,"
                               " notes TEXT,"
                               " updated_by TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)")
                    .arg(id),
                QStringLiteral("CREATE INDEX removal_directions_person ON removal_directions "
                               "(person_id, outcome)"),
                QStringLiteral("CREATE INDEX removal_directions_outcome ON removal_directions "
                               "(outcome, outcome_on)"),
                QStringLiteral("CREATE INDEX removal_directions_flight ON removal_directions "
                               "(charter_flight_id)"),
                QStringLiteral("CREATE TABLE progression_hold (%1,"
                               " person_id INTEGER NOT NULL REFERENCES person(id),"
                               " reason TEXT NOT NULL,"
                               " placed_on TEXT NOT NULL,"
                               " until_on TEXT,"
                               " until_barrier_id INTEGER REFERENCES barrier(id),"
                               " placed_by TEXT NOT NULL,"
                               " released_on TEXT,"
                               " released_by TEXT)")
                    .arg(id),
                QStringLiteral("CREATE INDEX progression_hold_person ON progression_hold "
                               "(person_id, released_on)"),
                // One row per person: the case preparation target of their latest allocation.
                QStringLiteral("CREATE TABLE case_preparation ("
                               " person_id INTEGER PRIMARY KEY REFERENCES person(id),"
                               " allocated_on TEXT NOT NULL,"
                               " initial_done_on TEXT,"
                               " finalised_on TEXT,"
                               " updated_by TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX case_preparation_open ON case_preparation "
                               "(finalised_on, allocated_on)"),
            }};
}

Migration migration12(SqlDialect d)
{
    const QString id = Sql::autoIdColumn(d);
    return {12,
            QStringLiteral("users, allocation, reviews, note quality assurance"),
            {
                // Who works the caseload (report 6.38, 7.5-7.7). A user name is the OS user on
                // SQLite and the database login on PostgreSQL (issue 8); capacity is in
                // workload points (band weights, WorkloadStore).
                QStringLiteral("CREATE TABLE app_user ("
                               " user_name TEXT PRIMARY KEY,"
                               " display_name TEXT NOT NULL,"
                               " team TEXT,"
                               " role TEXT NOT NULL,"
                               " capacity INTEGER NOT NULL,"
                               " updated_by TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)"),
                // Allocation history, append-only; the latest row is the person's owner in
                // Lodestar, over CID's case owner (PersonStore::refreshDerived).
                QStringLiteral("CREATE TABLE allocation (%1,"
                               " person_id INTEGER NOT NULL REFERENCES person(id),"
                               " from_owner TEXT,"
                               " to_owner TEXT NOT NULL,"
                               " reason TEXT,"
                               " allocated_on TEXT NOT NULL,"
                               " allocated_by TEXT NOT NULL,"
                               " allocated_at TEXT NOT NULL)")
                    .arg(id),
                QStringLiteral(
                    "CREATE INDEX allocation_person ON allocation (person_id, allocated_on)"),
                // The 3-monthly review (report 7.6).
                QStringLiteral("CREATE TABLE review (%1,"
                               " person_id INTEGER NOT NULL REFERENCES person(id),"
                               " reviewed_on TEXT NOT NULL,"
                               " reviewer TEXT NOT NULL,"
                               " barriers_checked INTEGER NOT NULL,"
                               " compliance_checked INTEGER NOT NULL,"
                               " document_progressed INTEGER NOT NULL,"
                               " band_confirmed INTEGER NOT NULL,"
                               " next_action_set INTEGER NOT NULL,"
                               " notes TEXT,"
                               " outcome TEXT NOT NULL,"
                               " next_review_on TEXT NOT NULL,"
                               " signed_off_by TEXT,"
                               " signed_off_at TEXT,"
                               " recorded_at TEXT NOT NULL)")
                    .arg(id),
                QStringLiteral("CREATE INDEX review_person ON review (person_id, reviewed_on)"),
                // Note quality assurance (recommendation 4): a sample drawn by a team leader,
                // each note in it marked pass or fail with a comment.
                QStringLiteral("CREATE TABLE qa_sample (%1,"
                               " seed INTEGER NOT NULL,"
                               " requested_size INTEGER NOT NULL,"
                               " period_from TEXT NOT NULL,"
                               " period_to TEXT NOT NULL,"
                               " caseworker TEXT,"
                               " team TEXT,"
                               " drawn_by TEXT NOT NULL,"
                               " drawn_at TEXT NOT NULL)")
                    .arg(id),
                QStringLiteral("CREATE TABLE note_qa (%1,"
                               " sample_id INTEGER NOT NULL REFERENCES qa_sample(id),"
                               " note_id INTEGER NOT NULL REFERENCES note(id),"
                               " result TEXT,"
                               " comment TEXT,"
                               " checked_by TEXT,"
                               " checked_at TEXT)")
                    .arg(id),
                QStringLiteral("CREATE INDEX note_qa_sample ON note_qa (sample_id)"),
                QStringLiteral("CREATE INDEX note_qa_note ON note_qa (note_id)"),
                // The clean-up list's blank outcomes (DataQualityRules::BlankOutcomes), a small
                // partial index: a few blank events among millions, found without a scan.
                // SQLite and PostgreSQL both take the WHERE.
                // Workflows find their own diary entries by kind ("review:12", "tasking:7") to
                // close or move them.
                QStringLiteral("CREATE INDEX diary_entry_kind ON diary_entry (kind, done_at)"),
                QStringLiteral("CREATE INDEX reporting_event_blank ON reporting_event (person_id, "
                               "scheduled) WHERE outcome IS NULL OR outcome = ''"),
            }};
}

Migration migration13(SqlDialect d)
{
    const QString id = Sql::autoIdColumn(d);
    return {
        13,
        QStringLiteral("reoffences, reporting spans, the dashboard's indexes"),
        {
            // Offences committed while in the community (recommendation 5), recorded by
            // hand (ReoffenceStore).
            QStringLiteral("CREATE TABLE reoffence (%1,"
                           " person_id INTEGER NOT NULL REFERENCES person(id),"
                           " offence_on TEXT NOT NULL,"
                           " offence TEXT NOT NULL,"
                           " source TEXT NOT NULL,"
                           " notes TEXT,"
                           " recorded_by TEXT NOT NULL,"
                           " recorded_at TEXT NOT NULL)")
                .arg(id),
            QStringLiteral("CREATE INDEX reoffence_person ON reoffence (person_id, offence_on)"),
            QStringLiteral("CREATE INDEX reoffence_on ON reoffence (offence_on)"),
            // The first and last scheduled reporting event of each person, kept by
            // PersonStore::refreshReportingSpansInTransaction: the dashboard counts people
            // reporting in each month from these, at 100,000 people, instead of scanning
            // 10 million events.
            QStringLiteral("ALTER TABLE person ADD COLUMN reporting_first TEXT"),
            QStringLiteral("ALTER TABLE person ADD COLUMN reporting_last TEXT"),
            QStringLiteral("UPDATE person SET reporting_first = (SELECT MIN(e.scheduled) FROM "
                           "reporting_event e WHERE e.person_id = person.id), reporting_last "
                           "= (SELECT MAX(e.scheduled) FROM reporting_event e WHERE "
                           "e.person_id = person.id)"),
            // Breaches per week (Dashboard): the breach events among millions, in date
            // order. The WHERE is BreachRules::breachOutcomeSql's, so both SQLite and
            // PostgreSQL use the partial index for it.
            QStringLiteral("CREATE INDEX reporting_event_breach ON reporting_event "
                           "(scheduled, person_id) WHERE outcome IS NULL OR outcome IN ('', "
                           "'NO_SHOW')"),
            QStringLiteral("CREATE INDEX removal_directions_set ON removal_directions "
                           "(set_on)"),
        }};
}

Migration migration14(SqlDialect d)
{
    // The id is given by AuditStore (the previous entry's + 1, under the writers' lock), not
    // by the database, because it is part of the hashed text: a renumbered entry breaks the
    // chain.
    QStringList statements{
        QStringLiteral("CREATE TABLE audit_log (id %1 PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " entity_id %1,"
                       " person_id %1,"
                       " before_json TEXT,"
                       " after_json TEXT,"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)")
            .arg(d == SqlDialect::PostgreSQL ? QStringLiteral("BIGINT")
                                             : QStringLiteral("INTEGER")),
        QStringLiteral("CREATE INDEX audit_log_person ON audit_log (person_id, id)"),
    };
    // Append-only in the database itself, so not even SQL behind Lodestar's back edits or
    // removes an entry (on SQLite whoever holds the file can drop the trigger: audit-verify
    // then finds the edit through the hash chain).
    if (d == SqlDialect::PostgreSQL) {
        statements
            << QStringLiteral(
                   "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE "
                   "plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; "
                   "END $$")
            << QStringLiteral("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR "
                              "DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION "
                              "audit_log_append_only()")
            << QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "
                              "audit_log FOR EACH STATEMENT EXECUTE FUNCTION "
                              "audit_log_append_only()");
    } else {
        statements << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON "
                                     "audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is "
                                     "append-only'); END")
                   << QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON "
                                     "audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is "
                                     "append-only'); END");
    }
    return {14, QStringLiteral("the append-only audit log"), statements};
}

Migration migration15(SqlDialect)
{
    // A row version on every record edited in place (issue 8): a save says which version it
    // read (`... AND version = ?`) and is refused when the row has moved on, instead of
    // overwriting someone else's change. Notes keep their own revision number for this. On a
    // person the version counts the hand-made changes to the person row itself (allocation,
    // band override, restriction), not the derived columns an import or a barrier refreshes.
    QStringList statements;
    for (const char *table :
         {"person", "diary_entry", "followup_step", "tasking", "travel_document", "barrier",
          "charter_flight", "removal_directions", "progression_hold", "case_preparation", "review",
          "note_qa", "reporting_event", "app_user"})
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL "
                                     "DEFAULT 1")
                          .arg(QLatin1String(table));
    // A refused save names who last changed the record and what (AuditStore::latestFor).
    statements << QStringLiteral(
        "CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id)");
    return {15, QStringLiteral("row versions for edit conflicts"), statements};
}

Migration migration16(SqlDialect d)
{
    // On PostgreSQL the user is the database login (issue 8), and the database itself refuses
    // what the login's role may not do, whatever client sends the SQL: guard triggers on every
    // table but audit_log (which everyone appends to, and whose own triggers keep append-only).
    //
    // The database holds the boundary of whose people a login may write: a caseworker their own
    // people, a team leader their team's (and the unallocated, and those whose owner is in no
    // team), an admin the users and the imports. The store layer (Permissions, AccessStore)
    // holds the finer actions within it: a caseworker cannot sign off a review through
    // Lodestar, but through raw SQL on a review of their own person the database lets it pass.
    //
    // Exempt: a database with no admin yet (nobody is refused until a team is set up, as in the
    // store layer), and whoever holds the table's TRIGGER privilege WITH GRANT OPTION: its owner
    // (the account that ran these migrations, which sets up, imports and writes the demo), the
    // owner's members and superusers, who could drop the triggers anyway. That is the owner test
    // as one cached privilege lookup, the first thing the guard does: the demo and the owner's
    // imports pay about a microsecond a row, where reading pg_class for the owner took four. A
    // plain GRANT, even GRANT ALL, never carries the grant option, so no team login is exempt.
    //
    // SQLite has no logins: whoever can open the file can write it, so there the store layer
    // alone enforces the rules, and this migration has no statements.
    if (d != SqlDialect::PostgreSQL)
        return {16, QStringLiteral("guard triggers (PostgreSQL only)"), {}};
    QStringList statements{
        // Re-running (a test rewinds schema_version) drops triggers that may not exist yet:
        // without this each one would print a NOTICE on the client's stderr.
        QStringLiteral("SET LOCAL client_min_messages = warning"),
        // Permissions::inScope for a person's owner: may this caseworker or team leader change
        // the people `owner` holds?
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION lodestar_owner_in_scope(actor_role TEXT, actor_team "
            "TEXT, owner TEXT) RETURNS BOOLEAN LANGUAGE plpgsql STABLE AS $$\n"
            "DECLARE owner_team TEXT;\n"
            "BEGIN\n"
            "  IF actor_role = 'caseworker' THEN\n"
            "    RETURN COALESCE(owner, '') <> '' AND owner = current_user;\n"
            "  ELSIF actor_role = 'team_leader' THEN\n"
            "    IF COALESCE(owner, '') = '' THEN RETURN TRUE; END IF;\n"
            "    SELECT u.team INTO owner_team FROM app_user u WHERE u.user_name = owner;\n"
            "    IF NOT FOUND OR COALESCE(owner_team, '') = '' THEN RETURN TRUE; END IF;\n"
            "    RETURN COALESCE(actor_team, '') <> '' AND owner_team = actor_team;\n"
            "  END IF;\n"
            "  RETURN FALSE;\n"
            "END $$"),
        // Raises (SQLSTATE 42501, a sentence naming the login, its role and what was refused)
        // when current_user may not write this row of `tbl`; the rows as JSON (NULL where the
        // operation has none). SECURITY INVOKER: it reads app_user and person with the login's
        // own grants.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION lodestar_judge(tbl TEXT, op TEXT, old_row JSONB, "
            "new_row JSONB) RETURNS VOID LANGUAGE plpgsql AS $$\n"
            "DECLARE\n"
            "  actor_role TEXT;\n"
            "  actor_team TEXT;\n"
            "  pid BIGINT;\n"
            "  old_pid BIGINT;\n"
            "  allowed BOOLEAN := FALSE;\n"
            "  why TEXT;\n"
            "  ref TEXT;\n"
            "  owner TEXT;\n"
            "BEGIN\n"
            "  IF NOT EXISTS (SELECT 1 FROM app_user WHERE role = 'admin') THEN\n"
            "    RETURN;\n"
            "  END IF;\n"
            "  SELECT u.role, u.team INTO actor_role, actor_team FROM app_user u\n"
            "    WHERE u.user_name = current_user;\n"
            "  IF NOT FOUND THEN\n"
            "    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',\n"
            "      MESSAGE = format('the login %s is not a user of this Lodestar database and may "
            "not %s %s', current_user, lower(op), tbl),\n"
            "      HINT = 'An administrator adds users in Settings > Users and Teams.';\n"
            "  END IF;\n"
            "  IF actor_role = 'manager' THEN\n"
            "    why := 'managers read everything and change nothing';\n"
            "  ELSIF op = 'TRUNCATE' THEN\n"
            "    why := 'only the owner account empties a table';\n"
            "  ELSIF tbl IN ('app_user', 'cid_import', 'sheet_import', 'cid_case', "
            "'import_change') THEN\n"
            "    allowed := actor_role = 'admin';\n"
            "    why := 'that is an administrator''s (users and imports)';\n"
            "  ELSIF tbl IN ('charter_flight', 'qa_sample', 'note_qa') THEN\n"
            "    allowed := actor_role = 'team_leader';\n"
            "    why := 'that is a team leader''s';\n"
            "  ELSIF tbl = 'lodestar_meta' THEN\n"
            "    allowed := actor_role IN ('team_leader', 'admin');\n"
            "    why := 'that is a team leader''s';\n"
            "  ELSIF tbl = 'person' THEN\n"
            "    IF actor_role = 'admin' THEN\n"
            "      allowed := TRUE;\n"
            "    ELSIF op = 'INSERT' THEN\n"
            "      why := 'people are added by the imports, an administrator''s';\n"
            "    ELSE\n"
            "      -- As the person stands before the write: a team leader may move them on.\n"
            "      allowed := lodestar_owner_in_scope(actor_role, actor_team, "
            "old_row->>'case_owner');\n"
            "      pid := (old_row->>'id')::BIGINT;\n"
            "    END IF;\n"
            "  ELSIF tbl IN ('note', 'note_revision', 'band_override', 'reporting_event',\n"
            "      'diary_entry', 'followup_step', 'tasking', 'reporting_restriction',\n"
            "      'travel_document', 'barrier', 'removal_directions', 'progression_hold',\n"
            "      'case_preparation', 'allocation', 'review', 'reoffence') THEN\n"
            "    IF tbl = 'note_revision' THEN\n"
            "      SELECT n.person_id INTO pid FROM note n WHERE n.id = "
            "(new_row->>'note_id')::BIGINT;\n"
            "      SELECT n.person_id INTO old_pid FROM note n\n"
            "        WHERE n.id = (old_row->>'note_id')::BIGINT;\n"
            "    ELSE\n"
            "      pid := (new_row->>'person_id')::BIGINT;\n"
            "      old_pid := (old_row->>'person_id')::BIGINT;\n"
            "    END IF;\n"
            "    IF op = 'DELETE' THEN pid := old_pid; END IF;\n"
            "    IF tbl IN ('allocation', 'band_override') AND actor_role <> 'team_leader' THEN\n"
            "      why := 'that is a team leader''s';\n"
            "    ELSIF actor_role = 'admin' THEN\n"
            "      allowed := TRUE; -- the imports write events, CID barriers, preparation\n"
            "    ELSE\n"
            "      SELECT p.case_owner INTO owner FROM person p WHERE p.id = pid;\n"
            "      allowed := lodestar_owner_in_scope(actor_role, actor_team, owner);\n"
            "      -- Moving a row to another person needs both people.\n"
            "      IF allowed AND op = 'UPDATE' AND old_pid IS DISTINCT FROM pid THEN\n"
            "        SELECT p.case_owner INTO owner FROM person p WHERE p.id = old_pid;\n"
            "        allowed := lodestar_owner_in_scope(actor_role, actor_team, owner);\n"
            "        IF NOT allowed THEN pid := old_pid; END IF;\n"
            "      END IF;\n"
            "    END IF;\n"
            "  ELSE\n"
            "    why := 'the table is not one Lodestar''s guard knows';\n"
            "  END IF;\n"
            "  IF allowed THEN\n"
            "    RETURN;\n"
            "  END IF;\n"
            "  IF why IS NULL THEN\n"
            "    SELECT p.person_ref, p.case_owner INTO ref, owner FROM person p WHERE p.id = "
            "pid;\n"
            "    why := format('%s is allocated to %s: %s', COALESCE(ref, 'the person'),\n"
            "      COALESCE(NULLIF(owner, ''), 'nobody'),\n"
            "      CASE WHEN actor_role = 'caseworker'\n"
            "        THEN 'a caseworker changes the people allocated to them'\n"
            "        ELSE 'a team leader acts for their own team''s people' END);\n"
            "  END IF;\n"
            "  RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',\n"
            "    MESSAGE = format('the login %s (%s) may not %s %s: %s', current_user, "
            "actor_role,\n"
            "      lower(op), tbl, why);\n"
            "END $$"),
        // Its tables are found in Lodestar's schema, never in a temporary table the login made
        // (pg_temp comes first for tables unless named): an app_user of one's own would make
        // anyone an admin. The helper runs under the judge's setting.
        QStringLiteral("DO $$ BEGIN EXECUTE format('ALTER FUNCTION lodestar_judge(TEXT, TEXT, "
                       "JSONB, JSONB) SET search_path = %I, pg_temp', current_schema()); END $$"),
        // The trigger function: the owner test, then the judge, named with its schema so that
        // the guard needs no search_path of its own (setting one costs a microsecond a row).
        QStringLiteral(
            "DO $do$ BEGIN EXECUTE format($f$CREATE OR REPLACE FUNCTION lodestar_guard() RETURNS "
            "trigger LANGUAGE plpgsql AS $g$\n"
            "BEGIN\n"
            "  IF pg_catalog.has_table_privilege(TG_RELID, 'TRIGGER WITH GRANT OPTION') THEN\n"
            "    NULL;\n"
            "  ELSIF TG_OP = 'INSERT' THEN\n"
            "    PERFORM %1$I.lodestar_judge(TG_TABLE_NAME, TG_OP, NULL, "
            "pg_catalog.to_jsonb(NEW));\n"
            "  ELSIF TG_OP = 'UPDATE' THEN\n"
            "    PERFORM %1$I.lodestar_judge(TG_TABLE_NAME, TG_OP, pg_catalog.to_jsonb(OLD),\n"
            "      pg_catalog.to_jsonb(NEW));\n"
            "  ELSE\n"
            "    PERFORM %1$I.lodestar_judge(TG_TABLE_NAME, TG_OP,\n"
            "      CASE WHEN TG_OP = 'DELETE' THEN pg_catalog.to_jsonb(OLD) END, NULL);\n"
            "  END IF;\n"
            "  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;\n"
            "  RETURN NEW;\n"
            "END $g$$f$, current_schema()); END $do$"),
    };
    for (const char *table : {"lodestar_meta",    "person",
                              "cid_case",         "note",
                              "note_revision",    "band_override",
                              "cid_import",       "reporting_event",
                              "import_change",    "sheet_import",
                              "diary_entry",      "followup_step",
                              "tasking",          "reporting_restriction",
                              "travel_document",  "barrier",
                              "charter_flight",   "removal_directions",
                              "progression_hold", "case_preparation",
                              "app_user",         "allocation",
                              "review",           "qa_sample",
                              "note_qa",          "reoffence"}) {
        const QLatin1String t(table);
        // Dropped first: a test that rewinds a database's schema_version migrates it again.
        // TRUNCATE skips row triggers: a statement trigger refuses it to all but the owner.
        statements << QStringLiteral("DROP TRIGGER IF EXISTS lodestar_guard ON %1").arg(t)
                   << QStringLiteral("DROP TRIGGER IF EXISTS lodestar_guard_truncate ON %1").arg(t)
                   << QStringLiteral("CREATE TRIGGER lodestar_guard BEFORE INSERT OR UPDATE OR "
                                     "DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                                     "lodestar_guard()")
                          .arg(t)
                   << QStringLiteral("CREATE TRIGGER lodestar_guard_truncate BEFORE TRUNCATE ON "
                                     "%1 FOR EACH STATEMENT EXECUTE FUNCTION lodestar_guard()")
                          .arg(t);
    }
    return {16, QStringLiteral("guard triggers: the login's role in the database"), statements};
}

Migration migration17(SqlDialect)
{
    // Issue 15 rule 5: a band is provisional when a fact not recorded could raise it, and
    // band_provisional now holds those facts as MissingFact bits (1 MAPPA level, 2 harm
    // category with MAPPA 1, 4 sentence) instead of "no MAPPA and no sentence". Recomputed here
    // from the person's stored risk columns, which are the same inputs Banding::missingFacts
    // reads (tst_database checks the two agree). Bands 1 and "not banded" are never
    // provisional. A derived column: version is left as it is.
    return {17,
            QStringLiteral("provisional bands: the missing facts that could raise them"),
            {QStringLiteral(
                "UPDATE person SET band_provisional = CASE WHEN band_computed IS NULL OR "
                "band_computed < 2 THEN 0 ELSE (CASE WHEN COALESCE(mappa_level, '') = '' THEN 1 "
                "ELSE 0 END) + (CASE WHEN mappa_level = '1' AND COALESCE(harm, '') = '' THEN 2 "
                "ELSE 0 END) + (CASE WHEN sentence_months IS NULL THEN 4 ELSE 0 END) END")}};
}

Migration migration18(SqlDialect)
{
    // Issue 15, rule 10: a person with no CRIMINAL case is not a foreign national offender case
    // (footnote 18), so is not banded (Banding, BandRule::NoCriminalCase) and not in the stock.
    // Derived columns are otherwise refreshed person by person as their records change; this
    // brings the people already held into line at once.
    return {18,
            QStringLiteral("no criminal case, no band"),
            {QStringLiteral("UPDATE person SET band = NULL, band_computed = NULL, band_rule = "
                            "'NO_CRIMINAL_CASE', band_provisional = 0 WHERE NOT EXISTS (SELECT 1 "
                            "FROM cid_case c WHERE c.person_id = person.id AND c.case_type = "
                            "'CRIMINAL')")}};
}

Migration migration19(SqlDialect)
{
    // Issue 16: CID's extract carries no opening date, so a barrier from CID has no known day
    // raised; raised_on held the day its case was first seen in CID (for the first import, the
    // import's own day), which the register then showed as "raised" and sorted on. Now:
    // - standing_since (the old raised_on, renamed: NOT NULL, indexed, the register's order)
    //   is the earliest day the barrier is known to stand: the day raised for Lodestar's, the
    //   day first seen in CID for CID's;
    // - raised_on is the day raised where known (Lodestar's), NULL for CID's;
    // - raised_after is, for CID's, the day of the import before the one that first saw the
    //   case: absent from that extract, the case was raised on or after it (NULL when the case
    //   came with the first import, or became a barrier type later). It keeps last-minute
    //   barriers and RED.0004 certification on what is known (ProgressionRules, Barrier).
    // RENAME COLUMN keeps the indexes and is in both SQLite (3.25 on) and PostgreSQL.
    return {19,
            QStringLiteral("barriers from CID: first seen, not raised"),
            {QStringLiteral("ALTER TABLE barrier RENAME COLUMN raised_on TO standing_since"),
             QStringLiteral("ALTER TABLE barrier ADD COLUMN raised_on TEXT"),
             QStringLiteral("ALTER TABLE barrier ADD COLUMN raised_after TEXT"),
             QStringLiteral("UPDATE barrier SET raised_on = standing_since WHERE source = "
                            "'lodestar'"),
             // The import before the one that first saw the case, when the barrier row came
             // with that import (recorded the day the case was first seen).
             QStringLiteral("UPDATE barrier SET raised_after = (SELECT SUBSTR(MAX(ci.started_at), "
                            "1, 10) FROM cid_import ci JOIN cid_case c ON c.id = "
                            "barrier.cid_case_id WHERE ci.started_at < c.first_seen AND "
                            "SUBSTR(barrier.recorded_at, 1, 10) = SUBSTR(c.first_seen, 1, 10)) "
                            "WHERE source = 'cid'")}};
}

Migration migration20(SqlDialect d)
{
    // Issue 16: a note holds at most NoteText::MaxLength (20,000) characters. The stores refuse
    // more; this refuses it to SQL typed behind Lodestar's back too (a login at psql). Notes
    // written before keep their text (NOT VALID; the trigger looks at new rows only), and an
    // edit must fit. The database counts code points, Lodestar UTF-16 units: never stricter
    // than the store. Written to run again, as tests that wind the schema back do.
    if (d == SqlDialect::PostgreSQL)
        return {20,
                QStringLiteral("notes of at most 20,000 characters"),
                {QStringLiteral("ALTER TABLE note DROP CONSTRAINT IF EXISTS note_body_length"),
                 QStringLiteral("ALTER TABLE note ADD CONSTRAINT note_body_length CHECK "
                                "(char_length(body) <= 20000) NOT VALID")}};
    const auto trigger = [](const QString &event) {
        return QStringLiteral("CREATE TRIGGER IF NOT EXISTS note_body_length_%1 BEFORE %2 ON note "
                              "WHEN length(NEW.body) > 20000 BEGIN SELECT RAISE(ABORT, 'a note "
                              "holds at most 20000 characters'); END")
            .arg(event.toLower(), event);
    };
    return {20,
            QStringLiteral("notes of at most 20,000 characters"),
            {trigger(QStringLiteral("INSERT")), trigger(QStringLiteral("UPDATE"))}};
}

Migration migration21(SqlDialect)
{
    // Issue 17: what the figures read off the person row at 100,000 people and 10 million events
    // instead of searching each person's records. Each person's run of breaches, kept with the
    // reporting spans by PersonStore (BreachRules::completedLastSql and runFirstSql): the
    // latest COMPLETED event, and the first event with a breach's outcome after it. Who is in
    // the non-compliance queue at a moment after their last COMPLETED event is then read off
    // the person row. The definitions are written out here as they stand today: a migration
    // never changes.
    return {21,
            QStringLiteral("what the figures read off each person: runs of breaches, review "
                           "dates, facts of the cases"),
            {QStringLiteral("ALTER TABLE person ADD COLUMN reporting_completed_last TEXT"),
             QStringLiteral("ALTER TABLE person ADD COLUMN reporting_run_first TEXT"),
             QStringLiteral("UPDATE person SET reporting_completed_last = (SELECT "
                            "MAX(c.scheduled) FROM reporting_event c WHERE c.person_id = "
                            "person.id AND c.outcome = 'COMPLETED')"),
             QStringLiteral("UPDATE person SET reporting_run_first = (SELECT MIN(r.scheduled) "
                            "FROM reporting_event r WHERE r.person_id = person.id AND "
                            "r.scheduled > COALESCE(person.reporting_completed_last, '') AND "
                            "(r.outcome IS NULL OR r.outcome IN ('', 'NO_SHOW')))"),
             // And the first blank outcome (BreachRules::blankFirstSql), on its partial index.
             QStringLiteral("ALTER TABLE person ADD COLUMN reporting_blank_first TEXT"),
             QStringLiteral("UPDATE person SET reporting_blank_first = (SELECT MIN(k.scheduled) "
                            "FROM reporting_event k WHERE k.person_id = person.id AND (k.outcome "
                            "IS NULL OR k.outcome = ''))"),
             // The breaches by person (BreachRules' WHERE, so both engines use it): the length
             // of a run and the latest breach read without visiting the events themselves.
             QStringLiteral("CREATE INDEX reporting_event_person_breach ON reporting_event "
                            "(person_id, scheduled, outcome) WHERE outcome IS NULL OR outcome IN "
                            "('', 'NO_SHOW')"),
             // The review dates (ReviewRules::reviewedOrAllocatedSql and setNextSql, kept by
             // PersonStore after every review and allocation): who is due a review is read off
             // the person row.
             QStringLiteral("ALTER TABLE person ADD COLUMN review_base TEXT"),
             QStringLiteral("ALTER TABLE person ADD COLUMN review_set_next TEXT"),
             QStringLiteral("UPDATE person SET review_base = COALESCE((SELECT "
                            "MAX(rv.reviewed_on) FROM review rv WHERE rv.person_id = person.id), "
                            "(SELECT MIN(al.allocated_on) FROM allocation al WHERE al.person_id = "
                            "person.id)), review_set_next = (SELECT rn.next_review_on FROM review "
                            "rn WHERE rn.person_id = person.id ORDER BY rn.reviewed_on DESC, "
                            "rn.id DESC LIMIT 1)"),
             // Two facts of the criminal cases, kept with the other columns derived from the
             // cases (DataQualityRules::ownershipUnclearSql, ProgressionRules::
             // undecidedSentenceEndSql): every criminal case's owning unit unclear, and the
             // earliest end of a sentence of 12 months or more with no deportation decision.
             QStringLiteral("ALTER TABLE person ADD COLUMN ownership_unclear INTEGER NOT NULL "
                            "DEFAULT 0"),
             QStringLiteral("ALTER TABLE person ADD COLUMN undecided_sentence_end TEXT"),
             QStringLiteral("UPDATE person SET ownership_unclear = CASE WHEN EXISTS (SELECT 1 "
                            "FROM cid_case c WHERE c.person_id = person.id AND c.case_type = "
                            "'CRIMINAL') AND NOT EXISTS (SELECT 1 FROM cid_case c WHERE "
                            "c.person_id = person.id AND c.case_type = 'CRIMINAL' AND NOT "
                            "(c.owning_unit IS NULL OR UPPER(TRIM(c.owning_unit)) IN ('', 'NO "
                            "UNIT', 'NOT IN USE') OR UPPER(TRIM(c.owning_unit)) LIKE 'LIT%')) "
                            "THEN 1 ELSE 0 END, undecided_sentence_end = (SELECT "
                            "MIN(c.sentence_end) FROM cid_case c WHERE c.person_id = person.id "
                            "AND c.case_type = 'CRIMINAL' AND c.sentence_months >= 12 AND "
                            "(c.deportation_decision IS NULL OR c.deportation_decision IN "
                            "('NONE', 'PENDING')) AND c.sentence_end IS NOT NULL)"),
             // The dashboard's passes over the stock (by band and unit, reporting, reviews by
             // team) read this instead of every person row: custody and band_rule first, as
             // Stock::heldSql tests them.
             QStringLiteral("CREATE INDEX person_stock ON person (custody, band_rule, band, "
                            "owning_unit, reporting_frequency, case_owner, review_base, "
                            "review_set_next, created_at)"),
             // The open barriers by type, counted on the index alone.
             QStringLiteral("CREATE INDEX barrier_open_type ON barrier (cleared_on, "
                            "barrier_type, standing_since)"),
             // The cases missing from the newest import, a few among all the cases held.
             QStringLiteral("CREATE INDEX cid_case_missing ON cid_case (missing_since) WHERE "
                            "missing_since IS NOT NULL")}};
}

// Issue 19: the team database's last line. On PostgreSQL:
// - the audit log is written by the server: a BEFORE INSERT trigger sets each entry's id (the
//   next one, under the advisory lock every writer takes), its time, its actor (current_user)
//   and its hash, whatever the client sent, so no team login can name someone else, backdate
//   an entry or plant an id that stops the chain (the owner account, exempt from the guard
//   for the same reason, keeps what it sends). The hash is AuditChain's: fields measured in
//   UTF-16 units, as AuditChain counts them (tst_audit checks the two agree);
// - the guard has no gaps: a band override and an allocation (the person's case_owner) are a
//   team leader's even on one's own people (an admin's imports still write case_owner),
//   lodestar_meta (the schema version) is the owner's alone, and with no administrator defined
//   nobody but the owner writes;
// - the workload weights leave lodestar_meta for a one-row table with a row version
//   (AllocationStore), a team leader's to change.
// On SQLite the weights move too, and a trigger refuses an audit entry that does not take the
// next id (whoever holds the file can drop it; audit-verify still finds what they did).
// Written to run again: tests wind schema_version back and migrate once more.
Migration migration22(SqlDialect d)
{
    // A weight as setWeights wrote it: digits only. Anything else typed behind Lodestar's back
    // is left to the default, as weights() ignored it.
    const auto weight = [](int band) {
        return QStringLiteral("(SELECT CAST(value AS INTEGER) FROM lodestar_meta WHERE key = "
                              "'workload_weight_%1' AND value <> '' AND LENGTH(value) <= 6 AND "
                              "TRIM(value, '0123456789') = '')")
            .arg(band);
    };
    QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS workload_weights (id INTEGER PRIMARY KEY "
                       "CHECK (id = 1), weight_0 INTEGER, weight_1 INTEGER, weight_2 INTEGER, "
                       "weight_3 INTEGER, weight_4 INTEGER, version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("INSERT INTO workload_weights (id, weight_0, weight_1, weight_2, weight_3, "
                       "weight_4) SELECT 1, %1, %2, %3, %4, %5 WHERE NOT EXISTS (SELECT 1 FROM "
                       "workload_weights)")
            .arg(weight(0), weight(1), weight(2), weight(3), weight(4)),
        QStringLiteral("DELETE FROM lodestar_meta WHERE key LIKE 'workload_weight_%'"),
    };
    if (d == SqlDialect::SQLite) {
        statements << QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS audit_log_next_id BEFORE INSERT ON audit_log WHEN "
            "NEW.id IS NOT (SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log) BEGIN SELECT "
            "RAISE(ABORT, 'an audit entry takes the id after the newest'); END");
        return {22, QStringLiteral("workload weights with a version; audit ids in order"),
                statements};
    }
    statements << QStringLiteral("SET LOCAL client_min_messages = warning")
               // A text's length in UTF-16 units, as QString::size() counts it: code points,
               // plus one for each beyond the Basic Multilingual Plane.
               << QStringLiteral(
                      "CREATE OR REPLACE FUNCTION lodestar_utf16_length(t TEXT) RETURNS INTEGER "
                      "LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT CASE WHEN t ~ "
                      "'[\\U00010000-\\U0010FFFF]' THEN pg_catalog.char_length(t) + "
                      "pg_catalog.char_length(pg_catalog.regexp_replace(t, "
                      "'[^\\U00010000-\\U0010FFFF]', '', 'g')) ELSE pg_catalog.char_length(t) "
                      "END $$")
               // AuditChain::hashOf, field by field (AuditChain::canonicalText).
               << QStringLiteral(
                      "DO $do$ BEGIN EXECUTE format($f$CREATE OR REPLACE FUNCTION "
                      "lodestar_audit_seal() RETURNS trigger LANGUAGE plpgsql AS $g$\n"
                      "DECLARE\n"
                      "  last_id BIGINT;\n"
                      "  last_hash TEXT;\n"
                      "  canonical TEXT := '';\n"
                      "  part TEXT;\n"
                      "BEGIN\n"
                      "  -- The owner account (set-up, imports, a restore) is not sealed, as "
                      "the guard does not judge it:\n"
                      "  -- it could drop the trigger anyway.\n"
                      "  IF pg_catalog.has_table_privilege(TG_RELID, 'TRIGGER WITH GRANT "
                      "OPTION') THEN\n"
                      "    RETURN NEW;\n"
                      "  END IF;\n"
                      "  PERFORM pg_catalog.pg_advisory_xact_lock(1280263237);\n"
                      "  SELECT a.id, a.hash INTO last_id, last_hash FROM %1$I.audit_log a\n"
                      "    ORDER BY a.id DESC LIMIT 1;\n"
                      "  IF last_id >= 9223372036854775807 THEN\n"
                      "    RAISE EXCEPTION 'the audit log''s newest id is the largest there is: "
                      "run lodestar audit-verify';\n"
                      "  END IF;\n"
                      "  NEW.id := COALESCE(last_id, 0) + 1;\n"
                      "  NEW.prev_hash := COALESCE(last_hash, '');\n"
                      "  NEW.at := pg_catalog.to_char(pg_catalog.clock_timestamp() AT TIME ZONE "
                      "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"');\n"
                      "  NEW.actor := current_user;\n"
                      "  FOREACH part IN ARRAY ARRAY[NEW.id::TEXT, NEW.at, NEW.actor, NEW.action,\n"
                      "      NEW.entity, COALESCE(NEW.entity_id, 0)::TEXT, COALESCE(NEW.person_id, "
                      "0)::TEXT,\n"
                      "      COALESCE(NEW.before_json, ''), COALESCE(NEW.after_json, ''), "
                      "NEW.prev_hash] LOOP\n"
                      "    canonical := canonical || %1$I.lodestar_utf16_length(part) || ':' || "
                      "part;\n"
                      "  END LOOP;\n"
                      "  NEW.hash := pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(\n"
                      "    NEW.prev_hash || canonical, 'UTF8')), 'hex');\n"
                      "  RETURN NEW;\n"
                      "END $g$$f$, current_schema()); END $do$")
               << QStringLiteral("DROP TRIGGER IF EXISTS audit_log_seal ON audit_log")
               << QStringLiteral("CREATE TRIGGER audit_log_seal BEFORE INSERT ON audit_log FOR "
                                 "EACH ROW EXECUTE FUNCTION lodestar_audit_seal()")
               // The judge of migration 16 with the gaps closed (see above); the rest as it was.
               << QStringLiteral(
                      "CREATE OR REPLACE FUNCTION lodestar_judge(tbl TEXT, op TEXT, old_row JSONB, "
                      "new_row JSONB) RETURNS VOID LANGUAGE plpgsql AS $$\n"
                      "DECLARE\n"
                      "  actor_role TEXT;\n"
                      "  actor_team TEXT;\n"
                      "  pid BIGINT;\n"
                      "  old_pid BIGINT;\n"
                      "  allowed BOOLEAN := FALSE;\n"
                      "  why TEXT;\n"
                      "  ref TEXT;\n"
                      "  owner TEXT;\n"
                      "BEGIN\n"
                      "  IF NOT EXISTS (SELECT 1 FROM app_user WHERE role = 'admin') THEN\n"
                      "    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',\n"
                      "      MESSAGE = format('the login %s may not %s %s: this database has no "
                      "administrator yet, and until it has one only its owner account writes', "
                      "current_user, lower(op), tbl),\n"
                      "      HINT = 'The owner account adds the first administrator in Settings > "
                      "Users and Teams.';\n"
                      "  END IF;\n"
                      "  SELECT u.role, u.team INTO actor_role, actor_team FROM app_user u\n"
                      "    WHERE u.user_name = current_user;\n"
                      "  IF NOT FOUND THEN\n"
                      "    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',\n"
                      "      MESSAGE = format('the login %s is not a user of this Lodestar "
                      "database and may not %s %s', current_user, lower(op), tbl),\n"
                      "      HINT = 'An administrator adds users in Settings > Users and Teams.';\n"
                      "  END IF;\n"
                      "  IF actor_role = 'manager' THEN\n"
                      "    why := 'managers read everything and change nothing';\n"
                      "  ELSIF op = 'TRUNCATE' THEN\n"
                      "    why := 'only the owner account empties a table';\n"
                      "  ELSIF tbl = 'lodestar_meta' THEN\n"
                      "    why := 'the database''s own record (its schema version) is the owner "
                      "account''s';\n"
                      "  ELSIF tbl IN ('app_user', 'cid_import', 'sheet_import', 'cid_case', "
                      "'import_change') THEN\n"
                      "    allowed := actor_role = 'admin';\n"
                      "    why := 'that is an administrator''s (users and imports)';\n"
                      "  ELSIF tbl IN ('charter_flight', 'qa_sample', 'note_qa', "
                      "'workload_weights') THEN\n"
                      "    allowed := actor_role = 'team_leader';\n"
                      "    why := 'that is a team leader''s';\n"
                      "  ELSIF tbl = 'person' THEN\n"
                      "    IF op = 'UPDATE' AND actor_role <> 'team_leader' AND\n"
                      "        old_row->'band_override' IS DISTINCT FROM "
                      "new_row->'band_override' THEN\n"
                      "      why := 'a band override is a team leader''s, even on one''s own "
                      "people';\n"
                      "    ELSIF op = 'UPDATE' AND actor_role NOT IN ('team_leader', 'admin') AND\n"
                      "        old_row->'case_owner' IS DISTINCT FROM new_row->'case_owner' THEN\n"
                      "      why := 'allocating is a team leader''s, even of one''s own people';\n"
                      "    ELSIF actor_role = 'admin' THEN\n"
                      "      allowed := TRUE;\n"
                      "    ELSIF op = 'INSERT' THEN\n"
                      "      why := 'people are added by the imports, an administrator''s';\n"
                      "    ELSE\n"
                      "      -- As the person stands before the write: a team leader may move them "
                      "on.\n"
                      "      allowed := lodestar_owner_in_scope(actor_role, actor_team, "
                      "old_row->>'case_owner');\n"
                      "      pid := (old_row->>'id')::BIGINT;\n"
                      "    END IF;\n"
                      "  ELSIF tbl IN ('note', 'note_revision', 'band_override', "
                      "'reporting_event',\n"
                      "      'diary_entry', 'followup_step', 'tasking', 'reporting_restriction',\n"
                      "      'travel_document', 'barrier', 'removal_directions', "
                      "'progression_hold',\n"
                      "      'case_preparation', 'allocation', 'review', 'reoffence') THEN\n"
                      "    IF tbl = 'note_revision' THEN\n"
                      "      SELECT n.person_id INTO pid FROM note n WHERE n.id = "
                      "(new_row->>'note_id')::BIGINT;\n"
                      "      SELECT n.person_id INTO old_pid FROM note n\n"
                      "        WHERE n.id = (old_row->>'note_id')::BIGINT;\n"
                      "    ELSE\n"
                      "      pid := (new_row->>'person_id')::BIGINT;\n"
                      "      old_pid := (old_row->>'person_id')::BIGINT;\n"
                      "    END IF;\n"
                      "    IF op = 'DELETE' THEN pid := old_pid; END IF;\n"
                      "    IF tbl IN ('allocation', 'band_override') AND actor_role <> "
                      "'team_leader' THEN\n"
                      "      why := 'that is a team leader''s';\n"
                      "    ELSIF actor_role = 'admin' THEN\n"
                      "      allowed := TRUE; -- the imports write events, CID barriers, "
                      "preparation\n"
                      "    ELSE\n"
                      "      SELECT p.case_owner INTO owner FROM person p WHERE p.id = pid;\n"
                      "      allowed := lodestar_owner_in_scope(actor_role, actor_team, owner);\n"
                      "      -- Moving a row to another person needs both people.\n"
                      "      IF allowed AND op = 'UPDATE' AND old_pid IS DISTINCT FROM pid THEN\n"
                      "        SELECT p.case_owner INTO owner FROM person p WHERE p.id = old_pid;\n"
                      "        allowed := lodestar_owner_in_scope(actor_role, actor_team, owner);\n"
                      "        IF NOT allowed THEN pid := old_pid; END IF;\n"
                      "      END IF;\n"
                      "    END IF;\n"
                      "  ELSE\n"
                      "    why := 'the table is not one Lodestar''s guard knows';\n"
                      "  END IF;\n"
                      "  IF allowed THEN\n"
                      "    RETURN;\n"
                      "  END IF;\n"
                      "  IF why IS NULL THEN\n"
                      "    SELECT p.person_ref, p.case_owner INTO ref, owner FROM person p WHERE "
                      "p.id = pid;\n"
                      "    why := format('%s is allocated to %s: %s', COALESCE(ref, 'the "
                      "person'),\n"
                      "      COALESCE(NULLIF(owner, ''), 'nobody'),\n"
                      "      CASE WHEN actor_role = 'caseworker'\n"
                      "        THEN 'a caseworker changes the people allocated to them'\n"
                      "        ELSE 'a team leader acts for their own team''s people' END);\n"
                      "  END IF;\n"
                      "  RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',\n"
                      "    MESSAGE = format('the login %s (%s) may not %s %s: %s', current_user, "
                      "actor_role,\n"
                      "      lower(op), tbl, why);\n"
                      "END $$")
               // CREATE OR REPLACE dropped the settings migration 16 gave it.
               << QStringLiteral("DO $$ BEGIN EXECUTE format('ALTER FUNCTION lodestar_judge(TEXT, "
                                 "TEXT, JSONB, JSONB) SET search_path = %I, pg_temp', "
                                 "current_schema()); END $$")
               // The sealing functions name everything they use, and find it in pg_catalog
               // before any schema a login could put first on its search_path.
               << QStringLiteral("DO $$ BEGIN EXECUTE format('ALTER FUNCTION "
                                 "lodestar_utf16_length(TEXT) SET search_path = pg_catalog, %1$I, "
                                 "pg_temp', current_schema()); EXECUTE format('ALTER FUNCTION "
                                 "lodestar_audit_seal() SET search_path = pg_catalog, %1$I, "
                                 "pg_temp', current_schema()); END $$")
               << QStringLiteral("DROP TRIGGER IF EXISTS lodestar_guard ON workload_weights")
               << QStringLiteral(
                      "DROP TRIGGER IF EXISTS lodestar_guard_truncate ON workload_weights")
               << QStringLiteral("CREATE TRIGGER lodestar_guard BEFORE INSERT OR UPDATE OR DELETE "
                                 "ON workload_weights FOR EACH ROW EXECUTE FUNCTION "
                                 "lodestar_guard()")
               << QStringLiteral("CREATE TRIGGER lodestar_guard_truncate BEFORE TRUNCATE ON "
                                 "workload_weights FOR EACH STATEMENT EXECUTE FUNCTION "
                                 "lodestar_guard()");
    return {22,
            QStringLiteral("audit entries sealed by the server; guards without gaps; "
                           "workload weights with a version"),
            statements};
}

// Issue 20: an obsolete Local Immigration Team is the word LIT at the start of the owning unit
// ("LIT North West", "lit Midlands"), not any unit beginning with those letters
// ("Littlehampton"). Every person's ownership_unclear again, by the rule as it stands now
// (Ownership::unclearUnitSql, written out: a migration never changes).
Migration migration23(SqlDialect)
{
    QStringList prefixes;
    for (int mask = 0; mask < 8; ++mask) {
        QString p = QStringLiteral("LIT");
        for (int i = 0; i < 3; ++i)
            if (mask & (1 << i))
                p[i] = p.at(i).toLower();
        prefixes << QLatin1Char('\'') + p + QLatin1Char('\'');
    }
    QStringList wordCharacters;
    for (const QChar c :
         QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
        wordCharacters << QLatin1Char('\'') + c + QLatin1Char('\'');
    const QString unclear =
        QStringLiteral("(c.owning_unit IS NULL OR UPPER(TRIM(c.owning_unit)) IN ('', 'NO UNIT', "
                       "'NOT IN USE') OR (SUBSTR(TRIM(c.owning_unit), 1, 3) IN (%1) AND "
                       "(LENGTH(TRIM(c.owning_unit)) = 3 OR SUBSTR(TRIM(c.owning_unit), 4, 1) "
                       "NOT IN (%2))))")
            .arg(prefixes.join(QStringLiteral(", ")), wordCharacters.join(QStringLiteral(", ")));
    return {23,
            QStringLiteral("unclear ownership: the word LIT, not any unit starting with it"),
            {QStringLiteral("UPDATE person SET ownership_unclear = CASE WHEN EXISTS (SELECT 1 "
                            "FROM cid_case c WHERE c.person_id = person.id AND c.case_type = "
                            "'CRIMINAL') AND NOT EXISTS (SELECT 1 FROM cid_case c WHERE "
                            "c.person_id = person.id AND c.case_type = 'CRIMINAL' AND NOT %1) "
                            "THEN 1 ELSE 0 END")
                 .arg(unclear)}};
}

// Issue 20: the day a person came onto the caseload as the user's local day (Clock::today()
// when PersonStore writes them), the review base of someone never reviewed nor allocated.
// created_at is UTC: its first ten characters are the day before in British Summer Time just
// after midnight. The day for people already held is their UTC day, the best now known. The
// stock index carries it in place of created_at, so the dashboard's review pass still reads
// the index alone.
Migration migration24(SqlDialect)
{
    return {24,
            QStringLiteral("the local day each person came onto the caseload"),
            {QStringLiteral("ALTER TABLE person ADD COLUMN created_on TEXT"),
             QStringLiteral("UPDATE person SET created_on = SUBSTR(created_at, 1, 10)"),
             QStringLiteral("DROP INDEX person_stock"),
             QStringLiteral("CREATE INDEX person_stock ON person (custody, band_rule, band, "
                            "owning_unit, reporting_frequency, case_owner, review_base, "
                            "review_set_next, created_on)")}};
}

// Issue 22: published figures, kept for ever. A snapshot is its figures exactly as printed
// (figures_json), the people figures' keys in membership bit order with their definition
// versions (figure_keys), and one row a person: the figures they count in as bits, and the
// facts that decided it. The facts' texts (custody, band rule, owner, unit) are numbers into the
// snapshot's own dictionary (dictionary_json): 100,000 people in about 3 MB, not a row per
// person per figure. Neither table is ever changed once written: the database refuses an
// UPDATE or DELETE, and rows for any snapshot but the one being written.
Migration migration25(SqlDialect d)
{
    const bool pg = d == SqlDialect::PostgreSQL;
    QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS figure_snapshot (%1,"
                       " published_at TEXT NOT NULL,"
                       " published_by TEXT NOT NULL,"
                       " as_of TEXT NOT NULL,"
                       " label TEXT NOT NULL,"
                       " figures_json TEXT NOT NULL,"
                       " figure_keys TEXT NOT NULL,"
                       " dictionary_json TEXT NOT NULL,"
                       " people INTEGER NOT NULL)")
            .arg(Sql::autoIdColumn(d)),
        // states: 1 required to report, 2 absconder, 4 removed, 8 missing from the extract.
        QStringLiteral("CREATE TABLE IF NOT EXISTS figure_snapshot_person ("
                       " snapshot_id INTEGER NOT NULL REFERENCES figure_snapshot(id),"
                       " person_id INTEGER NOT NULL REFERENCES person(id),"
                       " membership %1 NOT NULL,"
                       " band INTEGER NOT NULL,"
                       " states INTEGER NOT NULL,"
                       " barrier_types INTEGER NOT NULL,"
                       " flags INTEGER NOT NULL,"
                       " custody INTEGER NOT NULL,"
                       " band_rule INTEGER NOT NULL,"
                       " case_owner INTEGER NOT NULL,"
                       " owning_unit INTEGER NOT NULL,"
                       " PRIMARY KEY (snapshot_id, person_id))%2")
            .arg(pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB"),
                 // The key is the table's order: no second copy of it as a rowid and an index.
                 pg ? QString() : QStringLiteral(" WITHOUT ROWID")),
    };
    if (!pg) {
        for (const char *table : {"figure_snapshot", "figure_snapshot_person"})
            for (const char *op : {"UPDATE", "DELETE"})
                statements << QStringLiteral(
                                  "CREATE TRIGGER IF NOT EXISTS %1_no_%2 BEFORE %3 ON %1 BEGIN "
                                  "SELECT RAISE(ABORT, 'published figures are never "
                                  "changed'); END")
                                  .arg(QLatin1String(table), QString::fromLatin1(op).toLower(),
                                       QLatin1String(op));
        // Whoever holds the file can write it; this only keeps a slip from adding people to
        // an older snapshot.
        statements << QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS figure_snapshot_person_newest BEFORE INSERT ON "
            "figure_snapshot_person "
            "WHEN NEW.snapshot_id IS NOT (SELECT MAX(id) FROM figure_snapshot) BEGIN SELECT "
            "RAISE(ABORT, 'published figures are never changed: people are added only to the "
            "snapshot being published'); END");
        return {25, QStringLiteral("published figure snapshots"), statements};
    }
    // The server's own rule, whatever client sends the SQL: a team leader or a manager
    // publishes, under their own login, and a snapshot's people are written in the transaction
    // that wrote it; nobody changes either afterwards, the owner account included (it could
    // drop the trigger, as with the audit log, and the audit chain would then show the gap).
    statements
        << QStringLiteral("SET LOCAL client_min_messages = warning")
        << QStringLiteral(
               "DO $do$ BEGIN EXECUTE format($f$CREATE OR REPLACE FUNCTION "
               "lodestar_snapshot_guard() RETURNS trigger LANGUAGE plpgsql AS $g$\n"
               "DECLARE\n"
               "  actor_role TEXT;\n"
               "BEGIN\n"
               "  IF TG_OP <> 'INSERT' THEN\n"
               "    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',\n"
               "      MESSAGE = format('the login %%s may not %%s %%s: published figures are "
               "never changed', current_user, lower(TG_OP), TG_TABLE_NAME);\n"
               "  END IF;\n"
               // PL/pgSQL does not promise to stop an AND early: the person rows' own test.
               "  IF TG_TABLE_NAME = 'figure_snapshot_person' THEN\n"
               "    IF NOT EXISTS (SELECT 1 FROM %1$I.figure_snapshot s WHERE s.id = "
               "NEW.snapshot_id\n"
               "        AND s.xmin::text = (pg_catalog.txid_current() %% 4294967296)::text) THEN\n"
               "      RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',\n"
               "        MESSAGE = format('the login %%s may not add people to snapshot %%s: "
               "published figures are never changed', current_user, NEW.snapshot_id);\n"
               "    END IF;\n"
               "  END IF;\n"
               "  IF pg_catalog.has_table_privilege(TG_RELID, 'TRIGGER WITH GRANT OPTION') "
               "THEN\n"
               "    RETURN NEW;\n"
               "  END IF;\n"
               "  SELECT u.role INTO actor_role FROM %1$I.app_user u WHERE u.user_name = "
               "current_user;\n"
               "  IF NOT EXISTS (SELECT 1 FROM %1$I.app_user WHERE role = 'admin') OR "
               "actor_role IS NULL\n"
               "      OR actor_role NOT IN ('team_leader', 'manager') THEN\n"
               "    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',\n"
               "      MESSAGE = format('the login %%s may not publish figures: that is a team "
               "leader''s or a manager''s', current_user);\n"
               "  END IF;\n"
               "  IF TG_TABLE_NAME = 'figure_snapshot' THEN\n"
               "    IF NEW.published_by <> current_user THEN\n"
               "      RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',\n"
               "        MESSAGE = format('the login %%s may not publish figures as %%s', "
               "current_user, NEW.published_by);\n"
               "    END IF;\n"
               "  END IF;\n"
               "  RETURN NEW;\n"
               "END $g$$f$, current_schema()); END $do$");
    for (const char *table : {"figure_snapshot", "figure_snapshot_person"}) {
        const QLatin1String t(table);
        statements
            << QStringLiteral("DROP TRIGGER IF EXISTS lodestar_snapshot_guard ON %1").arg(t)
            << QStringLiteral("DROP TRIGGER IF EXISTS lodestar_snapshot_truncate ON %1").arg(t)
            << QStringLiteral("CREATE TRIGGER lodestar_snapshot_guard BEFORE INSERT OR "
                              "UPDATE OR DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                              "lodestar_snapshot_guard()")
                   .arg(t)
            << QStringLiteral("CREATE TRIGGER lodestar_snapshot_truncate BEFORE TRUNCATE "
                              "ON %1 FOR EACH STATEMENT EXECUTE FUNCTION "
                              "lodestar_snapshot_guard()")
                   .arg(t);
    }
    return {25, QStringLiteral("published figure snapshots"), statements};
}

// Issue 23: the caseload's triage columns at 100,000 people without searching each person's
// records for every sort. Stored facts, kept by PersonStore like the reporting spans:
// - last_action_at: the latest action by a person (Triage::lastActionSql, written out here as
//   it stands today: a migration never changes), refreshed by each store that records one;
// - reporting_due_last, reporting_due_outcome, reporting_due_next: the last due event's minute
//   and outcome (of two at that minute, the higher id's; '' for blank) and the first minute not
//   due, as of when they were worked out (Triage::storedDueHoldsSql). Filled here as of after
//   the person's last event: every event due, none next. Writes and imports work them out as
//   of their own time.
Migration migration26(SqlDialect)
{
    return {26,
            QStringLiteral("the last action and the last due event on each person"),
            {QStringLiteral("ALTER TABLE person ADD COLUMN last_action_at TEXT"),
             QStringLiteral("ALTER TABLE person ADD COLUMN reporting_due_last TEXT"),
             QStringLiteral("ALTER TABLE person ADD COLUMN reporting_due_outcome TEXT"),
             QStringLiteral("ALTER TABLE person ADD COLUMN reporting_due_next TEXT"),
             QStringLiteral(
                 "UPDATE person SET last_action_at = (SELECT MAX(la.t) FROM (SELECT "
                 "MAX(n.updated_at) AS t FROM note n WHERE n.person_id = person.id UNION ALL "
                 "SELECT MAX(COALESCE(f.countersigned_at, f.recorded_at)) FROM followup_step f "
                 "WHERE f.person_id = person.id UNION ALL SELECT MAX(b.updated_at) FROM barrier "
                 "b WHERE b.person_id = person.id AND b.source = 'lodestar' UNION ALL SELECT "
                 "MAX(d.updated_at) FROM travel_document d WHERE d.person_id = person.id UNION "
                 "ALL SELECT MAX(COALESCE(r.signed_off_at, r.recorded_at)) FROM review r WHERE "
                 "r.person_id = person.id UNION ALL SELECT MAX(a.allocated_at) FROM allocation "
                 "a WHERE a.person_id = person.id) la)"),
             QStringLiteral("UPDATE person SET reporting_due_last = reporting_last, "
                            "reporting_due_outcome = (SELECT COALESCE(o.outcome, '') FROM "
                            "reporting_event o WHERE o.person_id = person.id AND o.scheduled = "
                            "person.reporting_last ORDER BY o.id DESC LIMIT 1)")}};
}

// Issue 23: the next diary date on the person row too (Triage::nextDiarySql, written out here as
// it stands today), kept by DiaryStore after every change to a person's diary, so the caseload's
// Next diary column, its "diary due" filter and the band's urgency order read it there.
Migration migration27(SqlDialect)
{
    return {27,
            QStringLiteral("the next diary date on each person"),
            {QStringLiteral("ALTER TABLE person ADD COLUMN diary_next TEXT"),
             QStringLiteral("UPDATE person SET diary_next = (SELECT MIN(nd.due_date) FROM "
                            "diary_entry nd WHERE nd.person_id = person.id AND nd.done_at IS "
                            "NULL)")}};
}

} // namespace

QVector<Migration> Migrations::all(SqlDialect dialect)
{
    return {migration1(dialect),  migration2(dialect),  migration3(dialect),  migration4(dialect),
            migration5(dialect),  migration6(dialect),  migration7(dialect),  migration8(dialect),
            migration9(dialect),  migration10(dialect), migration11(dialect), migration12(dialect),
            migration13(dialect), migration14(dialect), migration15(dialect), migration16(dialect),
            migration17(dialect), migration18(dialect), migration19(dialect), migration20(dialect),
            migration21(dialect), migration22(dialect), migration23(dialect), migration24(dialect),
            migration25(dialect), migration26(dialect), migration27(dialect)};
}

int Migrations::latestVersion()
{
    return 27;
}

Result<int> Migrations::currentVersion(QSqlDatabase db)
{
    if (!db.tables().contains(QStringLiteral("lodestar_meta")))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM lodestar_meta WHERE key = 'schema_version'")))
        return Error{tr("Could not read the schema version"), q.lastError().text()};
    return q.next() ? q.value(0).toInt() : 0;
}

Status Migrations::migrate(QSqlDatabase db, SqlDialect dialect, int target)
{
    const Result<int> current = currentVersion(db);
    if (!current)
        return current.status();
    for (const Migration &m : all(dialect)) {
        if (m.version <= current.value() || m.version > target)
            continue;
        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginStatus();
        QSqlQuery q(db);
        for (const QString &statement : m.statements) {
            if (!q.exec(statement))
                return Status::fail(tr("Could not apply schema migration %1 (%2)")
                                        .arg(m.version)
                                        .arg(m.description),
                                    q.lastError().text());
        }
        q.prepare(m.version == 1 ? QStringLiteral("INSERT INTO lodestar_meta (key, value) "
                                                  "VALUES ('schema_version', ?)")
                                 : QStringLiteral("UPDATE lodestar_meta SET value = ? "
                                                  "WHERE key = 'schema_version'"));
        q.addBindValue(QString::number(m.version));
        if (!q.exec())
            return Status::fail(tr("Could not record schema version %1").arg(m.version),
                                q.lastError().text());
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}
