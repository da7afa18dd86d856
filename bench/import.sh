#!/usr/bin/env bash
# bench/import.sh: Lodestar's CID import timed side by side with the raw floor (issue 17).
#
#   bench/import.sh [--runs N] [--cases N] [--events N] [--keep DIR] > result.md
#
# Builds lodestar and lodestar_extractgen into build/ when they are out of date (2 jobs),
# writes a synthetic extract (tests/benchmark/extractgen.cpp, seed 17; by default 144,821 case
# rows and 862,673 reporting events, the size of a real one) and the same extract a day later
# with 1% of its rows changed, then times each of these N times (default 3):
#   - lodestar import of both files into a new SQLite database, with its peak memory;
#   - the same files again into that database (nothing changed);
#   - the 1%-changed extract into a copy of the once-imported database;
#   - the cases file alone into a new database;
#   - the floor: sqlite3's .import of both files (and of the cases file alone) into bare tables
#     of a new database, the files as they are;
#   - the floor with Lodestar's schema: the same rows put into Lodestar's own tables (keys,
#     unique references, indexes) by sqlite3 .import and INSERT ... SELECT, no rule applied:
#     context for the ratio, showing what the schema costs by itself;
#   - LibreOffice Calc loading the cases file and saving it as .ods (when soffice is installed);
#   - lodestar import into a new PostgreSQL database against psql's \copy of the same files
#     into bare text tables, and against \copy and INSERT ... SELECT into Lodestar's schema:
#     on $LODESTAR_TEST_POSTGRES (postgresql://user@host:port/db, a
#     login that may create databases) when set, else on a throwaway server started as test.sh
#     does (.ci/postgres) when the server is installed.
# It prints (stdout) the median of each, in seconds, and the issue's targets as ratios of
# those medians, each met or not: two aligned Markdown tables to paste into the README, then
# what each import reported. Progress goes to stderr. --cases and --events go to the generator;
# --keep DIR keeps the extracts, databases and import summaries in DIR (else a temporary
# folder, removed at the end). Exits non-zero with a message when a build, the generator, an
# import or a floor command fails.
set -euo pipefail
export LC_ALL=C.UTF-8

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build"
lodestar="$build/app/lodestar"
extractgen="$build/tests/lodestar_extractgen"
seed=17
runs=3
cases=
events=
keep=

die() {
    echo "bench/import.sh: $*" >&2
    exit 1
}
say() { echo "bench: $*" >&2; }

while [ $# -gt 0 ]; do
    case $1 in
    --runs | --cases | --events | --keep)
        [ $# -ge 2 ] || die "$1 needs a value"
        case $1 in
        --runs) runs=$2 ;;
        --cases) cases=$2 ;;
        --events) events=$2 ;;
        --keep) keep=$2 ;;
        esac
        shift 2
        ;;
    -h | --help)
        sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
        exit 0
        ;;
    *) die "unknown option '$1' (see --help)" ;;
    esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs wants a whole number from 1"
[ -z "$cases" ] || [[ $cases =~ ^[0-9]+$ ]] || die "--cases wants a whole number"
[ -z "$events" ] || [[ $events =~ ^[0-9]+$ ]] || die "--events wants a whole number"
command -v sqlite3 >/dev/null || die "sqlite3 (the command-line shell) is needed for the floor"

# --- Build ----------------------------------------------------------------------------------
if [ ! -f "$build/CMakeCache.txt" ]; then
    say "configuring $build"
    cmake -S "$root" -B "$build" -G Ninja >&2 || die "cmake could not configure $build"
fi
say "building lodestar and lodestar_extractgen (if needed)"
cmake --build "$build" --parallel 2 --target lodestar lodestar_extractgen >&2 ||
    die "the build failed"
if [ ! -x "$lodestar" ] || [ ! -x "$extractgen" ]; then
    die "the build made no $lodestar or $extractgen"
fi

