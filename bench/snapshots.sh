#!/usr/bin/env bash
# Published figures at scale (issue 22), against the floor of the machine they run on.
#
#   bench/snapshots.sh [DATABASE]
#
# DATABASE (default build/bench-100k.sqlite) is a demo caseload of 100,000 people; when it does
# not exist it is built first with `lodestar demo --persons 100000` (under a minute). The runs
# publish into a copy of it, so the file itself is left as it was. Then, each RUNS times, in
# turn:
#   - `lodestar figures --json`, the whole command: computing every figure, what a
#     publication adds to;
#   - `lodestar figures --publish --json`, the whole command: the figures, every person's
#     membership and facts, written in one transaction, audited;
#   - `lodestar compare --figure F --from 1 --to now --json` for the stock (non_detained), a
#     band (by_band/3), the reporting population (reporting) and a team leader's list
#     (unallocated): a published snapshot read back against the figures now;
#   - `lodestar compare --figure non_detained --from 1 --to N`: two published snapshots (1, the
#     one published before the runs, and the run's own);
#   - the floor: `sqlite3` reading a published snapshot's rows (SELECT of every column of
#     figure_snapshot_person for one snapshot, joined to person for the reference), and
#     counting the people (SELECT COUNT(*) FROM person).
# It prints the median of each, the ratio to the floor, and the size of one snapshot in the
# file (SQLite's dbstat: the pages of figure_snapshot and figure_snapshot_person, divided by
# the snapshots). Nothing is timed inside a unit test.
#
# Environment: BUILD (default build) is the build directory; RUNS (default 5) the runs of each.
# Needs sqlite3 (apt-get install sqlite3). Timings depend on the machine and on what else runs
# on it: run it on a quiet machine.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
[[ $build = /* ]] || build=$root/$build
db=${1:-$build/bench-100k.sqlite}
runs=${RUNS:-5}
lodestar=$build/app/lodestar

if [[ ! -x $lodestar ]]; then
    echo "snapshots.sh: $lodestar not found: build Lodestar first (cmake --build $build)" >&2
    exit 1
fi
if ! command -v sqlite3 >/dev/null; then
    echo "snapshots.sh: sqlite3 not found (apt-get install sqlite3)" >&2
    exit 1
fi
if [[ ! -f $db ]]; then
    echo "Building $db (100,000 people; under a minute)"
    "$lodestar" demo --database "$db" --persons 100000 >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy=$work/snapshots.sqlite
# Opened once, so that its schema is current (an older file is migrated), then copied whole.
"$lodestar" figures --json --database "$db" >/dev/null
sqlite3 "$db" ".backup '$copy'"
chmod 600 "$copy"

# Milliseconds since the epoch.
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# The wall-clock milliseconds of a command, its output discarded; stops the script when it fails.
time_ms() {
    local start end
    start=$(now_ms)
    if ! "$@" >/dev/null 2>"$work/err"; then
        echo "snapshots.sh: $* failed: $(cat "$work/err")" >&2
        exit 1
    fi
    end=$(now_ms)
    echo $((end - start))
}

# The median of numbers on stdin (the lower middle one of an even count).
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }'; }

people=$(sqlite3 "$copy" 'SELECT COUNT(*) FROM person')
echo "Database: $db ($people people, $(($(stat -c %s "$db") / 1048576)) MiB); median of $runs runs; commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown), $(date +%F), $(nproc) cores"

user=cbennett # the demo's manager: publishing is a team leader's or a manager's
# Snapshot 1, the one every comparison starts from; run i publishes snapshot i + 1.
"$lodestar" figures --publish --database "$copy" --user "$user" --label baseline >/dev/null
figures=() publish=() cmp_stock=() cmp_band=() cmp_reporting=() cmp_unallocated=() cmp_two=()
floor_read=() floor_count=()
for ((i = 0; i < runs; ++i)); do
    figures+=("$(time_ms "$lodestar" figures --json --database "$copy")")
    publish+=("$(time_ms "$lodestar" figures --publish --json --database "$copy" --user "$user" \
        --label "bench run $((i + 1))")")
    for pair in stock:non_detained band:by_band/3 reporting:reporting unallocated:unallocated; do
        name=${pair%%:*} figure=${pair#*:}
        ms=$(time_ms "$lodestar" compare --json --database "$copy" --figure "$figure" --from 1 \
            --to now)
        eval "cmp_$name+=(\"\$ms\")"
    done
    cmp_two+=("$(time_ms "$lodestar" compare --json --database "$copy" --figure non_detained \
        --from 1 --to $((i + 2)))")
    floor_read+=("$(time_ms sqlite3 "$copy" "SELECT s.*, p.person_ref FROM figure_snapshot_person s JOIN person p ON p.id = s.person_id WHERE s.snapshot_id = 1")")
    floor_count+=("$(time_ms sqlite3 "$copy" 'SELECT COUNT(*) FROM person')")
done

m_read=$(printf '%s\n' "${floor_read[@]}" | median)
m_figures=$(printf '%s\n' "${figures[@]}" | median)
line() { # line LABEL RUNS... : the median, its ratios to the floor read and to figures --json
    local label=$1 m
    shift
    m=$(printf '%s\n' "$@" | median)
    printf '%-62s %6d ms  %6sx read  %5sx figures  (runs: %s)\n' "$label" "$m" \
        "$(ratio "$m" "$m_read")" "$(ratio "$m" "$m_figures")" "$*"
}
line "lodestar figures --json" "${figures[@]}"
line "lodestar figures --publish --json" "${publish[@]}"
line "lodestar compare --figure non_detained --from 1 --to now" "${cmp_stock[@]}"
line "lodestar compare --figure by_band/3 --from 1 --to now" "${cmp_band[@]}"
line "lodestar compare --figure reporting --from 1 --to now" "${cmp_reporting[@]}"
line "lodestar compare --figure unallocated --from 1 --to now" "${cmp_unallocated[@]}"
line "lodestar compare --figure non_detained --from 1 --to a later one" "${cmp_two[@]}"
line "floor: sqlite3 reads one snapshot's rows" "${floor_read[@]}"
line "floor: sqlite3 SELECT COUNT(*) FROM person" "${floor_count[@]}"
snapshots=$(sqlite3 "$copy" 'SELECT COUNT(*) FROM figure_snapshot')
bytes=$(sqlite3 "$copy" "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'figure_snapshot%'")
echo "one snapshot in the file: $(awk -v b="$bytes" -v n="$snapshots" 'BEGIN { printf "%.2f", b / n / 1048576 }') MiB ($snapshots snapshots, $bytes bytes of pages, $people people)"
