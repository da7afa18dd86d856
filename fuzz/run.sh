#!/usr/bin/env bash
# Builds the libFuzzer targets into build-fuzz/ (clang, with AddressSanitizer and
# UndefinedBehaviorSanitizer) and runs each in turn for a while, starting from a copy of its seed
# corpus (fuzz/corpus/<target>/; what the run finds is not kept). A crash, a sanitizer report,
# an input that takes longer than the target's timeout or memory past the limit fails the run;
# the input that did it is left in build-fuzz/findings/.
#   fuzz/run.sh [--seconds N] [target...]    (default: 60 seconds, every target in the table)
set -euo pipefail
cd "$(dirname "$0")/.."

# One line per target (fuzz/fuzz_<target>.cpp, seeds in fuzz/corpus/<target>/, dictionary
# fuzz/<target>.dict if any): the longest input tried (bytes), the longest one input may take
# (seconds) before it counts as a hang, and libFuzzer options of its own. The importer reads a
# few dozen rows at most: enough for every rule to meet every other, and each run stays short.
# Its database keeps what every input imported, so libFuzzer's check for a leak after each input
# would find more allocated than freed every time and rerun it (half the runs lost): its leaks
# are looked for when the run ends instead.
TARGETS="
csvreader    16384  10
cidimporter  8192   10  -detect_leaks=0
xlsxreader   65536  20
"
# Peak memory of the whole process: Qt, the sanitizers' own (a smaller quarantine, below) and
# the inputs held by the fuzzer stay well under it; an input that makes the code under test hold
# a lot fails. One allocation past it fails at once (libFuzzer's -malloc_limit_mb default).
RSS_LIMIT_MB=512

seconds=60
chosen=()
while [ $# -gt 0 ]; do
    case "$1" in
    --seconds)
        seconds="$2"
        shift 2
        ;;
    -*)
        echo "usage: fuzz/run.sh [--seconds N] [target...]" >&2
        exit 2
        ;;
    *)
        chosen+=("$1")
        shift
        ;;
    esac
done
if [ ${#chosen[@]} -eq 0 ]; then
    read -r -a chosen <<<"$(echo "$TARGETS" | awk 'NF { printf "%s ", $1 }')"
fi
for t in "${chosen[@]}"; do
    if ! echo "$TARGETS" | awk '{ print $1 }' | grep -qx "$t"; then
        echo "unknown fuzz target: $t (known: $(echo "$TARGETS" | awk 'NF { printf "%s ", $1 }'))" >&2
        exit 2
    fi
done

source .ci/setup
lodestar_ensure_packages clang-14 libclang-rt-14-dev
started=$SECONDS
# Debug at -O1, as .ci/sanitize: Q_ASSERT (Qt's index checks among them) is live.
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
    -DCMAKE_CXX_COMPILER=clang++-14 -DLODESTAR_FUZZ=ON
cmake --build build-fuzz --parallel "$(nproc)" --target "${chosen[@]/#/fuzz_}"
echo "Fuzz build took $((SECONDS - started)) s"

mkdir -p build-fuzz/findings build-fuzz/logs
work=$(mktemp -d /tmp/lodestar-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
# Leaks are findings too (libFuzzer checks after an input that allocated more than it freed,
# and LeakSanitizer when the run ends).
# The quarantine of freed memory that catches a use after free is cut from 256 MiB to 64 so
# that the memory limit measures the code, not the sanitizer.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:quarantine_size_mb=64"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

failed=()
passed=0
for t in "${chosen[@]}"; do
    read -r _ max_len timeout own <<<"$(echo "$TARGETS" | awk -v t="$t" '$1 == t')"
    rm -rf "$work/corpus"
    mkdir -p "$work/corpus"
    cp -r "fuzz/corpus/$t/." "$work/corpus/" 2>/dev/null || true
    dict=()
    [ -f "fuzz/$t.dict" ] && dict=("-dict=fuzz/$t.dict")
    log=build-fuzz/logs/$t.log
    echo "== fuzz_$t: $seconds s, inputs up to $max_len bytes, $timeout s each, $RSS_LIMIT_MB MB"
    status=0
    # Slow inputs (a field past the 1 MiB limit takes tens of milliseconds) are picked less often
    # (entropic_scale_per_exec_time): the CSV reader runs five to eight times as many inputs.
    # shellcheck disable=SC2086 # $own is a list of options
    TMPDIR=$work build-fuzz/fuzz/fuzz_$t "$work/corpus" "${dict[@]}" $own \
        -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" -rss_limit_mb="$RSS_LIMIT_MB" \
        -entropic_scale_per_exec_time=1 -print_final_stats=1 \
        -artifact_prefix="build-fuzz/findings/$t-" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -n 1)
    echo "fuzz_$t: ${runs:-?} executions, peak RSS ${rss:-?} MB (log: $log)"
    if [ $status -ne 0 ]; then
        # The report and the input that caused it are at the end of the log.
        tail -n 80 "$log"
        finding=$(ls -t build-fuzz/findings/"$t"-* 2>/dev/null | head -n 1)
        echo "fuzz_$t FAILED (exit $status); reproduce with: build-fuzz/fuzz/fuzz_$t" \
            "${finding:-<the input named above>}" >&2
        failed+=("$t")
    else
        passed=$((passed + 1))
    fi
done
echo "fuzz: $passed passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