# --- Work folder ----------------------------------------------------------------------------
if [ -n "$keep" ]; then
    mkdir -p "$keep" || die "cannot create $keep"
    work=$(cd "$keep" && pwd)
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/lodestar-bench.XXXXXX")
fi
cleanup() {
    if declare -F lodestar_stop_postgres >/dev/null; then
        lodestar_stop_postgres
    fi
    if [ -z "$keep" ]; then
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# The machine may be shared: the report says how busy it was when the benchmark started.
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

# --- Extracts -------------------------------------------------------------------------------
gen_args=(--seed "$seed")
[ -z "$cases" ] || gen_args+=(--cases "$cases")
[ -z "$events" ] || gen_args+=(--events "$events")
say "writing the extract and the 1%-changed one into $work"
"$extractgen" --out "$work/extract" "${gen_args[@]}" >"$work/extract.txt" ||
    die "lodestar_extractgen failed"
"$extractgen" --out "$work/changed" "${gen_args[@]}" --changed-percent 1 >"$work/changed.txt" ||
    die "lodestar_extractgen --changed-percent 1 failed"
cases_csv="$work/extract/cases.csv"
reporting_csv="$work/extract/reporting.csv"
planted_cases=$(sed -n 's/^planted: cases \([0-9]*\) reporting \([0-9]*\)$/\1/p' "$work/extract.txt")
planted_reporting=$(sed -n 's/^planted: cases \([0-9]*\) reporting \([0-9]*\)$/\2/p' "$work/extract.txt")

# --- Timing ---------------------------------------------------------------------------------
have_time=0
[ -x /usr/bin/time ] && have_time=1

# timed OUT COMMAND...: runs COMMAND (stdout to OUT, stderr to OUT.err), sets `elapsed`
# (seconds) and `peak` (MiB, or "-" without /usr/bin/time); returns COMMAND's status.
timed() {
    local out=$1 start status=0
    shift
    start=$EPOCHREALTIME
    if [ "$have_time" -eq 1 ]; then
        /usr/bin/time -f %M -o "$out.mem" "$@" >"$out" 2>"$out.err" || status=$?
    else
        "$@" >"$out" 2>"$out.err" || status=$?
    fi
    elapsed=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }')
    peak=-
    if [ "$have_time" -eq 1 ] && [ -s "$out.mem" ]; then
        peak=$(tail -n 1 "$out.mem" | awk '{ printf "%.0f", $1 / 1024 }')
    fi
    return "$status"
}

