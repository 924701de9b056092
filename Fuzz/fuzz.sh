#!/usr/bin/env bash
# Builds govgraph's libFuzzer targets (Swift's -sanitize=fuzzer,address; Linux) and runs each on
# its seed corpus for SECONDS seconds (default 10).
#
#   Fuzz/fuzz.sh                     # build, then every target for 10 s
#   SECONDS_EACH=1800 Fuzz/fuzz.sh FuzzFeed    # one target for 30 minutes
#   SECONDS_EACH=1800 RUNS=1000000 nice -n 19 Fuzz/fuzz.sh FuzzHTML   # 1M runs or 30 minutes
#   FUZZ_CI=1 Fuzz/fuzz.sh          # what CI runs: fixed seed, fresh corpus
#
# New inputs found are kept in .build/fuzz/corpus/<target> (not committed); a crash, a broken
# invariant, a leak or a timeout stops the target, saves the input as
# .build/fuzz/artifacts/<target>/crash-… and makes the script fail.
set -euo pipefail
# Swift's own crash backtracer would read memory ASan guards; libFuzzer reports the crash.
export SWIFT_BACKTRACE=enable=no
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
BUILD="$ROOT/.build/fuzz"
SECONDS_EACH=${SECONDS_EACH:-10}
# FUZZ_CI=1: a fixed seed, a fixed number of runs per target (about 60 s in all), a fresh corpus
# and deterministic hashing, so that a CI run does the same work each time.
declare -A CI_RUNS=([FuzzTextDecoder]=30000 [FuzzHTML]=8000 [FuzzFeed]=5000 [FuzzJSONLines]=8000
    [FuzzGazetteer]=500 [FuzzExtraction]=400)
# The longest input per target: extraction and gazetteer inputs of 4 KB already reach every
# rule, and each run is slower than a reader's.
declare -A MAX_LEN=([FuzzExtraction]=4096 [FuzzGazetteer]=4096)
CI=${FUZZ_CI:-}
if [[ "$CI" == 1 ]]; then
    export SWIFT_DETERMINISTIC_HASHING=1
    rm -rf "$BUILD/corpus"
fi
TARGETS=(${@:-FuzzTextDecoder FuzzHTML FuzzFeed FuzzJSONLines FuzzGazetteer FuzzExtraction})

swift build -c release --build-path "$BUILD" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld

status=0
for target in "${TARGETS[@]}"; do
    corpus="$BUILD/corpus/$target"
    artifacts="$BUILD/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    limits=(-max_total_time="$SECONDS_EACH")
    if [[ -n "${RUNS:-}" ]]; then limits+=(-runs="$RUNS"); fi
    if [[ "$CI" == 1 ]]; then limits=(-seed=1 -runs="${CI_RUNS[$target]}" -max_total_time=120); fi
    echo "== $target (${limits[*]})"
    if ! "$BUILD/release/$target" "${limits[@]}" -timeout=10 -rss_limit_mb=2048 \
        -max_len="${MAX_LEN[$target]:-16384}" -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$corpus" "seeds/$target" 2>"$BUILD/$target.log"; then
        status=1
        echo "$target FAILED; the input is in $artifacts" >&2
        tail -40 "$BUILD/$target.log" >&2
    fi
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|DONE" "$BUILD/$target.log" | tr '\n' ' '
    # The last status line: coverage (cov) and features (ft).
    grep -E "^#[0-9]+" "$BUILD/$target.log" | tail -1 | grep -oE "cov: [0-9]+ ft: [0-9]+" | tr '\n' ' '
    echo
done
exit $status
