#!/usr/bin/env bash
# The figures at scale, against the floor of the machine they run on.
#
#   bench/figures.sh [DATABASE]
#
# DATABASE (default build/bench-q10m.sqlite) is a demo caseload of 100,000 people topped up to
# 10 million reporting events; when it does not exist it is built first with
#   build/tests/lodestar_bench --persons 100000 --queue-events 10000000 --database DATABASE
# (several minutes, 1.7 GiB). Then, each five times, in turn:
#   - `lodestar figures --json --as-of AS_OF` on it, the whole command (start, open, compute,
#     print), wall clock;
#   - the dashboard's charts computed (11 charts, the 12 months to AS_OF, every team and unit):
#     lodestar_bench's "dashboard: every chart (first)" line, the first computation in a fresh
#     process;
#   - the floor: `sqlite3 DATABASE 'SELECT COUNT(*) FROM reporting_event'` and the same of
#     person, wall clock: what reading the file at all costs on this machine today.
# It prints the median of each and the ratio of the figures to each floor. Nothing is timed
# inside a unit test.
#
# Environment: BUILD (default build) is the build directory; AS_OF (default 2026-11-23, the
# demo's own as-of date, so that every run counts the same people) the figures' date; RUNS
# (default 5) the runs of each. Needs sqlite3 (apt-get install sqlite3). Timings depend on the
# machine and on what else runs on it: run it on a quiet machine, after one warm-up run.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
[[ $build = /* ]] || build=$root/$build
db=${1:-$build/bench-q10m.sqlite}
as_of=${AS_OF:-2026-11-23}
runs=${RUNS:-5}
lodestar=$build/app/lodestar
bench=$build/tests/lodestar_bench

for tool in "$lodestar" "$bench"; do
    if [[ ! -x $tool ]]; then
        echo "figures.sh: $tool not found: build Lodestar first (cmake --build $build)" >&2
        exit 1
    fi
done
if ! command -v sqlite3 >/dev/null; then
    echo "figures.sh: sqlite3 not found (apt-get install sqlite3)" >&2
    exit 1
fi

if [[ ! -f $db ]]; then
    echo "Building $db (100,000 people, 10 million reporting events; takes minutes)"
    QT_QPA_PLATFORM=offscreen "$bench" --persons 100000 --queue-events 10000000 \
        --database "$db" >/dev/null 2>&1
fi

# Milliseconds since the epoch.
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# The wall-clock milliseconds of a command, its output discarded.
time_ms() {
    local start end
    start=$(now_ms)
    "$@" >/dev/null
    end=$(now_ms)
    echo $((end - start))
}

# The median of numbers on stdin (the lower middle one of an even count).
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Opened once before timing, so that its schema is current (an older file is migrated) and the
# first run pays no more than the others.
"$lodestar" figures --json --database "$db" --as-of "$as_of" >/dev/null

events=$(sqlite3 "$db" 'SELECT COUNT(*) FROM reporting_event')
people=$(sqlite3 "$db" 'SELECT COUNT(*) FROM person')
echo "Database: $db ($people people, $events reporting events, $(($(stat -c %s "$db") / 1048576)) MiB); as of $as_of; median of $runs runs"

figures=() charts=() floor_events=() floor_people=()
for ((i = 0; i < runs; ++i)); do
    figures+=("$(time_ms "$lodestar" figures --json --database "$db" --as-of "$as_of")")
    charts+=("$(QT_QPA_PLATFORM=offscreen "$bench" --persons 100000 --queue-events 10000000 \
        --database "$db" 2>/dev/null |
        awk '/dashboard: every chart \(first\)/ { printf "%.0f", $(NF - 1) }')")
    floor_events+=("$(time_ms sqlite3 "$db" 'SELECT COUNT(*) FROM reporting_event')")
    floor_people+=("$(time_ms sqlite3 "$db" 'SELECT COUNT(*) FROM person')")
done

m_figures=$(printf '%s\n' "${figures[@]}" | median)
m_charts=$(printf '%s\n' "${charts[@]}" | median)
m_events=$(printf '%s\n' "${floor_events[@]}" | median)
m_people=$(printf '%s\n' "${floor_people[@]}" | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }'; }

printf '%-58s %6d ms  (runs: %s)\n' "lodestar figures --json" "$m_figures" "${figures[*]}"
printf '%-58s %6d ms  (runs: %s)\n' "dashboard: every chart computed" "$m_charts" "${charts[*]}"
printf '%-58s %6d ms  (runs: %s)\n' "floor: sqlite3 SELECT COUNT(*) FROM reporting_event" \
    "$m_events" "${floor_events[*]}"
printf '%-58s %6d ms  (runs: %s)\n' "floor: sqlite3 SELECT COUNT(*) FROM person" "$m_people" \
    "${floor_people[*]}"
echo "figures / floor: $(ratio "$m_figures" "$m_events")x the count of reporting_event," \
    "$(ratio "$m_figures" "$m_people")x the count of person"