# failed WHAT OUT STATUS: stops the benchmark, showing the end of the command's stderr.
failed() {
    echo "bench/import.sh: $1 failed (exit $3):" >&2
    tail -n 20 "$2.err" >&2
    exit 1
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    if (NR % 2) printf "%.3f", v[(NR + 1) / 2]; else printf "%.3f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maximum() { printf '%s\n' "$@" | sort -g | tail -n 1; }

# A row of results: label, median seconds (shown to 0.01 s), highest peak MiB ("-" when not
# measured).
rows=()
add_row() {
    local t=$2
    if [[ $t =~ ^[0-9.]+$ ]]; then t=$(printf '%.2f' "$t"); fi
    rows+=("$1|$t|$3")
}

copy_db() { # copy_db FROM TO: an SQLite database and its -wal/-shm, if any
    rm -f "$2" "$2-wal" "$2-shm"
    cp "$1" "$2"
    local s
    for s in -wal -shm; do
        if [ -f "$1$s" ]; then cp "$1$s" "$2$s"; fi
    done
}

# json_number FILE KEY: a number from lodestar import --json's one-line summary.
json_number() { grep -o "\"$2\":[0-9]*" "$1" | head -n 1 | cut -d: -f2; }

import_args=(import --json)

# Lodestar's imports into SQLite.
times=() peaks=()
for ((r = 1; r <= runs; r++)); do
    db="$work/first-$r.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    status=0
    timed "$work/first-$r.json" "$lodestar" "${import_args[@]}" --database "$db" \
        --cases "$cases_csv" --reporting "$reporting_csv" || status=$?
    [ "$status" -eq 0 ] || failed "lodestar's first import" "$work/first-$r.json" "$status"
    say "first import, run $r of $runs: $elapsed s, $peak MiB"
    times+=("$elapsed") peaks+=("$peak")
    if [ "$r" -eq 1 ]; then
        for s in "" -wal -shm; do
            if [ -f "$db$s" ]; then mv "$db$s" "$work/once.sqlite$s"; fi
        done
    else
        rm -f "$db" "$db-wal" "$db-shm"
    fi
done
t_first=$(median "${times[@]}")
peak_first=$(maximum "${peaks[@]}")
add_row "Lodestar: first import of both files, new SQLite database" "$t_first" "$peak_first"
all_peaks=("${peaks[@]}")

times=() peaks=()
for ((r = 1; r <= runs; r++)); do
    db="$work/again.sqlite"
    copy_db "$work/once.sqlite" "$db"
    status=0
    timed "$work/unchanged-$r.json" "$lodestar" "${import_args[@]}" --database "$db" \
        --cases "$cases_csv" --reporting "$reporting_csv" || status=$?
    [ "$status" -eq 0 ] || failed "lodestar's unchanged re-import" "$work/unchanged-$r.json" "$status"
    say "unchanged re-import, run $r of $runs: $elapsed s, $peak MiB"
    times+=("$elapsed") peaks+=("$peak")
done
rm -f "$work/again.sqlite"*
t_unchanged=$(median "${times[@]}")
add_row "Lodestar: the same files again (nothing changed)" "$t_unchanged" "$(maximum "${peaks[@]}")"
all_peaks+=("${peaks[@]}")

times=() peaks=()
for ((r = 1; r <= runs; r++)); do
    db="$work/changed.sqlite"
    copy_db "$work/once.sqlite" "$db"
    status=0
    timed "$work/changed-$r.json" "$lodestar" "${import_args[@]}" --database "$db" \
        --cases "$work/changed/cases.csv" --reporting "$work/changed/reporting.csv" || status=$?
    [ "$status" -eq 0 ] || failed "lodestar's import of the 1%-changed extract" \
        "$work/changed-$r.json" "$status"
    say "1%-changed import, run $r of $runs: $elapsed s, $peak MiB"
    times+=("$elapsed") peaks+=("$peak")
done
rm -f "$work/changed.sqlite"*
t_changed=$(median "${times[@]}")
add_row "Lodestar: the 1%-changed extract into the imported database" "$t_changed" \
    "$(maximum "${peaks[@]}")"
all_peaks+=("${peaks[@]}")

times=() peaks=()
for ((r = 1; r <= runs; r++)); do
    db="$work/cases-only.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    status=0
    timed "$work/cases-only-$r.json" "$lodestar" "${import_args[@]}" --database "$db" \
        --cases "$cases_csv" || status=$?
    [ "$status" -eq 0 ] || failed "lodestar's import of the cases file alone" \
        "$work/cases-only-$r.json" "$status"
    say "cases file alone, run $r of $runs: $elapsed s, $peak MiB"
    times+=("$elapsed") peaks+=("$peak")
done
rm -f "$work/cases-only.sqlite"*
t_cases=$(median "${times[@]}")
add_row "Lodestar: the cases file alone, new SQLite database" "$t_cases" "$(maximum "${peaks[@]}")"
all_peaks+=("${peaks[@]}")

# The floor: sqlite3 makes a table of text columns from each header and inserts the rows.
# It warns about the planted rows with too few or too many fields and loads them anyway.
sqlite_import() { # sqlite_import OUT DB FILE TABLE [FILE TABLE]: timed, into a new database
    local out=$1 db=$2 commands=(-bail "$2" ".mode csv")
    shift 2
    while [ $# -gt 0 ]; do
        commands+=(".import \"$1\" $2")
        shift 2
    done
    rm -f "$db"
    timed "$out" sqlite3 "${commands[@]}"
}
times=() peaks=()
for ((r = 1; r <= runs; r++)); do
    db="$work/floor.db"
    status=0
    sqlite_import "$work/floor-$r.out" "$db" "$cases_csv" cases "$reporting_csv" reporting ||
        status=$?
    [ "$status" -eq 0 ] || failed "sqlite3 .import of both files" "$work/floor-$r.out" "$status"
    loaded=$(sqlite3 "$db" "SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM reporting)")
    say "sqlite3 .import of both files, run $r of $runs: $elapsed s ($loaded rows)"
    times+=("$elapsed") peaks+=("$peak")
done
rm -f "$work/floor.db"
t_floor=$(median "${times[@]}")
add_row "Floor: sqlite3 .import of both files, new database" "$t_floor" "$(maximum "${peaks[@]}")"

times=() peaks=()
for ((r = 1; r <= runs; r++)); do
    db="$work/floor-cases.db"
    status=0
    sqlite_import "$work/floor-cases-$r.out" "$db" "$cases_csv" cases || status=$?
    [ "$status" -eq 0 ] || failed "sqlite3 .import of the cases file" "$work/floor-cases-$r.out" \
        "$status"
    say "sqlite3 .import of the cases file, run $r of $runs: $elapsed s"
    times+=("$elapsed") peaks+=("$peak")
done
rm -f "$work/floor-cases.db"
t_floor_cases=$(median "${times[@]}")
add_row "Floor: sqlite3 .import of the cases file alone" "$t_floor_cases" \
    "$(maximum "${peaks[@]}")"

create_table() { # create_table NAME FILE: text columns named as the file's header
    local header columns=() names=() name
    header=$(head -n 1 "$2" | sed 's/^\xEF\xBB\xBF//; s/\r$//')
    IFS=, read -r -a names <<<"$header"
    for name in "${names[@]}"; do
        name=$(echo "$name" | tr '[:upper:]' '[:lower:]' | sed 's/^ *//; s/ *$//; s/"/""/g')
        columns+=("\"$name\" text")
    done
    local IFS=,
    echo "CREATE TABLE $1 (${columns[*]});"
}

# The floor with Lodestar's schema: the same rows written by SQL alone into Lodestar's own
# tables (its keys, unique references and indexes, in WAL mode like Lodestar), with none of
# the import's rules, rejects, fingerprints or recompute. What is left between this and the
# bare floor is the schema's own cost; what is left between Lodestar and this is Lodestar's.
head -n 1 "$cases_csv" >"$work/cases-header.csv"
head -n 1 "$reporting_csv" >"$work/reporting-header.csv"
rm -f "$work/schema.sqlite"*
"$lodestar" import --json --database "$work/schema.sqlite" \
    --cases "$work/cases-header.csv" --reporting "$work/reporting-header.csv" \
    >"$work/schema.json" 2>&1 || die "could not make an empty Lodestar database"
load_sql() { # the rows of temp tables cases and reporting into Lodestar's tables, by SQL
    cat <<'SQL'
INSERT INTO person (person_ref, family_name, given_names, date_of_birth, nationality, gender,
    address_status, custody, family_key, given_key, search_key, created_at, updated_at)
  SELECT person_ref, COALESCE(MAX(family_name), ''), MAX(given_names), MAX(date_of_birth),
    MAX(nationality), MAX(gender), MAX(address_status), COALESCE(MAX(custody), ''),
    LOWER(COALESCE(MAX(family_name), '')), LOWER(COALESCE(MAX(given_names), '')),
    LOWER(COALESCE(MAX(family_name), '') || ' ' || person_ref), 'now', 'now'
  FROM cases WHERE person_ref <> '' GROUP BY person_ref;
INSERT INTO cid_case (case_ref, person_id, case_type, case_status, owning_unit,
    case_owner, mappa_level, harm, sentence_months, offence, sentence_end, custody,
    deportation_decision, reporting_centre, reporting_frequency, reporting_window, flags,
    first_seen, last_seen)
  SELECT c.case_ref, p.id, COALESCE(c.case_type, ''), COALESCE(NULLIF(c.case_status, ''), 'OPEN'),
    c.owning_unit, c.case_owner, c.mappa_level, c.harm,
    CASE WHEN c.sentence_months <> '' AND LTRIM(c.sentence_months, '0123456789') = ''
      AND LENGTH(c.sentence_months) < 9 THEN CAST(c.sentence_months AS INTEGER) END, c.offence,
    c.sentence_end, c.custody, c.deportation_decision, c.reporting_centre,
    c.reporting_frequency, c.reporting_window, c.flags, 'now', 'now'
  FROM cases c JOIN person p ON p.person_ref = c.person_ref WHERE c.case_ref <> ''
  ON CONFLICT (case_ref) DO NOTHING;
INSERT INTO reporting_event (event_ref, person_id, scheduled, centre, outcome, source)
  SELECT r.event_ref, p.id, COALESCE(r.scheduled, ''), r.centre, r.outcome, 'CID'
  FROM reporting r JOIN person p ON p.person_ref = r.person_ref WHERE r.event_ref <> ''
  ON CONFLICT (event_ref) DO NOTHING;
SQL
}
schema_sql() {
    # Lodestar's own settings for an import (Database, ImportStore).
    echo "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"
    echo "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;"
    create_table temp.cases "$cases_csv"
    create_table temp.reporting "$reporting_csv"
    echo ".import --csv --skip 1 '$cases_csv' cases"
    echo ".import --csv --skip 1 '$reporting_csv' reporting"
    echo 'BEGIN;'
    load_sql
    echo 'COMMIT;'
}
times=() peaks=()
for ((r = 1; r <= runs; r++)); do
    db="$work/schema-floor.sqlite"
    copy_db "$work/schema.sqlite" "$db"
    schema_sql >"$work/schema-floor.sql"
    status=0
    timed "$work/schema-floor-$r.out" sqlite3 -bail "$db" ".read '$work/schema-floor.sql'" ||
        status=$?
    [ "$status" -eq 0 ] || failed "the SQL load into Lodestar's schema" \
        "$work/schema-floor-$r.out" "$status"
    loaded=$(sqlite3 "$db" "SELECT (SELECT count(*) FROM cid_case) + (SELECT count(*) FROM reporting_event)")
    say "SQL load into Lodestar's schema, run $r of $runs: $elapsed s ($loaded rows)"
    times+=("$elapsed") peaks+=("$peak")
done
rm -f "$work/schema-floor.sqlite"* "$work/schema.sqlite"*
t_schema_floor=$(median "${times[@]}")
add_row "Floor with Lodestar's schema: sqlite3 .import, then INSERT ... SELECT into its tables" \
    "$t_schema_floor" "$(maximum "${peaks[@]}")"

# LibreOffice Calc: load the cases file (comma, double quote, UTF-8) and save it as .ods.
soffice=$(command -v soffice || command -v libreoffice || true)
t_calc=
calc_note=
if [ -n "$soffice" ]; then
    times=() peaks=()
    for ((r = 1; r <= runs; r++)); do
        dir="$work/calc-$r"
        rm -rf "$dir"
        mkdir -p "$dir"
        status=0
        timed "$dir/out" "$soffice" --headless --norestore "-env:UserInstallation=file://$dir/profile" \
            --infilter=CSV:44,34,76,1 --convert-to ods --outdir "$dir" "$cases_csv" || status=$?
        if [ "$status" -ne 0 ] || [ ! -s "$dir/cases.ods" ]; then
            failed "LibreOffice's conversion of the cases file" "$dir/out" "$status"
        fi
        say "LibreOffice Calc, run $r of $runs: $elapsed s"
        times+=("$elapsed") peaks+=("$peak")
        rm -rf "$dir"
    done
    t_calc=$(median "${times[@]}")
    add_row "LibreOffice Calc: load the cases file, save it as .ods" "$t_calc" \
        "$(maximum "${peaks[@]}")"
else
    calc_note="soffice (LibreOffice) is not installed"
    add_row "LibreOffice Calc: load the cases file, save it as .ods" skipped -
fi

# PostgreSQL.
pg_note=
pg_url=${LODESTAR_TEST_POSTGRES:-}
if [ -z "$pg_url" ]; then
    if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
        # shellcheck disable=SC1091 # test.sh's helpers, checked with it
        source "$root/.ci/postgres"
        say "starting a throwaway PostgreSQL server (.ci/postgres)"
        if lodestar_start_postgres >&2; then
            pg_url=$LODESTAR_TEST_POSTGRES
        else
            pg_note="the throwaway PostgreSQL server did not start"
        fi
        trap cleanup EXIT # lodestar_start_postgres set its own
    else
        pg_note="no PostgreSQL server (set LODESTAR_TEST_POSTGRES, or install postgresql)"
    fi
fi
t_pg=
t_copy=
pg_version=
if [ -n "$pg_url" ]; then
    [[ $pg_url =~ ^postgres(ql)?://(([^:@/]+)(:[^@/]*)?@)?([^:/]+)(:([0-9]+))?(/.*)?$ ]] ||
        die "cannot read the PostgreSQL URL '$pg_url'"
    pg_user=${BASH_REMATCH[3]:-$(id -un)}
    pg_host=${BASH_REMATCH[5]}
    pg_port=${BASH_REMATCH[7]:-5432}
    pg=(-h "$pg_host" -p "$pg_port" -U "$pg_user")
    for tool in createdb dropdb psql; do
        command -v "$tool" >/dev/null || die "$tool (postgresql-client) is needed for PostgreSQL"
    done
    pg_version=$(psql "${pg[@]}" -d postgres -XAtc 'SHOW server_version' 2>/dev/null) ||
        die "cannot reach PostgreSQL at $pg_url"
    pg_db="lodestar_bench_$$"

    times=() peaks=()
    for ((r = 1; r <= runs; r++)); do
        createdb "${pg[@]}" "$pg_db" || die "createdb $pg_db failed on $pg_url"
        status=0
        # On a team database Lodestar acts as the login: no --user.
        timed "$work/postgres-$r.json" "$lodestar" import --json \
            --database "postgresql://$pg_user@$pg_host:$pg_port/$pg_db" \
            --cases "$cases_csv" --reporting "$reporting_csv" || status=$?
        dropdb "${pg[@]}" --if-exists --force "$pg_db"
        [ "$status" -eq 0 ] || failed "lodestar's import into PostgreSQL" "$work/postgres-$r.json" \
            "$status"
        say "PostgreSQL import, run $r of $runs: $elapsed s, $peak MiB"
        times+=("$elapsed") peaks+=("$peak")
    done
    t_pg=$(median "${times[@]}")
    add_row "Lodestar: first import of both files, new PostgreSQL database" "$t_pg" \
        "$(maximum "${peaks[@]}")"
    all_peaks+=("${peaks[@]}")

    # COPY refuses a whole file for one row with a wrong number of fields: the floor loads the
    # same extract less those planted rows (--rectangular), a few dozen of a million.
    "$extractgen" --out "$work/rectangular" "${gen_args[@]}" --rectangular >/dev/null ||
        die "lodestar_extractgen --rectangular failed"
    sql_path() { printf "'%s'" "${1//\'/\'\'}"; }
    times=() peaks=()
    for ((r = 1; r <= runs; r++)); do
        createdb "${pg[@]}" "$pg_db" || die "createdb $pg_db failed on $pg_url"
        {
            create_table cases "$work/rectangular/cases.csv"
            create_table reporting "$work/rectangular/reporting.csv"
        } | psql "${pg[@]}" -d "$pg_db" -X -q -v ON_ERROR_STOP=1 >/dev/null ||
            die "could not create the bare tables on PostgreSQL"
        status=0
        timed "$work/copy-$r.out" psql "${pg[@]}" -d "$pg_db" -X -q -v ON_ERROR_STOP=1 \
            -c "\\copy cases FROM $(sql_path "$work/rectangular/cases.csv") WITH (FORMAT csv, HEADER true)" \
            -c "\\copy reporting FROM $(sql_path "$work/rectangular/reporting.csv") WITH (FORMAT csv, HEADER true)" ||
            status=$?
        loaded=$(psql "${pg[@]}" -d "$pg_db" -XAtc \
            "SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM reporting)" 2>/dev/null || true)
        dropdb "${pg[@]}" --if-exists --force "$pg_db"
        [ "$status" -eq 0 ] || failed "psql \\copy of both files" "$work/copy-$r.out" "$status"
        say "psql \\copy of both files, run $r of $runs: $elapsed s ($loaded rows)"
        times+=("$elapsed")
    done
    t_copy=$(median "${times[@]}")
    add_row "Floor: psql \\copy of both files into bare tables, new database" "$t_copy" "-"

    # The floor with Lodestar's schema on PostgreSQL: \copy into temporary tables, then the
    # same INSERT ... SELECT into Lodestar's tables (its keys, indexes and guard triggers).
    times=() peaks=()
    for ((r = 1; r <= runs; r++)); do
        createdb "${pg[@]}" "$pg_db" || die "createdb $pg_db failed on $pg_url"
        "$lodestar" import --json --database "postgresql://$pg_user@$pg_host:$pg_port/$pg_db" \
            --cases "$work/cases-header.csv" --reporting "$work/reporting-header.csv" \
            >"$work/pg-schema.json" 2>&1 || die "could not make an empty Lodestar database on PostgreSQL"
        {
            echo "BEGIN;"
            create_table pg_temp.cases "$work/rectangular/cases.csv"
            create_table pg_temp.reporting "$work/rectangular/reporting.csv"
            echo "\\copy pg_temp.cases FROM $(sql_path "$work/rectangular/cases.csv") WITH (FORMAT csv, HEADER true)"
            echo "\\copy pg_temp.reporting FROM $(sql_path "$work/rectangular/reporting.csv") WITH (FORMAT csv, HEADER true)"
            load_sql
            echo "COMMIT;"
        } >"$work/pg-schema-floor.sql"
        status=0
        timed "$work/pg-schema-floor-$r.out" psql "${pg[@]}" -d "$pg_db" -X -q -v ON_ERROR_STOP=1 \
            -f "$work/pg-schema-floor.sql" || status=$?
        loaded=$(psql "${pg[@]}" -d "$pg_db" -XAtc \
            "SELECT (SELECT count(*) FROM cid_case) + (SELECT count(*) FROM reporting_event)" 2>/dev/null || true)
        dropdb "${pg[@]}" --if-exists --force "$pg_db"
        [ "$status" -eq 0 ] || failed "the SQL load into Lodestar's schema on PostgreSQL" \
            "$work/pg-schema-floor-$r.out" "$status"
        say "SQL load into Lodestar's schema on PostgreSQL, run $r of $runs: $elapsed s ($loaded rows)"
        times+=("$elapsed")
    done
    t_pg_schema_floor=$(median "${times[@]}")
    add_row "Floor with Lodestar's schema: psql \\copy, then INSERT ... SELECT into its tables" \
        "$t_pg_schema_floor" "-"
else
    add_row "Lodestar: first import of both files, new PostgreSQL database" skipped -
    add_row "Floor: psql \\copy of both files into bare tables, new database" skipped -
    add_row "Floor with Lodestar's schema: psql \\copy, then INSERT ... SELECT into its tables" \
        skipped -
fi

# --- Report ---------------------------------------------------------------------------------
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if ! git -C "$root" diff --quiet HEAD 2>/dev/null; then commit="$commit (with uncommitted changes)"; fi
extract_line() { # the generator's description of a file: rows and size
    sed -n "s|^.*/$1: \([0-9,]*\) rows (\([0-9.]*\) MB).*|\1 rows, \2 MB|p" "$2"
}
echo "Lodestar CID import benchmark: commit $commit, $(date +%Y-%m-%d), $(nproc) cores," \
    "sqlite3 $(sqlite3 --version | cut -d' ' -f1)${pg_version:+, PostgreSQL $pg_version}"
echo "Extract (lodestar_extractgen --seed $seed): cases.csv $(extract_line cases.csv "$work/extract.txt")," \
    "reporting.csv $(extract_line reporting.csv "$work/extract.txt"); the day after: 1% changed."
echo "Median of $runs run(s), in seconds; peak memory (maximum resident set) in MiB." \
    "Load average when it started: $load."
echo

table() { # table WIDTH1 WIDTH2 WIDTH3 [WIDTH4]: rows from stdin, |-separated
    awk -F'|' -v w1="$1" -v w2="$2" -v w3="$3" -v w4="${4:-0}" '
        function pad(s, w, right) { while (length(s) < w) s = right ? " " s : s " "; return s }
        {
            line = "| " pad($1, w1, 0) " | " pad($2, w2, 1) " | " pad($3, w3, 1) " |"
            if (w4) line = line " " pad($4, w4, 0) " |"
            print line
            if (NR == 1) {
                sep = "|" pad("", w1 + 2, 0) "|" pad("", w2 + 1, 0) ":|" pad("", w3 + 1, 0) ":|"
                gsub(/ /, "-", sep)
                if (w4) { s4 = pad("", w4 + 2, 0); gsub(/ /, "-", s4); sep = sep s4 "|" }
                print sep
            }
        }'
}
width=0
for row in "${rows[@]}"; do
    label=${row%%|*}
    [ ${#label} -le "$width" ] || width=${#label}
done
{
    echo "measurement|median s|peak MiB"
    printf '%s\n' "${rows[@]}"
} | table "$width" 8 8
echo

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'; }
verdict() { # verdict VALUE OP LIMIT
    if awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { exit !((op == "<=") ? v <= l : (op == "<") ? v < l : v >= l) }'; then
        echo met
    else
        echo "not met"
    fi
}
targets=()
target() { # target LABEL VALUE OP LIMIT
    if [ "$2" = - ]; then
        targets+=("$1|-|$3 $4|n/a")
    else
        targets+=("$1|$2|$3 $4|$(verdict "$2" "$3" "$4")")
    fi
}
target "first import / sqlite3 .import (both files)" "$(ratio "$t_first" "$t_floor")" "<=" 3
# Context, not a target of the issue: how far Lodestar is from SQL alone on its own schema.
targets+=("first import / the floor with Lodestar's schema (context)|$(ratio "$t_first" "$t_schema_floor")|-|-")
target "unchanged re-import / sqlite3 .import" "$(ratio "$t_unchanged" "$t_floor")" "<=" 1.5
target "1%-changed import / sqlite3 .import" "$(ratio "$t_changed" "$t_floor")" "<=" 2
if [ -n "$t_calc" ]; then
    target "LibreOffice Calc / Lodestar, cases file alone (times faster)" \
        "$(ratio "$t_calc" "$t_cases")" ">=" 3
else
    targets+=("LibreOffice Calc / Lodestar, cases file alone (times faster)|-|>= 3|skipped")
fi
if [ -n "$t_pg" ]; then
    target "PostgreSQL: Lodestar import / psql \\copy" "$(ratio "$t_pg" "$t_copy")" "<=" 5
    targets+=("PostgreSQL: Lodestar import / the floor with its schema (context)|$(ratio "$t_pg" "$t_pg_schema_floor")|-|-")
else
    targets+=("PostgreSQL: Lodestar import / psql \\copy|-|<= 5|skipped")
fi
if [ "$have_time" -eq 1 ]; then
    target "peak memory of any Lodestar import, MiB" "$(maximum "${all_peaks[@]}")" "<" 200
else
    targets+=("peak memory of any Lodestar import, MiB|-|< 200|skipped")
fi
width=0
for row in "${targets[@]}"; do
    label=${row%%|*}
    [ ${#label} -le "$width" ] || width=${#label}
done
{
    echo "target (issue 17)|measured|goal|result"
    printf '%s\n' "${targets[@]}"
} | table "$width" 8 6 7
echo
if [ -n "$calc_note" ]; then echo "LibreOffice Calc skipped: $calc_note."; fi
if [ -n "$pg_note" ]; then echo "PostgreSQL skipped: $pg_note."; fi
if [ "$have_time" -eq 0 ]; then echo "Peak memory not measured: /usr/bin/time (GNU time) is not installed."; fi
if [ -n "$t_pg" ]; then
    echo "psql \\copy loads the extract less its rows with a wrong number of fields, which COPY refuses" \
        "(lodestar_extractgen --rectangular)."
fi

# What the imports reported (their last run): rejects against those planted, and the counts.
summary() { # summary FILE: one line of lodestar import --json's counts
    local f=$1
    echo "rejected $(json_number "$f" cases_rejected) case rows and" \
        "$(json_number "$f" reporting_rejected) events; people added $(json_number "$f" persons_added)," \
        "updated $(json_number "$f" persons_updated); cases added $(json_number "$f" cases_added)," \
        "updated $(json_number "$f" cases_updated), newly missing $(json_number "$f" cases_newly_missing);" \
        "events added $(json_number "$f" events_added), updated $(json_number "$f" events_updated)"
}
echo "Planted rejects: $planted_cases case rows, $planted_reporting events."
echo "- first import: $(summary "$work/first-$runs.json")"
echo "- unchanged re-import: $(summary "$work/unchanged-$runs.json")"
echo "- 1%-changed import: $(summary "$work/changed-$runs.json")"
echo "  ($(sed -n 's/^changed 1%: //p' "$work/changed.txt"))"
echo "- cases file alone: $(summary "$work/cases-only-$runs.json")"
if [ -n "$t_pg" ]; then
    echo "- PostgreSQL import: $(summary "$work/postgres-$runs.json")"
fi
rejected_cases=$(json_number "$work/first-$runs.json" cases_rejected)
rejected_reporting=$(json_number "$work/first-$runs.json" reporting_rejected)
if [ "$rejected_cases" != "$planted_cases" ] || [ "$rejected_reporting" != "$planted_reporting" ]; then
    echo "Note: the first import rejected $rejected_cases case rows and $rejected_reporting events," \
        "not the $planted_cases and $planted_reporting planted."
fi
